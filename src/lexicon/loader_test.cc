#include "lexicon/loader.h"

#include <gtest/gtest.h>

namespace dragoman {
namespace {

StatusOr<std::unique_ptr<Lexicon>> Load(const std::string& name, const std::string& bytes) {
  return LoadLexicon({{name, bytes}}, "met meet\n");
}

TEST(Loader, ReadsActorsWithRolesAndOverrides) {
  auto lex = Load("a.actors",
                  "@lexicon actors 1\n@version 1\nUKR\n  Ukraine | Ukrainian\n  Kyiv | Kiev  sector=GOV\n"
                  "PERSON name=\"Vladimir Putin\"\n  Vladimir Putin | Putin\n"
                  "  => RUSGOV 2000-05-07..2008-05-06 title=President\n"
                  "  => RUSGOV 2008-05-08..2012-05-06 title=\"Prime Minister\"\n");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_EQ((*lex)->actors().size(), 2u);
  EXPECT_EQ((*lex)->phrases().size(), 6u);
  const auto* ids = (*lex)->PhrasesStartingWith("vladimir");
  ASSERT_NE(ids, nullptr);
  const ActorEntry& putin = (*lex)->actors()[(*lex)->phrases()[(*ids)[0]].index];
  EXPECT_EQ(RoleOn(putin, "2010-01-01")->title, "Prime Minister");
  EXPECT_EQ(RoleOn(putin, "2001-01-01")->title, "President");
  EXPECT_EQ(RoleOn(putin, "")->title, "Prime Minister");  // the latest role
  EXPECT_EQ((*lex)->version(), "a.actors@1");
}

TEST(Loader, ReportsFileAndLine) {
  auto lex = Load("bad.actors", "@lexicon actors 1\nUKR\n  Ukraine\n  => RUSGOV 2000..2001\n");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().message(), "bad.actors:4: role line '=>' outside a PERSON entry");
  auto overlap = Load("o.actors", "@lexicon actors 1\nPERSON\n  X\n  => AAAGOV 2000-01-01..2005-01-01\n"
                                  "  => AAAGOV 2004-01-01..\n");
  ASSERT_FALSE(overlap.ok());
  EXPECT_EQ(overlap.status().message(), "o.actors:5: role dates overlap an earlier role of the same person");
  auto header = Load("h.verbs", "# comment\n\n@lexicon verb 1\n");
  ASSERT_FALSE(header.ok());
  EXPECT_EQ(header.status().message(), "h.verbs:3: unknown lexicon kind 'verb' (expected actors, agents or verbs)");
}

TEST(Loader, ParsesPatternsAndIndexesInflections) {
  auto lex = Load("v.verbs",
                  "@lexicon verbs 1\n&TALKS = talks | peace negotiations\n"
                  "040 $ <meet> with +\n036 % <hold> &TALKS\n042:043 $ <visit> +\n100 $ <demand:n> for +\n");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  ASSERT_EQ((*lex)->patterns().size(), 4u);
  EXPECT_NE((*lex)->PatternsForForm("met"), nullptr);       // irregular
  EXPECT_NE((*lex)->PatternsForForm("visited"), nullptr);   // regular
  EXPECT_NE((*lex)->PatternsForForm("demands"), nullptr);   // noun plural
  EXPECT_EQ((*lex)->LemmaOf("held"), "");                   // not in the irregular list given
  const Pattern& visit = (*lex)->patterns()[2];
  EXPECT_EQ(visit.paired_code, "043");
  const Pattern& hold = (*lex)->patterns()[1];
  ASSERT_EQ(hold.after.size(), 1u);
  EXPECT_GE(hold.after[0].alternatives.size(), 2u);
  auto bad = Load("b.verbs", "@lexicon verbs 1\n040 $ meet with +\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "b.verbs:2: pattern has no <anchor>");
  auto synset = Load("s.verbs", "@lexicon verbs 1\n040 $ <meet> &NOPE\n");
  ASSERT_FALSE(synset.ok());
  EXPECT_EQ(synset.status().message(), "s.verbs:2: unknown synset &NOPE");
}

TEST(Loader, AgentsGetPlurals) {
  auto lex = Load("g.agents", "@lexicon agents 1\nMIL\n  army | soldier\nGOV\n  Foreign Minister title=\"Foreign Minister\"\n");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_NE((*lex)->PhrasesStartingWith("armies"), nullptr);
  EXPECT_NE((*lex)->PhrasesStartingWith("soldiers"), nullptr);
  const auto* fm = (*lex)->PhrasesStartingWith("foreign");
  ASSERT_NE(fm, nullptr);
  EXPECT_EQ((*lex)->agents()[(*lex)->phrases()[(*fm)[0]].index].title, "Foreign Minister");
}

}  // namespace
}  // namespace dragoman
