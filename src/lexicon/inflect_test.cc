#include "lexicon/inflect.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dragoman {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Inflect, GeneratesRegularVerbForms) {
  Irregulars none;
  auto f = VerbForms("criticize", none);
  EXPECT_TRUE(Has(f, "criticizes") && Has(f, "criticized") && Has(f, "criticizing"));
  f = VerbForms("ban", none);
  EXPECT_TRUE(Has(f, "banned") && Has(f, "banning") && Has(f, "bans"));
  f = VerbForms("deny", none);
  EXPECT_TRUE(Has(f, "denies") && Has(f, "denied") && Has(f, "denying"));
  f = VerbForms("push", none);
  EXPECT_TRUE(Has(f, "pushes") && Has(f, "pushed"));
}

TEST(Inflect, UsesIrregularTable) {
  Irregulars irr;
  irr.Parse("met meet\nheld hold\nbroke break\nbroken break\n");
  auto f = VerbForms("break", irr);
  EXPECT_TRUE(Has(f, "broke") && Has(f, "broken") && Has(f, "breaking"));
  EXPECT_TRUE(Has(VerbForms("meet", irr), "met"));
}

TEST(Inflect, PluralisesNouns) {
  EXPECT_TRUE(Has(NounForms("army"), "armies"));
  EXPECT_TRUE(Has(NounForms("policeman"), "policemen"));
  EXPECT_TRUE(Has(NounForms("crash"), "crashes"));
  EXPECT_TRUE(Has(NounForms("talk"), "talks"));
}

}  // namespace
}  // namespace dragoman
