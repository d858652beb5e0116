#include "eval/petrarch_records.h"

#include <gtest/gtest.h>

namespace dragoman {
namespace {

constexpr char kSuite[] = R"(<Validation>
<Environment>
  <Verbfile>v.txt</Verbfile>
  <Actorfile>a.txt</Actorfile>
  <Include>valid ONE TWO</Include>
</Environment>
<Sentences>
<Sentence date="20010203" id="ONE-1" category="ONE" sentence="true">
<EventCoding sourcecode="ALD" targetcode="BRV" eventcode="040"></EventCoding>
<EventCoding sourcecode="BRV" targetcode="ALD" eventcode="040"></EventCoding>
<Text>
Aldoria met
   Brevia.
</Text>
<Parse>(ROOT (S ...))</Parse>
</Sentence>
<Config option="require_dyad" value="False"></Config>
<Sentence date = "20010204" id ="TWO-1" category="TWO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing.</Text>
</Sentence>
<Sentence date="20010205" id="THREE-1" category="THREE" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Cricket.</Text>
</Sentence>
<Sentence date="20010205" id="ONE-2" category="ONE" sentence="false">
<EventCoding sourcecode='"NEW ACTOR"' targetcode="---" eventcode="010"></EventCoding>
<Text>Off.</Text>
</Sentence>
</Sentences>
</Validation>)";

TEST(PetrarchRecords, ParsesEnvironmentRecordsAndConfig) {
  auto suite = ParseValidationRecords("s.xml", kSuite);
  ASSERT_TRUE(suite.ok()) << suite.status().message();
  EXPECT_EQ(suite->verbs, "v.txt");
  EXPECT_EQ(suite->actors, "a.txt");
  EXPECT_EQ(suite->agents, "");
  ASSERT_EQ(suite->records.size(), 4u);
  const ValidationRecord& one = suite->records[0];
  EXPECT_EQ(one.date, "2001-02-03");
  EXPECT_EQ(one.text, "Aldoria met Brevia.");
  EXPECT_TRUE(one.active);
  EXPECT_TRUE(one.require_dyad);
  EXPECT_EQ(one.expected, (std::set<Coding>{{"ALD", "BRV", "040"}, {"BRV", "ALD", "040"}}));
  const ValidationRecord& two = suite->records[1];
  EXPECT_FALSE(two.require_dyad);  // the <Config> before it
  EXPECT_TRUE(two.expected.empty());
  EXPECT_FALSE(suite->records[2].active);  // THREE is not included
  EXPECT_EQ(suite->records[2].error, "storydiscard");
  EXPECT_FALSE(suite->records[3].active);  // sentence="false"
  EXPECT_EQ(std::get<0>(*suite->records[3].expected.begin()), "\"NEW ACTOR\"");
}

TEST(PetrarchRecords, ReportsMalformedXmlAndDates) {
  auto bad = ParseValidationRecords("b.xml", "<Validation><Sentences><Sentence");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("b.xml: byte"), std::string::npos);
  auto date = ParseValidationRecords(
      "d.xml", "<Validation><Sentences><Sentence date='2001' id='X'><Text>a</Text></Sentence></Sentences></Validation>");
  ASSERT_FALSE(date.ok());
  EXPECT_EQ(date.status().message(), "d.xml: record X: date '2001' is not YYYYMMDD");
}

TEST(PetrarchRecords, CodingsFollowRequireDyad) {
  Document doc;
  doc.mentions.resize(2);
  doc.mentions[0].actor.code = "ALD";
  doc.mentions[1].actor.code = "---GOV";
  Event both;
  both.source = 0;
  both.target = 1;
  both.cameo = "040";
  Event alone;
  alone.source = 1;
  alone.cameo = "023";
  doc.events = {both, alone};
  EXPECT_EQ(CodingsOf(doc, true), (std::set<Coding>{{"ALD", "---GOV", "040"}}));
  EXPECT_EQ(CodingsOf(doc, false), (std::set<Coding>{{"ALD", "---GOV", "040"}, {"---GOV", "---", "023"}}));
  EXPECT_EQ(ErrorOf(doc), "");
  doc.discards.push_back({0, {}, {}});
  EXPECT_EQ(ErrorOf(doc), "sentencediscard");
  doc.dateline = {0, 5};
  EXPECT_EQ(ErrorOf(doc), "dateline");
}

}  // namespace
}  // namespace dragoman
