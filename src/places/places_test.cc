#include "places/places.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"

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
  ASSERT_NE(g.Find("constantinople"), nullptr);
  EXPECT_EQ(g.Find("ist"), nullptr);  // codes are not names
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
  PlaceEvents(g, &doc);
  ASSERT_EQ(doc.events[0].place, 0);
  EXPECT_EQ(doc.places[0].country, "LBN");
  EXPECT_NEAR(doc.places[0].latitude, 34.43, 1e-6);
  EXPECT_EQ(doc.Slice(doc.places[0].span), "Tripoli");
}

}  // namespace
}  // namespace dragoman
