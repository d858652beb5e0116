// Stage 7: actor resolution within a sentence and back into the document.
//
//   * merges mentions that name one actor: "Ukrainian" + "President" +
//     "Volodymyr Zelensky" -> UKRGOV; "Norway 's" + "foreign minister" ->
//     NORGOV; "King" + "Hassan" + "of Morocco";
//   * marks possessors ("Moscow's commitment", "his invitation");
//   * lists candidate antecedents for pronouns (he/his -> the last person,
//     it/its -> the last state or organisation, they -> the last group);
//   * resolves definite descriptions: "the president" -> the most salient
//     person holding that title; "both sides", "the two nations" -> the two
//     parties together (the pair of countries with the most events so far);
//   * recognises people the lexicon does not know (names.h): "Deputy Defence
//     Minister Pavel Gorshkov", "Ivan Petrov, a senior aide to Putin", and
//     "Gorshkov" later on;
//   * gives roles with no country the one their sentence names ("the judge"
//     in a sentence about Kenya) or a place attached to them ("demonstrators
//     in Baghdad").
// Every actor worked out from context records how (Mention::inferred).
// Adds mentions at the end of doc->mentions and sets merged_into on the
// parts of merged ones; never deletes a mention.
#ifndef DRAGOMAN_RESOLVE_RESOLVER_H_
#define DRAGOMAN_RESOLVE_RESOLVER_H_

#include <string>
#include <vector>

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

// The words a mention stands for in messages: the actor's canonical name if
// it has one ("Volodymyr Zelensky"), else the text ("Russian delegation");
// "" for -1 or a mention with no text.
std::string NameOf(const Document& doc, int32_t mention);

// The words an inference comes from, for people: the mention's name or
// text ("Volodymyr Zelensky", "Russian delegation") or the words of a title
// or appositive ("Deputy Defence Minister", "a senior aide to Putin").
std::string InferredFrom(const Document& doc, const Inference& inferred);
// The sentence of the mention a pronoun, description or short name comes
// from; -1 for the other kinds.
int32_t InferredSentence(const Document& doc, const Inference& inferred);

// How the actor of mention `resolved` was inferred, as the text names it by
// mention `written` (an event's source_mention or target_mention): "his"
// resolved to Zelensky is {pronoun, the Zelensky mention};
// otherwise the resolved mention's own Mention::inferred.
Inference InferenceOf(const Document& doc, int32_t written, int32_t resolved);

// Whether sentence s holds a description of two parties ("both sides"),
// which resolution turns into an actor though markup found none there.
bool NamesTwoParties(const Document& doc, uint32_t s);

// The mentions a mention stands for: the two parties of a group
// description ("both sides"), else the mention itself.
std::vector<int32_t> Members(const Document& doc, int32_t mention);

// The actor a mention stands for after following pronoun and description
// antecedents: the mention itself, or its first antecedent that is not
// `avoid` (an index to skip, -1 for none) and does not share avoid's
// country. -1 if unresolved.
int32_t ResolveMention(const Document& doc, int32_t mention, int32_t avoid);

}  // namespace dragoman

#endif  // DRAGOMAN_RESOLVE_RESOLVER_H_
