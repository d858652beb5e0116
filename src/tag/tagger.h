// The part-of-speech tagger: a greedy, left-to-right averaged perceptron
// (after Honnibal's "A good POS tagger in about 200 lines of Python").
//
// Pipeline position: after segmentation and normalisation, before chunking.
// The tagger reads Token::shape and fills Token::tag in place.
//
// How a word is tagged, cheapest rule first:
//   1. A token made only of punctuation gets its class by rule (PunctuationTag:
//      "," -> kPunct, "--" -> kDash), never by the model.
//   2. A frequent word that had one tag in training at least 97% of the time
//      ("the", "of", "said") takes it from the tag dictionary, unscored.
//   3. Every other word is scored: about twenty hashed features (the word, its
//      suffixes and shape, neighbouring words, the two tags already chosen)
//      each select a short list of (tag, weight) pairs; the highest sum wins.
//
// The model file is written by tools/train_tagger (see data/model/README.md)
// and parsed by Tagger::Load. Its layout, all integers little-endian:
//   "dragoman-tagger 1\n"                    magic and format version
//   "tags NONE CC CD ... SYM\n"               class names, in class-id order
//   u32 n, then n x {u8 len, bytes, u8 class} tag dictionary (exact shapes)
//   u32 m, then m x {u64 feature, u8 k, k x {u8 class, i16 weight}}
//   u64 FNV-1a checksum of every byte before it
#ifndef DRAGOMAN_TAG_TAGGER_H_
#define DRAGOMAN_TAG_TAGGER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace dragoman {

// Number of tag classes, kNone included.
inline constexpr int kTagCount = static_cast<int>(Tag::kCount);

// The class of a token made only of punctuation or symbol characters, or kNone
// for any other token (a word, a number, or a lone apostrophe, which may be a
// quote or the possessive of "Jones'").
//   "," ";" ":" "..." -> kPunct    "." "?" "!" -> kStop    "\"" "``" -> kQuote
//   "(" "[" -> kOpen   ")" "]" -> kClose   "-" "--" "—" -> kDash   "$" "%" "&" -> kSym
Tag PunctuationTag(std::string_view shape);

// What the features need to know about one word, hashed once per word.
struct TaggerWord {
  uint64_t exact = 0;      // the shape as written, case kept ("US")
  uint64_t lower = 0;      // lower case; numbers folded to a class ("!YEAR")
  uint64_t suffix3 = 0;    // last three bytes, lower case ("ing")
  uint64_t suffix2 = 0;    // last two bytes, lower case
  uint64_t prefix = 0;     // first byte, case kept ("R" of "Russia")
  uint64_t shape = 0;      // character classes, runs collapsed ("Xx", "X.X.", "d,d")
  Tag fixed = Tag::kNone;  // PunctuationTag of the word
};

// Hashes `shape` (one token in shape form) into a TaggerWord.
TaggerWord DescribeWord(std::string_view shape);
// Sentinels for the positions before the first and after the last word.
TaggerWord StartWord(int distance);  // distance 1 or 2 before the sentence
TaggerWord EndWord(int distance);    // distance 1 or 2 after the sentence

// History value standing for "no tag yet" at the start of a sentence.
inline constexpr int kStartHistory = kTagCount;
inline constexpr int kStart2History = kTagCount + 1;

// Number of features hashed per scored word.
inline constexpr int kTaggerFeatureCount = 20;

// Hashes the features of window[2], where window[0..4] are the words at
// distance -2..+2 (sentinels outside the sentence), given the tags chosen for
// the two previous words (kStartHistory / kStart2History before the start).
// Shared by the tagger and its trainer so both see identical features.
void TaggerFeatures(const TaggerWord* window, int prev, int prev2,
                    std::array<uint64_t, kTaggerFeatureCount>* features);

// A model in plain form, as the trainer builds it before serialising.
struct TaggerModel {
  struct Weight {
    Tag tag = Tag::kNone;
    int16_t value = 0;
  };
  struct Feature {
    uint64_t hash = 0;
    std::vector<Weight> weights;
  };
  std::vector<std::pair<std::string, Tag>> dictionary;  // exact shape -> tag
  std::vector<Feature> features;                        // hashes distinct
};

// Serialises `model` in the format Tagger::Load reads. Features and the
// dictionary are written sorted, so equal models give equal bytes.
std::string SerializeTaggerModel(TaggerModel model);

// A trained tagger. Immutable after Load: every method is const and keeps no
// mutable state, so one Tagger is shared by all threads without locking.
//
//   StatusOr<Tagger> tagger = Tagger::Load(bytes, "data/model/tagger.model");
//   tagger->TagSentence(&doc, doc.sentences[0]);  // Russia/NNP rejected/VBD ...
class Tagger {
 public:
  // Parses a model produced by tools/train_tagger. `name` (the file name) is
  // used in error messages. A truncated or damaged model gives DataLoss, a
  // file that is not a tagger model InvalidArgument; neither crashes.
  static StatusOr<Tagger> Load(std::string_view model_bytes, std::string_view name);

  // Sets Token::tag for tokens [s.token_begin, s.token_end) of *doc. Reads
  // only Token::shape: the lower-case form the features use is derived from
  // it (ASCII lower case, which is what Token::norm holds for folded text), so
  // run time sees exactly what training saw. No heap allocation.
  void TagSentence(Document* doc, const Sentence& s) const;

  // Tags a sequence of word shapes; resizes *tags to shapes.size(). Used by
  // training, evaluation and tests.
  void TagWords(const std::vector<std::string>& shapes, std::vector<Tag>* tags) const;

  // Sizes, for reports.
  size_t feature_count() const { return feature_count_; }
  size_t dictionary_size() const { return dictionary_size_; }

 private:
  // An open-addressing slot of the feature table; key 0 marks an empty slot.
  struct FeatureSlot {
    uint64_t key = 0;
    uint32_t begin = 0;  // [begin, begin + count) into weights_
    uint32_t count = 0;
  };
  struct DictionarySlot {
    uint64_t key = 0;
    Tag tag = Tag::kNone;
  };
  struct Weight {
    int16_t value = 0;
    uint8_t tag = 0;
  };

  Tagger() = default;
  class Parser;

  // Greedy decoding over `n` words; shape_at(i) gives word i's shape and
  // set_tag(i, tag) receives its tag.
  template <typename ShapeAt, typename SetTag>
  void Decode(size_t n, const ShapeAt& shape_at, const SetTag& set_tag) const;
  Tag Classify(const TaggerWord* window, int prev, int prev2) const;
  Tag LookUpDictionary(uint64_t key) const;
  const FeatureSlot* FindFeature(uint64_t key) const;

  std::vector<FeatureSlot> features_;  // size is a power of two
  std::vector<Weight> weights_;
  std::vector<DictionarySlot> dictionary_;  // size is a power of two
  std::vector<uint8_t> classes_;            // tags the model can output
  size_t feature_count_ = 0;
  size_t dictionary_size_ = 0;
};

}  // namespace dragoman

#endif  // DRAGOMAN_TAG_TAGGER_H_
