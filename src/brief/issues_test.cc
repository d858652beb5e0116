#include "brief/issues.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_resources.h"

namespace dragoman {
namespace {

using testing_support::SharedEngine;

// The issue read after the first word `anchor` of `text` (every sentence
// tagged, as for `dragoman explain`).
IssuePhrases IssueAfter(const std::string& text, const std::string& anchor) {
  Document doc;
  doc.text = text;
  std::vector<CodingTrace> trace;
  SharedEngine().Explain(&doc, &trace);
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.tokens[t].norm != anchor) continue;
    uint32_t s = 0;
    while (doc.sentences[s].token_end <= t) ++s;
    return ReadIssue(doc, t + 1, doc.sentences[s].token_end);
  }
  ADD_FAILURE() << "no '" << anchor << "' in " << text;
  return {};
}

using Items = std::vector<std::string>;

TEST(Issues, SplitsAnEnumerationSharingItsOfComplement) {
  const IssuePhrases issue = IssueAfter(
      "Moscow keeps pressing for talks on what it calls the \xE2\x80\x9C"
      "security architecture\xE2\x80\x9D of Europe, "
      "including the vague and sweeping aims of \xE2\x80\x9Cneutrality\xE2\x80\x9D and disarmament of "
      "Moldova.",
      "pressing");
  EXPECT_EQ(issue.main, "security architecture of Europe");
  EXPECT_EQ(issue.items, (Items{"neutrality of Moldova", "disarmament of Moldova"}));
}

TEST(Issues, KeepsCoordinatedModifiersInOneItem) {
  const IssuePhrases issue = IssueAfter(
      "The opposition repeated its demands, such as free and fair elections and the release of jailed "
      "activists.",
      "demands");
  EXPECT_EQ(issue.main, "");
  EXPECT_EQ(issue.items, (Items{"free and fair elections", "release of jailed activists"}));
}

TEST(Issues, ReadsCommaListsAndStopsAtAClause) {
  const IssuePhrases issue = IssueAfter(
      "The union demanded changes to the law, among them shorter shifts, safer mines and higher pay, which "
      "the "
      "owners refused.",
      "demanded");
  EXPECT_EQ(issue.main, "changes to the law");
  EXPECT_EQ(issue.items, (Items{"shorter shifts", "safer mines", "higher pay"}));
}

TEST(Issues, EnumerationInsideTheMainPhrase) {
  const IssuePhrases issue =
      IssueAfter("Greece rejected concessions notably the sale and lease of its islands.", "rejected");
  EXPECT_EQ(issue.main, "concessions");
  EXPECT_EQ(issue.items, (Items{"sale of its islands", "lease of its islands"}));
}

TEST(Issues, NoEnumerationNoItems) {
  const IssuePhrases issue =
      IssueAfter("Kyiv is demanding an unconditional ceasefire, a position its allies share.", "demanding");
  EXPECT_EQ(issue.main, "unconditional ceasefire");
  EXPECT_TRUE(issue.items.empty());
  // A list that belongs to a later phrase is not the stance's.
  const IssuePhrases later = IssueAfter(
      "Kyiv is demanding a ceasefire, a position backed by its allies, including Poland and Britain.",
      "demanding");
  EXPECT_EQ(later.main, "ceasefire");
  EXPECT_TRUE(later.items.empty());
}

}  // namespace
}  // namespace dragoman
