// Stage 7: actor resolution within a sentence and back into the document.
//
//   * merges mentions that name one actor: "Ukrainian" + "President" +
//     "Volodymyr Zelensky" -> UKRGOV; "Norway 's" + "foreign minister" ->
//     NORGOV; "King" + "Hassan" + "of Morocco";
//   * marks possessors ("Moscow's commitment", "his invitation");
//   * lists candidate antecedents for pronouns (he/his -> the last person,
//     it/its -> the last state or organisation, they -> the last group).
// Adds merged mentions at the end of doc->mentions and sets merged_into on
// their parts; never deletes a mention.
#ifndef DRAGOMAN_RESOLVE_RESOLVER_H_
#define DRAGOMAN_RESOLVE_RESOLVER_H_

#include "core/document.h"
#include "lexicon/lexicon.h"

namespace dragoman {

// Resolves the mentions of sentence `s` (markup and chunking done). Mentions
// of earlier sentences must already be resolved. Thread-safe.
// Roles with no country take one attached by a preposition ("soldiers from
// Gondor") and, with `sentence_countries`, the sentence's only country (off
// under PETRARCH conventions, where such roles stay "---").
// Under PETRARCH conventions, codes are also composed the legacy way: the
// actor's code, then each role's code not already in it ("GMWGOV" + "world
// government" -> GMWGOVWGO).
void ResolveSentence(Document* doc, uint32_t s, Conventions conventions = Conventions::kDragoman);

// The actor a mention stands for after following pronoun antecedents: the
// mention itself, or its first antecedent that is not `avoid` (an index to
// skip, -1 for none) and does not share avoid's country. -1 if unresolved.
int32_t ResolveMention(const Document& doc, int32_t mention, int32_t avoid);

}  // namespace dragoman

#endif  // DRAGOMAN_RESOLVE_RESOLVER_H_
