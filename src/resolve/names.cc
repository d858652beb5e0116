// Names the lexicon does not know are read from their shape: capitalised
// words that no mention covers. A name counts as a person's only where the
// text says so, right after a role ("Deputy Defence Minister Pavel
// Gorshkov") or before an appositive role (", a senior aide to Putin"), so
// that companies and places in capitals are left alone.
#include "resolve/names.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "resolve/resolver.h"

namespace dragoman {
namespace {

// Capitalised words that do not start or continue a name: function words,
// months and weekdays. Sorted: every capitalised word is looked up.
constexpr std::array<std::string_view, 55> kNotNames = {
    "a",       "after",   "an",    "and",       "april",    "as",        "at",     "august",
    "before",  "but",     "by",    "december",  "february", "for",       "friday", "from",
    "he",      "her",     "his",   "however",   "if",       "in",        "it",     "its",
    "january", "july",    "june",  "march",     "may",      "meanwhile", "monday", "november",
    "october", "of",      "on",    "or",        "saturday", "september", "she",    "sunday",
    "that",    "the",     "their", "these",     "they",     "this",      "those",  "thursday",
    "to",      "tuesday", "we",    "wednesday", "when",     "while",     "with"};
static_assert(std::is_sorted(kNotNames.begin(), kNotNames.end()));

// Words that make a role or a name an organisation's: "the firm Dimension
// Data", "Union Pacific Corp", "Government Accounting Office".
constexpr std::array<std::string_view, 63> kOrganisationWords = {
    "agency",      "airline",    "association", "authority",    "band",         "bank",        "board",
    "broadcaster", "bureau",     "chain",       "channel",      "charity",      "club",        "co",
    "commission",  "committee",  "company",     "consultancy",  "corp",         "corporation", "council",
    "daily",       "department", "family",      "firm",         "fund",         "government",  "group",
    "holdings",    "inc",        "industries",  "institute",    "insurer",      "label",       "league",
    "lender",      "ltd",        "magazine",    "maker",        "manufacturer", "ministry",    "network",
    "newspaper",   "office",     "operator",    "organisation", "organization", "paper",       "party",
    "plc",         "retailer",   "school",      "securities",   "station",      "studio",      "subsidiary",
    "tabloid",     "team",       "trust",       "union",        "university",   "website",     "weekly"};
static_assert(std::is_sorted(kOrganisationWords.begin(), kOrganisationWords.end()));

// Titles of courtesy before a name: part of the mention, not of the name.
constexpr std::array<std::string_view, 10> kHonorifics = {"dame", "dr", "lady", "lord",      "mr",
                                                          "mrs",  "ms", "prof", "professor", "sir"};
static_assert(std::is_sorted(kHonorifics.begin(), kHonorifics.end()));

// Lower-case words that end an appositive before its role: "Hellmuth
// Klauhs, said the government" is no appositive.
constexpr std::array<std::string_view, 14> kNotModifiers = {
    "added", "and", "but", "had", "has", "is", "or", "said", "says", "that", "told", "was", "which", "who"};
static_assert(std::is_sorted(kNotModifiers.begin(), kNotModifiers.end()));

template <size_t N>
bool In(const std::array<std::string_view, N>& sorted, const std::string& w) {
  return std::binary_search(sorted.begin(), sorted.end(), std::string_view(w));
}

// A word that may be part of a person's name: "Gorshkov", "Abu", and after
// the first word also "al-Sisi". Not an acronym ("UBS"), a number or a
// function word.
bool NameWord(const Token& t, bool first) {
  const std::string& s = t.shape;
  if (s.size() < 2) return false;
  const bool capital = s[0] >= 'A' && s[0] <= 'Z';
  const bool particle = !first && (s.rfind("al-", 0) == 0 || s.rfind("el-", 0) == 0) && s.size() > 3;
  if (!capital && !particle) return false;
  bool lower = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') {
      lower = true;
    } else if (!(c >= 'A' && c <= 'Z') && c != '-' && c != '\'') {
      return false;
    }
  }
  if (!lower) return false;
  return !In(kNotNames, t.norm);
}

// The text of tokens [begin, end), words joined by single spaces.
std::string Words(const Document& doc, uint32_t begin, uint32_t end) {
  std::string out;
  for (uint32_t t = begin; t < end; ++t) {
    if (t > begin && doc.tokens[t].space_before) out += ' ';
    out += doc.Slice(doc.tokens[t].span);
  }
  return out;
}

// Which tokens of sentence s some mention of index below `limit` covers
// (merged parts included), indexed from the sentence's first token.
std::vector<bool> Covered(const Document& doc, uint32_t s, size_t limit) {
  const Sentence& sent = doc.sentences[s];
  std::vector<bool> covered(sent.token_end - sent.token_begin, false);
  for (int32_t i = static_cast<int32_t>(std::min(limit, doc.mentions.size())) - 1; i >= 0; --i) {
    const Mention& m = doc.mentions[i];
    if (m.sentence != s) {
      if (m.sentence < s) break;
      continue;
    }
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) covered[t - sent.token_begin] = true;
  }
  return covered;
}

// The final mentions of sentence s, in text order.
std::vector<int32_t> Finals(const Document& doc, uint32_t s) {
  std::vector<int32_t> out;
  for (int32_t i = static_cast<int32_t>(doc.mentions.size()) - 1; i >= 0; --i) {
    const Mention& m = doc.mentions[i];
    if (m.sentence != s) {
      if (m.sentence < s) break;
      continue;
    }
    if (m.merged_into < 0 && m.kind != MentionKind::kPronoun && m.token_end > m.token_begin) out.push_back(i);
  }
  std::sort(out.begin(), out.end(),
            [&](int32_t a, int32_t b) { return doc.mentions[a].token_begin < doc.mentions[b].token_begin; });
  return out;
}

// A role, not a named person: "Deputy Defence Minister", "Russian
// diplomat", but not "President Zelensky". A merged mention is a role when
// none of its parts is a person.
bool IsRole(const Document& doc, int32_t f) {
  const Mention& m = doc.mentions[f];
  if (!m.individual || (m.actor.title.empty() && m.actor.sector.empty())) return false;
  if (m.kind == MentionKind::kAgent) return true;
  bool parts = false;
  for (int32_t i = f - 1; i >= 0 && doc.mentions[i].sentence == m.sentence; --i) {
    const Mention& part = doc.mentions[i];
    if (part.merged_into != f) continue;
    parts = true;
    if (part.kind == MentionKind::kActor && part.individual) return false;
  }
  return parts;
}

// A role that names a person: titled ("Deputy Defence Minister",
// "President"), or written in lower case ("spokesman", "chief
// executive"), and not an organisation's ("firm", "newspaper"). Capitalised
// role words with no title start company names: "Union Pacific Corp",
// "Marine Insurance Co".
bool IsPersonRole(const Document& doc, int32_t f) {
  if (!IsRole(doc, f)) return false;
  const Mention& m = doc.mentions[f];
  const Token& head = doc.tokens[m.token_end - 1];
  if (In(kOrganisationWords, head.norm)) return false;
  return !m.actor.title.empty() || (head.shape[0] >= 'a' && head.shape[0] <= 'z');
}

// The length of a person's name at t, honorifics included ("Sir Digby
// Jones"): up to three name words, none an organisation's; 0 if none.
// `*name_begin` is where the name proper starts.
uint32_t NameAt(const Document& doc, uint32_t t, uint32_t end, const std::vector<bool>& covered,
                uint32_t sentence_begin, uint32_t* name_begin) {
  auto free_word = [&](uint32_t k, bool first) {
    return k < end && !covered[k - sentence_begin] && NameWord(doc.tokens[k], first);
  };
  uint32_t k = t;
  while (free_word(k, true) && In(kHonorifics, doc.tokens[k].norm)) ++k;
  *name_begin = k;
  uint32_t n = 0;
  while (n < 3 && free_word(k + n, n == 0)) {
    if (In(kOrganisationWords, doc.tokens[k + n].norm)) return 0;
    ++n;
  }
  // "Union Pacific Corp": an organisation's word right after the name.
  if (n > 0 && k + n < end && In(kOrganisationWords, doc.tokens[k + n].norm)) return 0;
  return n == 0 ? 0 : k + n - t;
}

void SetCode(Actor* a) { a->code = a->country.size() == 3 ? a->country + a->sector : a->sector; }

// "Deputy Defence Minister Pavel Gorshkov": a role followed by up to three
// name words that no dictionary mention covers (one only after a title:
// "President Mirziyoyev"). The name may also sit inside a mention merged
// with an "of" country ("Deputy Defence Minister Pavel Gorshkov of
// Russia"), which then gets the name.
void NamesAfterRoles(Document* doc, uint32_t s, const std::vector<int32_t>& roles,
                     const std::vector<bool>& covered) {
  const Sentence& sent = doc->sentences[s];
  for (int32_t f : roles) {
    // The name starts after the role's words: the first uncovered word.
    uint32_t t = doc->mentions[f].token_begin;
    while (t < doc->mentions[f].token_end && covered[t - sent.token_begin]) ++t;
    const bool inside = t < doc->mentions[f].token_end;
    if (t == doc->mentions[f].token_begin) continue;
    uint32_t name = t;
    const uint32_t n = NameAt(*doc, t, sent.token_end, covered, sent.token_begin, &name);
    if (n == 0 || (t + n - name == 1 && doc->mentions[f].actor.title.empty())) continue;
    const uint32_t role_begin = doc->mentions[f].token_begin;
    const std::string role = Words(*doc, role_begin, t);
    if (inside) {
      Mention& person = doc->mentions[f];
      person.actor.name = Words(*doc, name, t + n);
      if (person.actor.title.empty()) person.actor.title = role;
      person.inferred = {InferenceKind::kTitle, -1, role_begin, t, -1};
      continue;
    }
    Mention person = doc->mentions[f];
    person.kind = MentionKind::kActor;
    person.individual = true;
    person.token_end = t + n;
    person.actor.name = Words(*doc, name, t + n);
    if (person.actor.title.empty()) person.actor.title = role;
    person.inferred = {InferenceKind::kTitle, -1, role_begin, t, -1};
    doc->mentions[f].merged_into = static_cast<int32_t>(doc->mentions.size());
    doc->mentions.push_back(std::move(person));
  }
}

// "Ivan Petrov, a senior aide to Putin": two or three name words, a comma,
// an optional article, up to three modifiers, a role, and optionally "to",
// "of" or "for" and the actor that gives the role its country.
void NamesBeforeAppositives(Document* doc, uint32_t s, const std::vector<bool>& covered) {
  const Sentence& sent = doc->sentences[s];
  const std::vector<int32_t> finals = Finals(*doc, s);
  auto final_at = [&](uint32_t t) {
    for (int32_t f : finals) {
      if (doc->mentions[f].token_begin == t) return f;
    }
    return -1;
  };
  // Each comma, with the name words right before it.
  for (uint32_t b = sent.token_begin + 2; b + 2 < sent.token_end; ++b) {
    if (doc->tokens[b].norm != ",") continue;
    uint32_t a = b;
    // A longer run of capitalised words (four or more) is no person's name.
    while (a > sent.token_begin && b - a <= 3 && !covered[a - 1 - sent.token_begin] &&
           NameWord(doc->tokens[a - 1], false)) {
      --a;
    }
    if (b - a < 2 || b - a > 3 || !NameWord(doc->tokens[a], true)) continue;
    bool organisation = false;
    for (uint32_t t = a; t <= b; ++t) organisation |= In(kOrganisationWords, doc->tokens[t].norm);
    if (organisation) continue;
    uint32_t k = b + 1;
    const std::string& article = doc->tokens[k].norm;
    if (article == "a" || article == "an" || article == "the") ++k;
    int32_t role = -1;
    for (uint32_t skip = 0; skip <= 3 && k + skip < sent.token_end && role < 0; ++skip) {
      const int32_t f = final_at(k + skip);
      if (f >= 0) {
        role = IsPersonRole(*doc, f) ? f : -2;
        break;
      }
      // Only lower-case modifiers: "hardline", "senior".
      const Token& w = doc->tokens[k + skip];
      if (w.shape[0] < 'a' || w.shape[0] > 'z' || In(kNotModifiers, w.norm)) break;
    }
    if (role < 0) continue;
    const Mention& r = doc->mentions[role];
    uint32_t end = r.token_end;
    std::string country = r.actor.country;
    if (end + 1 < sent.token_end) {
      const std::string& w = doc->tokens[end].norm;
      uint32_t at = end + 1;  // "to Putin", "for the Russian embassy"
      if (at + 1 < sent.token_end && doc->tokens[at].norm == "the") ++at;
      const int32_t g = (w == "to" || w == "of" || w == "for") ? final_at(at) : -1;
      if (g >= 0 && !doc->mentions[g].actor.country.empty()) {
        if (country.empty()) country = doc->mentions[g].actor.country;
        end = doc->mentions[g].token_end;
      }
    }
    Mention person;
    person.kind = MentionKind::kActor;
    person.sentence = s;
    person.token_begin = a;
    person.token_end = b;
    person.individual = true;
    person.source = r.source;
    person.phrase = -1;
    person.actor.country = country;
    person.actor.sector = r.actor.sector;
    person.actor.title = r.actor.title.empty() ? Words(*doc, r.token_begin, r.token_end) : r.actor.title;
    person.actor.name = Words(*doc, a, b);
    SetCode(&person.actor);
    person.inferred = {InferenceKind::kAppositive, -1, b + 1, end, -1};
    doc->mentions[role].merged_into = static_cast<int32_t>(doc->mentions.size());
    doc->mentions.push_back(std::move(person));
    b = end;
  }
}

}  // namespace

std::string NameOf(const Document& doc, int32_t mention) {
  if (mention < 0) return "";
  const Mention& m = doc.mentions[mention];
  // A person's name, not a country's ("Russia" for "Moscow").
  if (m.individual && !m.actor.name.empty()) return m.actor.name;
  if (m.token_end <= m.token_begin) return "";
  return Words(doc, m.token_begin, m.token_end);
}

std::string InferredFrom(const Document& doc, const Inference& inferred) {
  if (inferred.mention >= 0) return NameOf(doc, inferred.mention);
  return Words(doc, inferred.token_begin, inferred.token_end);
}

int32_t InferredSentence(const Document& doc, const Inference& inferred) {
  const bool elsewhere = inferred.by == InferenceKind::kPronoun ||
                         inferred.by == InferenceKind::kDescription ||
                         inferred.by == InferenceKind::kShortName;
  return elsewhere && inferred.mention >= 0 ? static_cast<int32_t>(doc.mentions[inferred.mention].sentence)
                                            : -1;
}

void FindKnownNames(Document* doc, uint32_t s) {
  const Sentence& sent = doc->sentences[s];
  // The people earlier sentences introduced, the latest first; most
  // documents have none.
  std::vector<int32_t> people;
  for (int32_t i = static_cast<int32_t>(doc->mentions.size()) - 1; i >= 0; --i) {
    const Mention& m = doc->mentions[i];
    if (m.inferred.by != InferenceKind::kTitle && m.inferred.by != InferenceKind::kAppositive) continue;
    if (m.sentence < s && m.merged_into < 0) people.push_back(i);
  }
  if (people.empty()) return;
  std::vector<bool> covered = Covered(*doc, s, doc->mentions.size());
  std::vector<Mention> found;
  for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
    if (covered[t - sent.token_begin] || !NameWord(doc->tokens[t], true)) continue;
    for (int32_t p : people) {
      const Mention& intro = doc->mentions[p];
      // The name is the last words of the introducing mention, one token
      // per word.
      const uint32_t words =
          static_cast<uint32_t>(std::count(intro.actor.name.begin(), intro.actor.name.end(), ' ')) + 1;
      const uint32_t first = intro.token_end - std::min(words, intro.token_end - intro.token_begin);
      uint32_t n = 0;  // "Pavel Gorshkov" again, or "Gorshkov"
      if (t + (intro.token_end - first) <= sent.token_end) {
        n = intro.token_end - first;
        for (uint32_t k = 0; k < n && n; ++k) {
          if (doc->tokens[t + k].norm != doc->tokens[first + k].norm) n = 0;
        }
      }
      if (n == 0 && intro.token_end - first >= 2 &&
          doc->tokens[t].norm == doc->tokens[intro.token_end - 1].norm)
        n = 1;
      if (n == 0) continue;
      Mention m;
      m.kind = MentionKind::kActor;
      m.sentence = s;
      m.token_begin = t;
      m.token_end = t + n;
      m.individual = true;
      m.actor = intro.actor;
      m.source = intro.source;
      m.inferred = {InferenceKind::kShortName, p, 0, 0, -1};
      found.push_back(std::move(m));
      t += n - 1;
      break;
    }
  }
  if (found.empty()) return;
  // This sentence's mentions are the last ones and nothing refers to them
  // yet: put the new ones among them in text order.
  size_t tail = doc->mentions.size();
  while (tail > 0 && doc->mentions[tail - 1].sentence == s) --tail;
  for (Mention& m : found) doc->mentions.push_back(std::move(m));
  std::stable_sort(doc->mentions.begin() + static_cast<std::ptrdiff_t>(tail), doc->mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.token_begin < b.token_begin; });
}

void IntroduceNames(Document* doc, uint32_t s, size_t merged_from) {
  // Both rules need a role that names a person; most sentences have none.
  std::vector<int32_t> roles;
  for (int32_t i = static_cast<int32_t>(doc->mentions.size()) - 1; i >= 0 && doc->mentions[i].sentence == s;
       --i) {
    const Mention& m = doc->mentions[i];
    if (m.merged_into < 0 && m.individual && m.kind != MentionKind::kPronoun && IsPersonRole(*doc, i)) {
      roles.push_back(i);
    }
  }
  if (roles.empty()) return;
  std::sort(roles.begin(), roles.end(), [&](int32_t a, int32_t b) {
    return doc->mentions[a].token_begin < doc->mentions[b].token_begin;
  });
  NamesAfterRoles(doc, s, roles, Covered(*doc, s, merged_from));
  NamesBeforeAppositives(doc, s, Covered(*doc, s, doc->mentions.size()));
}

}  // namespace dragoman
