// Stage 1: Unicode normalisation with an alignment back to the original bytes.
//
// The rest of the pipeline reads `shape`, a folded copy of the text in which
// typographic marks are ASCII (curly quotes -> ' and ", em dashes -> "--",
// non-breaking and other spaces -> ' '), accents are stripped from Latin
// letters ("Erdoğan" -> "Erdogan") and control characters are spaces. Case is
// kept. `offsets[i]` is the byte in the original text that shape byte i came
// from; `offsets[shape.size()] == text.size()`, so any shape range maps back to
// a half-open original range.
//
// Invalid UTF-8 is repaired, never fatal: each bad byte becomes U+FFFD in
// `shape` and a Diagnostic naming its offset is added to the document. NUL
// bytes become spaces, with a Diagnostic.
#ifndef DRAGOMAN_NORMALIZE_NORMALIZER_H_
#define DRAGOMAN_NORMALIZE_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace dragoman {

struct NormalizedText {
  std::string shape;
  std::vector<uint32_t> offsets;  // shape.size() + 1 entries
};

// Folds `doc->text` into `out`; appends Diagnostics to `doc`. Thread-safe.
void Normalize(Document* doc, NormalizedText* out);

// Folds a standalone phrase (dictionary entries, CLI input) the same way,
// without alignment. Returns the shape form; case kept.
std::string FoldShape(std::string_view text);

// Lower-cases ASCII letters of a shape string (shape strings are ASCII except
// for non-Latin scripts, which have no case folding here).
std::string LowerAscii(std::string_view shape);

// Replaces invalid UTF-8 in `text` with U+FFFD so it can be written as JSON.
std::string ValidUtf8(std::string_view text);

}  // namespace dragoman

#endif  // DRAGOMAN_NORMALIZE_NORMALIZER_H_
