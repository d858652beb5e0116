#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "segment/sentence_splitter.h"
#include "test_resources.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;

// The engine over the committed data, built once for the whole program.
const Engine& RealEngine() { return testing_support::SharedEngine(); }

Document Processed(const std::string& text, const std::string& id = "t") {
  Document doc;
  doc.id = id;
  doc.date = "2025-05-15";
  doc.text = text;
  RealEngine().Process(&doc);
  return doc;
}

// A readable, complete dump of the events: "s0 RUS->UKR 040 asserted [0,24) cooperation.verbs:654".
std::string Events(const Document& doc) {
  std::string out;
  for (const Event& e : doc.events) {
    auto code = [&](int32_t m) { return m >= 0 ? doc.mentions[m].actor.code : std::string("-"); };
    out += "s" + std::to_string(e.sentence) + " " + code(e.source) + "->" + code(e.target) + " " + e.cameo +
           " " + std::string(ModalityName(e.modality)) + " [" + std::to_string(e.evidence.begin) + "," +
           std::to_string(e.evidence.end) + ") " + std::string(e.rule.file) + ":" +
           std::to_string(e.rule.line) + "\n";
  }
  return out;
}

// Checks every invariant document.h states for the layers Process adds.
void ExpectInvariants(const Document& doc) {
  const uint32_t size = static_cast<uint32_t>(doc.text.size());
  uint32_t previous_end = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Span s = doc.tokens[i].span;
    EXPECT_LT(s.begin, s.end) << "token " << i;
    EXPECT_LE(s.end, size) << "token " << i;
    EXPECT_GE(s.begin, previous_end) << "token " << i;
    previous_end = s.end;
  }
  uint32_t next_token = 0;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    EXPECT_EQ(s.token_begin, next_token) << "sentence " << k;
    EXPECT_LT(s.token_begin, s.token_end) << "sentence " << k;
    ASSERT_LE(s.token_end, doc.tokens.size()) << "sentence " << k;
    EXPECT_LE(s.span.begin, doc.tokens[s.token_begin].span.begin) << "sentence " << k;
    EXPECT_GE(s.span.end, doc.tokens[s.token_end - 1].span.end) << "sentence " << k;
    EXPECT_LE(s.span.end, size) << "sentence " << k;
    next_token = s.token_end;
  }
  EXPECT_EQ(next_token, doc.tokens.size());  // every token is in a sentence
  for (size_t k = 0; k < doc.phrases.size(); ++k) {
    const Phrase& p = doc.phrases[k];
    ASSERT_LT(p.sentence, doc.sentences.size()) << "phrase " << k;
    EXPECT_GE(p.token_begin, doc.sentences[p.sentence].token_begin) << "phrase " << k;
    EXPECT_LT(p.token_begin, p.token_end) << "phrase " << k;
    EXPECT_LE(p.token_end, doc.sentences[p.sentence].token_end) << "phrase " << k;
    EXPECT_TRUE(p.token_begin <= p.head && p.head < p.token_end) << "phrase " << k;
  }
  const int32_t mentions = static_cast<int32_t>(doc.mentions.size());
  for (int32_t k = 0; k < mentions; ++k) {
    const Mention& m = doc.mentions[k];
    ASSERT_LT(m.sentence, doc.sentences.size()) << "mention " << k;
    EXPECT_GE(m.token_begin, doc.sentences[m.sentence].token_begin) << "mention " << k;
    // Only an inferred actor (a domestic target) has no text of its own.
    if (m.inferred.by == InferenceKind::kDomestic) {
      EXPECT_LE(m.token_begin, m.token_end) << "mention " << k;
    } else {
      EXPECT_LT(m.token_begin, m.token_end) << "mention " << k;
    }
    EXPECT_LE(m.token_end, doc.sentences[m.sentence].token_end) << "mention " << k;
    EXPECT_TRUE(m.merged_into == -1 || (m.merged_into > k && m.merged_into < mentions)) << "mention " << k;
    EXPECT_TRUE(m.phrase >= -1 && m.phrase < static_cast<int32_t>(doc.phrases.size())) << "mention " << k;
    for (int32_t a : m.antecedents) {
      ASSERT_TRUE(a >= 0 && a < mentions && a != k) << "mention " << k;
      // An antecedent comes before the pronoun in the text.
      const Mention& c = doc.mentions[a];
      EXPECT_TRUE(c.sentence < m.sentence || (c.sentence == m.sentence && c.token_begin < m.token_begin))
          << "mention " << k;
    }
  }
  for (size_t k = 0; k < doc.events.size(); ++k) {
    const Event& e = doc.events[k];
    EXPECT_LT(e.sentence, doc.sentences.size()) << "event " << k;
    EXPECT_LE(e.evidence.begin, e.evidence.end) << "event " << k;
    EXPECT_LE(e.evidence.end, size) << "event " << k;
    ASSERT_TRUE(e.source >= 0 && e.source < mentions) << "event " << k;
    ASSERT_TRUE(e.target >= -1 && e.target < mentions) << "event " << k;
    // The written mentions are in the event's sentence, or are the actors.
    ASSERT_TRUE(e.source_mention >= 0 && e.source_mention < mentions) << "event " << k;
    ASSERT_TRUE(e.target_mention >= -1 && e.target_mention < mentions) << "event " << k;
    EXPECT_EQ(e.target_mention < 0, e.target < 0) << "event " << k;
    EXPECT_TRUE(e.source_mention == e.source || doc.mentions[e.source_mention].sentence == e.sentence)
        << "event " << k;
    EXPECT_EQ(doc.mentions[e.source].merged_into, -1) << "event " << k;
    EXPECT_NE(doc.mentions[e.source].kind, MentionKind::kPronoun) << "event " << k;
    if (e.target >= 0) {
      EXPECT_NE(doc.mentions[e.target].kind, MentionKind::kPronoun) << "event " << k;
    }
    EXPECT_FALSE(e.cameo.empty()) << "event " << k;
    EXPECT_TRUE(e.verb_phrase >= -1 && e.verb_phrase < static_cast<int32_t>(doc.phrases.size())) << "event " << k;
  }
  for (const Diagnostic& d : doc.diagnostics) EXPECT_LT(d.offset, size) << d.message;
}

std::string LongSentence(int tokens) {
  static const char* const kWords[] = {"Russia", "met", "Ukraine", "and", "the", "Turkish", "president",
                                      "rejected", "his", "proposal", "to", "hold", "talks", ","};
  std::string text;
  for (int i = 0; i < tokens; ++i) {
    if (i) text += ' ';
    text += kWords[i % 14];
  }
  return text + ".";
}

const std::vector<std::string>& NewsTexts() {
  static const std::vector<std::string> texts = {
      "Russia rejected Ukraine's proposal to meet. Kyiv said it would not attend the talks.",
      "KYIV, May 15 (Reuters) - Ukrainian President Volodymyr Zelensky met Turkish President "
      "Tayyip Erdogan in Ankara.\n\nHe thanked him for his support.",
      "The U.S. and China agreed to resume trade negotiations, officials said on Tuesday.",
      "Iran\u2019s foreign minister didn\u2019t visit Iraq in 2019 \u2014 an outcome Baghdad regretted.",
      "Protesters clashed with police in Paris. France will send troops to Mali, the ministry said.",
  };
  return texts;
}

TEST(Engine, KeepsInvariantsOnNews) {
  for (const std::string& text : NewsTexts()) {
    SCOPED_TRACE(text);
    Document doc = Processed(text);
    EXPECT_FALSE(doc.sentences.empty());
    ExpectInvariants(doc);
  }
  // The corpus above does code: the checks ran over real events.
  EXPECT_FALSE(Processed(NewsTexts()[1]).events.empty());
}

TEST(Engine, KeepsInvariantsOnOddInput) {
  struct Case {
    const char* name;
    std::string text;
    size_t diagnostics;  // how many the normaliser reports
  };
  const std::vector<Case> cases = {
      {"empty", "", 0},
      {"whitespace", "  \n\t \r\n\n   \u00a0 ", 0},
      {"punctuation", "... !!! ?? -- ,,, ;: () [] \"\" '' -", 0},
      {"invalid UTF-8", "Russia \xff\xfe met \xc3 Ukraine \xe2\x82.", 5},  // one per bad byte
      {"NUL byte", std::string("Russia met\0Ukraine.\0", 20), 2},
      {"lone bytes", "\x80\x80 \xc0\xaf", 4},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Document doc = Processed(c.text);
    EXPECT_EQ(doc.text, c.text);  // the original bytes are never modified
    EXPECT_EQ(doc.diagnostics.size(), c.diagnostics);
    ExpectInvariants(doc);
  }
  EXPECT_TRUE(Processed("").tokens.empty());
  EXPECT_TRUE(Processed("  \n\n \t").sentences.empty());
}

TEST(Engine, RepairedBytesStillCode) {
  // Invalid bytes and NULs become separators; the words around them code.
  Document doc = Processed(std::string("Russia met\0Ukraine.", 19));
  EXPECT_EQ(Events(doc).substr(0, 16), "s0 RUS->UKR 040 ");
  ExpectInvariants(doc);
}

TEST(Engine, CapsVeryLongSentences) {
  const std::string text = LongSentence(5000);
  Document doc = Processed(text);
  ExpectInvariants(doc);
  EXPECT_GE(doc.tokens.size(), 5000u);
  EXPECT_GE(doc.sentences.size(), 5000u / kMaxSentenceTokens);
  for (const Sentence& s : doc.sentences) EXPECT_LE(s.token_end - s.token_begin, kMaxSentenceTokens);
  EXPECT_FALSE(doc.events.empty());
}

TEST(Engine, ProcessIsDeterministic) {
  std::vector<std::string> texts = NewsTexts();
  texts.push_back(LongSentence(600));
  for (const std::string& text : texts) {
    const Document a = Processed(text);
    const Document b = Processed(text);
    EXPECT_EQ(Events(a), Events(b)) << text;
    EXPECT_EQ(a.mentions.size(), b.mentions.size()) << text;
    EXPECT_EQ(a.phrases.size(), b.phrases.size()) << text;
  }
}

TEST(Engine, ThreadsShareOneEngine) {
  std::vector<std::string> texts = NewsTexts();
  texts.push_back(LongSentence(800));
  std::vector<std::string> expected;
  for (const std::string& text : texts) expected.push_back(Events(Processed(text)));

  // Two threads, each with its own documents, many rounds to give races a chance.
  std::vector<std::vector<std::string>> got(2);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&texts, &got, t] {
      for (int round = 0; round < 20; ++round) {
        for (size_t i = t; i < texts.size(); i += 2) got[t].push_back(Events(Processed(texts[i])));
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (size_t t = 0; t < got.size(); ++t) {
    size_t k = 0;
    for (int round = 0; round < 20; ++round) {
      for (size_t i = t; i < texts.size(); i += 2) {
        ASSERT_LT(k, got[t].size());
        EXPECT_EQ(got[t][k++], expected[i]) << "thread " << t << " text " << i;
      }
    }
  }
}

}  // namespace
}  // namespace dragoman
