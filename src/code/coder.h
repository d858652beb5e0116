// Stage 8: event coding. Matches verb and noun patterns around each anchor
// word and fills their source and target slots from the syntax.
//
// For every token that is a form of some pattern's anchor, the patterns are
// tried most specific first; the first that matches codes the anchor:
//   * slots before the anchor take the clause subject, found across
//     relative clauses ("Zelensky, who questioned ..."), coordinated verbs
//     ("arrived in Turkey and met with ..."), participles ("a delegation led
//     by ...") and "of" chains ("the absence of ... Lavrov");
//   * slots after the anchor take the actor noun phrase at that place,
//     with compounds ("Iran, Libya and Cuba");
//   * passive voice swaps roles ("is headed by", "was rejected by");
//   * a noun anchor takes its possessor ("its demand for ...");
//   * an appositive noun phrase with no actor ("..., a position backed by
//     X", "-- an outcome Kyiv rejects") stands for the main clause before it,
//     whose subject fills the slot.
// Modality is read from the verb group and the clause.
#ifndef DRAGOMAN_CODE_CODER_H_
#define DRAGOMAN_CODE_CODER_H_

#include <string>

#include "core/document.h"
#include "lexicon/lexicon.h"

namespace dragoman {

// Why an anchor did or did not code, for `dragoman explain`.
struct CodingTrace {
  uint32_t anchor = 0;     // token index
  std::string message;     // "pattern verbs.verbs:12 '$ <meet> with +' matched" ...
};

// Codes sentence `s` of *doc, appending Events. When `trace` is non-null,
// appends one line per anchor tried. Thread-safe.
void CodeSentence(const Lexicon& lexicon, Document* doc, uint32_t s,
                  std::vector<CodingTrace>* trace = nullptr);

}  // namespace dragoman

#endif  // DRAGOMAN_CODE_CODER_H_
