#include "brief/brief.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/pipeline.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const Engine& RealEngine() {
  static const Engine* engine = [] {
    const fs::path data = DRAGOMAN_DATA_DIR;
    EngineResources r;
    for (const auto& e : fs::directory_iterator(data / "lexicon")) {
      const std::string ext = e.path().extension().string();
      if (ext == ".actors" || ext == ".agents" || ext == ".verbs") {
        r.lexicon_files.push_back({e.path().filename().string(), Read(e.path())});
      }
    }
    r.irregular_verbs = Read("/usr/share/wordnet/verb.exc");
    r.tagger_model = {"tagger.model", Read(data / "model" / "tagger.model")};
    r.ontology = {"cameo.tsv", Read(data / "ontology" / "cameo.tsv")};
    r.gazetteer_cities = Read("/usr/share/libtimezonemap/ui/cities15000.txt");
    r.gazetteer_countries = Read("/usr/share/libtimezonemap/ui/countryInfo.txt");
    auto made = Engine::Create(r);
    EXPECT_TRUE(made.ok()) << made.status().message();
    return made.ok() ? made->release() : nullptr;
  }();
  return *engine;
}

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
  RealEngine().Process(&doc);
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
}

}  // namespace
}  // namespace dragoman
