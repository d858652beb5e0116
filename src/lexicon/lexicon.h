// The compiled lexicon: actors, agents and verb patterns, with the indices
// the markup and coding stages search.
//
// Build it once with LoadLexicon (loader.h) or AddFile + Finish; after Finish
// it is immutable and may be shared by any number of threads (like MeCab's
// Model). Source::file views point into the Lexicon, which must outlive every
// Document coded with it; keep it behind a pointer and do not move it.
#ifndef DRAGOMAN_LEXICON_LEXICON_H_
#define DRAGOMAN_LEXICON_LEXICON_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "lexicon/inflect.h"

namespace dragoman {

// One dated role of a person: "RUSGOV 2012-05-07.. title=President".
struct ActorRole {
  std::string code;
  std::string country;
  std::string sector;
  std::string title;
  std::string from;  // YYYY-MM-DD or empty (open)
  std::string to;
};

struct ActorEntry {
  std::string code;     // head code; for a PERSON, empty
  std::string country;
  std::string sector;
  std::string title;
  std::string name;     // canonical name
  bool person = false;
  std::vector<ActorRole> roles;
  Source source;
};

struct AgentEntry {
  std::string sector;
  std::string also;
  std::string title;
  Source source;
  // A legacy prefix agent ("MSF" [NGO~]): its code goes before the actor's
  // ("NGOARN") instead of after it.
  bool prefix = false;
};

// A phrase that takes a sentence, or with `story` the whole document, out of
// coding ("baseball", "World Golf Championships").
struct DiscardEntry {
  std::vector<std::string> words;  // folded, lower case
  bool story = false;
  Source source;
};

// The coding conventions a dictionary set was written for.
//   kDragoman: announced acts are coded as intents or threats (03x, 13x),
//     protests and coercion with no target are domestic, a place can stand
//     for the target.
//   kPetrarch: TABARI/PETRARCH-1 dictionaries: the code a pattern names is
//     the code emitted, the target is the first actor after the verb, a
//     role with no country is an actor of unknown country ("---GOV").
enum class Conventions : uint8_t { kDragoman, kPetrarch };

enum class EntryKind : uint8_t { kActor, kAgent };

// One name of an actor or agent as a token sequence to match.
struct PhraseEntry {
  std::vector<std::string> words;  // folded, lower case
  EntryKind kind = EntryKind::kActor;
  uint32_t index = 0;              // into actors() or agents()
  std::string sector;              // per-name overrides, may be empty
  std::string title;
  std::string exact;               // case=exact: the required shape, words joined by ' '
  uint32_t capitalized = 0;        // bit k: word k is written with a capital and matches only capitalised text
  uint32_t acronym = 0;            // bit k: word k is a short acronym ("GIA") and matches only capitals
  Source source;
};

enum class ElementKind : uint8_t {
  kSource,      // $
  kTarget,      // +
  kCompound,    // %
  kWords,       // a literal, {alternatives} or &SYNSET
  kSkipPhrase,  // ^
  kSkipTokens,  // ...
};

struct Element {
  ElementKind kind = ElementKind::kWords;
  // kWords: each alternative is a word sequence (folded, lower case).
  std::vector<std::vector<std::string>> alternatives;
  std::string synset;  // &NAME before Finish resolves it
  // kWords: WordHash of each alternative's first word, sorted (Finish), so
  // the matcher rejects a position with one integer search.
  std::vector<uint64_t> first_words;
};

// Hash and equality for maps keyed by std::string that look up by
// std::string_view without building a string.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;

enum class AnchorKind : uint8_t { kVerb, kNoun, kPassive };

struct Pattern {
  std::string code;         // CAMEO code
  std::string paired_code;  // "043" for "042:043", else empty
  AnchorKind anchor_kind = AnchorKind::kVerb;
  std::vector<std::string> anchor;  // lemma words: {"call", "off"}
  std::vector<Element> before;      // elements left of the anchor, in text order
  std::vector<Element> after;       // elements right of the anchor
  std::string text;                 // the pattern as written
  int specificity = 0;              // number of elements; more wins
  Source source;
  // Legacy patterns: forms of the anchor's first word written out in the
  // dictionary ("BREAK {BROKE BROKEN}"), indexed besides the generated ones.
  std::vector<std::string> forms;
  // Legacy patterns with no '+': the target is the first actor after the
  // match in its clause.
  bool open_target = false;
  // Hashes (WordHash) of the words every match must contain, sorted: the
  // coder skips a pattern whose words the sentence lacks.
  std::vector<uint64_t> required;
};

// The hash the coder's word filter uses.
uint64_t WordHash(std::string_view word);

class Lexicon {
 public:
  Lexicon() = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Parses one lexicon file. `file` names it in messages ("actors.actors:12:
  // ..."). Files may come in any order; call Finish after the last.
  Status AddFile(std::string_view file, std::string_view bytes);
  // WordNet's verb.exc, for irregular verb forms. Optional; before Finish.
  void AddIrregulars(std::string_view bytes) { irregulars_.Parse(bytes); }
  // Resolves synsets and builds the indices.
  Status Finish();

  // Phrases whose first word is `norm`, longest first; nullptr if none.
  const std::vector<uint32_t>* PhrasesStartingWith(std::string_view norm) const;
  // Patterns whose anchor's first word has the form `norm`; nullptr if none.
  const std::vector<uint32_t>* PatternsForForm(std::string_view norm) const;
  // The verb lemma of a form seen in a pattern anchor ("met" -> "meet").
  std::string_view LemmaOf(std::string_view norm) const;

  const std::vector<PhraseEntry>& phrases() const { return phrases_; }
  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<AgentEntry>& agents() const { return agents_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }
  const std::vector<DiscardEntry>& discards() const { return discards_; }
  // Discards whose first word is `norm`; nullptr if none.
  const std::vector<uint32_t>* DiscardsStartingWith(std::string_view norm) const;
  Conventions conventions() const { return conventions_; }
  void set_conventions(Conventions c) { conventions_ = c; }
  // The content versions of the files, "file@version" joined by ','.
  const std::string& version() const { return version_; }

  // Internal to the loader: storage for a file name that Source views.
  std::string_view InternFile(std::string_view file);
  std::vector<PhraseEntry>& mutable_phrases() { return phrases_; }
  std::vector<ActorEntry>& mutable_actors() { return actors_; }
  std::vector<AgentEntry>& mutable_agents() { return agents_; }
  std::vector<Pattern>& mutable_patterns() { return patterns_; }
  std::vector<DiscardEntry>& mutable_discards() { return discards_; }
  std::unordered_map<std::string, Element>& synsets() { return synsets_; }
  const std::unordered_map<std::string, Element>& synset_map() const { return synsets_; }
  void AddVersion(std::string_view file, std::string_view version);

 private:
  std::deque<std::string> files_;
  std::vector<PhraseEntry> phrases_;
  std::vector<ActorEntry> actors_;
  std::vector<AgentEntry> agents_;
  std::vector<Pattern> patterns_;
  std::vector<DiscardEntry> discards_;
  Conventions conventions_ = Conventions::kDragoman;
  std::unordered_map<std::string, Element> synsets_;
  Irregulars irregulars_;
  StringMap<std::vector<uint32_t>> phrase_index_;
  StringMap<std::vector<uint32_t>> discard_index_;
  StringMap<std::vector<uint32_t>> pattern_index_;
  StringMap<std::string> lemma_of_;
  std::string version_;
};

// Picks the role valid on `date` (YYYY-MM-DD, may be empty): the first dated
// role whose range contains the date, else the undated (default) role, else
// the latest role.
const ActorRole* RoleOn(const ActorEntry& person, std::string_view date);

}  // namespace dragoman

#endif  // DRAGOMAN_LEXICON_LEXICON_H_
