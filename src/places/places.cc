// Places are found in one pass over the document: every place preposition
// is tried, then every actor mention that names a gazetteer city; the
// candidates are added in text order, one entry per place. Events then take
// the place of their clause from that list.
#include "places/places.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace dragoman {
namespace {

// Words before a place: "held in Turkey", "a rally outside Paris". ("from"
// and "to" are left out: "a loan from Chelsea", "a move to Madrid" name
// clubs as often as places.)
// Every token of every document is tried, so the length is tested first.
bool IsLocative(std::string_view w) {
  switch (w.size()) {
    case 2:
      return w == "in" || w == "at";
    case 4:
      return w == "near" || w == "into";
    case 6:
      return w == "inside" || w == "across" || w == "around";
    case 7:
      return w == "outside";
    case 10:
      return w == "throughout";
    default:
      return false;
  }
}

// The words an event's place may follow.
bool IsEventPreposition(const std::string& w) {
  return w == "in" || w == "at" || w == "near" || w == "outside" || w == "inside" || w == "into";
}

bool Capitalised(const Token& t) { return t.shape[0] >= 'A' && t.shape[0] <= 'Z'; }

// A short word in capitals is an acronym ("ICO", "BOR"), not a town.
bool Acronym(const Token& t) {
  if (t.shape.size() > 4) return false;
  return std::none_of(t.shape.begin(), t.shape.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Lower-case words inside a place name: "Rio de Janeiro", "Dar es Salaam".
bool IsNameParticle(const std::string& w) {
  return w == "de" || w == "del" || w == "da" || w == "do" || w == "dos" || w == "es" || w == "el" ||
         w == "al" || w == "la" || w == "le" || w == "of" || w == "on" || w == "upon" || w == "am" ||
         w == "an" || w == "der";
}

// Months and weekdays are capitalised and some are towns ("in March",
// Cambridgeshire): never places.
bool IsCalendarWord(const std::string& w) {
  static const std::set<std::string> kWords = {"january",  "february", "march",    "april",     "may",
                                               "june",     "july",     "august",   "september", "october",
                                               "november", "december", "monday",   "tuesday",   "wednesday",
                                               "thursday", "friday",   "saturday", "sunday"};
  return kWords.count(w) > 0;
}

// Words that may follow a noun phrase that ends with a country's name: "in
// Japan said", "in Britain last year". Any other lower-case word after it
// makes the name a modifier ("in British politics", "in Japanese hands").
bool EndsNounPhrase(const std::string& w) {
  static const std::set<std::string> kWords = {
      "a",       "an",      "the",     "and",       "or",      "but",      "nor",   "of",      "in",
      "on",      "at",      "to",      "for",       "from",    "with",     "by",    "as",      "since",
      "until",   "after",   "before",  "during",    "over",    "under",    "about", "against", "between",
      "into",    "through", "than",    "that",      "which",   "who",      "whom",  "whose",   "where",
      "when",    "while",   "because", "if",        "is",      "are",      "was",   "were",    "be",
      "been",    "has",     "have",    "had",       "will",    "would",    "shall", "should",  "can",
      "could",   "may",     "might",   "must",      "do",      "does",     "did",   "said",    "says",
      "say",     "last",    "this",    "next",      "earlier", "later",    "also",  "not",     "its",
      "their",   "his",     "her",     "it",        "they",    "he",       "she",   "we",      "there",
      "now",     "then",    "today",   "yesterday", "ago",     "only",     "even",  "yet",     "still",
      "already", "too",     "so",      "alone",     "itself",  "recently", "again", "instead", "'s"};
  return kWords.count(w) > 0;
}

// A place found in the text, before it joins doc->places.
struct Candidate {
  uint32_t token = 0;  // first word
  uint32_t size = 0;   // words
  int64_t city = -1;   // gazetteer index; -1 for a country
  std::string country;
  bool as_place = true;     // used as a place, not as an actor
  std::string metonym_for;  // the actor code, for a city used as an actor
};

class Placer {
 public:
  Placer(const Gazetteer& g, Document* doc) : gazetteer_(g), doc_(doc), mention_at_(doc->tokens.size(), -1) {
    for (size_t i = 0; i < doc->mentions.size(); ++i) {
      const Mention& m = doc->mentions[i];
      if (m.merged_into >= 0 || m.kind == MentionKind::kPronoun) continue;
      if (m.actor.country.size() == 3) countries_.insert(m.actor.country);
      for (uint32_t t = m.token_begin; t < m.token_end; ++t) mention_at_[t] = static_cast<int32_t>(i);
    }
  }

  void Run() {
    std::vector<Candidate> found;
    for (const Sentence& s : doc_->sentences) {
      for (uint32_t t = s.token_begin; t + 1 < s.token_end; ++t) {
        const std::string& w = doc_->tokens[t].norm;
        if (!IsLocative(w)) continue;
        Candidate c;
        if (PlaceAt(After(t, s.token_end), s.token_end, true, &c)) found.push_back(std::move(c));
      }
    }
    Metonyms(&found);
    std::stable_sort(found.begin(), found.end(),
                     [](const Candidate& a, const Candidate& b) { return a.token < b.token; });
    for (const Candidate& c : found) Add(c);
    for (Event& e : doc_->events) e.place = EventPlace(e);
    for (size_t i = 0; i < doc_->places.size(); ++i) {
      if (!as_place_[i]) doc_->places[i].metonym_for = metonym_for_[i];
    }
  }

 private:
  // The first word of the place phrase after a preposition at t: "in the
  // Hague", "in eastern Aleppo" (but "in New York": "New" is part of it).
  uint32_t After(uint32_t t, uint32_t end) const {
    uint32_t k = t + 1;
    if (k < end && (doc_->tokens[k].norm == "the" ||
                    (doc_->tokens[k].tag == Tag::kJJ && !Capitalised(doc_->tokens[k])))) {
      ++k;
    }
    return k;
  }

  // Whether the word at `next` makes the name before it a modifier: a
  // lower-case word that cannot follow a noun phrase's end.
  bool Modifies(uint32_t next, uint32_t end) const {
    if (next >= end) return false;
    const Token& w = doc_->tokens[next];
    return w.shape[0] >= 'a' && w.shape[0] <= 'z' && !EndsNounPhrase(w.norm);
  }

  // Whether the word after tokens [k, k + n) continues a longer name ("Dome
  // Petroleum", "Nikko Securities", "Lansdowne Road"): a capitalised word
  // that is not a date.
  bool LongerName(uint32_t k, uint32_t n, uint32_t end) const {
    const uint32_t next = k + n;
    if (next >= end || !Capitalised(doc_->tokens[next])) return false;
    return !IsCalendarWord(doc_->tokens[next].norm);
  }

  // The event's place: the first place phrase after its verb group in its
  // clause (not in a relative clause: "hosted talks in 2022, which collapsed
  // after the massacre in Bucha"), else before it.
  int32_t EventPlace(const Event& e) {
    const Sentence& s = doc_->sentences[e.sentence];
    uint32_t anchor = s.token_begin;
    if (e.verb_phrase >= 0) anchor = doc_->phrases[e.verb_phrase].token_begin;
    int32_t place = Scan(anchor, s.token_end);
    if (place < 0) place = Scan(s.token_begin, anchor);
    return place;
  }

  int32_t Scan(uint32_t from, uint32_t to) {
    for (uint32_t t = from; t + 1 < to; ++t) {
      const std::string& w = doc_->tokens[t].norm;
      if (w == ";" || w == "--" || w == "which" || w == "who" || w == "whom" || w == "whose") break;
      if (!IsEventPreposition(w)) continue;
      Candidate c;
      if (PlaceAt(After(t, to), to, true, &c)) return Add(c);
    }
    return -1;
  }

  // The mention that covers exactly tokens [k, k + n), or -1.
  int32_t MentionOn(uint32_t k, uint32_t n) const {
    const int32_t m = mention_at_[k];
    if (m < 0) return -1;
    const Mention& x = doc_->mentions[m];
    return x.token_begin == k && x.token_end == k + n ? m : -1;
  }

  // Whether a mention's words are its country's own name ("Mexico", not a
  // city of that name in the Philippines).
  bool NamesItsCountry(const Mention& x) const {
    if (x.actor.name.empty()) return false;
    std::string words;
    for (uint32_t t = x.token_begin; t < x.token_end; ++t)
      words += (words.empty() ? "" : " ") + doc_->tokens[t].shape;
    return words == x.actor.name;
  }

  // A gazetteer city of up to three capitalised words at k, longest first;
  // the words must be free of mentions but for one naming the city itself
  // (not "Marco Rubio", not "Deputy Defence Minister"). Else, if
  // `country`, a country actor named there.
  bool PlaceAt(uint32_t k, uint32_t to, bool country, Candidate* c) const {
    for (uint32_t n = 3; n >= 1; --n) {
      if (k + n > to) continue;
      std::string key;
      bool ok = !(n == 1 && Acronym(doc_->tokens[k])) && Capitalised(doc_->tokens[k + n - 1]);
      for (uint32_t i = k; i < k + n && ok; ++i) {
        const Token& w = doc_->tokens[i];
        ok = (Capitalised(w) || (i > k && IsNameParticle(w.norm))) &&
             (mention_at_[i] < 0 || MentionOn(k, n) >= 0);
        if (!key.empty()) key += ' ';
        key += w.norm;
      }
      if (!ok || (n == 1 && IsCalendarWord(key))) continue;
      const std::vector<uint32_t> found = Lookup(key);
      if (found.empty()) continue;
      const std::vector<uint32_t>* ids = &found;
      const int32_t m = MentionOn(k, n);
      if (m >= 0) {
        const Mention& x = doc_->mentions[m];
        if (x.kind != MentionKind::kActor || x.individual) continue;
        if (NamesItsCountry(x) || !HasCityIn(*ids, x.actor.country)) break;
      }
      // "the Toyota stand", "Jupiter research": a name modifying a noun is a
      // company's or a brand's more often than a town's.
      if (LongerName(k, n, to) || Modifies(k + n, to)) return false;
      const int64_t best = Best(*ids);
      if (best < 0) return false;
      c->token = k;
      c->size = n;
      c->city = best;
      c->country = gazetteer_.place(static_cast<uint32_t>(best)).country;
      return true;
    }
    if (!country || k >= to) return false;
    const int32_t m = mention_at_[k];
    if (m < 0) return false;
    const Mention& x = doc_->mentions[m];
    if (x.token_begin != k || x.kind != MentionKind::kActor || x.actor.country.size() != 3 ||
        !x.actor.sector.empty()) {
      return false;
    }
    // "in British politics": a demonym modifying a noun is no place.
    if (Modifies(x.token_end, to) || LongerName(x.token_begin, x.token_end - x.token_begin, to)) return false;
    c->token = k;
    c->size = x.token_end - x.token_begin;
    c->country = x.actor.country;
    return true;
  }

  // The gazetteer's places named `key`, and those known by it as an
  // exonym if they lie in a country the document names or are cities of a
  // million ("Kyiv", "Peking"; but "Florida" is not Floridablanca).
  std::vector<uint32_t> Lookup(const std::string& key) const {
    std::vector<uint32_t> ids;
    if (const std::vector<uint32_t>* names = gazetteer_.Find(key)) ids = *names;
    if (const std::vector<uint32_t>* alternates = gazetteer_.FindAlternate(key)) {
      for (uint32_t id : *alternates) {
        const GazetteerPlace& p = gazetteer_.place(id);
        if ((countries_.count(p.country) || p.population >= 1000000) &&
            std::find(ids.begin(), ids.end(), id) == ids.end()) {
          ids.push_back(id);
        }
      }
    }
    return ids;
  }

  bool HasCityIn(const std::vector<uint32_t>& ids, const std::string& country) const {
    return std::any_of(ids.begin(), ids.end(),
                       [&](uint32_t id) { return gazetteer_.place(id).country == country; });
  }

  // Actor mentions, parts of merged ones included ("Moscow's envoy"), that
  // name a gazetteer city of their own country: a city ("the Istanbul
  // talks") is a place; a capital standing for its government ("Kyiv
  // strongly rejects") is a metonym. Mentions a preposition already made
  // places are skipped.
  void Metonyms(std::vector<Candidate>* found) const {
    std::set<uint32_t> placed;
    for (const Candidate& c : *found) placed.insert(c.token);
    for (const Mention& m : doc_->mentions) {
      if (m.kind != MentionKind::kActor || m.individual || m.token_end <= m.token_begin) continue;
      const uint32_t n = m.token_end - m.token_begin;
      if (n > 3 || m.actor.country.size() != 3 || placed.count(m.token_begin) ||
          !Capitalised(doc_->tokens[m.token_begin])) {
        continue;
      }
      std::string key;
      for (uint32_t t = m.token_begin; t < m.token_end; ++t)
        key += (key.empty() ? "" : " ") + doc_->tokens[t].norm;
      const std::vector<uint32_t> ids = Lookup(key);
      if (ids.empty() || !HasCityIn(ids, m.actor.country) || NamesItsCountry(m)) continue;
      const uint32_t end = doc_->sentences[m.sentence].token_end;
      if (LongerName(m.token_begin, n, end)) continue;  // "the New York Times"
      Candidate c;
      c.token = m.token_begin;
      c.size = n;
      c.city = Best(ids);
      if (c.city < 0) continue;
      c.country = gazetteer_.place(static_cast<uint32_t>(c.city)).country;
      c.as_place = m.actor.sector.empty();
      if (!c.as_place) c.metonym_for = m.actor.code;
      found->push_back(std::move(c));
    }
  }

  // A candidate in a country the document names, else the most populous;
  // -1 when that one is a town of under 100,000 people abroad, more likely
  // a namesake ("in Florida" is not Florida, Colombia; "Federal" is not a
  // town in Argentina).
  int64_t Best(const std::vector<uint32_t>& ids) const {
    int64_t best = -1;
    for (uint32_t id : ids) {
      const GazetteerPlace& p = gazetteer_.place(id);
      const bool named = countries_.count(p.country) > 0;
      if (!named && p.population < 100000) continue;
      if (best < 0) {
        best = id;
        continue;
      }
      const GazetteerPlace& b = gazetteer_.place(static_cast<uint32_t>(best));
      const bool best_named = countries_.count(b.country) > 0;
      if ((named && !best_named) || (named == best_named && p.population > b.population)) best = id;
    }
    return best;
  }

  // The index of the candidate's place in doc->places, added if new.
  int32_t Add(const Candidate& c) {
    for (size_t i = 0; i < doc_->places.size(); ++i) {
      if (cities_[i] == c.city && doc_->places[i].country == c.country) {
        as_place_[i] = as_place_[i] || c.as_place;
        if (metonym_for_[i].empty()) metonym_for_[i] = c.metonym_for;
        return static_cast<int32_t>(i);
      }
    }
    Place p;
    p.span = doc_->TokenSpan(c.token, c.token + c.size);
    // The name as the text writes it ("Geneva", not GeoNames' "Geneve"),
    // its words joined by single spaces.
    for (uint32_t t = c.token; t < c.token + c.size; ++t) {
      if (!p.name.empty()) p.name += ' ';
      p.name += doc_->Slice(doc_->tokens[t].span);
    }
    p.country = c.country;
    p.located = c.city >= 0;
    if (p.located) {
      const GazetteerPlace& g = gazetteer_.place(static_cast<uint32_t>(c.city));
      p.latitude = g.latitude;
      p.longitude = g.longitude;
    }
    doc_->places.push_back(std::move(p));
    cities_.push_back(c.city);
    as_place_.push_back(c.as_place);
    metonym_for_.push_back(c.metonym_for);
    return static_cast<int32_t>(doc_->places.size()) - 1;
  }

  const Gazetteer& gazetteer_;
  Document* doc_;
  std::vector<int32_t> mention_at_;  // token -> the final mention covering it
  std::set<std::string> countries_;
  // Per entry of doc->places: its gazetteer index, whether the text uses it
  // as a place, and the actor it stands for where it is used as one.
  std::vector<int64_t> cities_;
  std::vector<bool> as_place_;
  std::vector<std::string> metonym_for_;
};

}  // namespace

void FindPlaces(const Gazetteer& gazetteer, Document* doc) {
  if (gazetteer.empty()) return;
  Placer(gazetteer, doc).Run();
}

}  // namespace dragoman
