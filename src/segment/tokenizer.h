// Stage 2: tokenisation of the folded text.
//
// Conventions (the tagger's training data is re-tokenised the same way):
//   * punctuation is its own token; "--" and a spaced "-" are dash tokens;
//   * possessive "'s" and "'" split off ("Moscow's" -> "Moscow" "'s");
//   * contractions split ("didn't" -> "did" "n't", "it's" -> "it" "'s");
//   * hyphenated words stay whole ("face-to-face"), numbers keep their
//     separators ("4,000", "5.93");
//   * abbreviations and initials keep their period ("U.S.", "Mr.", "F.W.").
#ifndef DRAGOMAN_SEGMENT_TOKENIZER_H_
#define DRAGOMAN_SEGMENT_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "normalize/normalizer.h"

namespace dragoman {

// Appends the tokens of `norm` (the folded form of doc->text) to doc->tokens.
// Thread-safe.
void Tokenize(const NormalizedText& norm, Document* doc);

// Splits a dictionary phrase into token shapes exactly as Tokenize would.
std::vector<std::string> TokenizePhrase(std::string_view shape);

// True for a lower-case abbreviation that takes a period ("mr", "gen", "jan").
bool IsAbbreviation(std::string_view lower);

}  // namespace dragoman

#endif  // DRAGOMAN_SEGMENT_TOKENIZER_H_
