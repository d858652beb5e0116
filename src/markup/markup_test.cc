#include "markup/markup.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/loader.h"
#include "normalize/normalizer.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"

namespace dragoman {
namespace {

constexpr char kActors[] = R"(@lexicon actors 1
@version 1
UKR
  Ukraine | Ukrainian
  Kyiv   sector=GOV
TUR
  Turkey | Turkish
USA
  United States | American
  US   case=exact
PERSON  name="Anna Berg"
  Anna Berg | Berg
  => NORGOV  2010-01-01..2014-12-31  title="Foreign Minister"
  => NORGOV  2015-01-01..2019-12-31  title="Prime Minister"
  => NOROPP  2020-01-01..            title="Opposition Leader"
)";

constexpr char kVerbs[] = R"(@lexicon verbs 1
@version 1
040 $ <meet> +
)";

constexpr char kAgents[] = R"(@lexicon agents 1
@version 1
GOV
  Foreign Minister   title="Foreign Minister"
  Deputy Foreign Minister   title="Deputy Foreign Minister"
  Minister   title="Minister"
MIL
  army | soldier
)";

const Lexicon& TestLexicon() {
  static const Lexicon* lexicon = [] {
    auto loaded = LoadLexicon(
        {{"test.actors", kActors}, {"test.agents", kAgents}, {"test.verbs", kVerbs}}, "met meet\n");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? loaded->release() : nullptr;
  }();
  return *lexicon;
}

Document MarkedUp(const std::string& text, const std::string& date = "") {
  Document doc;
  doc.text = text;
  doc.date = date;
  NormalizedText norm;
  Normalize(&doc, &norm);
  Tokenize(norm, &doc);
  SplitSentences(&doc);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) MarkupSentence(TestLexicon(), &doc, s);
  return doc;
}

// "[Deputy Foreign Minister agent GOV 'Deputy Foreign Minister'] [Kyiv UKRGOV]"
std::string Mentions(const std::string& text, const std::string& date = "") {
  Document doc = MarkedUp(text, date);
  std::string out;
  for (const Mention& m : doc.mentions) {
    if (!out.empty()) out += ' ';
    out += "[" + std::string(doc.Slice(doc.TokenSpan(m.token_begin, m.token_end)));
    switch (m.kind) {
      case MentionKind::kActor: out += " " + m.actor.code; break;
      case MentionKind::kAgent: out += " agent " + m.actor.sector; break;
      case MentionKind::kPronoun: out += " pronoun"; break;
    }
    if (!m.actor.title.empty()) out += " '" + m.actor.title + "'";
    out += "]";
  }
  return out;
}

struct Case {
  const char* text;
  const char* mentions;
};

void ExpectMentions(const std::vector<Case>& cases, const std::string& date = "") {
  for (const Case& c : cases) EXPECT_EQ(Mentions(c.text, date), c.mentions) << c.text;
}

TEST(Markup, PrefersLongestMatch) {
  ExpectMentions({
      {"The Deputy Foreign Minister met the Foreign Minister.",
       "[Deputy Foreign Minister agent GOV 'Deputy Foreign Minister'] "
       "[Foreign Minister agent GOV 'Foreign Minister']"},
      {"A Minister arrived in the United States.",
       "[Minister agent GOV 'Minister'] [United States USA]"},
  });
}

TEST(Markup, MatchesFoldedText) {
  ExpectMentions({
      {"KYIV\u2019s army", "[KYIV UKRGOV] [army agent MIL]"},
      // Agents match any case, and their last word takes a plural.
      {"two deputy foreign ministers", "[deputy foreign ministers agent GOV 'Deputy Foreign Minister']"},
  });
}

TEST(Markup, CaseExactMatchesOnlyThatCase) {
  ExpectMentions({
      {"US troops told us.", "[US USA]"},
      {"Us and US", "[US USA]"},
  });
}

TEST(Markup, CapitalisedNamesNeedCapitalisedText) {
  ExpectMentions({
      {"Turkey served turkey.", "[Turkey TUR]"},
      {"an american and an American", "[American USA]"},
      {"soldiers and Soldiers", "[soldiers agent MIL] [Soldiers agent MIL]"},  // agents match any case
  });
}

TEST(Markup, PersonTakesTheRoleValidOnTheDocumentDate) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"2012-06-01", "[Berg NORGOV 'Foreign Minister']"},
      {"2014-12-31", "[Berg NORGOV 'Foreign Minister']"},
      {"2015-01-01", "[Berg NORGOV 'Prime Minister']"},
      {"2024-03-03", "[Berg NOROPP 'Opposition Leader']"},
      {"", "[Berg NOROPP 'Opposition Leader']"},            // no date: the latest role
      {"2001-01-01", "[Berg NOROPP 'Opposition Leader']"},  // before every role: the latest
  };
  for (const auto& [date, expected] : cases) EXPECT_EQ(Mentions("Berg", date), expected) << date;
}

TEST(Markup, FindsPronounsAndRecordsSources) {
  EXPECT_EQ(Mentions("Anna Berg said she and her army left; it was theirs."),
            "[Anna Berg NOROPP 'Opposition Leader'] [she pronoun] [her pronoun] [army agent MIL] [it pronoun]");
  Document doc = MarkedUp("Berg visited Kyiv.");
  ASSERT_EQ(doc.mentions.size(), 2u);
  EXPECT_EQ(doc.mentions[0].source.file, "test.actors");
  EXPECT_EQ(doc.mentions[0].source.line, 12u);  // the name line, not the PERSON head
  EXPECT_EQ(doc.mentions[0].actor.name, "Anna Berg");
  EXPECT_EQ(doc.mentions[1].source.line, 5u);
  EXPECT_EQ(doc.mentions[1].actor.country, "UKR");
  EXPECT_EQ(doc.mentions[1].actor.sector, "GOV");
}

TEST(Markup, MentionsStayInsideTheirSentence) {
  Document doc = MarkedUp("He met the United. States were there.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  for (const Mention& m : doc.mentions) {
    EXPECT_GE(m.token_begin, doc.sentences[m.sentence].token_begin);
    EXPECT_LE(m.token_end, doc.sentences[m.sentence].token_end);
  }
  EXPECT_EQ(Mentions("He met the United. States were there."), "[He pronoun]");
}

TEST(Markup, SentenceMayCodeNeedsAnAnchorForm) {
  Document doc = MarkedUp("Ukraine met Turkey. Ukraine called Turkey. They meet.");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_TRUE(SentenceMayCode(TestLexicon(), doc, 0));
  EXPECT_FALSE(SentenceMayCode(TestLexicon(), doc, 1));
  EXPECT_TRUE(SentenceMayCode(TestLexicon(), doc, 2));
}

}  // namespace
}  // namespace dragoman
