// Stage 6: dictionary markup. Finds actor, agent and pronoun mentions in a
// sentence by longest match over folded tokens.
//
// "Ukrainian President Volodymyr Zelensky" yields three mentions: the
// demonym (UKR), the agent (GOV, title President) and the person (UKRGOV);
// resolution (resolve/) merges them into one actor.
#ifndef DRAGOMAN_MARKUP_MARKUP_H_
#define DRAGOMAN_MARKUP_MARKUP_H_

#include "core/document.h"
#include "lexicon/lexicon.h"

namespace dragoman {

// Appends the mentions of sentence `s` to doc->mentions. Person entries take
// the role valid on doc->date. Thread-safe (the Lexicon is read-only).
void MarkupSentence(const Lexicon& lexicon, Document* doc, uint32_t s);

// After tagging: a capitalised word of an actor's name is a proper noun,
// whatever the tagger guessed ("Osgiliath/RB welcomed").
// Also: a known verb form the tagger read as a noun right after a modal or
// "do" ("did not even ever clash") is a verb.
void TagNames(const Lexicon& lexicon, Document* doc, uint32_t s);

// Records the lexicon's discard phrases found in the document's sentences
// (Document::discards).
void FindDiscards(const Lexicon& lexicon, Document* doc);

// True when sentence `s` could code: it holds a pattern anchor, and for one
// of that anchor's patterns every word the pattern needs. Used to skip
// tagging and coding cheaply.
bool SentenceMayCode(const Lexicon& lexicon, const Document& doc, uint32_t s);

}  // namespace dragoman

#endif  // DRAGOMAN_MARKUP_MARKUP_H_
