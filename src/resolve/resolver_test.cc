#include "resolve/resolver.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "chunk/chunker.h"
#include "lexicon/loader.h"
#include "markup/markup.h"
#include "normalize/normalizer.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"
#include "tag/tagger.h"

namespace dragoman {
namespace {

constexpr char kActors[] = R"(@lexicon actors 1
@version 1
UKR
  Ukraine | Ukrainian
  Kyiv   sector=GOV
NOR
  Norway | Norwegian
MAR
  Morocco | Moroccan
RUS
  Russia | Russian
PERSON  name="Volodymyr Zelensky"
  Volodymyr Zelensky | Zelensky
  => UKRGOV  2019-05-20..  title="President"
PERSON  name="Hassan"
  Hassan
PERSON  name="Ola Berg"
  Ola Berg | Berg
  => NORGOV  2020-01-01..  title="Foreign Minister"
PERSON  name="Kari Lund"
  Kari Lund | Lund
  => NORGOV  2020-01-01..  title="Deputy Foreign Minister"
)";

constexpr char kAgents[] = R"(@lexicon agents 1
@version 1
GOV
  President   title="President"
  foreign minister   title="Foreign Minister"
  King   title="King"
  aide | senior aide
MIL
  army | soldier
REB
  militant
CVL
  demonstrator
)";

const Lexicon& TestLexicon() {
  static const Lexicon* lexicon = [] {
    auto loaded = LoadLexicon({{"test.actors", kActors}, {"test.agents", kAgents}}, "");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? loaded->release() : nullptr;
  }();
  return *lexicon;
}

const Tagger& ModelTagger() {
  static const Tagger* tagger = [] {
    std::ifstream in(DRAGOMAN_DATA_DIR "/model/tagger.model", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    StatusOr<Tagger> loaded = Tagger::Load(bytes.str(), "tagger.model");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? new Tagger(std::move(*loaded)) : nullptr;
  }();
  return *tagger;
}

// Runs every stage up to resolution, sentence by sentence as the engine does.
Document Resolved(const std::string& text, const std::string& date = "2025-05-15") {
  Document doc;
  doc.text = text;
  doc.date = date;
  NormalizedText norm;
  Normalize(&doc, &norm);
  Tokenize(norm, &doc);
  SplitSentences(&doc);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    ModelTagger().TagSentence(&doc, doc.sentences[s]);
    ChunkSentence(&doc, s);
    MarkupSentence(TestLexicon(), &doc, s);
    ResolveSentence(&doc, s);
  }
  return doc;
}

std::string Text(const Document& doc, int32_t m) {
  if (m < 0) return "-";
  return std::string(doc.Slice(doc.TokenSpan(doc.mentions[m].token_begin, doc.mentions[m].token_end)));
}

// The unmerged mentions: "[Norway's foreign minister NORGOV NOR/GOV 'Foreign Minister']",
// pronouns with their first antecedent: "[its -> Norway]".
std::string Actors(const Document& doc) {
  std::string out;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.merged_into >= 0) continue;
    if (!out.empty()) out += ' ';
    out += "[" + Text(doc, static_cast<int32_t>(i));
    if (m.kind == MentionKind::kPronoun) {
      out += " -> " + Text(doc, m.antecedents.empty() ? -1 : m.antecedents[0]);
    } else {
      out += " " + m.actor.code + " " + m.actor.country + "/" + m.actor.sector;
      if (!m.actor.title.empty()) out += " '" + m.actor.title + "'";
    }
    if (m.possessor) out += " poss";
    out += "]";
  }
  return out;
}

// Index of the first mention whose text is `text`, or -1.
int32_t Find(const Document& doc, const std::string& text) {
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    if (Text(doc, static_cast<int32_t>(i)) == text) return static_cast<int32_t>(i);
  }
  return -1;
}

struct Case {
  const char* text;
  const char* actors;
};

TEST(Resolver, MergesMentionsThatNameOneActor) {
  const std::vector<Case> cases = {
      {"Ukrainian President Volodymyr Zelensky arrived.",
       "[Ukrainian President Volodymyr Zelensky UKRGOV UKR/GOV 'President']"},
      {"Norway's foreign minister spoke.", "[Norway's foreign minister NORGOV NOR/GOV 'Foreign Minister']"},
      {"The President of Russia spoke.", "[President of Russia RUSGOV RUS/GOV 'President']"},
      {"The King of Morocco spoke.", "[King of Morocco MARGOV MAR/GOV 'King']"},
      {"Zelensky met the Norwegian King.",
       "[Zelensky UKRGOV UKR/GOV 'President'] [Norwegian King NORGOV NOR/GOV 'King']"},
      // Two countries side by side are not one actor.
      {"Ukraine and Morocco signed.", "[Ukraine UKR UKR/] [Morocco MAR MAR/]"},
  };
  for (const Case& c : cases) EXPECT_EQ(Actors(Resolved(c.text)), c.actors) << c.text;
}

TEST(Resolver, MergedMentionKeepsItsPartsAndName) {
  Document doc = Resolved("Ukrainian President Volodymyr Zelensky arrived.");
  ASSERT_EQ(doc.mentions.size(), 4u);  // three parts, then the merged actor
  const Mention& merged = doc.mentions[3];
  for (int i = 0; i < 3; ++i) EXPECT_EQ(doc.mentions[i].merged_into, 3) << i;
  EXPECT_EQ(merged.merged_into, -1);
  EXPECT_EQ(merged.kind, MentionKind::kActor);
  EXPECT_EQ(merged.token_begin, 0u);
  EXPECT_EQ(merged.token_end, 4u);
  EXPECT_EQ(merged.actor.name, "Volodymyr Zelensky");
  EXPECT_EQ(merged.source.file, "test.actors");
}

TEST(Resolver, MarksPossessors) {
  EXPECT_EQ(Actors(Resolved("Russia's proposal angered Ukraine.")), "[Russia RUS RUS/ poss] [Ukraine UKR UKR/]");
  Document doc = Resolved("Volodymyr Zelensky visited Norway. He praised its army.");
  EXPECT_FALSE(doc.mentions[Find(doc, "He")].possessor);
  EXPECT_TRUE(doc.mentions[Find(doc, "its")].possessor);
}

TEST(Resolver, PronounsFindAntecedentsOfTheRightKind) {
  const std::vector<Case> cases = {
      // "he" is the previous sentence's subject; "its" a state, never a person.
      {"Volodymyr Zelensky visited Norway. He praised its army.",
       "[Volodymyr Zelensky UKRGOV UKR/GOV 'President'] [Norway NOR NOR/] [He -> Volodymyr Zelensky] "
       "[its -> Norway poss] [army MIL /MIL]"},
      {"Zelensky toured Morocco. Its King greeted him.",
       "[Zelensky UKRGOV UKR/GOV 'President'] [Morocco MAR MAR/] [Its -> Morocco poss] [King GOV /GOV 'King'] "
       "[him -> Zelensky]"},
  };
  for (const Case& c : cases) EXPECT_EQ(Actors(Resolved(c.text)), c.actors) << c.text;
  Document doc = Resolved("Zelensky toured Morocco. Its army paraded.");
  const Mention& its = doc.mentions[Find(doc, "Its")];
  ASSERT_FALSE(its.antecedents.empty());
  for (int32_t a : its.antecedents) EXPECT_NE(Text(doc, a), "Zelensky");
}

TEST(Resolver, ResolveMentionAvoidsTheSourceCountry) {
  Document doc = Resolved("Ukraine and Morocco signed a deal. Kyiv said it was pleased.");
  const int32_t it = Find(doc, "it");
  const int32_t kyiv = Find(doc, "Kyiv");
  const int32_t ukraine = Find(doc, "Ukraine");
  const int32_t morocco = Find(doc, "Morocco");
  ASSERT_GE(it, 0);
  ASSERT_GE(kyiv, 0);
  EXPECT_EQ(ResolveMention(doc, it, -1), kyiv);
  // Kyiv is avoided, and so is Ukraine, which shares its country.
  EXPECT_EQ(ResolveMention(doc, it, kyiv), morocco);
  EXPECT_EQ(ResolveMention(doc, it, ukraine), morocco);
  // A named actor stands for itself; -1 stays unresolved.
  EXPECT_EQ(ResolveMention(doc, kyiv, ukraine), kyiv);
  EXPECT_EQ(ResolveMention(doc, -1, -1), -1);
}

TEST(Resolver, PronounWithNoAntecedentIsUnresolved) {
  Document doc = Resolved("They said it was over.");
  for (int32_t i = 0; i < static_cast<int32_t>(doc.mentions.size()); ++i) {
    EXPECT_TRUE(doc.mentions[i].antecedents.empty()) << Text(doc, i);
    EXPECT_EQ(ResolveMention(doc, i, -1), -1) << Text(doc, i);
  }
}

TEST(Resolver, RolesTakeTheSentencesOneCountry) {
  // A role alone, and two roles merged into one actor, take the one country
  // the sentence names.
  EXPECT_EQ(Actors(Resolved("The Ukrainian army dispersed demonstrators.")),
            "[demonstrators UKRCVL UKR/CVL] [Ukrainian army UKRMIL UKR/MIL]");
  EXPECT_EQ(Actors(Resolved("The Ukrainian army dispersed militant demonstrators.")),
            "[Ukrainian army UKRMIL UKR/MIL] [militant demonstrators UKRREB UKR/REB]");
}

TEST(Resolver, MergesPersonWithOfCountry) {
  // A title and a name with no country, then "of" and a country: one actor.
  EXPECT_EQ(Actors(Resolved("King Hassan of Morocco spoke.")), "[King Hassan of Morocco MARGOV MAR/GOV 'King']");
}

// "by 'from' [sentence] [country 'from']" of an inference.
std::string Provenance(const Document& doc, const Inference& i) {
  std::string out = std::string(InferenceName(i.by)) + " '" + InferredFrom(doc, i) + "'";
  if (InferredSentence(doc, i) >= 0) out += " s" + std::to_string(InferredSentence(doc, i));
  if (i.country_mention >= 0) out += " country '" + NameOf(doc, i.country_mention) + "'";
  return out;
}

TEST(Resolver, IntroducesPeopleByTitleAndKnowsTheirShortName) {
  Document doc = Resolved("Foreign Minister Ola Tvedt said Norway would help. Tvedt praised Ukraine. He left.");
  EXPECT_EQ(Actors(doc),
            "[Norway NOR NOR/] [Foreign Minister Ola Tvedt NORGOV NOR/GOV 'Foreign Minister'] "
            "[Tvedt NORGOV NOR/GOV 'Foreign Minister'] [Ukraine UKR UKR/] [He -> Tvedt]");
  const int32_t intro = Find(doc, "Foreign Minister Ola Tvedt");
  ASSERT_GE(intro, 0);
  EXPECT_EQ(doc.mentions[intro].actor.name, "Ola Tvedt");
  EXPECT_EQ(Provenance(doc, doc.mentions[intro].inferred), "title 'Foreign Minister' country 'Norway'");
  const int32_t tvedt = Find(doc, "Tvedt");
  EXPECT_EQ(Provenance(doc, doc.mentions[tvedt].inferred), "short_name 'Ola Tvedt' s0");
  // "He" is Tvedt: the pronoun's provenance names him and his sentence.
  const int32_t he = Find(doc, "He");
  EXPECT_EQ(ResolveMention(doc, he, -1), tvedt);
  EXPECT_EQ(Provenance(doc, InferenceOf(doc, he, tvedt)), "pronoun 'Ola Tvedt' s1");
  // Actors straight from the lexicon carry none.
  EXPECT_EQ(doc.mentions[Find(doc, "Norway")].inferred.by, InferenceKind::kNone);
  EXPECT_EQ(InferenceOf(doc, Find(doc, "Ukraine"), Find(doc, "Ukraine")).by, InferenceKind::kNone);
}

TEST(Resolver, IntroducesPeopleByAppositive) {
  Document doc = Resolved("Ola Tvedt, a senior aide to Zelensky, arrived. Tvedt spoke.");
  const int32_t intro = Find(doc, "Ola Tvedt");
  ASSERT_GE(intro, 0);
  const Mention& m = doc.mentions[intro];
  EXPECT_EQ(m.actor.code, "UKRGOV");
  EXPECT_EQ(m.actor.title, "senior aide");
  EXPECT_EQ(Provenance(doc, m.inferred), "appositive 'a senior aide to Zelensky'");
  // The appositive's role is the same person, not another actor.
  EXPECT_EQ(doc.mentions[Find(doc, "senior aide")].merged_into, intro);
  EXPECT_EQ(doc.mentions[Find(doc, "Tvedt")].actor.code, "UKRGOV");
}

TEST(Resolver, LeavesNamesWithoutARoleAlone) {
  // Capitalised words with no role before them, or a role followed by a
  // date, are no people.
  EXPECT_EQ(Actors(Resolved("Oslo Airport, a busy hub, closed.")), "");
  EXPECT_EQ(Actors(Resolved("Norway's foreign minister Tuesday denied the report.")),
            "[Norway's foreign minister NORGOV NOR/GOV 'Foreign Minister']");
  // A single name needs a title: "the aide Tvedt" names nobody new.
  EXPECT_EQ(Actors(Resolved("The aide Tvedt spoke.")), "[aide GOV /GOV]");
}

TEST(Resolver, RolesTakeTheirCountryFromContextAndSaySo) {
  Document doc = Resolved("The soldier from Morocco said Ukraine was ready.");
  const int32_t soldier = Find(doc, "soldier");
  EXPECT_EQ(doc.mentions[soldier].actor.code, "MARMIL");
  EXPECT_EQ(Provenance(doc, doc.mentions[soldier].inferred), "attached_place 'Morocco'");
  doc = Resolved("Morocco said the army was ready.");
  const int32_t army = Find(doc, "army");
  EXPECT_EQ(doc.mentions[army].actor.code, "MARMIL");
  EXPECT_EQ(Provenance(doc, doc.mentions[army].inferred), "context_country 'Morocco'");
}

// Sentences of our own for definite descriptions.
TEST(Resolver, TheRoleRefersToTheLastPersonWithThatTitle) {
  Document doc = Resolved("Ola Berg visited Morocco. Zelensky called him. The foreign minister praised the army.");
  const int32_t minister = Find(doc, "foreign minister");
  ASSERT_GE(minister, 0);
  EXPECT_TRUE(doc.mentions[minister].description);
  const int32_t berg = Find(doc, "Ola Berg");
  // Zelensky is the latest person, but not a foreign minister.
  EXPECT_EQ(ResolveMention(doc, minister, -1), berg);
  EXPECT_EQ(Provenance(doc, InferenceOf(doc, minister, berg)), "description 'Ola Berg' s0");
  // "the president" is Zelensky; his country is not inherited from the
  // sentence's only country.
  doc = Resolved("Zelensky arrived in Norway. The president met Ola Berg in Morocco.");
  EXPECT_EQ(ResolveMention(doc, Find(doc, "president"), -1), Find(doc, "Zelensky"));
  EXPECT_EQ(doc.mentions[Find(doc, "president")].inferred.by, InferenceKind::kNone);
}

TEST(Resolver, ADeputyIsNotTheMinister) {
  Document doc = Resolved("Kari Lund visited Morocco. The foreign minister praised the army.");
  const int32_t minister = Find(doc, "foreign minister");
  EXPECT_FALSE(doc.mentions[minister].description);
  EXPECT_TRUE(doc.mentions[minister].antecedents.empty());
  // A role that names its own country is no description.
  doc = Resolved("Ola Berg visited Morocco. The Norwegian King praised the army.");
  EXPECT_FALSE(doc.mentions[Find(doc, "Norwegian King")].description);
}

TEST(Resolver, BothCountriesAreTheTwoParties) {
  Document doc = Resolved("Ukraine and Morocco signed a deal. Norway praised it. Both countries thanked Norway twice. "
                          "Morocco later met Ukraine.");
  const int32_t both = Find(doc, "Both countries");
  ASSERT_GE(both, 0);
  const Mention& group = doc.mentions[both];
  EXPECT_TRUE(group.description);
  EXPECT_TRUE(group.group);
  // With no events yet (only resolution ran here), the two countries named
  // most often so far, the first named on a tie; Norway comes later.
  std::vector<std::string> members;
  for (int32_t m : Members(doc, both)) members.push_back(Text(doc, m));
  EXPECT_EQ(members, (std::vector<std::string>{"Ukraine", "Morocco"}));
  EXPECT_EQ(Provenance(doc, InferenceOf(doc, both, Members(doc, both)[1])), "description 'Morocco' s0");
  // Once named more often, Norway is a party.
  doc = Resolved("Ukraine and Morocco signed a deal. Norway praised it, and Norway paid. The two nations thanked "
                 "Norway.");
  members.clear();
  for (int32_t m : Members(doc, Find(doc, "The two nations"))) members.push_back(Text(doc, m));
  EXPECT_EQ(members, (std::vector<std::string>{"Norway", "Ukraine"}));
  // "Both sides" and "both parties" name the parties of events only (the
  // case file news/descriptions.case codes them): with no events here,
  // they are no description.
  doc = Resolved("Ukraine and Morocco signed a deal. Both sides thanked Norway.");
  EXPECT_EQ(Find(doc, "Both sides"), -1);
  // "the two leaders": people of the two countries.
  doc = Resolved("Zelensky met Ola Berg in Morocco. The two leaders spoke.");
  members.clear();
  for (int32_t m : Members(doc, Find(doc, "The two leaders"))) members.push_back(Text(doc, m));
  std::sort(members.begin(), members.end());
  EXPECT_EQ(members, (std::vector<std::string>{"Ola Berg", "Zelensky"}));
  // A mention that is no group stands for itself.
  EXPECT_EQ(Members(doc, Find(doc, "Zelensky")), std::vector<int32_t>{Find(doc, "Zelensky")});
}

}  // namespace
}  // namespace dragoman
