#include "store/store.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <regex>

#include "core/strings.h"
#include "store/exports.h"

namespace dragoman {
namespace {

// A document with one event: RUSGOV rejects UKRGOV's proposal in Istanbul.
Document OneEvent() {
  Document doc;
  doc.id = "d1";
  doc.date = "2025-05-15";
  doc.text = "Putin rejected Kyiv's offer.";
  doc.tokens = {{{0, 5}, "putin", "Putin"}, {{6, 14}, "rejected", "rejected"}, {{15, 19}, "kyiv", "Kyiv"}};
  doc.sentences = {{{0, 28}, 0, 3}};
  Mention source, target;
  source.token_begin = 0;
  source.token_end = 1;
  source.actor = {"RUSGOV", "RUS", "GOV", "President", "Vladimir Putin", ""};
  target.token_begin = 2;
  target.token_end = 3;
  target.actor = {"UKRGOV", "UKR", "GOV", "", "", ""};
  doc.mentions = {source, target};
  Place place;
  place.name = "Istanbul";
  place.country = "TUR";
  place.latitude = 41.01;
  place.longitude = 28.95;
  place.located = true;
  doc.places = {place};
  Event e;
  e.source = 0;
  e.target = 1;
  e.cameo = "125";
  e.date = "2025-05-14";
  e.place = 0;
  e.evidence = {0, 27};
  e.rule = {"conflict.verbs", 802};
  e.pattern = "$ <reject> +";
  doc.events = {e};
  return doc;
}

Ontology SmallOntology() {
  Ontology o;
  EXPECT_TRUE(o.Parse("t", "code\tname\tgoldstein\tplover\tquad\n12\tReject\t-4\tREJECT\t3\n"
                           "125\tReject proposal to meet\t-5\tREJECT\t3\n").ok());
  return o;
}

// Every store test runs on SQLite and, when DRAGOMAN_PG names a server
// (scripts/with-postgres.sh does), on PostgreSQL, each in its own schema.
class StoreTest : public testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    const std::string name = testing::UnitTest::GetInstance()->current_test_info()->name();
    std::string test = name.substr(0, name.find('/'));
    if (GetParam() == "postgres") {
      const char* pg = std::getenv("DRAGOMAN_PG");
      if (!pg || !*pg) GTEST_SKIP() << "DRAGOMAN_PG not set: run the suite with scripts/with-postgres.sh";
      std::string schema = "t_" + test;
      for (char& c : schema) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto admin = Store::Open(pg);
      ASSERT_TRUE(admin.ok()) << admin.status().message();
      ASSERT_TRUE((*admin)->Query("DROP SCHEMA IF EXISTS " + schema + " CASCADE").ok());
      ASSERT_TRUE((*admin)->Query("CREATE SCHEMA " + schema).ok());
      location_ = std::string(pg) + " options='-csearch_path=" + schema + "'";
    } else {
      // ctest runs tests in parallel: each gets its own file.
      path_ = testing::TempDir() + "/dragoman_store_" + test + "_" + std::to_string(getpid()) + ".db";
      Remove();
      location_ = path_;
    }
    auto store = Store::Open(location_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(*store);
  }
  void TearDown() override {
    store_.reset();
    if (!path_.empty()) Remove();
  }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
  }
  std::string path_;
  std::string location_;
  std::unique_ptr<Store> store_;
};

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, testing::Values("sqlite", "postgres"),
                         [](const testing::TestParamInfo<std::string>& info) { return info.param; });

TEST_P(StoreTest, WritesDocumentsOnceAndRecordsErrors) {
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->WriteDocument(OneEvent(), SmallOntology(), "t", "0.1", "lex@1").ok());
  ASSERT_TRUE(store_->WriteError("in.jsonl:3", "malformed JSON line").ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_TRUE(*store_->HasDocument("d1"));
  EXPECT_FALSE(*store_->HasDocument("d2"));
  auto rows = store_->Query("SELECT source_code, target_code, cameo, plover, goldstein, quad, place, rule, lexicon "
                            "FROM events");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  ASSERT_EQ((*rows)[1].size(), 9u);
  EXPECT_EQ(std::stod((*rows)[1][4]), -5.0);  // "-5.0" in SQLite, "-5" in PostgreSQL
  (*rows)[1][4] = "-5";
  EXPECT_EQ((*rows)[1], (std::vector<std::string>{"RUSGOV", "UKRGOV", "125", "REJECT", "-5", "3", "Istanbul",
                                                  "conflict.verbs:802", "lex@1"}));
  auto errors = store_->Query("SELECT input, reason FROM errors");
  ASSERT_EQ(errors->size(), 2u);
  EXPECT_EQ((*errors)[1][0], "in.jsonl:3");
}

TEST_P(StoreTest, ExportsGdeltWith61TypedColumns) {
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->WriteDocument(OneEvent(), SmallOntology(), "t", "0.1", "lex@1").ok());
  ASSERT_TRUE(store_->Commit().ok());
  ASSERT_EQ(GdeltColumns().size(), 61u);
  EXPECT_EQ(GdeltColumns()[0], "GlobalEventID");
  EXPECT_EQ(GdeltColumns()[26], "EventCode");
  EXPECT_EQ(GdeltColumns()[59], "DATEADDED");
  std::vector<std::string> lines;
  ASSERT_TRUE(ExportEvents(store_.get(), {}, "gdelt", [&](const std::string& l) { lines.push_back(l); }).ok());
  ASSERT_EQ(lines.size(), 1u);
  std::vector<std::string> c;
  for (std::string_view f : SplitTabs(lines[0])) c.emplace_back(f);
  ASSERT_EQ(c.size(), 61u);
  auto matches = [](const std::string& s, const char* re) { return std::regex_match(s, std::regex(re)); };
  EXPECT_TRUE(matches(c[0], "[0-9]+"));                // GlobalEventID
  EXPECT_EQ(c[1], "20250514");                          // Day
  EXPECT_EQ(c[2], "202505");                            // MonthYear
  EXPECT_EQ(c[3], "2025");                              // Year
  EXPECT_TRUE(matches(c[4], "2025\\.[0-9]{4}"));        // FractionDate
  EXPECT_EQ(c[5], "RUSGOV");                            // Actor1Code
  EXPECT_EQ(c[7], "RUS");                               // Actor1CountryCode
  EXPECT_EQ(c[12], "GOV");                              // Actor1Type1Code
  EXPECT_EQ(c[15], "UKRGOV");                           // Actor2Code
  EXPECT_EQ(c[26], "125");                              // EventCode
  EXPECT_EQ(c[27], "125");                              // EventBaseCode
  EXPECT_EQ(c[28], "12");                               // EventRootCode
  EXPECT_EQ(c[29], "3");                                // QuadClass
  EXPECT_TRUE(matches(c[30], "-?[0-9]+(\\.[0-9]+)?"));  // GoldsteinScale
  EXPECT_EQ(c[51], "4");                                // ActionGeo_Type: a world city
  EXPECT_EQ(c[52], "Istanbul");                         // ActionGeo_FullName
  EXPECT_TRUE(matches(c[56], "41\\.01[0-9]*"));         // ActionGeo_Lat
  EXPECT_TRUE(matches(c[59], "[0-9]{14}"));             // DATEADDED
  EXPECT_EQ(c[60], "d1");                               // SOURCEURL
}

TEST_P(StoreTest, FiltersEvents) {
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->WriteDocument(OneEvent(), SmallOntology(), "t", "0.1", "lex@1").ok());
  ASSERT_TRUE(store_->Commit().ok());
  auto count = [&](EventFilter f) {
    int n = 0;
    EXPECT_TRUE(ExportEvents(store_.get(), f, "jsonl", [&](const std::string&) { ++n; }).ok());
    return n;
  };
  EXPECT_EQ(count({.actor = "RUSGOV"}), 1);
  EXPECT_EQ(count({.actor = "USA"}), 0);
  EXPECT_EQ(count({.country = "UKR"}), 1);
  EXPECT_EQ(count({.place = "Istanbul"}), 1);
  EXPECT_EQ(count({.place = "TUR"}), 1);
  EXPECT_EQ(count({.place = "Ankara"}), 0);
  EXPECT_EQ(count({.source = "UKR"}), 0);
  EXPECT_EQ(count({.cameo = "12"}), 1);
  EXPECT_EQ(count({.cameo = "04"}), 0);
  EXPECT_EQ(count({.from = "2025-05-15"}), 0);
  EXPECT_EQ(count({.to = "2025-05"}), 1);
}

}  // namespace
}  // namespace dragoman

namespace dragoman {
namespace {

TEST_P(StoreTest, DeduplicatesByDayDyadAndCode) {
  ASSERT_TRUE(store_->Begin().ok());
  for (const char* id : {"a", "b", "c"}) {
    Document doc = OneEvent();
    doc.id = id;
    ASSERT_TRUE(store_->WriteDocument(doc, SmallOntology(), "t", "0.1", "lex@1").ok());
  }
  ASSERT_TRUE(store_->Commit().ok());
  std::vector<std::string> lines;
  ASSERT_TRUE(ExportEvents(store_.get(), {}, "gdelt", [&](const std::string& l) { lines.push_back(l); }, true).ok());
  ASSERT_EQ(lines.size(), 1u);
  std::vector<std::string> c;
  for (std::string_view f : SplitTabs(lines[0])) c.emplace_back(f);
  EXPECT_EQ(c[31], "3");  // NumMentions
  EXPECT_EQ(c[33], "3");  // NumArticles
}

TEST_P(StoreTest, PloverRecordsCarryTheManualsFields) {
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->WriteDocument(OneEvent(), SmallOntology(), "t", "0.1", "lex@1").ok());
  ASSERT_TRUE(store_->Commit().ok());
  std::vector<std::string> lines;
  ASSERT_TRUE(ExportEvents(store_.get(), {}, "plover", [&](const std::string& l) { lines.push_back(l); }).ok());
  ASSERT_EQ(lines.size(), 1u);
  for (const char* field : {"\"id\":", "\"date\":\"2025-05-14\"", "\"actor\":{", "\"recipient\":{",
                            "\"event\":\"REJECT\"", "\"mode\":", "\"context\":", "\"event_loc\":{\"name\":\"Istanbul\"",
                            "\"event_text\":"}) {
    EXPECT_NE(lines[0].find(field), std::string::npos) << field << " in " << lines[0];
  }
  ASSERT_EQ(PhoenixColumns().size(), 26u);
  ASSERT_EQ(IcewsColumns().size(), 20u);
  std::vector<std::string> icews;
  ASSERT_TRUE(ExportEvents(store_.get(), {}, "icews", [&](const std::string& l) { icews.push_back(l); }).ok());
  ASSERT_EQ(icews.size(), 1u);
  EXPECT_EQ(std::count(icews[0].begin(), icews[0].end(), '\t'), 19);
}

}  // namespace
}  // namespace dragoman
