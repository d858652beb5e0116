// Stage 5: phrase chunking over tagged tokens.
//
// Adds to doc->phrases, per sentence and in text order:
//   * verb groups: auxiliaries, modals, negation and adverbs inside the
//     group, and infinitival complements ("are set to engage", "would not
//     participate", "continues to push"), with voice, negation, modality,
//     perfect and future flags;
//   * noun phrases: determiners, possessors ("Moscow's commitment"),
//     adjectives, numbers, nouns; a bare pronoun is a noun phrase;
//   * prepositions, each a phrase of its own (its object is the next NP).
// A verb joins a group only after an auxiliary or "to": in "to cede occupied
// territories", "occupied" starts the noun phrase.
#ifndef DRAGOMAN_CHUNK_CHUNKER_H_
#define DRAGOMAN_CHUNK_CHUNKER_H_

#include <string_view>

#include "core/document.h"

namespace dragoman {

// Chunks sentence `sentence_index` of *doc (tokens must be tagged).
void ChunkSentence(Document* doc, uint32_t sentence_index);

// Forms of "be" and "get" that make a following participle passive.
bool IsPassiveAuxiliary(std::string_view norm);
// Auxiliaries after which another verb continues the group.
bool IsAuxiliary(std::string_view norm);

}  // namespace dragoman

#endif  // DRAGOMAN_CHUNK_CHUNKER_H_
