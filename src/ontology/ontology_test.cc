#include "ontology/ontology.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace dragoman {
namespace {

constexpr char kTable[] =
    "# a comment\n"
    "code\tname\tgoldstein\tplover\tquad\n"
    "03\tEXPRESS INTENT TO COOPERATE\t4\tCOOPERATE\t1\n"
    "036\tExpress intent to meet or negotiate\t4\tCONSULT\t1\n"
    "\n"
    "19\tFIGHT\t-10\tASSAULT\t4\r\n";

Ontology Parsed(const std::string& bytes) {
  Ontology o;
  Status s = o.Parse("t.tsv", bytes);
  EXPECT_TRUE(s.ok()) << s.message();
  return o;
}

TEST(Ontology, ParsesTable) {
  Ontology o = Parsed(kTable);
  EXPECT_EQ(o.size(), 3u);
  ASSERT_TRUE(o.Has("036"));
  const CameoCode* c = o.Find("036");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "036");
  EXPECT_EQ(c->name, "Express intent to meet or negotiate");
  EXPECT_DOUBLE_EQ(c->goldstein, 4.0);
  EXPECT_EQ(c->plover, "CONSULT");
  EXPECT_EQ(c->quad, 1);
  const CameoCode* fight = o.Find("19");  // CRLF line ending
  ASSERT_NE(fight, nullptr);
  EXPECT_DOUBLE_EQ(fight->goldstein, -10.0);
  EXPECT_EQ(fight->quad, 4);
}

TEST(Ontology, FallsBackToParentCodes) {
  Ontology o = Parsed(kTable);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"0361", "036"}, {"036", "036"}, {"0371", "03"}, {"039", "03"}, {"190", "19"},
      {"1951", "19"},  {"04", ""},     {"0", ""},      {"", ""},      {"20", ""},
  };
  for (const auto& [code, expected] : cases) {
    const CameoCode* c = o.Find(code);
    EXPECT_EQ(c ? c->code : "", expected) << code;
  }
  EXPECT_FALSE(o.Has("0361"));  // Has is exact
  EXPECT_EQ(PloverOf(o, "0361"), "CONSULT");
  EXPECT_EQ(PloverOf(o, "99"), "");
}

TEST(Ontology, MalformedLineNamesFileAndLine) {
  Ontology o;
  Status s = o.Parse("bad.tsv", "code\tname\tgoldstein\tplover\tquad\n01\tok\t0\t\t1\n02\tonly three\t3\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message().rfind("bad.tsv:3: ", 0), 0u) << s.message();
  Ontology g;
  Status w = g.Parse("w.tsv", "# header\n\n036\tmeet\tlots\tCONSULT\t1\n");
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.message(), "w.tsv:3: bad Goldstein weight 'lots'");
}

TEST(Ontology, BadQuadClassIsAnError) {
  // A non-numeric quad class is a malformed line. Actual: Parse returns OK
  // and the code gets quad 0 (std::from_chars result is not checked).
  Ontology o;
  Status s = o.Parse("q.tsv", "036\tmeet\t4\tCONSULT\tfour\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("q.tsv:1: ", 0), 0u) << s.message();
}

std::string ReadCommittedTable() {
  std::ifstream in(DRAGOMAN_DATA_DIR "/ontology/cameo.tsv", std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The codes of the committed table, read independently of Ontology::Parse.
std::vector<std::string> CommittedCodes(const std::string& bytes) {
  std::vector<std::string> codes;
  std::istringstream in(bytes);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.rfind("code\t", 0) == 0) continue;
    codes.push_back(line.substr(0, line.find('\t')));
  }
  return codes;
}

TEST(Ontology, CommittedTableCoversEveryCodeButStatements) {
  const std::string bytes = ReadCommittedTable();
  ASSERT_FALSE(bytes.empty());
  Ontology o;
  Status s = o.Parse("cameo.tsv", bytes);
  ASSERT_TRUE(s.ok()) << s.message();
  const std::vector<std::string> codes = CommittedCodes(bytes);
  EXPECT_EQ(o.size(), codes.size());  // no duplicate codes
  std::set<std::string> roots;
  for (const std::string& code : codes) {
    ASSERT_TRUE(o.Has(code)) << code;
    const CameoCode& c = *o.Find(code);
    const std::string root = code.substr(0, 2);
    roots.insert(root);
    if (root == "01") {
      EXPECT_EQ(c.plover, "") << code;
    } else {
      EXPECT_NE(c.plover, "") << code;
    }
    EXPECT_GE(c.goldstein, -10.0) << code;
    EXPECT_LE(c.goldstein, 10.0) << code;
  }
  EXPECT_EQ(roots.size(), 20u);
}

TEST(Ontology, CommittedQuadClassFollowsRoot) {
  // The mapping tools/make_ontology.py documents (GDELT QuadClass):
  // 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal
  // conflict, 15-20 material conflict.
  const std::string bytes = ReadCommittedTable();
  Ontology o;
  ASSERT_TRUE(o.Parse("cameo.tsv", bytes).ok());
  std::map<std::string, std::set<int>> quads_by_root;
  for (const std::string& code : CommittedCodes(bytes)) {
    const int root = std::stoi(code.substr(0, 2));
    const int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    EXPECT_EQ(o.Find(code)->quad, expected) << code;
    quads_by_root[code.substr(0, 2)].insert(o.Find(code)->quad);
  }
  for (const auto& [root, quads] : quads_by_root) EXPECT_EQ(quads.size(), 1u) << root;
}

}  // namespace
}  // namespace dragoman
