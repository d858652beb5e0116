#include "segment/sentence_splitter.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "segment/tokenizer.h"

namespace dragoman {
namespace {

std::vector<std::string> Split(const std::string& text) {
  Document doc;
  doc.text = text;
  NormalizedText n;
  Normalize(&doc, &n);
  Tokenize(n, &doc);
  SplitSentences(&doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Slice(s.span));
  return out;
}

TEST(SentenceSplitter, SplitsOnStops) {
  EXPECT_EQ(Split("Talks began. They ended! Did they?"),
            (std::vector<std::string>{"Talks began.", "They ended!", "Did they?"}));
}

TEST(SentenceSplitter, SurvivesAbbreviationsAndInitials) {
  EXPECT_EQ(Split("Mr. Smith met Gen. Jones in Jan. 2020. F. W. de Klerk left."),
            (std::vector<std::string>{"Mr. Smith met Gen. Jones in Jan. 2020.", "F. W. de Klerk left."}));
  EXPECT_EQ(Split("He met U.S. officials. The U.S. said no."),
            (std::vector<std::string>{"He met U.S. officials.", "The U.S. said no."}));
  EXPECT_EQ(Split("Aid came from the U.S. The talks ended."),
            (std::vector<std::string>{"Aid came from the U.S.", "The talks ended."}));
}

TEST(SentenceSplitter, KeepsClosingQuotesAndSplitsParagraphs) {
  EXPECT_EQ(Split("\"We will fight.\" He left.\n\nA new line"),
            (std::vector<std::string>{"\"We will fight.\"", "He left.", "A new line"}));
}

TEST(SentenceSplitter, SeparatesDateline) {
  EXPECT_EQ(Split("KYIV, May 15 (Reuters) - Ukraine said no."),
            (std::vector<std::string>{"KYIV, May 15 (Reuters) -", "Ukraine said no."}));
}

TEST(SentenceSplitter, CutsVeryLongSentences) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  const std::vector<std::string> s = Split(text);
  EXPECT_EQ(s.size(), (1000 + kMaxSentenceTokens - 1) / kMaxSentenceTokens);
}

}  // namespace
}  // namespace dragoman
