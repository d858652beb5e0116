// The Document: one article and every layer the pipeline adds to it.
//
// Invariants (every stage keeps them; tests check them):
//   * `text` holds the original bytes as given, never modified.
//   * Every Span is a half-open byte range [begin, end) into `text`.
//   * Layers refer to each other by index into the vectors below, never by
//     pointer, so a Document can be copied, moved and dumped as plain data.
//   * A stage appends its own layer and does not rewrite an earlier one,
//     except that the tagger fills Token::tag in place (the tag layer is a
//     column of the token layer).
//
// Example: for "Putin declined his invitation." the tokenizer adds four
// tokens and a period; markup adds a Mention for "Putin" (RUSGOV) and one for
// "his" (a pronoun); the coder adds an Event 125 with source 0 and target 1.
#ifndef DRAGOMAN_CORE_DOCUMENT_H_
#define DRAGOMAN_CORE_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dragoman {

// A half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
};

// Part-of-speech tags: the Penn Treebank set, punctuation folded into a few
// classes. The tagger is trained on Brown and maps Brown tags onto these.
enum class Tag : uint8_t {
  kNone = 0,
  kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kMD,
  kNN, kNNS, kNNP, kNNPS, kPDT, kPOS, kPRP, kPRPS /* PRP$ */, kRB, kRBR,
  kRBS, kRP, kTO, kUH, kVB, kVBD, kVBG, kVBN, kVBP, kVBZ,
  kWDT, kWP, kWPS /* WP$ */, kWRB,
  kPunct,   // , ; : and other separators
  kStop,    // . ! ?
  kQuote,   // " ' `` ''
  kOpen,    // ( [ {
  kClose,   // ) ] }
  kDash,    // -- and em/en dashes
  kSym,     // $ % & and other symbols
  kCount,
};

// Penn name of a tag ("NN", "PRP$", ...); "," for kPunct, "." for kStop.
std::string_view TagName(Tag tag);
// Inverse of TagName; kNone when unknown.
Tag TagFromName(std::string_view name);

inline bool IsNoun(Tag t) { return t >= Tag::kNN && t <= Tag::kNNPS; }
inline bool IsProperNoun(Tag t) { return t == Tag::kNNP || t == Tag::kNNPS; }
inline bool IsVerb(Tag t) { return t >= Tag::kVB && t <= Tag::kVBZ; }
inline bool IsAdjective(Tag t) { return t >= Tag::kJJ && t <= Tag::kJJS; }
inline bool IsAdverb(Tag t) { return t >= Tag::kRB && t <= Tag::kRBS; }

struct Token {
  Span span;            // bytes of the original text
  std::string norm;     // lower case, accents folded, typographic marks made ASCII
  std::string shape;    // same folding, case kept ("Erdoğan" -> "Erdogan")
  Tag tag = Tag::kNone;
  bool space_before = false;      // whitespace precedes the token in the text
  bool paragraph_before = false;  // a blank line precedes the token
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // [token_begin, token_end) into Document::tokens
  uint32_t token_end = 0;
};

enum class PhraseKind : uint8_t {
  kNounPhrase,
  kVerbGroup,
  kPrepPhrase,   // the preposition alone; the NP that follows is its object
  kOther,
};

enum class Voice : uint8_t { kActive, kPassive };

struct Phrase {
  PhraseKind kind = PhraseKind::kOther;
  uint32_t sentence = 0;
  uint32_t token_begin = 0;  // [token_begin, token_end) into Document::tokens
  uint32_t token_end = 0;
  uint32_t head = 0;         // token index of the head word
  // Verb groups only.
  Voice voice = Voice::kActive;
  bool negated = false;      // "did not meet", "never met"
  bool modal = false;        // "would meet", "could meet", "may"
  bool future = false;       // "will meet", "is to meet"
  bool perfect = false;      // "has met"
  bool infinitive = false;   // "to meet"
  bool participle = false;   // bare -ing / -ed form with no auxiliary
  std::string lemma;         // verb lemma of the head ("met" -> "meet")
};

// Where a dictionary entry came from: file name and 1-based line.
struct Source {
  std::string_view file;  // points into the Lexicon, which outlives documents
  uint32_t line = 0;
};

enum class MentionKind : uint8_t {
  kActor,    // a named actor: "Ukraine", "Vladimir Putin", "Kyiv"
  kAgent,    // a role: "delegation", "Defence Minister", "rebels"
  kPronoun,  // "he", "his", "its", "they"
};

// An actor as the coder sees it: a CAMEO-style code and its parts.
struct Actor {
  std::string code;     // "UKRGOV", "RUSMIL", "IGOUNO"
  std::string country;  // ISO alpha-3 or IGO/NGO/region code; empty if none
  std::string sector;   // "GOV", "MIL", ...; empty if none
  std::string title;    // "President", "Defence Minister"
  std::string name;     // canonical name of a person or organisation
  std::string prefix;   // a legacy prefix agent's code ("NGO" in "NGOARN")
};

// How an actor's identity was worked out from the document rather than
// read from the lexicon. kNone for actors straight from the lexicon.
enum class InferenceKind : uint8_t {
  kNone,
  kPronoun,         // "he" -> the last person: from = "Volodymyr Zelensky"
  kDescription,     // "the president", "both sides": from = who it refers to
  kTitle,           // "Deputy Defence Minister Pavel Gorshkov": from = the title
  kAppositive,      // "Ivan Petrov, a senior aide to Putin": from = the appositive
  kShortName,       // "Gorshkov" after "... Pavel Gorshkov": from = the full name
  kContextCountry,  // "the judge" in a sentence naming one country: from = its mention
  kAttachedPlace,   // "demonstrators in Baghdad": from = "Baghdad"
  kDomestic,        // the unnamed domestic target of "police opened fire": from = the source
};
// "pronoun", "description", "title", ... ("" for kNone): the JSON names.
std::string_view InferenceName(InferenceKind kind);

// Where an inferred identity comes from, as indices (the text is read back
// from them: resolve/resolver.h, InferredFrom).
struct Inference {
  InferenceKind by = InferenceKind::kNone;
  // A mention: the antecedent, the person a short name names, the mention
  // that gave a country or the domestic target's source; -1 when the origin
  // is words of the text instead (a title, an appositive), tokens
  // [token_begin, token_end).
  int32_t mention = -1;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  // A person introduced by title or appositive whose country came from
  // context as well: the mention that gave it ("Russian delegation"); -1.
  int32_t country_mention = -1;
};

struct Mention {
  MentionKind kind = MentionKind::kActor;
  uint32_t sentence = 0;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  Actor actor;             // filled by markup, completed by resolution
  Source source;           // the dictionary entry that matched
  int32_t phrase = -1;     // the noun phrase that holds the mention
  // Resolution: a mention merged into a larger one ("Ukrainian" + "President"
  // + "Volodymyr Zelensky") points to it; only unmerged mentions are actors.
  int32_t merged_into = -1;
  bool possessor = false;  // "Russia's", "his": owns the rest of its phrase
  bool individual = false; // a person or a singular role ("Putin", "the minister")
  // How the actor was inferred from context (kNone: from the lexicon). An
  // actor inferred with no text at all has token_begin == token_end, such
  // as the domestic target of "police opened fire".
  Inference inferred;
  // Pronouns and definite descriptions ("the president"): candidate
  // antecedents, most likely first (indices of mentions). A description of
  // two parties ("both sides", "the two nations") lists the two and sets
  // `group`: it stands for both at once.
  std::vector<int32_t> antecedents;
  bool description = false;  // a definite description that refers back
  bool group = false;
};

enum class Modality : uint8_t { kAsserted, kNegated, kPlanned, kHypothetical, kHistorical };
std::string_view ModalityName(Modality m);

// A place the text names, listed once however often it is named: "in
// Istanbul", "held in Turkey", "Kyiv strongly rejects".
struct Place {
  std::string name;     // as the text first writes it ("Istanbul")
  std::string country;  // ISO alpha-3
  double latitude = 0;
  double longitude = 0;
  bool located = false; // coordinates known (a city), not only a country
  Span span;            // the words of its first mention
  // The actor the name stands for ("UKRGOV" for "Kyiv strongly rejects")
  // when the text uses it only as an actor, never as a place; else empty.
  std::string metonym_for;
};

struct Event {
  uint32_t sentence = 0;
  int32_t source = -1;     // index into Document::mentions, -1 if none
  int32_t target = -1;
  // The mentions the sentence writes for them, before pronouns and
  // descriptions are resolved ("his" for target Zelensky); equal to
  // source and target when nothing was resolved.
  int32_t source_mention = -1;
  int32_t target_mention = -1;
  std::string cameo;       // "036"
  Modality modality = Modality::kAsserted;
  Span evidence;           // supporting span in the original text
  Source rule;             // the verb pattern that produced the event
  std::string pattern;     // the pattern text, for explanations
  int32_t verb_phrase = -1;
  uint32_t anchor = 0;     // token index of the pattern's anchor word
  // When: YYYY-MM-DD, YYYY-MM or YYYY, resolved from the clause ("on
  // Thursday", "in 2022") against the publication date; the publication
  // date when the clause names none.
  std::string date;
  int32_t place = -1;      // index into Document::places, -1 if none
};

// A discard phrase of the lexicon found in the text ("baseball"): its
// sentence, or for a story discard the whole document, is not coded.
struct Discard {
  int32_t sentence = -1;  // -1: a story discard
  Span span;
  Source rule;
};

// A message about the input that did not stop processing ("invalid UTF-8 at
// byte 120 replaced"). The shells decide whether to print it.
struct Diagnostic {
  uint32_t offset = 0;
  std::string message;
};

struct Document {
  std::string id;
  std::string date;     // publication date, YYYY-MM-DD, or empty
  std::string text;     // original bytes, immutable

  std::vector<Diagnostic> diagnostics;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Phrase> phrases;
  std::vector<Mention> mentions;
  std::vector<Event> events;
  std::vector<Place> places;
  std::vector<Discard> discards;
  Span dateline;        // "KYIV, May 15 (Reuters) -", if the text opens with one

  std::string_view Slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  // Span covering tokens [begin, end).
  Span TokenSpan(uint32_t begin, uint32_t end) const {
    return {tokens[begin].span.begin, tokens[end - 1].span.end};
  }
};

// A compact, stable text dump of the layers, for table-driven tests:
//   tokens: Putin/NNP declined/VBD his/PRP$ invitation/NN ./.
std::string DumpTokens(const Document& doc, const Sentence& sentence);

}  // namespace dragoman

#endif  // DRAGOMAN_CORE_DOCUMENT_H_
