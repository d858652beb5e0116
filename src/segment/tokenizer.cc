// A hand-written scanner: one pass over the folded text, no regular
// expressions, no allocation besides the tokens themselves.
#include "segment/tokenizer.h"

#include <algorithm>
#include <array>

namespace dragoman {
namespace {

bool IsAlpha(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0x80;
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return IsAlpha(c) || IsDigit(c); }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
// An underscore joins words in some feeds and dictionaries ("Dol_Amroth");
// it separates them like a space.
bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '_'; }

// Abbreviations that keep their period. Sorted for binary search.
constexpr std::array<std::string_view, 62> kAbbreviations = {
    "adm", "apr", "aug", "brig", "capt", "cmdr", "co", "col", "corp", "cpl",
    "dec", "dept", "dr", "e.g", "etc", "feb", "fig", "fla", "fr", "ft",
    "gen", "gov", "hon", "i.e", "inc", "jan", "jr", "jul", "jun", "lt",
    "ltd", "maj", "mar", "messrs", "mr", "mrs", "ms", "mt", "no", "nov",
    "oct", "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sep",
    "sept", "sgt", "sr", "st", "supt", "vs", "mass", "calif", "conn", "ariz",
    "ill", "wash"};

// Where the word starting at `i` ends: letters and digits joined by internal
// hyphens, dotted initialisms ("U.S"), number separators ("4,000").
size_t ScanWord(std::string_view s, size_t i) {
  const size_t start = i;
  bool dotted = false;  // "U.S" style so far
  while (i < s.size()) {
    const char c = s[i];
    if (IsAlnum(c)) {
      ++i;
      continue;
    }
    const bool next_alnum = i + 1 < s.size() && IsAlnum(s[i + 1]);
    if (c == '-' && next_alnum && i > start) {
      ++i;
      continue;
    }
    if ((c == ',' || c == '.') && IsDigit(s[i - 1]) && i + 1 < s.size() && IsDigit(s[i + 1])) {
      ++i;
      continue;
    }
    // "U.S", "F.W": single letters separated by periods.
    if (c == '.' && i + 1 < s.size() && IsAlpha(s[i + 1]) && (i - start == 1 || dotted) &&
        (i + 2 >= s.size() || !IsAlpha(s[i + 2]) || s[i + 2] == '.')) {
      if (i - start == 1 || (i >= 2 && s[i - 2] == '.')) {
        dotted = true;
        ++i;
        continue;
      }
    }
    // "O'Brien", "D'Alema": one letter, apostrophe, capital.
    if (c == '\'' && i - start == 1 && i + 1 < s.size() && IsUpper(s[i + 1]) && IsUpper(s[start])) {
      ++i;
      continue;
    }
    break;
  }
  return i;
}

struct RawToken {
  size_t begin;
  size_t end;
};

// Splits `s` into raw token ranges, with paragraph / space flags.
template <typename Emit>
void Scan(std::string_view s, Emit emit) {
  size_t i = 0;
  bool space = false;
  int newlines = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (IsSpace(c)) {
      if (c == '\n') ++newlines;
      space = true;
      ++i;
      continue;
    }
    const bool para = newlines >= 2;
    auto out = [&](size_t b, size_t e) {
      emit(RawToken{b, e}, space, para);
      space = false;
      newlines = 0;
    };
    if (IsAlnum(c)) {
      size_t end = ScanWord(s, i);
      std::string_view word = s.substr(i, end - i);
      // Contraction "n't": "didn't" -> "did" "n't".
      if (end + 1 < s.size() && s[end] == '\'' && (s[end + 1] == 't' || s[end + 1] == 'T') &&
          word.size() >= 2 && (word.back() == 'n' || word.back() == 'N') &&
          (end + 2 >= s.size() || !IsAlpha(s[end + 2]))) {
        out(i, end - 1);
        out(end - 1, end + 2);
        i = end + 2;
        continue;
      }
      // A trailing period for abbreviations, initials and initialisms.
      if (end < s.size() && s[end] == '.') {
        std::string lower(word);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; });
        const bool initial = word.size() == 1 && IsUpper(word[0]);
        const bool dotted = word.find('.') != std::string_view::npos && !IsDigit(word[0]);
        if (initial || dotted || IsAbbreviation(lower)) ++end;
      }
      out(i, end);
      i = end;
      continue;
    }
    if (c == '\'') {
      // Clitics: 's 're 've 'll 'd 'm after a word.
      size_t j = i + 1;
      while (j < s.size() && IsAlpha(s[j])) ++j;
      std::string_view tail = s.substr(i + 1, j - i - 1);
      const bool after_word = i > 0 && IsAlnum(s[i - 1]);
      if (after_word && (tail == "s" || tail == "S" || tail == "re" || tail == "ve" ||
                         tail == "ll" || tail == "d" || tail == "m" || tail == "RE" ||
                         tail == "VE" || tail == "LL" || tail == "D" || tail == "M")) {
        out(i, j);
        i = j;
        continue;
      }
      out(i, i + 1);
      ++i;
      continue;
    }
    if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') {
      size_t j = i;
      while (j < s.size() && s[j] == '-') ++j;
      out(i, j);
      i = j;
      continue;
    }
    if (c == '.' && i + 2 < s.size() && s[i + 1] == '.' && s[i + 2] == '.') {
      out(i, i + 3);
      i += 3;
      continue;
    }
    if (c == '`' && i + 1 < s.size() && s[i + 1] == '`') {
      out(i, i + 2);
      i += 2;
      continue;
    }
    // A multi-byte non-alphanumeric sequence (U+FFFD) stays one token.
    size_t j = i + 1;
    if (static_cast<unsigned char>(c) >= 0x80) {
      while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
    }
    out(i, j);
    i = j;
  }
}

}  // namespace

bool IsAbbreviation(std::string_view lower) {
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

void Tokenize(const NormalizedText& norm, Document* doc) {
  const std::string_view s = norm.shape;
  doc->tokens.reserve(doc->tokens.size() + s.size() / 5);
  Scan(s, [&](RawToken r, bool space, bool para) {
    Token t;
    t.span = {norm.offsets[r.begin], norm.offsets[r.end]};
    if (t.span.end <= t.span.begin) t.span.end = t.span.begin + 1;
    t.shape.assign(s.substr(r.begin, r.end - r.begin));
    t.norm = LowerAscii(t.shape);
    t.space_before = space;
    t.paragraph_before = para;
    doc->tokens.push_back(std::move(t));
  });
}

std::vector<std::string> TokenizePhrase(std::string_view shape) {
  std::vector<std::string> out;
  Scan(shape, [&](RawToken r, bool, bool) { out.emplace_back(shape.substr(r.begin, r.end - r.begin)); });
  return out;
}

}  // namespace dragoman
