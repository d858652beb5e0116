#include "segment/tokenizer.h"

#include <gtest/gtest.h>

namespace dragoman {
namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& w : v) s += (s.empty() ? "" : " ") + w;
  return s;
}

TEST(Tokenizer, SplitsPossessivesAndContractions) {
  EXPECT_EQ(Join(TokenizePhrase("Moscow's commitment")), "Moscow 's commitment");
  EXPECT_EQ(Join(TokenizePhrase("He didn't go, it's late")), "He did n't go , it 's late");
  EXPECT_EQ(Join(TokenizePhrase("Jones' car")), "Jones ' car");
}

TEST(Tokenizer, KeepsHyphensNumbersAndAbbreviations) {
  EXPECT_EQ(Join(TokenizePhrase("face-to-face talks")), "face-to-face talks");
  EXPECT_EQ(Join(TokenizePhrase("4,000 troops cost 5.93 mln")), "4,000 troops cost 5.93 mln");
  EXPECT_EQ(Join(TokenizePhrase("The U.S. and Mr. Smith")), "The U.S. and Mr. Smith");
  EXPECT_EQ(Join(TokenizePhrase("F.W. de Klerk")), "F.W. de Klerk");
  EXPECT_EQ(Join(TokenizePhrase("Gen. Gerasimov")), "Gen. Gerasimov");
}

TEST(Tokenizer, SeparatesPunctuationAndDashes) {
  EXPECT_EQ(Join(TokenizePhrase("territories--an outcome.")), "territories -- an outcome .");
  EXPECT_EQ(Join(TokenizePhrase("(Reuters) - Kyiv said...")), "( Reuters ) - Kyiv said ...");
  EXPECT_EQ(Join(TokenizePhrase("O'Brien said \"no\"")), "O'Brien said \" no \"");
}

TEST(Tokenizer, SpansPointIntoOriginalText) {
  Document doc;
  doc.text = "Erdoğan’s talks";
  NormalizedText n;
  Normalize(&doc, &n);
  Tokenize(n, &doc);
  ASSERT_EQ(doc.tokens.size(), 3u);
  EXPECT_EQ(doc.Slice(doc.tokens[0].span), "Erdoğan");
  EXPECT_EQ(doc.Slice(doc.tokens[1].span), "’s");
  EXPECT_EQ(doc.tokens[1].norm, "'s");
  EXPECT_EQ(doc.tokens[0].norm, "erdogan");
  EXPECT_EQ(doc.Slice(doc.tokens[2].span), "talks");
}

}  // namespace
}  // namespace dragoman
