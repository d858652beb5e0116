#include "dates/dates.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"

namespace dragoman {
namespace {

// The date the expression at the start of `text` names, published `date`.
std::string Resolve(const std::string& text, const std::string& date, bool future) {
  Document doc;
  doc.text = text;
  doc.date = date;
  NormalizedText n;
  Normalize(&doc, &n);
  Tokenize(n, &doc);
  uint32_t length = 0;
  return ResolveDateAt(doc, 0, static_cast<uint32_t>(doc.tokens.size()), future, &length);
}

TEST(Dates, ResolvesWeekdaysByTense) {
  // 2025-05-15 is a Thursday.
  EXPECT_EQ(Resolve("Thursday", "2025-05-15", false), "2025-05-15");
  EXPECT_EQ(Resolve("Friday", "2025-05-15", true), "2025-05-16");
  EXPECT_EQ(Resolve("Friday", "2025-05-15", false), "2025-05-09");
  EXPECT_EQ(Resolve("Monday", "2025-05-15", false), "2025-05-12");
  EXPECT_EQ(Resolve("thursday", "2025-05-15", false), "");  // a weekday is capitalised
}

TEST(Dates, ResolvesRelativeAndAbsoluteExpressions) {
  EXPECT_EQ(Resolve("yesterday", "2025-03-01", false), "2025-02-28");
  EXPECT_EQ(Resolve("tomorrow", "2024-12-31", true), "2025-01-01");
  EXPECT_EQ(Resolve("last week", "2025-05-15", false), "2025-05-08");
  EXPECT_EQ(Resolve("next month", "2025-12-10", true), "2026-01");
  EXPECT_EQ(Resolve("last year", "2025-05-15", false), "2024");
  EXPECT_EQ(Resolve("in 2022", "2025-05-15", false), "2022");
  EXPECT_EQ(Resolve("May 16", "2025-05-15", true), "2025-05-16");
  EXPECT_EQ(Resolve("Dec. 20", "2025-01-05", false), "2024-12-20");  // past: last December
  EXPECT_EQ(Resolve("16 May 2019", "2025-05-15", false), "2019-05-16");
  EXPECT_EQ(Resolve("March 3, 2020", "", false), "2020-03-03");
  EXPECT_EQ(Resolve("Thursday", "", false), "");  // nothing to count from
}

}  // namespace
}  // namespace dragoman
