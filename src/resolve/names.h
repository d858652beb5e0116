// Part of stage 7 (resolution): people the lexicon does not know, named in
// the text and recognised for the rest of the document.
//
//   * by title: "Deputy Defence Minister Pavel Gorshkov" -> a person with the
//     role's sector and title, named Pavel Gorshkov;
//   * by appositive: "Ivan Petrov, a senior aide to Putin" -> a person of
//     Putin's country with the aide's sector;
//   * by a short name later on: "Gorshkov said" -> the same person.
// Each new mention records how it was inferred (Mention::inferred).
// Internal to the resolve stage; resolver.cc calls these in order.
#ifndef DRAGOMAN_RESOLVE_NAMES_H_
#define DRAGOMAN_RESOLVE_NAMES_H_

#include <cstddef>
#include <cstdint>

#include "core/document.h"

namespace dragoman {

// Adds a mention for each short or full name in sentence `s` of a person an
// earlier sentence introduced by title or appositive. Runs first: the new
// mentions take their place among the sentence's mentions in text order.
void FindKnownNames(Document* doc, uint32_t s);

// After merging: a role followed by a name it does not know becomes a
// person ("Deputy Defence Minister" + "Pavel Gorshkov"), and a name followed
// by ", a <role> (to|of <actor>)" becomes one. Adds merged mentions.
// Mentions from index `merged_from` on are the merged ones of sentence `s`.
void IntroduceNames(Document* doc, uint32_t s, size_t merged_from);

}  // namespace dragoman

#endif  // DRAGOMAN_RESOLVE_NAMES_H_
