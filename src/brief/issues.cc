// Issue phrases are cut from tokens in three steps: the clause after the
// anchor is split at its enumeration word into a main phrase and a list;
// the list is split into items at commas and conjunctions that join nouns
// (not "free and fair"), with a shared "of" complement handed to the items
// that lack one ("denazification and demilitarisation of Ukraine"); each
// phrase is then cleaned of quote marks, hedges ("what it terms") and vague
// premodifiers ("broader", "undefined").
#include "brief/issues.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace dragoman {
namespace {

using Range = std::pair<uint32_t, uint32_t>;  // [first, second) token indices

template <size_t N>
bool In(const std::array<std::string_view, N>& set, const std::string& w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Adjectives that say how a speaker regards an issue, not which issue it is.
constexpr std::array<std::string_view, 14> kVague = {
    "broader", "broad",       "wider",   "controversial", "undefined", "so-called", "alleged",
    "vague",   "unspecified", "various", "certain",       "further",   "unclear",   "contentious"};

// Plural nouns that only wrap an enumeration: "the goals of X and Y".
constexpr std::array<std::string_view, 14> kContainers = {
    "goals",  "aims",       "objectives", "issues",     "questions", "matters", "topics",
    "themes", "principles", "demands",    "conditions", "points",    "ideas",   "notions"};

// Talks about an issue name the issue: "discussions on the root causes".
constexpr std::array<std::string_view, 7> kTalks = {
    "talks", "discussions", "negotiations", "consultations", "dialogue", "debate", "discussion"};

// "what it terms", "what Moscow calls", "what Kyiv describes as".
constexpr std::array<std::string_view, 8> kNaming = {"terms", "calls", "describes", "considers",
                                                     "sees",  "views", "regards",   "labels"};

constexpr std::array<std::string_view, 12> kClauseWords = {"which",    "who",    "while", "but",
                                                           "although", "though", "after", "when",
                                                           "because",  "whose",  "whom",  "where"};

// The length of a hedge at t ("what it terms", "what Kyiv describes as"), or 0.
uint32_t Hedge(const Document& doc, uint32_t t, uint32_t end) {
  if (doc.tokens[t].norm != "what" || t + 2 >= end || !In(kNaming, doc.tokens[t + 2].norm)) return 0;
  return t + 3 < end && doc.tokens[t + 3].norm == "as" ? 4 : 3;
}

bool IsQuote(const Token& t) {
  return t.tag == Tag::kQuote || t.norm == "\"" || t.norm == "'" || t.norm == "`";
}

bool IsDash(const Token& t) { return t.tag == Tag::kDash || t.norm == "--" || t.norm == "-"; }

// Where a stance's main phrase stops.
bool IsBreak(const Token& t) {
  return t.norm == "," || t.norm == ";" || t.norm == ":" || t.norm == "." || t.norm == "(" || IsDash(t) ||
         t.tag == Tag::kStop;
}

// Where the clause, and so an enumeration, stops.
bool IsClauseEnd(const Token& t) {
  return t.norm == ";" || t.norm == ":" || t.norm == "." || t.norm == "(" || IsDash(t) || t.tag == Tag::kStop;
}

// After a comma, a word that opens a new clause rather than a list item.
bool StartsClause(const Document& doc, uint32_t t, uint32_t end) {
  const Token& k = doc.tokens[t];
  if (In(kClauseWords, k.norm)) return true;
  if (k.norm == "as") return !(t + 1 < end && doc.tokens[t + 1].norm == "well");
  return IsVerb(k.tag) || k.tag == Tag::kMD || k.tag == Tag::kWDT || k.tag == Tag::kWP || k.tag == Tag::kWRB;
}

// The length of an enumeration word at t ("including", "such as"), or 0.
uint32_t Introducer(const Document& doc, uint32_t t, uint32_t end) {
  if (t >= end) return 0;
  const std::string& w = doc.tokens[t].norm;
  if (w == "including" || w == "notably") return 1;
  if (t + 1 < end && ((w == "such" && doc.tokens[t + 1].norm == "as") ||
                      (w == "among" && doc.tokens[t + 1].norm == "them"))) {
    return 2;
  }
  return 0;
}

// Words a list item may not end with when a conjunction follows: the
// conjunction then joins modifiers of one item ("free and fair elections").
bool Modifier(const Token& t) {
  return IsAdjective(t.tag) || IsAdverb(t.tag) || t.tag == Tag::kDT || t.tag == Tag::kPRPS ||
         t.tag == Tag::kIN || t.tag == Tag::kCC || In(kVague, t.norm);
}

// Does [begin, end) hold a whole item, so that a conjunction after it starts
// the next one? It must hold a noun and not end with a modifier: "a binding
// and enforceable mechanism" and "free and fair elections" are one item.
bool ClosesItem(const Document& doc, uint32_t begin, uint32_t end) {
  if (Modifier(doc.tokens[end - 1])) return false;
  for (uint32_t t = begin; t < end; ++t) {
    const Tag tag = doc.tokens[t].tag;
    if (IsNoun(tag) || tag == Tag::kCD || tag == Tag::kNone) return true;
  }
  return false;
}

// The first word of [r.first, r.second) whose folded text is `w`, or r.second.
uint32_t Find(const Document& doc, Range r, std::string_view w) {
  for (uint32_t t = r.first; t < r.second; ++t) {
    if (doc.tokens[t].norm == w) return t;
  }
  return r.second;
}

// Drops what does not name the issue at the front of [r.first, r.second):
// determiners, possessives, quote marks, vague premodifiers and a talks
// frame.
Range TrimFront(const Document& doc, Range r) {
  while (r.first < r.second) {
    const Token& t = doc.tokens[r.first];
    if (t.tag == Tag::kDT || t.tag == Tag::kPRPS || IsQuote(t) || In(kVague, t.norm) || t.norm == "the" ||
        t.norm == "a" || t.norm == "an") {
      ++r.first;
      continue;
    }
    if (const uint32_t n = Hedge(doc, r.first, r.second); n > 0) {
      r.first += n;
      continue;
    }
    if (In(kTalks, t.norm) && r.first + 2 < r.second) {
      const std::string& next = doc.tokens[r.first + 1].norm;
      if (next == "on" || next == "about" || next == "over" || next == "of") {
        r.first += 2;
        continue;
      }
    }
    break;
  }
  while (r.second > r.first) {
    const Token& t = doc.tokens[r.second - 1];
    if (!IsQuote(t) && !IsBreak(t) && t.tag != Tag::kCC && t.tag != Tag::kDT) break;
    --r.second;
  }
  return r;
}

// The words of `ranges` as the text writes them, without quote marks and
// hedges ("what it terms"), joined by single spaces where the text has space.
std::string Words(const Document& doc, const std::vector<Range>& ranges) {
  std::string out;
  bool space = false;
  for (const Range& r : ranges) {
    for (uint32_t t = r.first; t < r.second; ++t) {
      const Token& k = doc.tokens[t];
      space = space || k.space_before;
      if (const uint32_t n = Hedge(doc, t, r.second); n > 0) {
        t += n - 1;
        continue;
      }
      if (IsQuote(k)) continue;
      if (!out.empty() && space) out += ' ';
      out += doc.Slice(k.span);
      space = false;
    }
    space = true;
  }
  return out;
}

// The items of an enumeration in [from, end).
std::vector<std::string> Items(const Document& doc, uint32_t from, uint32_t end) {
  // The list runs to the clause's end or to a comma that opens a clause.
  uint32_t stop = from;
  while (stop < end && stop < from + 24) {
    if (doc.tokens[stop].norm == "," && stop + 1 < end && StartsClause(doc, stop + 1, end)) break;
    ++stop;
  }
  // "the controversial and undefined goals of X and Y", "the sweeping aims
  // of X and Y": the items are X and Y.
  uint32_t k = from;
  while (k < stop &&
         (Modifier(doc.tokens[k]) || doc.tokens[k].tag == Tag::kVBG || doc.tokens[k].tag == Tag::kVBN ||
          doc.tokens[k].norm == "," || IsQuote(doc.tokens[k]))) {
    ++k;
  }
  if (k + 1 < stop && In(kContainers, doc.tokens[k].norm) && doc.tokens[k + 1].norm == "of") from = k + 2;

  std::vector<Range> items;
  uint32_t start = from;
  for (uint32_t t = from; t < stop; ++t) {
    const std::string& w = doc.tokens[t].norm;
    if (w != "," && w != "and" && w != "or") continue;
    uint32_t left = t;
    while (left > start && IsQuote(doc.tokens[left - 1])) --left;
    if (left > start && !ClosesItem(doc, start, left)) continue;
    if (left > start) items.emplace_back(start, t);
    start = t + 1;
  }
  if (start < stop) items.emplace_back(start, stop);

  // "X and Y of Ukraine": a bare item borrows the last item's "of" phrase.
  Range shared{stop, stop};
  if (items.size() >= 2) {
    const Range last = items.back();
    const uint32_t of = Find(doc, {last.first + 1, last.second}, "of");
    if (of < last.second) shared = {of, last.second};
  }
  std::vector<std::string> out;
  for (const Range& item : items) {
    const Range r = TrimFront(doc, item);
    if (r.first >= r.second) continue;
    bool bare = r.second - r.first <= 3;
    for (uint32_t t = r.first; t < r.second && bare; ++t) {
      bare = doc.tokens[t].tag != Tag::kIN && doc.tokens[t].norm != "of";
    }
    std::vector<Range> parts = {r};
    if (bare && shared.first < shared.second && item != items.back()) parts.push_back(shared);
    const std::string text = Words(doc, parts);
    if (!text.empty() && std::find(out.begin(), out.end(), text) == out.end()) out.push_back(text);
  }
  return out;
}

}  // namespace

IssuePhrases ReadIssue(const Document& doc, uint32_t begin, uint32_t end) {
  IssuePhrases issue;
  uint32_t t = begin;
  while (t < end &&
         (doc.tokens[t].tag == Tag::kDT || doc.tokens[t].tag == Tag::kPRPS || doc.tokens[t].norm == "for" ||
          doc.tokens[t].norm == "that" || IsAdverb(doc.tokens[t].tag))) {
    ++t;
  }
  uint32_t clause_end = t;
  while (clause_end < end && !IsClauseEnd(doc.tokens[clause_end])) ++clause_end;
  uint32_t main_end = t;
  while (main_end < clause_end && main_end < t + 14 && !IsBreak(doc.tokens[main_end]) &&
         Introducer(doc, main_end, clause_end) == 0) {
    ++main_end;
  }
  issue.main = Words(doc, {TrimFront(doc, {t, main_end})});
  // The enumeration: inside the main phrase ("demands such as X and Y") or
  // right after its comma ("the root causes of the conflict, including X").
  uint32_t intro = main_end;
  if (intro < clause_end && doc.tokens[intro].norm == ",") ++intro;
  if (const uint32_t n = Introducer(doc, intro, clause_end); n > 0) {
    issue.items = Items(doc, intro + n, clause_end);
  }
  return issue;
}

}  // namespace dragoman
