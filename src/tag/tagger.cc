// Averaged-perceptron tagger: feature hashing, model parsing and greedy
// decoding. See tagger.h for the algorithm and the model layout.
#include "tag/tagger.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace dragoman {
namespace {

constexpr std::string_view kMagicLine = "dragoman-tagger 1\n";
constexpr std::string_view kMagicName = "dragoman-tagger ";

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

// The splitmix64 finaliser: spreads every input bit over the output.
inline uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

inline uint64_t Combine(uint64_t a, uint64_t b) {
  return Mix(a * 0x9e3779b97f4a7c15ull + b + 0x632be59bd9b4e019ull);
}

inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

uint64_t HashBytes(std::string_view s, bool lower) {
  uint64_t h = kFnvOffset;
  for (char c : s) {
    h ^= static_cast<uint8_t>(lower ? AsciiLower(c) : c);
    h *= kFnvPrime;
  }
  return h;
}

// The lower-case word, except that numbers fold to a class: "1961" and "2025"
// share "!YEAR" and "3,500" and "1960s" share "!DIGITS" (their shapes and
// suffixes still tell them apart), so every number is a known word.
uint64_t HashLowerWord(std::string_view s) {
  bool has_digit = false;
  bool all_digits = true;
  for (char c : s) {
    has_digit |= IsDigit(c);
    all_digits &= IsDigit(c);
  }
  if (!has_digit) return HashBytes(s, /*lower=*/true);
  if (all_digits && s.size() == 4 && (s[0] == '1' || s[0] == '2')) return HashBytes("!YEAR", false);
  return HashBytes("!DIGITS", false);
}

// Character classes with runs collapsed: "Russia" -> "Xx", "U.S." -> "X.X.",
// "1,500" -> "d,d", "co-op" -> "x-x"; bytes of other scripts count as 'u'.
uint64_t HashShape(std::string_view s) {
  constexpr size_t kMaxShape = 8;
  char shape[kMaxShape];
  size_t n = 0;
  for (char c : s) {
    char k = IsUpper(c) ? 'X' : IsLower(c) ? 'x' : IsDigit(c) ? 'd' : (c & 0x80) ? 'u' : c;
    if (n > 0 && shape[n - 1] == k) continue;
    if (n == kMaxShape) break;
    shape[n++] = k;
  }
  return HashBytes(std::string_view(shape, n), /*lower=*/false);
}

bool IsAsciiPunctuation(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u > 32 && u < 127 && !IsDigit(c) && !IsUpper(c) && !IsLower(c);
}

// Folds the multi-byte dashes, quotes and ellipsis that may survive in a
// shape into an ASCII stand-in; 0 when `s` does not start with one.
char WidePunctuation(std::string_view s, size_t* length) {
  static constexpr struct {
    std::string_view utf8;
    char ascii;
  } kWide[] = {
      {"\xe2\x80\x94", '-'}, {"\xe2\x80\x93", '-'},  {"\xe2\x80\x95", '-'},  {"\xe2\x80\x9c", '"'},
      {"\xe2\x80\x9d", '"'}, {"\xe2\x80\x98", '\''}, {"\xe2\x80\x99", '\''}, {"\xe2\x80\xa6", ':'},
      {"\xc2\xab", '"'},     {"\xc2\xbb", '"'},
  };
  for (const auto& w : kWide) {
    if (s.substr(0, w.utf8.size()) == w.utf8) {
      *length = w.utf8.size();
      return w.ascii;
    }
  }
  return 0;
}

Tag PunctuationClass(char c) {
  switch (c) {
    case '.':
    case '!':
    case '?':
      return Tag::kStop;
    case ',':
    case ';':
    case ':':
      return Tag::kPunct;
    case '"':
    case '\'':
    case '`':
      return Tag::kQuote;
    case '(':
    case '[':
    case '{':
      return Tag::kOpen;
    case ')':
    case ']':
    case '}':
      return Tag::kClose;
    case '-':
      return Tag::kDash;
    default:
      return Tag::kSym;
  }
}

// Template ids of the features, in the order TaggerFeatures emits them.
enum Template : uint64_t {
  kBias = 1,
  kLower,
  kExact,
  kSuffix3,
  kSuffix2,
  kPrefix,
  kShape,
  kShapeFirst,
  kPrev,
  kPrev2,
  kPrevPrev2,
  kLowerPrev,
  kLowerM1,
  kSuffix3M1,
  kLowerM2,
  kLowerP1,
  kSuffix3P1,
  kLowerP2,
  kShapeP1,
  kSuffix3Prev,
};

inline uint64_t Feature(uint64_t id, uint64_t value) {
  const uint64_t h = Combine(id, value);
  return h == 0 ? 1 : h;  // 0 marks an empty table slot
}

// Bounds-checked reader over the model bytes. Every read fails softly, so a
// truncated file is reported instead of read past its end.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool Bytes(size_t n, std::string_view* out) {
    if (bytes_.size() - pos_ < n) return false;
    *out = bytes_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  template <typename T>
  bool Int(T* out) {
    std::string_view b;
    if (!Bytes(sizeof(T), &b)) return false;
    uint64_t v = 0;
    for (size_t i = 0; i < sizeof(T); ++i) v |= uint64_t{static_cast<uint8_t>(b[i])} << (8 * i);
    *out = static_cast<T>(v);
    return true;
  }
  bool Line(std::string_view* out) {
    const size_t end = bytes_.find('\n', pos_);
    if (end == std::string_view::npos) return false;
    *out = bytes_.substr(pos_, end - pos_);
    pos_ = end + 1;
    return true;
  }
  size_t pos() const { return pos_; }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

template <typename T>
void PutInt(T value, std::string* out) {
  const auto v = static_cast<uint64_t>(value);
  for (size_t i = 0; i < sizeof(T); ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

size_t TableSize(size_t n) {
  size_t size = 16;
  while (size < 2 * n) size *= 2;
  return size;
}

}  // namespace

Tag PunctuationTag(std::string_view shape) {
  if (shape.empty() || shape == "'") return Tag::kNone;
  if (shape.find_first_not_of('.') == std::string_view::npos && shape.size() > 1)
    return Tag::kPunct;
  Tag first = Tag::kNone;
  for (size_t i = 0; i < shape.size();) {
    size_t length = 1;
    char c = shape[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      c = WidePunctuation(shape.substr(i), &length);
      if (c == 0) return Tag::kNone;
    } else if (!IsAsciiPunctuation(c)) {
      return Tag::kNone;
    }
    if (first == Tag::kNone) first = PunctuationClass(c);
    i += length;
  }
  return first;
}

TaggerWord DescribeWord(std::string_view shape) {
  TaggerWord w;
  w.exact = HashBytes(shape, /*lower=*/false);
  w.lower = HashLowerWord(shape);
  w.suffix3 = HashBytes(shape.substr(shape.size() - std::min<size_t>(3, shape.size())), true);
  w.suffix2 = HashBytes(shape.substr(shape.size() - std::min<size_t>(2, shape.size())), true);
  w.prefix = HashBytes(shape.substr(0, 1), /*lower=*/false);
  w.shape = HashShape(shape);
  w.fixed = PunctuationTag(shape);
  return w;
}

TaggerWord StartWord(int distance) {
  TaggerWord w;
  w.exact = w.lower = w.suffix3 = w.suffix2 = w.prefix = w.shape =
      HashBytes(distance == 1 ? "-START-" : "-START2-", false);
  return w;
}

TaggerWord EndWord(int distance) {
  TaggerWord w;
  w.exact = w.lower = w.suffix3 = w.suffix2 = w.prefix = w.shape =
      HashBytes(distance == 1 ? "-END-" : "-END2-", false);
  return w;
}

void TaggerFeatures(const TaggerWord* window, int prev, int prev2,
                    std::array<uint64_t, kTaggerFeatureCount>* features) {
  const TaggerWord& w = window[2];
  const uint64_t first = prev == kStartHistory ? 1 : 0;
  uint64_t* f = features->data();
  f[0] = Feature(kBias, 0);
  f[1] = Feature(kLower, w.lower);
  f[2] = Feature(kExact, w.exact);
  f[3] = Feature(kSuffix3, w.suffix3);
  f[4] = Feature(kSuffix2, w.suffix2);
  f[5] = Feature(kPrefix, w.prefix);
  f[6] = Feature(kShape, w.shape);
  f[7] = Feature(kShapeFirst, Combine(w.shape, first));
  f[8] = Feature(kPrev, prev);
  f[9] = Feature(kPrev2, prev2);
  f[10] = Feature(kPrevPrev2, Combine(prev, prev2));
  f[11] = Feature(kLowerPrev, Combine(w.lower, prev));
  f[12] = Feature(kLowerM1, window[1].lower);
  f[13] = Feature(kSuffix3M1, window[1].suffix3);
  f[14] = Feature(kLowerM2, window[0].lower);
  f[15] = Feature(kLowerP1, window[3].lower);
  f[16] = Feature(kSuffix3P1, window[3].suffix3);
  f[17] = Feature(kLowerP2, window[4].lower);
  f[18] = Feature(kShapeP1, window[3].shape);
  f[19] = Feature(kSuffix3Prev, Combine(w.suffix3, prev));
}

std::string SerializeTaggerModel(TaggerModel model) {
  std::sort(model.dictionary.begin(), model.dictionary.end());
  std::sort(model.features.begin(), model.features.end(),
            [](const auto& a, const auto& b) { return a.hash < b.hash; });
  std::string out(kMagicLine);
  out += "tags";
  for (int t = 0; t < kTagCount; ++t) {
    out += ' ';
    out += TagName(static_cast<Tag>(t));
  }
  out += '\n';
  PutInt(static_cast<uint32_t>(model.dictionary.size()), &out);
  for (const auto& [word, tag] : model.dictionary) {
    PutInt(static_cast<uint8_t>(word.size()), &out);
    out += word;
    PutInt(static_cast<uint8_t>(tag), &out);
  }
  PutInt(static_cast<uint32_t>(model.features.size()), &out);
  for (auto& feature : model.features) {
    std::sort(feature.weights.begin(), feature.weights.end(),
              [](const auto& a, const auto& b) { return a.tag < b.tag; });
    PutInt(feature.hash, &out);
    PutInt(static_cast<uint8_t>(feature.weights.size()), &out);
    for (const auto& w : feature.weights) {
      PutInt(static_cast<uint8_t>(w.tag), &out);
      PutInt(w.value, &out);
    }
  }
  PutInt(HashBytes(out, /*lower=*/false), &out);
  return out;
}

// Parses the model bytes into a Tagger; one method per section.
class Tagger::Parser {
 public:
  Parser(std::string_view bytes, std::string_view name)
      : reader_(bytes), bytes_(bytes), name_(name) {}

  Status Parse(Tagger* tagger) {
    DRAGOMAN_RETURN_IF_ERROR(ParseHeader());
    DRAGOMAN_RETURN_IF_ERROR(ParseDictionary(tagger));
    DRAGOMAN_RETURN_IF_ERROR(ParseFeatures(tagger));
    return CheckTrailer();
  }

  // The tags that occur anywhere in the model: the only ones Classify picks.
  std::vector<uint8_t> Classes() const {
    std::vector<uint8_t> classes;
    for (int t = 1; t < kTagCount; ++t) {
      if (seen_[t]) classes.push_back(static_cast<uint8_t>(t));
    }
    return classes;
  }

 private:
  Status Error(StatusCode code, const std::string& what) const {
    return Status(code, std::string(name_) + ": " + what);
  }
  Status Truncated() const {
    return Error(StatusCode::kDataLoss,
                 "tagger model truncated at byte " + std::to_string(reader_.pos()));
  }

  Status ParseHeader() {
    std::string_view line;
    if (!reader_.Line(&line) || line.substr(0, kMagicName.size()) != kMagicName) {
      return Error(StatusCode::kInvalidArgument, "not a dragoman tagger model (bad first line)");
    }
    if (line != kMagicLine.substr(0, kMagicLine.size() - 1)) {
      return Error(StatusCode::kInvalidArgument,
                   "unsupported tagger model version \"" + std::string(line) + "\"");
    }
    if (!reader_.Line(&line) || line.substr(0, 5) != "tags ") return Truncated();
    return ParseTagNames(line.substr(5));
  }

  // Maps the file's class ids onto Tag values by name, so reordering the Tag
  // enum does not silently break an older model.
  Status ParseTagNames(std::string_view names) {
    while (!names.empty()) {
      const size_t space = names.find(' ');
      const std::string_view name = names.substr(0, space);
      const Tag tag = TagFromName(name);
      if (tag == Tag::kNone && name != TagName(Tag::kNone)) {
        return Error(StatusCode::kInvalidArgument, "unknown tag \"" + std::string(name) + "\"");
      }
      file_tags_.push_back(tag);
      names = space == std::string_view::npos ? std::string_view() : names.substr(space + 1);
    }
    return OkStatus();
  }

  Status ReadTag(Tag* tag) {
    uint8_t id = 0;
    if (!reader_.Int(&id)) return Truncated();
    if (id >= file_tags_.size()) {
      return Error(StatusCode::kDataLoss,
                   "bad class id at byte " + std::to_string(reader_.pos() - 1));
    }
    *tag = file_tags_[id];
    return OkStatus();
  }

  Status ParseDictionary(Tagger* tagger) {
    uint32_t n = 0;
    if (!reader_.Int(&n)) return Truncated();
    if (n > bytes_.size()) return Error(StatusCode::kDataLoss, "bad dictionary size");
    tagger->dictionary_.assign(TableSize(n), DictionarySlot());
    for (uint32_t i = 0; i < n; ++i) {
      uint8_t length = 0;
      std::string_view word;
      Tag tag = Tag::kNone;
      if (!reader_.Int(&length) || !reader_.Bytes(length, &word)) return Truncated();
      DRAGOMAN_RETURN_IF_ERROR(ReadTag(&tag));
      InsertWord(HashBytes(word, false), tag, tagger);
      MarkClass(tag);
    }
    tagger->dictionary_size_ = n;
    return OkStatus();
  }

  void InsertWord(uint64_t key, Tag tag, Tagger* tagger) {
    if (key == 0) key = 1;
    const size_t mask = tagger->dictionary_.size() - 1;
    size_t i = key & mask;
    while (tagger->dictionary_[i].key != 0 && tagger->dictionary_[i].key != key) i = (i + 1) & mask;
    tagger->dictionary_[i] = {key, tag};
  }

  Status ParseFeatures(Tagger* tagger) {
    uint32_t n = 0;
    if (!reader_.Int(&n)) return Truncated();
    // Each feature takes at least 9 bytes; a larger count is damage.
    if (n > bytes_.size() / 9) return Error(StatusCode::kDataLoss, "bad feature count");
    tagger->features_.assign(TableSize(n), FeatureSlot());
    tagger->weights_.reserve(n * 4);
    for (uint32_t i = 0; i < n; ++i) DRAGOMAN_RETURN_IF_ERROR(ParseFeature(tagger));
    tagger->feature_count_ = n;
    return OkStatus();
  }

  Status ParseFeature(Tagger* tagger) {
    uint64_t key = 0;
    uint8_t count = 0;
    if (!reader_.Int(&key) || !reader_.Int(&count)) return Truncated();
    if (key == 0)
      return Error(StatusCode::kDataLoss, "bad feature at byte " + std::to_string(reader_.pos()));
    const auto begin = static_cast<uint32_t>(tagger->weights_.size());
    for (uint8_t k = 0; k < count; ++k) {
      Tag tag = Tag::kNone;
      int16_t value = 0;
      DRAGOMAN_RETURN_IF_ERROR(ReadTag(&tag));
      if (!reader_.Int(&value)) return Truncated();
      tagger->weights_.push_back({value, static_cast<uint8_t>(tag)});
      MarkClass(tag);
    }
    const size_t mask = tagger->features_.size() - 1;
    size_t i = key & mask;
    while (tagger->features_[i].key != 0) {
      if (tagger->features_[i].key == key) {
        return Error(StatusCode::kDataLoss,
                     "duplicate feature at byte " + std::to_string(reader_.pos()));
      }
      i = (i + 1) & mask;
    }
    tagger->features_[i] = {key, begin, count};
    return OkStatus();
  }

  Status CheckTrailer() {
    const size_t body = reader_.pos();
    uint64_t checksum = 0;
    if (!reader_.Int(&checksum)) return Truncated();
    if (reader_.pos() != bytes_.size()) {
      return Error(StatusCode::kDataLoss, "trailing bytes after the tagger model");
    }
    if (checksum != HashBytes(bytes_.substr(0, body), false)) {
      return Error(StatusCode::kDataLoss, "tagger model checksum mismatch (file damaged)");
    }
    return OkStatus();
  }

  void MarkClass(Tag tag) {
    if (tag != Tag::kNone) seen_[static_cast<int>(tag)] = true;
  }

  Reader reader_;
  std::string_view bytes_;
  std::string_view name_;
  std::vector<Tag> file_tags_;
  std::array<bool, kTagCount> seen_{};
};

StatusOr<Tagger> Tagger::Load(std::string_view model_bytes, std::string_view name) {
  Tagger tagger;
  Parser parser(model_bytes, name);
  DRAGOMAN_RETURN_IF_ERROR(parser.Parse(&tagger));
  tagger.classes_ = parser.Classes();
  if (tagger.classes_.empty()) {
    return Status(StatusCode::kDataLoss, std::string(name) + ": tagger model has no weights");
  }
  return tagger;
}

Tag Tagger::LookUpDictionary(uint64_t key) const {
  if (key == 0) key = 1;
  const size_t mask = dictionary_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    const DictionarySlot& slot = dictionary_[i];
    if (slot.key == key) return slot.tag;
    if (slot.key == 0) return Tag::kNone;
  }
}

const Tagger::FeatureSlot* Tagger::FindFeature(uint64_t key) const {
  const size_t mask = features_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    const FeatureSlot& slot = features_[i];
    if (slot.key == key) return &slot;
    if (slot.key == 0) return nullptr;
  }
}

Tag Tagger::Classify(const TaggerWord* window, int prev, int prev2) const {
  if (window[2].fixed != Tag::kNone) return window[2].fixed;
  const Tag known = LookUpDictionary(window[2].exact);
  if (known != Tag::kNone) return known;
  std::array<uint64_t, kTaggerFeatureCount> features;
  TaggerFeatures(window, prev, prev2, &features);
  std::array<int32_t, kTagCount> scores{};
  for (uint64_t key : features) {
    const FeatureSlot* slot = FindFeature(key);
    if (slot == nullptr) continue;
    const Weight* w = weights_.data() + slot->begin;
    for (uint32_t k = 0; k < slot->count; ++k) scores[w[k].tag] += w[k].value;
  }
  uint8_t best = classes_[0];
  for (uint8_t c : classes_) {
    if (scores[c] > scores[best]) best = c;
  }
  return static_cast<Tag>(best);
}

template <typename ShapeAt, typename SetTag>
void Tagger::Decode(size_t n, const ShapeAt& shape_at, const SetTag& set_tag) const {
  // window[2] is the current word; the window slides one word per step.
  // Before the first step the window holds words -3..+1; each step shifts it.
  TaggerWord window[5] = {TaggerWord(), StartWord(2), StartWord(1), EndWord(1), EndWord(2)};
  if (n >= 1) window[3] = DescribeWord(shape_at(0));
  window[4] = n >= 2 ? DescribeWord(shape_at(1)) : EndWord(n == 1 ? 1 : 2);
  int prev = kStartHistory;
  int prev2 = kStart2History;
  for (size_t i = 0; i < n; ++i) {
    std::memmove(&window[0], &window[1], 4 * sizeof(TaggerWord));
    window[4] = i + 2 < n ? DescribeWord(shape_at(i + 2)) : EndWord(i + 2 == n ? 1 : 2);
    const Tag tag = Classify(window, prev, prev2);
    set_tag(i, tag);
    prev2 = prev;
    prev = static_cast<int>(tag);
  }
}

void Tagger::TagSentence(Document* doc, const Sentence& s) const {
  const size_t end = std::min<size_t>(s.token_end, doc->tokens.size());
  const size_t begin = std::min<size_t>(s.token_begin, end);
  Token* tokens = doc->tokens.data() + begin;
  Decode(
      end - begin, [tokens](size_t i) -> std::string_view { return tokens[i].shape; },
      [tokens](size_t i, Tag tag) { tokens[i].tag = tag; });
}

void Tagger::TagWords(const std::vector<std::string>& shapes, std::vector<Tag>* tags) const {
  tags->resize(shapes.size());
  Tag* out = tags->data();
  Decode(
      shapes.size(), [&shapes](size_t i) -> std::string_view { return shapes[i]; },
      [out](size_t i, Tag tag) { out[i] = tag; });
}

}  // namespace dragoman
