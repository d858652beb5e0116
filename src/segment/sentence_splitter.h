// Stage 3: sentence boundaries over the token layer.
//
// A sentence ends after ".", "!", "?" (and any closing quotes or brackets)
// when the next token opens a sentence (a capital, a digit, a quote); after
// an abbreviation only when the next word is a common sentence opener
// ("... with the U.S. The talks"), never after a title ("Mr.", "Gen.").
// A blank line always ends a sentence. A dateline ("KYIV, May 15 (Reuters) -")
// becomes a sentence of its own. Sentences longer than kMaxSentenceTokens are
// cut so that later stages stay linear.
#ifndef DRAGOMAN_SEGMENT_SENTENCE_SPLITTER_H_
#define DRAGOMAN_SEGMENT_SENTENCE_SPLITTER_H_

#include "core/document.h"

namespace dragoman {

inline constexpr uint32_t kMaxSentenceTokens = 150;

// Fills doc->sentences from doc->tokens. Thread-safe.
void SplitSentences(Document* doc);

}  // namespace dragoman

#endif  // DRAGOMAN_SEGMENT_SENTENCE_SPLITTER_H_
