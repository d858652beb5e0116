#include "eval/scorer.h"

#include <gtest/gtest.h>

namespace dragoman {
namespace {

GoldEvent Gold(std::string s, std::optional<std::string> t, std::string plover, bool required = true) {
  GoldEvent g;
  g.source = {s};
  g.target = {t};
  g.plover = {plover};
  g.required = required;
  return g;
}

ScoredEvent Coded(std::string s, std::string t, std::string cameo, std::string plover,
                  std::string modality = "asserted") {
  return {s, t, cameo, plover, modality, ""};
}

TEST(Scorer, MatchesOneToOneAndCountsFalsePositives) {
  std::vector<GoldEvent> gold = {Gold("HUN", "ROU", "AGREE"), Gold("ROU", "HUN", "AGREE")};
  auto score = ScoreDocument("d", gold, {Coded("HUN", "ROU", "030", "AGREE"), Coded("HUN", "ROU", "031", "AGREE"),
                                         Coded("HUN", "", "010", "")});
  EXPECT_EQ(score.true_positives, 1);
  EXPECT_EQ(score.false_negatives, 1);
  // The second HUN->ROU AGREE matches a gold event, so it is not false; the
  // statement with no target matches nothing.
  EXPECT_EQ(score.false_positives, 1);
}

TEST(Scorer, IgnoresNegatedAndHypotheticalAndDeduplicates) {
  std::vector<GoldEvent> gold = {Gold("USA", "IRN", "THREATEN")};
  auto score = ScoreDocument("d", gold, {Coded("USA", "IRN", "130", "THREATEN", "negated"),
                                         Coded("USA", "IRN", "138", "THREATEN", "hypothetical")});
  EXPECT_EQ(score.true_positives, 0);
  EXPECT_EQ(score.false_positives, 0);
  EXPECT_EQ(score.false_negatives, 1);
}

TEST(Scorer, WildcardsNullTargetsAndOptionalEvents) {
  GoldEvent any;
  any.source = {std::string("*")};
  any.target = {std::nullopt, std::string("RUS")};
  any.cameo_roots = {"10"};
  GoldEvent optional = Gold("TUR", std::nullopt, "CONSULT", false);
  auto score = ScoreDocument("d", {any, optional},
                             {Coded("UKR", "", "1056", "REQUEST"), Coded("TUR", "", "043", "CONSULT")});
  EXPECT_EQ(score.true_positives, 1);
  EXPECT_EQ(score.false_positives, 0);
  EXPECT_EQ(score.false_negatives, 0);
}

}  // namespace
}  // namespace dragoman
