#include "tag/tagger.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/document.h"

#ifndef DRAGOMAN_DATA_DIR
#define DRAGOMAN_DATA_DIR "data"
#endif

namespace dragoman {
namespace {

constexpr char kModelPath[] = DRAGOMAN_DATA_DIR "/model/tagger.model";

std::string ReadModelFile() {
  std::ifstream in(kModelPath, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The committed model, loaded once for the whole test program.
const Tagger& CommittedTagger() {
  static const Tagger* tagger = [] {
    StatusOr<Tagger> loaded = Tagger::Load(ReadModelFile(), kModelPath);
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? new Tagger(std::move(*loaded)) : nullptr;
  }();
  return *tagger;
}

std::vector<std::string> Split(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// "Russia rejected ." -> "NNP VBD ."
std::string Tags(const std::string& sentence) {
  std::vector<Tag> tags;
  CommittedTagger().TagWords(Split(sentence), &tags);
  std::string out;
  for (Tag t : tags) {
    if (!out.empty()) out += ' ';
    out += TagName(t);
  }
  return out;
}

// A small hand-made model: "dog" is a noun, "ran" a verb, "the" in the
// dictionary.
std::string TinyModel() {
  TaggerModel model;
  model.dictionary = {{"the", Tag::kDT}};
  std::array<uint64_t, kTaggerFeatureCount> features;
  const TaggerWord window[5] = {StartWord(2), StartWord(1), DescribeWord("dog"), EndWord(1),
                                EndWord(2)};
  TaggerFeatures(window, kStartHistory, kStart2History, &features);
  model.features.push_back({features[1], {{Tag::kNN, 100}}});  // the word "dog"
  model.features.push_back({features[0], {{Tag::kVB, 10}}});   // bias
  return SerializeTaggerModel(model);
}

TEST(Tagger, LoadsCommittedModel) {
  const std::string bytes = ReadModelFile();
  ASSERT_FALSE(bytes.empty()) << "missing " << kModelPath;
  StatusOr<Tagger> tagger = Tagger::Load(bytes, kModelPath);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  EXPECT_GT(tagger->feature_count(), 10000u);
  EXPECT_GT(tagger->dictionary_size(), 1000u);
}

TEST(Tagger, TagsSimpleNewsSentence) {
  EXPECT_EQ(Tags("Russia rejected the proposal ."), "NNP VBD DT NN .");
}

TEST(Tagger, TagsModalAndBaseVerb) {
  EXPECT_EQ(Tags("He will meet the president"), "PRP MD VB DT NN");
}

TEST(Tagger, SplitsPossessiveAndPronoun) {
  EXPECT_EQ(Tags("Putin declined his invitation ."), "NNP VBD PRP$ NN .");
  EXPECT_EQ(Tags("China 's foreign ministry said ."), "NNP POS JJ NN VBD .");
}

TEST(Tagger, TagsContractions) {
  EXPECT_EQ(Tags("They did n't respond"), "PRP VBD RB VB");
  EXPECT_EQ(Tags("I 'm sure it 's true ."), "PRP VBP JJ PRP VBZ JJ .");
}

TEST(Tagger, UnknownCapitalisedWordsAreProperNouns) {
  EXPECT_EQ(Tags("Zelenskyy met Erdogan in Ankara on Tuesday ."), "NNP VBD NNP IN NNP IN NNP .");
}

TEST(Tagger, AcronymsAreProperNouns) {
  EXPECT_EQ(Tags("NATO leaders met in Brussels ."), "NNP NNS VBD IN NNP .");
}

TEST(Tagger, TagsPunctuationByRule) {
  EXPECT_EQ(Tags("( \" -- , ; ... ! $ )"), "( '' -- , , , . SYM )");
}

TEST(Tagger, TagSentenceFillsOnlyItsTokens) {
  Document doc;
  for (const char* w : {"Kyiv", "accused", "Moscow", ".", "Talks", "failed", "."}) {
    Token t;
    t.shape = w;
    doc.tokens.push_back(t);
  }
  Sentence first;
  first.token_begin = 0;
  first.token_end = 4;
  CommittedTagger().TagSentence(&doc, first);
  EXPECT_EQ(doc.tokens[0].tag, Tag::kNNP);
  EXPECT_EQ(doc.tokens[1].tag, Tag::kVBD);
  EXPECT_EQ(doc.tokens[2].tag, Tag::kNNP);
  EXPECT_EQ(doc.tokens[3].tag, Tag::kStop);
  EXPECT_EQ(doc.tokens[4].tag, Tag::kNone);
  EXPECT_EQ(doc.tokens[6].tag, Tag::kNone);
}

TEST(Tagger, EmptyInputIsFine) {
  std::vector<Tag> tags = {Tag::kNN};
  CommittedTagger().TagWords({}, &tags);
  EXPECT_TRUE(tags.empty());
  Document doc;
  CommittedTagger().TagSentence(&doc, Sentence());
}

TEST(Tagger, ThreadsShareOneTagger) {
  const std::vector<std::string> words = Split("The talks were expected to resume next week .");
  std::vector<Tag> expected;
  CommittedTagger().TagWords(words, &expected);
  std::vector<std::vector<Tag>> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&words, &result] {
      for (int i = 0; i < 1000; ++i) CommittedTagger().TagWords(words, &result);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& result : results) EXPECT_EQ(result, expected);
}

TEST(Tagger, TinyModelScoresFeatures) {
  StatusOr<Tagger> tagger = Tagger::Load(TinyModel(), "tiny.model");
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  std::vector<Tag> tags;
  tagger->TagWords({"the", "dog", "ran", ","}, &tags);
  EXPECT_EQ(tags, (std::vector<Tag>{Tag::kDT, Tag::kNN, Tag::kVB, Tag::kPunct}));
}

TEST(Tagger, SerializationIsCanonical) {
  TaggerModel a;
  a.dictionary = {{"of", Tag::kIN}, {"the", Tag::kDT}};
  a.features = {{7, {{Tag::kNN, 3}, {Tag::kVB, -2}}}, {5, {{Tag::kJJ, 1}}}};
  TaggerModel b = a;
  std::swap(b.dictionary[0], b.dictionary[1]);
  std::swap(b.features[0], b.features[1]);
  std::swap(b.features[1].weights[0], b.features[1].weights[1]);
  EXPECT_EQ(SerializeTaggerModel(a), SerializeTaggerModel(b));
}

TEST(Tagger, RejectsEveryTruncation) {
  const std::string bytes = TinyModel();
  for (size_t n = 0; n < bytes.size(); ++n) {
    StatusOr<Tagger> tagger = Tagger::Load(bytes.substr(0, n), "tiny.model");
    ASSERT_FALSE(tagger.ok()) << "accepted " << n << " bytes";
    EXPECT_EQ(tagger.status().message().rfind("tiny.model: ", 0), 0u) << tagger.status().message();
  }
}

TEST(Tagger, RejectsDamagedBytes) {
  const std::string bytes = TinyModel();
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string damaged = bytes;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x5a);
    EXPECT_FALSE(Tagger::Load(damaged, "tiny.model").ok()) << "byte " << i;
  }
}

TEST(Tagger, RejectsDamagedCommittedModel) {
  std::string bytes = ReadModelFile();
  ASSERT_GT(bytes.size(), 1000u);
  bytes[bytes.size() / 2] ^= 0x01;
  StatusOr<Tagger> tagger = Tagger::Load(bytes, kModelPath);
  ASSERT_FALSE(tagger.ok());
  EXPECT_EQ(tagger.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(tagger.status().message().find(kModelPath), std::string::npos);
}

TEST(Tagger, RejectsOtherFiles) {
  StatusOr<Tagger> tagger = Tagger::Load("@lexicon actors 1\nUKR\n", "ukr.actors");
  ASSERT_FALSE(tagger.ok());
  EXPECT_EQ(tagger.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(tagger.status().message(), "ukr.actors: not a dragoman tagger model (bad first line)");
  tagger = Tagger::Load("dragoman-tagger 2\n", "new.model");
  ASSERT_FALSE(tagger.ok());
  EXPECT_NE(tagger.status().message().find("unsupported tagger model version"), std::string::npos);
}

TEST(PunctuationTag, ClassifiesPunctuationOnly) {
  EXPECT_EQ(PunctuationTag("."), Tag::kStop);
  EXPECT_EQ(PunctuationTag("?!"), Tag::kStop);
  EXPECT_EQ(PunctuationTag("..."), Tag::kPunct);
  EXPECT_EQ(PunctuationTag("\xe2\x80\x94"), Tag::kDash);  // em dash
  EXPECT_EQ(PunctuationTag("\xe2\x80\x9c"), Tag::kQuote);
  EXPECT_EQ(PunctuationTag("%"), Tag::kSym);
  EXPECT_EQ(PunctuationTag("'"), Tag::kNone);  // quote or possessive: the model decides
  EXPECT_EQ(PunctuationTag("U.S."), Tag::kNone);
  EXPECT_EQ(PunctuationTag("1,000"), Tag::kNone);
  EXPECT_EQ(PunctuationTag(""), Tag::kNone);
}

TEST(TagNames, RoundTrip) {
  for (int t = 1; t < kTagCount; ++t) {
    const Tag tag = static_cast<Tag>(t);
    EXPECT_EQ(TagFromName(TagName(tag)), tag) << TagName(tag);
  }
  EXPECT_EQ(TagName(Tag::kPRPS), "PRP$");
  EXPECT_EQ(TagName(Tag::kStop), ".");
  EXPECT_EQ(TagName(Tag::kPunct), ",");
  EXPECT_EQ(TagFromName("``"), Tag::kQuote);
  EXPECT_EQ(TagFromName("nonsense"), Tag::kNone);
}

}  // namespace
}  // namespace dragoman
