#include "places/places.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "pipeline/pipeline.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"
#include "test_resources.h"

namespace dragoman {
namespace {

// Two rows in GeoNames' layout (19 tab-separated fields) and a country table.
constexpr char kCities[] =
    "1\tİstanbul\tIstanbul\tConstantinople,IST\t41.01\t28.95\tP\tPPLA\tTR\t\t34\t\t\t\t15000000\t\t\t\t\n"
    "2\tTripoli\tTripoli\t\t32.88\t13.19\tP\tPPLC\tLY\t\t\t\t\t\t1150000\t\t\t\t\n"
    "3\tTripoli\tTripoli\t\t34.43\t35.84\tP\tPPLA\tLB\t\t\t\t\t\t229000\t\t\t\t\n";
constexpr char kCountries[] = "#ISO\tISO3\nTR\tTUR\nLY\tLBY\nLB\tLBN\n";

TEST(Gazetteer, IndexesNamesAndExonyms) {
  Gazetteer g;
  ASSERT_TRUE(g.Parse(kCities, kCountries).ok());
  ASSERT_NE(g.Find("istanbul"), nullptr);
  EXPECT_EQ(g.Find("constantinople"), nullptr);  // an exonym, not the name
  ASSERT_NE(g.FindAlternate("constantinople"), nullptr);
  EXPECT_EQ(g.FindAlternate("ist"), nullptr);  // codes are not names
  EXPECT_EQ(g.place((*g.Find("istanbul"))[0]).country, "TUR");
  EXPECT_EQ(g.Find("tripoli")->size(), 2u);
}

TEST(Gazetteer, RejectsShortRows) {
  Gazetteer g;
  Status s = g.Parse("1\tX\tX\n", kCountries);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "cities15000.txt:1: expected 19 tab-separated fields, got 3");
}

TEST(Places, PrefersTheDocumentsCountries) {
  Gazetteer g;
  ASSERT_TRUE(g.Parse(kCities, kCountries).ok());
  Document doc;
  doc.text = "Talks were held in Tripoli.";
  NormalizedText n;
  Normalize(&doc, &n);
  Tokenize(n, &doc);
  SplitSentences(&doc);
  Mention lebanon;  // the document is about Lebanon
  lebanon.actor.country = "LBN";
  doc.mentions.push_back(lebanon);
  Event e;
  doc.events.push_back(e);
  FindPlaces(g, &doc);
  ASSERT_EQ(doc.events[0].place, 0);
  EXPECT_EQ(doc.places[0].country, "LBN");
  EXPECT_NEAR(doc.places[0].latitude, 34.43, 1e-6);
  EXPECT_EQ(doc.Slice(doc.places[0].span), "Tripoli");
}

// The document's places, "name country [lat lon] [= metonym]" in text order,
// with the committed lexicon and the installed GeoNames gazetteer.
std::vector<std::string> PlacesOf(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.date = "2025-05-15";
  testing_support::SharedEngine().Process(&doc);
  std::vector<std::string> out;
  for (const Place& p : doc.places) {
    std::string s = p.name + " " + p.country;
    if (p.located) s += fmt::format(" {:.2f} {:.2f}", p.latitude, p.longitude);
    if (!p.metonym_for.empty()) s += " = " + p.metonym_for;
    out.push_back(s);
  }
  return out;
}

// The place of each event of a text, "CODE place" (the place's name, or "-").
std::vector<std::string> EventPlacesOf(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.date = "2025-05-15";
  testing_support::SharedEngine().Process(&doc);
  std::vector<std::string> out;
  for (const Event& e : doc.events) out.push_back(e.cameo + " " + (e.place >= 0 ? doc.places[e.place].name : "-"));
  return out;
}

TEST(Places, ARelativeClauseKeepsItsPlace) {
  // The talks were not in Bucha; the relative clause's place is its own.
  EXPECT_EQ(EventPlacesOf("Turkey hosted Ukraine in 2022, which ended after the massacre in Bucha."),
            (std::vector<std::string>{"043 -", "042 -"}));
  EXPECT_EQ(EventPlacesOf("Turkey hosted Ukraine in Istanbul in 2022."), (std::vector<std::string>{"043 Istanbul", "042 Istanbul"}));
}

using Places = std::vector<std::string>;

TEST(Places, ListsEveryPlaceOnceWithMetonyms) {
  EXPECT_EQ(
      PlacesOf("Delegations met in Istanbul on Monday. Kyiv rejected the draft, and Moscow's envoy walked "
               "out. Investigators had found mass graves in Bucha. The Istanbul meeting ended early."),
      (Places{"Istanbul TUR 41.01 28.95", "Kyiv UKR 50.45 30.52 = UKRGOV", "Moscow RUS 55.75 37.62 = RUSGOV",
              "Bucha UKR 50.54 30.21"}));
}

TEST(Places, ACityUsedAsAPlaceIsNoMetonym) {
  // "Ankara hosted" stands for the government, but "in Ankara" is a place.
  EXPECT_EQ(PlacesOf("Erdogan received the envoys in Ankara. Ankara hosted a second round in 2022."),
            (Places{"Ankara TUR 39.92 32.85"}));
}

TEST(Places, CountriesNamedAsPlaces) {
  EXPECT_EQ(PlacesOf("The talks are being held in Turkey, a NATO member."), (Places{"Turkey TUR"}));
  // A demonym modifying a noun is not a place; nor is a country's name that
  // is also a foreign town's ("Mexico", Philippines).
  EXPECT_EQ(PlacesOf("The scandal is the worst in British politics for years."), Places{});
  EXPECT_EQ(PlacesOf("Floods killed dozens in Mexico last week."), (Places{"Mexico MEX"}));
}

TEST(Places, OrdinaryWordsNamesAndBrandsAreNoPlaces) {
  // Each capitalised word below is a town in GeoNames: March (England),
  // Federal (Argentina), Florida (Colombia, and Floridablanca's other
  // name), Toyota (Japan), Police (Poland), ICO (Icó, Brazil).
  EXPECT_EQ(
      PlacesOf("Car sales rose in March, the Federal Reserve said. Sales in Florida fell. An analyst at "
               "the Toyota stand said shares in Police rose. Quotas at ICO were cut."),
      Places{});
  // Words inside a person's or a role's name are not places.
  EXPECT_EQ(PlacesOf("Talks with Marco Rubio ended."), Places{});
}

}  // namespace
}  // namespace dragoman
