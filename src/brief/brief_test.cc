#include "brief/brief.h"

#include <gtest/gtest.h>

#include "pipeline/pipeline.h"
#include "test_resources.h"

namespace dragoman {
namespace {

using testing_support::ReadBytes;
using testing_support::SharedEngine;

// An article of our own: two parties, a host city, two delegations, demands,
// a rejection with its backers, and an earlier round.
constexpr char kArticle[] =
    "Serbia and Kosovo are set to hold talks in Brussels on Monday, European Union officials said.\n\n"
    "Serbian President Aleksandar Vucic has sent a delegation led by Foreign Minister Marko Djuric. "
    "Other members include Defence Minister Bratislav Gasic.\n\n"
    "Kosovo demanded full recognition of its independence, a position backed by the United States. "
    "Serbia has repeated its demand for Kosovo to form an association of Serb municipalities, "
    "an outcome Pristina rejects.\n\n"
    "Brussels previously hosted talks in 2013, which produced a first agreement.";

TEST(Brief, GathersPartiesDelegationsStancesAndHistory) {
  Document doc;
  doc.id = "brussels";
  doc.date = "2025-03-14";
  doc.text = kArticle;
  SharedEngine().Process(&doc);
  const NegotiationBrief b = MakeBrief(doc);
  EXPECT_EQ(b.parties, (std::vector<std::string>{"SRB", "XKX"}));
  EXPECT_EQ(b.venue, "Brussels");
  EXPECT_EQ(b.host, "BEL");
  ASSERT_FALSE(b.delegations.empty());
  EXPECT_EQ(b.delegations[0].side, "SRB");
  EXPECT_EQ(b.delegations[0].leader, "Marko Djuric");
  EXPECT_EQ(b.delegations[0].sent_by, "Aleksandar Vucic");
  bool kosovo_demand = false, serbia_demand = false, kosovo_rejects = false;
  for (const Stance& st : b.stances) {
    if (st.actor == "XKX" && st.stance == "demand" && st.issue.find("recognition") != std::string::npos) {
      kosovo_demand = true;
      EXPECT_EQ(st.supported_by, (std::vector<std::string>{"USA"}));
    }
    if (st.actor == "SRB" && st.stance == "demand" && st.issue.find("association") != std::string::npos) {
      serbia_demand = true;
    }
    if (st.actor == "XKX" && st.stance == "reject" && st.issue.find("association") != std::string::npos) {
      kosovo_rejects = true;
    }
  }
  EXPECT_TRUE(kosovo_demand) << BriefText(doc, b);
  EXPECT_TRUE(serbia_demand) << BriefText(doc, b);
  EXPECT_TRUE(kosovo_rejects) << BriefText(doc, b);
  EXPECT_EQ(b.previous_year, "2013");
  // The brief's JSON carries the document's places.
  const std::string json = BriefJson(doc, b);
  EXPECT_NE(json.find("\"places\":[{\"name\":\"Brussels\",\"country\":\"BEL\",\"lat\":50.8"), std::string::npos)
      << json;
}

// examples/abu-dhabi-talks.txt, written for this test: a demand whose
// concessions are listed after "such as", and a rejection whose conditions
// are listed after "notably" and share one "of" phrase.
TEST(Brief, SplitsEnumeratedIssuesIntoStances) {
  Document doc;
  doc.id = "abu-dhabi-talks";
  doc.date = "2025-06-02";
  doc.text = ReadBytes(DRAGOMAN_EXAMPLES_DIR "/abu-dhabi-talks.txt");
  ASSERT_FALSE(doc.text.empty());
  SharedEngine().Process(&doc);
  const NegotiationBrief b = MakeBrief(doc);
  EXPECT_EQ(b.parties, (std::vector<std::string>{"EGY", "ETH"}));
  EXPECT_EQ(b.venue, "Abu Dhabi");
  std::vector<std::string> got;
  for (const Stance& st : b.stances) got.push_back(st.actor + " " + st.stance + " " + st.issue);
  EXPECT_EQ(got, (std::vector<std::string>{
                     "EGY demand concessions from Ethiopia",
                     "EGY demand guaranteed releases during droughts",
                     "EGY demand binding and enforceable mechanism for settling disputes",
                     "ETH reject several of Cairo's conditions",
                     "ETH reject monitoring of the dam by foreign engineers",
                     "ETH reject inspection of the dam by foreign engineers",
                 }))
      << BriefText(doc, b);
}

}  // namespace
}  // namespace dragoman
