// train_tagger: trains the part-of-speech model from the Brown corpus.
//
//   train_tagger BROWN_DIR OUT_MODEL [--iterations N] [--heldout-every K]
//                [--prune W] [--seed S] [--dump FILE]
//
// BROWN_DIR holds the corpus in NLTK's layout: files ca01 .. cr09, one
// sentence per line, tokens written word/tag ("The/at jury/nn said/vbd").
// The tool
//   1. maps Brown tags onto Dragoman's Penn-style Tag set and re-tokenizes
//      words the way Dragoman's tokenizer does ("Atlanta's/np$" becomes
//      "Atlanta" NNP + "'s" POS, "didn't/dod*" becomes "did" VBD + "n't" RB);
//   2. trains on every file but each K-th (default 10th) and prints the
//      token accuracy of the serialised model on the held-out files;
//   3. retrains from scratch on all files with the same settings and writes
//      that model. The printed accuracy is therefore a slight underestimate
//      of the written model's.
// --dump writes the converted corpus as "word/TAG" lines, for checking the
// mapping. Sentence order is shuffled with a fixed seed before each iteration, so the
// same corpus and flags give the same model, byte for byte.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/document.h"
#include "tag/tagger.h"

namespace dragoman {
namespace {

struct TaggedWord {
  std::string shape;
  Tag tag = Tag::kNone;
  std::string base;  // the Brown tag it came from, modifiers stripped
};
using TaggedSentence = std::vector<TaggedWord>;

struct Corpus {
  std::vector<TaggedSentence> sentences;
  std::vector<int> file_of;  // file index of each sentence
  int files = 0;
  int dropped = 0;  // sentences with a tag we cannot map ("nil")
};

// ---------------------------------------------------------------------------
// Brown tags to Dragoman tags.

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

bool StartsUpper(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

const std::map<std::string_view, Tag>& SimpleTags() {
  static const auto* table = new std::map<std::string_view, Tag>{
      {"nn", Tag::kNN},    {"nns", Tag::kNNS},  {"np", Tag::kNNP},   {"nps", Tag::kNNPS},
      {"nr", Tag::kNN},    {"nrs", Tag::kNNS},  {"pn", Tag::kNN},    {"jj", Tag::kJJ},
      {"jjr", Tag::kJJR},  {"jjs", Tag::kJJ},   {"jjt", Tag::kJJS},  {"od", Tag::kJJ},
      {"ap", Tag::kJJ},    {"cd", Tag::kCD},    {"at", Tag::kDT},    {"dt", Tag::kDT},
      {"dti", Tag::kDT},   {"dts", Tag::kDT},   {"dtx", Tag::kDT},   {"abn", Tag::kDT},
      {"abx", Tag::kDT},   {"abl", Tag::kJJ},   {"pp$", Tag::kPRPS}, {"pp$$", Tag::kPRP},
      {"pps", Tag::kPRP},  {"ppss", Tag::kPRP}, {"ppo", Tag::kPRP},  {"ppl", Tag::kPRP},
      {"ppls", Tag::kPRP}, {"in", Tag::kIN},    {"cs", Tag::kIN},    {"cc", Tag::kCC},
      {"to", Tag::kTO},    {"md", Tag::kMD},    {"vb", Tag::kVB},    {"vbd", Tag::kVBD},
      {"vbg", Tag::kVBG},  {"vbn", Tag::kVBN},  {"vbz", Tag::kVBZ},  {"be", Tag::kVB},
      {"bem", Tag::kVBP},  {"ber", Tag::kVBP},  {"bez", Tag::kVBZ},  {"bed", Tag::kVBD},
      {"bedz", Tag::kVBD}, {"beg", Tag::kVBG},  {"ben", Tag::kVBN},  {"hv", Tag::kVB},
      {"hvd", Tag::kVBD},  {"hvg", Tag::kVBG},  {"hvn", Tag::kVBN},  {"hvz", Tag::kVBZ},
      {"do", Tag::kVB},    {"dod", Tag::kVBD},  {"doz", Tag::kVBZ},  {"rb", Tag::kRB},
      {"rbr", Tag::kRBR},  {"rbt", Tag::kRBS},  {"rn", Tag::kRB},    {"ql", Tag::kRB},
      {"qlp", Tag::kRB},   {"*", Tag::kRB},     {"rp", Tag::kRP},    {"wdt", Tag::kWDT},
      {"wps", Tag::kWP},   {"wpo", Tag::kWP},   {"wp$", Tag::kWPS},  {"wrb", Tag::kWRB},
      {"wql", Tag::kWRB},  {"ex", Tag::kEX},    {"uh", Tag::kUH},
  };
  return *table;
}

bool IsDeterminerTag(std::string_view base) {
  return base == "at" || base == "pp$" || base == "dt" || base == "dts" || base == "dti";
}

// Degree words: Brown tags "more" ap (a quantifier) or ql (a qualifier);
// Penn tags them JJR/JJS before a noun and RBR/RBS before an adjective.
Tag DegreeTag(const std::string& lower, bool adverb) {
  if (lower == "more" || lower == "less" || lower == "fewer") return adverb ? Tag::kRBR : Tag::kJJR;
  if (lower == "most" || lower == "least" || lower == "fewest")
    return adverb ? Tag::kRBS : Tag::kJJS;
  return Tag::kNone;
}

bool IsDayOrMonth(const std::string& lower) {
  static const std::unordered_set<std::string> kNames = {
      "monday",  "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",
      "january", "february",  "march",     "april",    "may",     "june",     "july",
      "august",  "september", "october",   "november", "december"};
  return kNames.count(lower) > 0;
}

bool IsAcronym(std::string_view word) {
  static const std::unordered_set<std::string_view> kCommon = {"TV", "AM", "PM", "GNP", "IQ", "OK"};
  size_t upper = 0;
  for (char c : word) upper += (c >= 'A' && c <= 'Z');
  const bool plural = word.size() > 2 && word.back() == 's';  // "MPs"
  return upper >= 2 && upper + plural == word.size() && kCommon.count(word) == 0;
}

// Where a word stands, for the few mappings that depend on context.
struct Context {
  bool title = false;     // Brown "-tl": part of a title or name ("Grand/jj-tl Jury/nn-tl")
  bool first = false;     // first word of the sentence
  std::string next_base;  // Brown tag of the next token
};

// Maps one Brown base tag (modifiers and clitics removed) for `word`; kNone
// when the tag is not one we know.
Tag MapBase(const std::string& base, std::string_view word, const Context& c) {
  const auto it = SimpleTags().find(base);
  if (it == SimpleTags().end()) return Tag::kNone;
  const std::string lower = Lower(word);
  Tag tag = it->second;
  if (lower == "to" && (base == "in" || base == "to")) return Tag::kTO;
  if (base == "ap" || base == "ql") {
    const Tag degree = DegreeTag(lower, base == "ql");
    if (degree != Tag::kNone) return degree;
  }
  if (base == "abn" || base == "abx" || base == "abl") {
    // "all the", "both his", "such a", "half an" are predeterminers.
    if (IsDeterminerTag(c.next_base)) return Tag::kPDT;
    if (lower == "half") return Tag::kNN;
    if (lower == "many" || lower == "such") return Tag::kJJ;
    if (lower == "quite" || lower == "rather") return Tag::kRB;
    return Tag::kDT;
  }
  if (base == "wps" && lower == "that") return Tag::kWDT;
  if (base == "pp$$" && lower == "his") return Tag::kPRPS;
  if (base == "nr" || base == "nrs") {
    // "Friday", "the South" are names; "today", "home" are not.
    const bool name = IsDayOrMonth(lower) || (StartsUpper(word) && !c.first);
    if (name) tag = base == "nr" ? Tag::kNNP : Tag::kNNPS;
  }
  // Brown tags acronyms as common nouns ("NATO/nn", "FBI/nn"); in news they
  // name organisations and countries, so they become NNP, apart from a few
  // that are common nouns ("TV").
  if ((tag == Tag::kNN || tag == Tag::kNNS) && IsAcronym(word)) {
    return tag == Tag::kNN ? Tag::kNNP : Tag::kNNPS;
  }
  // Words of a title or name ("Fulton County Grand Jury", "United Nations")
  // are proper nouns in Penn style, as news names need.
  if (c.title && StartsUpper(word)) {
    if (tag == Tag::kNN || tag == Tag::kJJ || tag == Tag::kVBN || tag == Tag::kVBG ||
        base == "od" || base == "jjt") {
      return Tag::kNNP;
    }
    if (tag == Tag::kNNS) return Tag::kNNPS;
  }
  return tag;
}

// Splits a clitic off `word`: "didn't" -> "did" + "n't", "can't" -> "ca" +
// "n't" (as Penn does), "it's" -> "it" + "'s", "I'm" -> "I" + "'m".
bool SplitClitic(std::string_view word, std::string* host, std::string* clitic) {
  const std::string lower = Lower(word);
  size_t at = std::string::npos;
  if (EndsWith(lower, "n't") && lower.size() > 3) {
    at = lower.size() - 3;
  } else {
    const size_t apostrophe = lower.rfind('\'');
    if (apostrophe != std::string::npos && apostrophe > 0) {
      const std::string_view rest = std::string_view(lower).substr(apostrophe);
      if (rest == "'s" || rest == "'m" || rest == "'re" || rest == "'ve" || rest == "'ll" ||
          rest == "'d") {
        at = apostrophe;
      }
    }
  }
  if (at == std::string::npos) return false;
  *host = std::string(word.substr(0, at));
  *clitic = std::string(word.substr(at));
  return true;
}

struct BrownTag {
  std::string base;  // "np", "pps+bez", "md*", "nn$"
  bool title = false;
};

BrownTag ParseBrownTag(std::string_view raw) {
  BrownTag t;
  if (raw.substr(0, 3) == "fw-") raw.remove_prefix(3);
  for (;;) {
    if (EndsWith(raw, "-tl")) {
      t.title = true;
    } else if (!EndsWith(raw, "-hl") && !EndsWith(raw, "-nc")) {
      break;
    }
    raw.remove_suffix(3);
  }
  t.base = std::string(raw);
  return t;
}

// Converts one Brown token into one to three Dragoman tokens; false when its
// tag cannot be mapped.
bool ConvertToken(std::string_view word, const BrownTag& bt, const Context& c,
                  TaggedSentence* out) {
  const auto emit = [out](std::string shape, Tag tag, std::string base) {
    if (tag == Tag::kNone) return false;
    out->push_back({std::move(shape), tag, std::move(base)});
    return true;
  };
  if (word == "``" || word == "''") return emit("\"", Tag::kQuote, bt.base);
  if (word != "'" && PunctuationTag(word) != Tag::kNone) {
    return emit(std::string(word), PunctuationTag(word), bt.base);
  }
  // "$100/nns": the tokenizer splits the currency sign off the number.
  if (word.size() > 1 && word[0] == '$' && word[1] >= '0' && word[1] <= '9') {
    return emit("$", Tag::kSym, "$") && emit(std::string(word.substr(1)), Tag::kCD, "cd");
  }
  std::string host;
  std::string clitic;
  const std::string& base = bt.base;
  const size_t plus = base.find('+');
  if (plus != std::string::npos) {
    // "it's/pps+bez", "I'll/ppss+md", "let's/vb+ppo"; "gonna/vbg+to" stays whole.
    std::string first = base.substr(0, plus);
    std::string second = base.substr(plus + 1);
    if (!second.empty() && second.back() == '*') second.pop_back();
    if (second.find('+') != std::string::npos || !SplitClitic(word, &host, &clitic) ||
        clitic == "n't" || clitic == "N'T") {
      return emit(std::string(word), MapBase(first, word, c), first);
    }
    Tag second_tag = MapBase(second, clitic, Context());
    // "I've" is present tense; "must've" keeps the base form.
    if (second_tag == Tag::kVB && first != "md") second_tag = Tag::kVBP;
    return emit(host, MapBase(first, host, c), first) && emit(clitic, second_tag, second);
  }
  if (base.size() > 1 && base.back() == '*') {
    // "didn't/dod*" -> did + n't; "cannot/md*" stays one token.
    const std::string stem = base.substr(0, base.size() - 1);
    if (SplitClitic(word, &host, &clitic) && Lower(clitic) == "n't") {
      return emit(host, MapBase(stem, host, c), stem) && emit(clitic, Tag::kRB, "*");
    }
    return emit(std::string(word), MapBase(stem, word, c), stem);
  }
  if (base.size() > 1 && base.back() == '$' && base != "pp$" && base != "wp$" && base != "pp$$") {
    // Possessives: "Atlanta's/np$" -> Atlanta + 's; "Jones'/np$" -> Jones + '.
    const std::string stem = base.substr(0, base.size() - 1);
    const std::string lower = Lower(word);
    const size_t cut = EndsWith(lower, "'s") ? 2 : EndsWith(lower, "'") ? 1 : 0;
    if (cut == 0 || word.size() == cut)
      return emit(std::string(word), MapBase(stem, word, c), stem);
    host = std::string(word.substr(0, word.size() - cut));
    return emit(host, MapBase(stem, host, c), stem) &&
           emit(std::string(word.substr(word.size() - cut)), Tag::kPOS, "pos");
  }
  return emit(std::string(word), MapBase(base, word, c), base);
}

// Brown tags a present-tense verb after a plural subject ("they meet") vb,
// like the base form ("will meet"); Penn tells them apart as VBP and VB.
// Decides from the left context: a modal, "to" or an object-taking verb
// before means VB; a subject before means VBP; after "and" the tense of the
// previous verb carries over.
bool IsSubjectBase(const std::string& b) {
  return b == "ppss" || b == "nns" || b == "nps" || b == "wps" || b == "wdt" || b == "ex";
}
bool IsAdverbTag(Tag t) { return t == Tag::kRB || t == Tag::kRBR || t == Tag::kRBS; }
bool IsNounPhraseTag(Tag t) {
  return t == Tag::kDT || t == Tag::kPDT || IsAdjective(t) || IsNoun(t) || t == Tag::kCD ||
         t == Tag::kPRPS || t == Tag::kPOS;
}

int SkipBack(const TaggedSentence& s, int j, bool (*skip)(Tag)) {
  while (j >= 0 && skip(s[j].tag)) --j;
  return j;
}

Tag PresentOrBase(const TaggedSentence& s, int i) {
  const int j = SkipBack(s, i - 1, IsAdverbTag);
  if (j < 0) return Tag::kVB;
  const TaggedWord& p = s[j];
  if (p.tag == Tag::kCC) {
    for (int k = j - 1; k >= 0 && k >= j - 8; --k) {
      if (IsVerb(s[k].tag) || s[k].tag == Tag::kMD)
        return s[k].tag == Tag::kVBP ? Tag::kVBP : Tag::kVB;
    }
    return Tag::kVB;
  }
  if (!IsSubjectBase(p.base)) return Tag::kVB;
  // "did they say", "make people think": the subject follows a verb.
  const int before = p.tag == Tag::kPRP ? j - 1 : SkipBack(s, j - 1, IsNounPhraseTag);
  if (before >= 0 &&
      (IsVerb(s[before].tag) || s[before].tag == Tag::kMD || s[before].tag == Tag::kTO)) {
    return Tag::kVB;
  }
  return Tag::kVBP;
}

void ResolvePresentTense(TaggedSentence* s) {
  for (int i = 0; i < static_cast<int>(s->size()); ++i) {
    TaggedWord& w = (*s)[i];
    if (w.tag == Tag::kVB && (w.base == "vb" || w.base == "hv" || w.base == "do")) {
      w.tag = PresentOrBase(*s, i);
    }
  }
}

// Parses one corpus line: "word/tag word/tag ...". False when a tag is
// unmappable ("nil" marks damaged sentences in Brown).
bool ConvertSentence(std::string_view line, TaggedSentence* out) {
  std::vector<std::pair<std::string_view, BrownTag>> tokens;
  std::istringstream in{std::string(line)};
  std::vector<std::string> raw;
  for (std::string token; in >> token;) raw.push_back(token);
  for (const std::string& token : raw) {
    const size_t slash = token.rfind('/');
    if (slash == std::string::npos || slash == 0) return false;
    tokens.emplace_back(std::string_view(token).substr(0, slash),
                        ParseBrownTag(std::string_view(token).substr(slash + 1)));
  }
  out->clear();
  for (size_t i = 0; i < tokens.size(); ++i) {
    Context c;
    c.title = tokens[i].second.title;
    c.first = out->empty();
    if (i + 1 < tokens.size()) c.next_base = tokens[i + 1].second.base;
    if (!ConvertToken(tokens[i].first, tokens[i].second, c, out)) return false;
  }
  ResolvePresentTense(out);
  return !out->empty();
}

bool ReadFile(const std::filesystem::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

// Corpus files are named c + genre letter + two digits ("ca01").
bool IsCorpusFile(const std::string& name) {
  return name.size() == 4 && name[0] == 'c' && name[1] >= 'a' && name[1] <= 'r' &&
         std::isdigit(static_cast<unsigned char>(name[2])) &&
         std::isdigit(static_cast<unsigned char>(name[3]));
}

bool ReadCorpus(const std::string& dir, Corpus* corpus) {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    if (IsCorpusFile(name)) names.push_back(name);
  }
  if (error || names.empty()) return false;
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::string text;
    if (!ReadFile(std::filesystem::path(dir) / name, &text)) return false;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      TaggedSentence sentence;
      if (!ConvertSentence(line, &sentence)) {
        ++corpus->dropped;
        continue;
      }
      corpus->sentences.push_back(std::move(sentence));
      corpus->file_of.push_back(corpus->files);
    }
    ++corpus->files;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Training.

// Frequent words that (nearly) always take one tag skip the model entirely.
std::map<std::string, Tag> BuildDictionary(const std::vector<const TaggedSentence*>& sentences) {
  constexpr int kMinCount = 20;
  constexpr double kMinShare = 0.97;
  std::map<std::string, std::map<Tag, int>> counts;
  for (const TaggedSentence* s : sentences) {
    for (const TaggedWord& w : *s) {
      if (PunctuationTag(w.shape) == Tag::kNone) ++counts[w.shape][w.tag];
    }
  }
  std::map<std::string, Tag> dictionary;
  for (const auto& [word, by_tag] : counts) {
    int total = 0;
    std::pair<int, Tag> best{0, Tag::kNone};
    for (const auto& [tag, n] : by_tag) {
      total += n;
      if (n > best.first) best = {n, tag};
    }
    if (word.size() < 256 && total >= kMinCount && best.first >= kMinShare * total) {
      dictionary[word] = best.second;
    }
  }
  return dictionary;
}

// The averaged perceptron. Averaging uses the lazy form: with weight w and
// accumulator u (every update d at time t adds t*d to u), the average over
// T steps is w - u/T.
class Perceptron {
 public:
  Tag Predict(const std::array<uint64_t, kTaggerFeatureCount>& features,
              const std::vector<uint8_t>& classes) const {
    std::array<int64_t, kTagCount> scores{};
    for (uint64_t f : features) {
      const auto it = index_.find(f);
      if (it == index_.end()) continue;
      const Row& row = rows_[it->second];
      for (int c = 0; c < kTagCount; ++c) scores[c] += row.w[c];
    }
    uint8_t best = classes[0];
    for (uint8_t c : classes) {
      if (scores[c] > scores[best]) best = c;
    }
    return static_cast<Tag>(best);
  }

  void Update(Tag gold, Tag guess, const std::array<uint64_t, kTaggerFeatureCount>& features) {
    if (gold != guess) {
      for (uint64_t f : features) {
        Row& row = RowOf(f);
        Add(&row, gold, 1);
        Add(&row, guess, -1);
      }
    }
    ++clock_;
  }

  // Averaged weights, quantised to int16 with one global scale; weights
  // whose magnitude is below `prune` are dropped.
  std::vector<TaggerModel::Feature> Export(double prune) const {
    double max_abs = 0;
    for (const auto& [hash, r] : index_) {
      for (int c = 0; c < kTagCount; ++c)
        max_abs = std::max(max_abs, std::fabs(Average(rows_[r], c)));
    }
    const double scale = max_abs > 0 ? 32000.0 / max_abs : 1.0;
    std::vector<TaggerModel::Feature> features;
    for (const auto& [hash, r] : index_) {
      TaggerModel::Feature feature{hash, {}};
      for (int c = 0; c < kTagCount; ++c) {
        const double a = Average(rows_[r], c);
        const long q = std::lround(a * scale);
        if (std::fabs(a) >= prune && q != 0) {
          feature.weights.push_back({static_cast<Tag>(c), static_cast<int16_t>(q)});
        }
      }
      if (!feature.weights.empty()) features.push_back(std::move(feature));
    }
    return features;
  }

  size_t size() const { return rows_.size(); }

 private:
  struct Row {
    std::array<int32_t, kTagCount> w{};
    std::array<int64_t, kTagCount> u{};
  };

  Row& RowOf(uint64_t f) {
    const auto [it, inserted] = index_.try_emplace(f, static_cast<uint32_t>(rows_.size()));
    if (inserted) rows_.emplace_back();
    return rows_[it->second];
  }
  void Add(Row* row, Tag tag, int d) {
    row->w[static_cast<int>(tag)] += d;
    row->u[static_cast<int>(tag)] += clock_ * d;
  }
  double Average(const Row& row, int c) const {
    return row.w[c] - static_cast<double>(row.u[c]) / static_cast<double>(clock_);
  }

  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<Row> rows_;
  int64_t clock_ = 1;
};

struct Options {
  std::string brown_dir;
  std::string out_model;
  int iterations = 5;
  int heldout_every = 10;
  double prune = 1.0;
  uint64_t seed = 20261125;
  std::string dump;  // where to write the converted corpus, if anywhere
};

// Pre-hashed words of a sentence, with sentinels: index i + 2 is word i.
std::vector<TaggerWord> Describe(const TaggedSentence& s) {
  std::vector<TaggerWord> words = {StartWord(2), StartWord(1)};
  for (const TaggedWord& w : s) words.push_back(DescribeWord(w.shape));
  words.push_back(EndWord(1));
  words.push_back(EndWord(2));
  return words;
}

void TrainSentence(const TaggedSentence& s, const std::vector<TaggerWord>& words,
                   const std::map<std::string, Tag>& dictionary,
                   const std::vector<uint8_t>& classes, Perceptron* model) {
  int prev = kStartHistory;
  int prev2 = kStart2History;
  std::array<uint64_t, kTaggerFeatureCount> features;
  for (size_t i = 0; i < s.size(); ++i) {
    Tag guess = words[i + 2].fixed;
    if (guess == Tag::kNone) {
      const auto it = dictionary.find(s[i].shape);
      if (it != dictionary.end()) guess = it->second;
    }
    if (guess == Tag::kNone) {
      TaggerFeatures(&words[i], prev, prev2, &features);
      guess = model->Predict(features, classes);
      model->Update(s[i].tag, guess, features);
    }
    prev2 = prev;
    prev = static_cast<int>(guess);
  }
}

// Trains on `train` and returns the serialised model.
std::string Train(const std::vector<const TaggedSentence*>& train, const Options& options) {
  const std::map<std::string, Tag> dictionary = BuildDictionary(train);
  std::vector<bool> seen(kTagCount, false);
  std::vector<std::vector<TaggerWord>> words;
  for (const TaggedSentence* s : train) {
    words.push_back(Describe(*s));
    for (const TaggedWord& w : *s) seen[static_cast<int>(w.tag)] = true;
  }
  std::vector<uint8_t> classes;
  for (int c = 1; c < kTagCount; ++c) {
    if (seen[c]) classes.push_back(static_cast<uint8_t>(c));
  }
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  Perceptron model;
  for (int iteration = 0; iteration < options.iterations; ++iteration) {
    // Fisher-Yates with the raw generator: std::shuffle's algorithm is left
    // to the library, which would make the model depend on it.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t i : order) TrainSentence(*train[i], words[i], dictionary, classes, &model);
    std::fprintf(stderr, "iteration %d done, %zu feature rows\n", iteration + 1, model.size());
  }
  TaggerModel out;
  out.dictionary.assign(dictionary.begin(), dictionary.end());
  out.features = model.Export(options.prune);
  return SerializeTaggerModel(std::move(out));
}

struct Evaluation {
  size_t tokens = 0;
  size_t correct = 0;
  size_t words = 0;  // tokens that are not punctuation
  size_t words_correct = 0;
  size_t unknown = 0;  // words never seen in training
  size_t unknown_correct = 0;
  double seconds = 0;
};

Evaluation Evaluate(const Tagger& tagger, const std::vector<const TaggedSentence*>& test,
                    const std::unordered_set<std::string>& vocabulary) {
  Evaluation e;
  std::vector<std::vector<std::string>> shapes;
  for (const TaggedSentence* s : test) {
    shapes.emplace_back();
    for (const TaggedWord& w : *s) shapes.back().push_back(w.shape);
  }
  std::vector<std::vector<Tag>> tags(test.size());
  const auto start = std::chrono::steady_clock::now();
  for (size_t i = 0; i < test.size(); ++i) tagger.TagWords(shapes[i], &tags[i]);
  e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (size_t i = 0; i < test.size(); ++i) {
    for (size_t k = 0; k < test[i]->size(); ++k) {
      const TaggedWord& w = (*test[i])[k];
      const bool ok = tags[i][k] == w.tag;
      ++e.tokens;
      e.correct += ok;
      if (PunctuationTag(w.shape) != Tag::kNone) continue;
      ++e.words;
      e.words_correct += ok;
      if (vocabulary.count(w.shape) == 0) {
        ++e.unknown;
        e.unknown_correct += ok;
      }
    }
  }
  return e;
}

double Percent(size_t part, size_t whole) { return whole == 0 ? 0 : 100.0 * part / whole; }

void PrintUsage() {
  std::fprintf(stderr,
               "usage: train_tagger BROWN_DIR OUT_MODEL [--iterations N] [--heldout-every K]\n"
               "                    [--prune W] [--seed S] [--dump FILE]\n");
}

bool ParseOptions(int argc, char** argv, Options* o) {
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--iterations" && has_value) {
      o->iterations = std::atoi(argv[++i]);
    } else if (arg == "--heldout-every" && has_value) {
      o->heldout_every = std::atoi(argv[++i]);
    } else if (arg == "--prune" && has_value) {
      o->prune = std::atof(argv[++i]);
    } else if (arg == "--seed" && has_value) {
      o->seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--dump" && has_value) {
      o->dump = argv[++i];
    } else if (arg.substr(0, 2) == "--") {
      return false;
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 2 || o->iterations < 1 || o->heldout_every < 0) return false;
  o->brown_dir = positional[0];
  o->out_model = positional[1];
  return true;
}

int HeldOutRun(const Corpus& corpus, const Options& options) {
  std::vector<const TaggedSentence*> train;
  std::vector<const TaggedSentence*> test;
  std::unordered_set<std::string> vocabulary;
  for (size_t i = 0; i < corpus.sentences.size(); ++i) {
    const bool held_out = corpus.file_of[i] % options.heldout_every == options.heldout_every - 1;
    (held_out ? test : train).push_back(&corpus.sentences[i]);
    if (!held_out) {
      for (const TaggedWord& w : corpus.sentences[i]) vocabulary.insert(w.shape);
    }
  }
  const std::string bytes = Train(train, options);
  StatusOr<Tagger> tagger = Tagger::Load(bytes, "held-out model");
  if (!tagger.ok()) {
    std::fprintf(stderr, "%s\n", tagger.status().message().c_str());
    return 1;
  }
  const Evaluation e = Evaluate(*tagger, test, vocabulary);
  std::printf("held-out files: every %d-th (%zu sentences, %zu tokens)\n", options.heldout_every,
              test.size(), e.tokens);
  std::printf("held-out accuracy: %.2f%% of tokens, %.2f%% of words, %.2f%% of unknown words\n",
              Percent(e.correct, e.tokens), Percent(e.words_correct, e.words),
              Percent(e.unknown_correct, e.unknown));
  std::printf("tagging speed: %.0f tokens/s (TagWords, one thread)\n", e.tokens / e.seconds);
  std::printf("held-out model: %zu bytes, %zu features, %zu dictionary words\n", bytes.size(),
              tagger->feature_count(), tagger->dictionary_size());
  return 0;
}

bool Dump(const Corpus& corpus, const std::string& path) {
  std::ofstream out(path);
  for (const TaggedSentence& s : corpus.sentences) {
    for (size_t i = 0; i < s.size(); ++i) {
      out << (i ? " " : "") << s[i].shape << '/' << TagName(s[i].tag);
    }
    out << '\n';
  }
  return out.good();
}

int Run(int argc, char** argv) {
  Options options;
  if (!ParseOptions(argc, argv, &options)) {
    PrintUsage();
    return 2;
  }
  Corpus corpus;
  if (!ReadCorpus(options.brown_dir, &corpus)) {
    std::fprintf(stderr, "%s: no Brown corpus files (ca01 .. cr09) found\n",
                 options.brown_dir.c_str());
    return 1;
  }
  std::printf("corpus: %d files, %zu sentences (%d dropped: unmappable tags)\n", corpus.files,
              corpus.sentences.size(), corpus.dropped);
  if (!options.dump.empty() && !Dump(corpus, options.dump)) {
    std::fprintf(stderr, "%s: cannot write\n", options.dump.c_str());
    return 1;
  }
  if (options.heldout_every > 1 && HeldOutRun(corpus, options) != 0) return 1;
  std::vector<const TaggedSentence*> all;
  for (const TaggedSentence& s : corpus.sentences) all.push_back(&s);
  const std::string bytes = Train(all, options);
  std::ofstream out(options.out_model, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.good()) {
    std::fprintf(stderr, "%s: cannot write the model\n", options.out_model.c_str());
    return 1;
  }
  std::printf("wrote %s: %zu bytes (trained on all %zu sentences)\n", options.out_model.c_str(),
              bytes.size(), all.size());
  return 0;
}

}  // namespace
}  // namespace dragoman

int main(int argc, char** argv) { return dragoman::Run(argc, argv); }
