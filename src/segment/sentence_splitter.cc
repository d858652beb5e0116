#include "segment/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "segment/tokenizer.h"

namespace dragoman {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsClosing(std::string_view t) {
  return t == "\"" || t == "'" || t == "''" || t == ")" || t == "]" || t == "}";
}

bool OpensSentence(const Token& t) {
  const char c = t.shape[0];
  return IsUpper(c) || IsDigit(c) || c == '"' || c == '(' || c == '`' || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Titles never end a sentence: "Gen. Gerasimov".
bool IsTitle(std::string_view lower) {
  static constexpr std::array<std::string_view, 20> kTitles = {
      "mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "lt.", "sgt.", "capt.", "maj.",
      "adm.", "rep.", "sen.", "gov.", "pres.", "prof.", "rev.", "st.", "brig.", "cmdr."};
  return std::find(kTitles.begin(), kTitles.end(), lower) != kTitles.end();
}

// Words that open a sentence after "U.S." and similar.
bool IsOpener(std::string_view lower) {
  static constexpr std::array<std::string_view, 30> kOpeners = {
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "but",
      "and", "in", "on", "this", "that", "these", "those", "there", "his", "her",
      "its", "their", "as", "at", "for", "however", "meanwhile", "officials", "if", "when"};
  return std::find(kOpeners.begin(), kOpeners.end(), lower) != kOpeners.end();
}

// True when a sentence ends after token i (its closing quotes included by the
// caller).
bool EndsAfter(const Document& doc, uint32_t i, uint32_t next) {
  const Token& t = doc.tokens[i];
  if (next >= doc.tokens.size()) return true;
  const Token& n = doc.tokens[next];
  if (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "...") {
    return OpensSentence(n) || n.paragraph_before;
  }
  if (t.norm.size() > 1 && t.norm.back() == '.' && !IsTitle(t.norm)) {
    // "U.S." or "Inc." followed by a sentence opener.
    return IsUpper(n.shape[0]) && IsOpener(n.norm);
  }
  return false;
}

// Length of a dateline at the start of the document, or 0: capitalised
// place words, optional date words, an optional "(Agency)", then a dash.
uint32_t DatelineLength(const Document& doc) {
  const uint32_t n = std::min<uint32_t>(static_cast<uint32_t>(doc.tokens.size()), 14);
  if (n < 3) return 0;
  const Token& first = doc.tokens[0];
  bool all_caps = first.shape.size() > 1;
  for (char c : first.shape) {
    if (c >= 'a' && c <= 'z') all_caps = false;
  }
  if (!all_caps) return 0;
  for (uint32_t i = 1; i < n; ++i) {
    const std::string_view t = doc.tokens[i].norm;
    if (t == "-" || t == "--") return i + 1;
    if (t == "." || t == "!" || t == "?") return 0;
  }
  return 0;
}

}  // namespace

void SplitSentences(Document* doc) {
  const uint32_t n = static_cast<uint32_t>(doc->tokens.size());
  uint32_t start = 0;
  auto close = [&](uint32_t end) {
    while (end - start > kMaxSentenceTokens) {
      const uint32_t cut = start + kMaxSentenceTokens;
      doc->sentences.push_back({doc->TokenSpan(start, cut), start, cut});
      start = cut;
    }
    if (end > start) doc->sentences.push_back({doc->TokenSpan(start, end), start, end});
    start = end;
  };
  const uint32_t dateline = DatelineLength(*doc);
  if (dateline > 0) {
    doc->dateline = doc->TokenSpan(0, dateline);
    close(dateline);
  }
  for (uint32_t i = start; i < n; ++i) {
    if (i > start && doc->tokens[i].paragraph_before) close(i);
    uint32_t next = i + 1;
    while (next < n && IsClosing(doc->tokens[next].norm) && !doc->tokens[next].space_before) ++next;
    if (EndsAfter(*doc, i, next)) {
      close(next);
      i = next - 1;
    }
  }
  close(n);
}

}  // namespace dragoman
