#include "legacy/petrarch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "eval/petrarch_records.h"
#include "test_resources.h"

namespace dragoman {
namespace {

// A small legacy dictionary set of our own: two invented countries, their
// capitals and a few roles.
constexpr char kActors[] =
    "<!-- test actors -->\n"
    "ALDORIA [ALD]\n"
    "+ALDORIAN\n"
    "+VELMARK_CITY   # the capital\n"
    "BREVIA_ [BRV]\n"
    "+BREVIAN\n"
    "TWIN_DUCHIES [ALD/BRV]\n"
    "KORVAN OSTRICK [ALD]\n"
    "\t[ALDREB <950601]\n"
    "\t[ALDGOV 19950601-19990815]\n"
    "\t[ALDELI >990815]\n"
    "#MARKER [###]\n";

constexpr char kAgents[] =
    "!PERSON! = MAN, MEN\n"
    "FOREIGN_MINISTER [~GOVFRM]\n"
    "POLICE {} [~COP]\n"
    "GOOSE {GEESE} [~GSE]\n"
    "SPOKES!PERSON! [~GOV]\n"
    "RELIEF_AGENCY [NGO~]\n"
    "SOLDIER [~MIL]\n";

constexpr char kVerbs[] =
    "&CURRENCY\n"
    "+DUCATS\n"
    "+GOLD_CROWNS\n"
    "&MONEY\n"
    "+&CURRENCY\n"
    "+CREDIT\n"
    "\n"
    "--- PLEDGE  [070] ---\n"
    "PLEDGE\n"
    "- * &MONEY  [071]\n"
    "- NOT * AID [---]\n"
    "--- MEET  [040:040] ---\n"
    "MEET {MET}\n"
    "--- SEAL  [---] ---\n"
    "SEAL_+OFF {SEAL_+OFFED}\n"
    "- * THE BORDER [192]\n"
    "--- CONDEMN [122] ---\n"
    "CONDEMN\n"
    "- LOUDLY * [123]\n"
    "- + WAS_ * BY $ [124]\n";

constexpr char kDiscards[] = "CRICKET\n+CHAMPIONS LEAGUE\n";

struct Loaded {
  std::unique_ptr<Lexicon> lex;
  std::vector<std::string> notes;
};

Loaded LoadAll() {
  Loaded out{std::make_unique<Lexicon>(), {}};
  EXPECT_TRUE(AddLegacyFile(out.lex.get(), LegacyKind::kActors, "t.actors", kActors, &out.notes).ok());
  EXPECT_TRUE(AddLegacyFile(out.lex.get(), LegacyKind::kAgents, "t.agents", kAgents, &out.notes).ok());
  EXPECT_TRUE(AddLegacyFile(out.lex.get(), LegacyKind::kVerbs, "t.verbs", kVerbs, &out.notes).ok());
  EXPECT_TRUE(AddLegacyFile(out.lex.get(), LegacyKind::kDiscards, "t.discards", kDiscards, &out.notes).ok());
  Status finished = out.lex->Finish();
  EXPECT_TRUE(finished.ok()) << finished.message();
  return out;
}

const ActorEntry* ActorNamed(const Lexicon& lex, const std::string& first_word) {
  const auto* ids = lex.PhrasesStartingWith(first_word);
  if (!ids) return nullptr;
  for (uint32_t id : *ids) {
    const PhraseEntry& p = lex.phrases()[id];
    if (p.kind == EntryKind::kActor) return &lex.actors()[p.index];
  }
  return nullptr;
}

TEST(Legacy, ActorsWithSynonymsDatesAndSeveralCodes) {
  Loaded l = LoadAll();
  EXPECT_EQ(l.lex->conventions(), Conventions::kPetrarch);
  const ActorEntry* aldoria = ActorNamed(*l.lex, "velmark");
  ASSERT_NE(aldoria, nullptr);
  EXPECT_EQ(aldoria->code, "ALD");
  const ActorEntry* korvan = ActorNamed(*l.lex, "korvan");
  ASSERT_NE(korvan, nullptr);
  EXPECT_EQ(korvan->code, "ALD");  // the undated default
  EXPECT_EQ(RoleOn(*korvan, "1995-05-31")->code, "ALDREB");
  EXPECT_EQ(RoleOn(*korvan, "1995-06-01")->code, "ALDGOV");
  EXPECT_EQ(RoleOn(*korvan, "1999-08-15")->code, "ALDGOV");
  EXPECT_EQ(RoleOn(*korvan, "1999-08-16")->code, "ALDELI");
  ASSERT_NE(ActorNamed(*l.lex, "twin"), nullptr);
  EXPECT_EQ(ActorNamed(*l.lex, "twin")->code, "ALD/BRV");
  ASSERT_NE(ActorNamed(*l.lex, "marker"), nullptr);
  EXPECT_EQ(ActorNamed(*l.lex, "marker")->code, "###");  // '#' inside a code is no comment
  EXPECT_NE(ActorNamed(*l.lex, "brevia"), nullptr);       // trailing '_' dropped
}

TEST(Legacy, AgentsWithPluralsPrefixesAndSubstitutionSets) {
  Loaded l = LoadAll();
  auto agent = [&](const std::vector<std::string>& words) -> const AgentEntry* {
    for (const PhraseEntry& p : l.lex->phrases()) {
      if (p.kind == EntryKind::kAgent && p.words == words) return &l.lex->agents()[p.index];
    }
    return nullptr;
  };
  ASSERT_NE(agent({"foreign", "ministers"}), nullptr);  // generated plural
  EXPECT_EQ(agent({"foreign", "minister"})->sector, "GOVFRM");
  EXPECT_EQ(agent({"polices"}), nullptr);                // {} turns plurals off
  EXPECT_NE(agent({"geese"}), nullptr);                  // written-out plural
  EXPECT_NE(agent({"spokesmen"}), nullptr);              // !PERSON! substitution
  ASSERT_NE(agent({"relief", "agency"}), nullptr);
  EXPECT_TRUE(agent({"relief", "agency"})->prefix);
}

TEST(Legacy, VerbBlocksBecomePatterns) {
  Loaded l = LoadAll();
  // Every verb of a block gets the block's default and each pattern.
  const auto* pledge = l.lex->PatternsForForm("pledged");
  ASSERT_NE(pledge, nullptr);
  std::set<std::string> codes;
  for (uint32_t id : *pledge) codes.insert(l.lex->patterns()[id].code);
  EXPECT_EQ(codes, (std::set<std::string>{"070", "071", ""}));  // "" : the null-coded "NOT * AID"
  // Written-out forms and a verb with a word before it.
  ASSERT_NE(l.lex->PatternsForForm("met"), nullptr);
  ASSERT_NE(l.lex->PatternsForForm("offed"), nullptr);
  const Pattern& seal = l.lex->patterns()[(*l.lex->PatternsForForm("off"))[0]];
  EXPECT_EQ(seal.code, "192");  // the block has no default: only its pattern
  // Nested synsets are expanded: &MONEY holds DUCATS, GOLD CROWNS and CREDIT.
  for (uint32_t id : *pledge) {
    const Pattern& p = l.lex->patterns()[id];
    if (p.code != "071") continue;
    ASSERT_EQ(p.after.size(), 2u);  // an open gap, then the synset
    EXPECT_EQ(p.after[0].kind, ElementKind::kSkipTokens);
    EXPECT_EQ(p.after[1].alternatives.size(), 3u);
  }
}

TEST(Legacy, ErrorsNameFileAndLineAndUnsupportedIsReported) {
  Lexicon lex;
  std::vector<std::string> notes;
  Status s = AddLegacyFile(&lex, LegacyKind::kVerbs, "bad.verbs", "--- GO [010] ---\nGO\n- * HOME\n", &notes);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "bad.verbs:3: pattern without a [CODE]");
  s = AddLegacyFile(&lex, LegacyKind::kAgents, "bad.agents", "\n\nMINISTER [GOV]\n", &notes);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "bad.agents:3: agent code 'GOV' has no '~' (write ~CODE or CODE~)");
  s = AddLegacyFile(&lex, LegacyKind::kActors, "bad.actors", "X [XXX <99]\n", &notes);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "bad.actors:1: bad date restriction '<99'");
  s = AddLegacyFile(&lex, LegacyKind::kVerbs, "two.verbs", "--- GO [010] [020] ---\nGO\n", &notes);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0], "two.verbs:1: block header has 2 codes; the first, [010], is the block's");
  notes.clear();
  ASSERT_TRUE(AddLegacyFile(&lex, LegacyKind::kIssues, "x.issues", "ANYTHING\n", &notes).ok());
  ASSERT_EQ(notes.size(), 1u);
  // TABARI's stem connector and an unknown substitution set are reported.
  notes.clear();
  ASSERT_TRUE(AddLegacyFile(&lex, LegacyKind::kVerbs, "s.verbs", "--- GO [010] ---\nGO\n- * HOME~_NOW [011]\n", &notes).ok());
  ASSERT_TRUE(AddLegacyFile(&lex, LegacyKind::kAgents, "s.agents", "CHAIR!NOPE! [~GOV]\n", &notes).ok());
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0], "s.verbs:3: '~' in 'HOME~' (TABARI stemming) is read as a whole word");
  EXPECT_EQ(notes[1], "s.agents:1: 'CHAIR!NOPE!' names no substitution set defined before it; read as written");
}

// The same engine codes with legacy dictionaries, under PETRARCH conventions.
std::set<Coding> Code(const Engine& engine, const std::string& text, const std::string& date) {
  Document doc;
  doc.id = "t";
  doc.date = date;
  doc.text = text;
  engine.Process(&doc);
  return CodingsOf(doc, /*require_dyad=*/true);
}

const Engine& LegacyEngine() {
  static const Engine* engine = [] {
    EngineResources r = testing_support::Resources(DRAGOMAN_DATA_DIR "/lexicon", false);
    r.lexicon_files.clear();
    r.legacy_files = {{LegacyKind::kActors, {"t.actors", kActors}},
                      {LegacyKind::kAgents, {"t.agents", kAgents}},
                      {LegacyKind::kVerbs, {"t.verbs", kVerbs}},
                      {LegacyKind::kDiscards, {"t.discards", kDiscards}}};
    auto e = Engine::Create(r);
    EXPECT_TRUE(e.ok()) << e.status().message();
    return e.ok() ? e->release() : nullptr;
  }();
  return *engine;
}

TEST(LegacyEngine, CodesWhatTheDictionariesMean) {
  const Engine& e = LegacyEngine();
  using C = std::set<Coding>;
  // The block default, and a pattern with a synset after the verb.
  EXPECT_EQ(Code(e, "Aldoria pledged support to Brevia.", "2001-01-01"), (C{{"ALD", "BRV", "070"}}));
  EXPECT_EQ(Code(e, "Aldoria pledged ten million gold crowns to Brevia.", "2001-01-01"),
            (C{{"ALD", "BRV", "071"}}));
  // A null-coded pattern suppresses the default.
  EXPECT_EQ(Code(e, "Aldoria did not pledge aid to Brevia.", "2001-01-01"), C{});
  // Paired codes; an announced act keeps its code (no intent coding).
  EXPECT_EQ(Code(e, "The Aldorian foreign minister will meet Brevian soldiers.", "2001-01-01"),
            (C{{"ALDGOVFRM", "BRVMIL", "040"}, {"BRVMIL", "ALDGOVFRM", "040"}}));
  // Upper words, a passive with its agent, and a dated actor.
  EXPECT_EQ(Code(e, "Brevia loudly condemned Aldoria.", "2001-01-01"), (C{{"BRV", "ALD", "123"}}));
  EXPECT_EQ(Code(e, "Korvan Ostrick was condemned by Brevia.", "1997-03-01"), (C{{"BRV", "ALDGOV", "124"}}));
  // Several codes for one name; a prefix agent.
  EXPECT_EQ(Code(e, "The Twin Duchies met Korvan Ostrick.", "1990-01-01"),
            (C{{"ALD", "ALDREB", "040"}, {"ALDREB", "ALD", "040"}, {"BRV", "ALDREB", "040"}, {"ALDREB", "BRV", "040"}}));
  EXPECT_EQ(Code(e, "A relief agency Brevia spokesman met Aldoria.", "2001-01-01"),
            (C{{"NGOBRVGOV", "ALD", "040"}, {"ALD", "NGOBRVGOV", "040"}}));
}

TEST(LegacyEngine, DiscardsTakeSentencesOrStoriesOut) {
  const Engine& e = LegacyEngine();
  Document doc;
  doc.text = "Aldoria met Brevia. Aldoria met Brevia at the cricket ground.";
  e.Process(&doc);
  EXPECT_EQ(doc.events.size(), 2u);  // the first sentence only
  EXPECT_EQ(ErrorOf(doc), "sentencediscard");
  Document story;
  story.text = "Aldoria met Brevia. The Champions League final is on Sunday.";
  e.Process(&story);
  EXPECT_TRUE(story.events.empty());
  EXPECT_EQ(ErrorOf(story), "storydiscard");
}

}  // namespace
}  // namespace dragoman
