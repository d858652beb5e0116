#include "places/places.h"

#include <algorithm>
#include <set>

namespace dragoman {
namespace {

bool IsPlacePreposition(const std::string& w) {
  return w == "in" || w == "at" || w == "near" || w == "outside" || w == "inside" || w == "into";
}

bool Capitalised(const Token& t) { return t.shape[0] >= 'A' && t.shape[0] <= 'Z'; }

class Placer {
 public:
  Placer(const Gazetteer& g, Document* doc) : gazetteer_(g), doc_(doc) {
    for (const Mention& m : doc->mentions) {
      if (m.merged_into < 0 && m.actor.country.size() == 3) countries_.insert(m.actor.country);
    }
  }

  void Run() {
    for (Event& e : doc_->events) {
      const Sentence& s = doc_->sentences[e.sentence];
      uint32_t anchor = s.token_begin;
      if (e.verb_phrase >= 0) anchor = doc_->phrases[e.verb_phrase].token_begin;
      int32_t place = Scan(anchor, s.token_end);
      if (place < 0) place = Scan(s.token_begin, anchor);
      e.place = place;
    }
  }

 private:
  // The first place phrase in [from, to), within the clause.
  int32_t Scan(uint32_t from, uint32_t to) {
    for (uint32_t t = from; t + 1 < to; ++t) {
      const std::string& w = doc_->tokens[t].norm;
      if (w == ";" || w == "--") break;
      if (!IsPlacePreposition(w)) continue;
      uint32_t k = t + 1;
      if (k < to && (doc_->tokens[k].norm == "the" || doc_->tokens[k].tag == Tag::kJJ)) ++k;
      const int32_t p = PlaceAt(k, to);
      if (p >= 0) return p;
    }
    return -1;
  }

  // A gazetteer name of up to three capitalised words at k, longest first;
  // else a country actor named there.
  int32_t PlaceAt(uint32_t k, uint32_t to) {
    for (uint32_t n = 3; n >= 1; --n) {
      if (k + n > to) continue;
      std::string key;
      bool ok = true;
      for (uint32_t i = k; i < k + n && ok; ++i) {
        ok = Capitalised(doc_->tokens[i]);
        if (!key.empty()) key += ' ';
        key += doc_->tokens[i].norm;
      }
      if (!ok) continue;
      const std::vector<uint32_t>* ids = gazetteer_.Find(key);
      if (!ids) continue;
      // The name as the text writes it ("Geneva", not GeoNames' "Geneve").
      const GazetteerPlace& best = Best(*ids);
      const Span span = doc_->TokenSpan(k, k + n);
      return Add(std::string(doc_->Slice(span)), best.country, best.latitude, best.longitude, span, true);
    }
    for (size_t i = 0; i < doc_->mentions.size(); ++i) {
      const Mention& m = doc_->mentions[i];
      if (m.merged_into >= 0 || m.token_begin != k || m.actor.country.size() != 3 || !m.actor.sector.empty()) continue;
      return Add(std::string(doc_->Slice(doc_->TokenSpan(m.token_begin, m.token_end))), m.actor.country, 0, 0,
                 doc_->TokenSpan(m.token_begin, m.token_end), false);
    }
    return -1;
  }

  // A candidate in a country the document names, else the most populous.
  const GazetteerPlace& Best(const std::vector<uint32_t>& ids) const {
    const GazetteerPlace* best = nullptr;
    for (uint32_t id : ids) {
      const GazetteerPlace& p = gazetteer_.place(id);
      const bool named = countries_.count(p.country) > 0;
      const bool best_named = best && countries_.count(best->country) > 0;
      if (!best || (named && !best_named) || (named == best_named && p.population > best->population)) best = &p;
    }
    return *best;
  }

  int32_t Add(std::string name, std::string country, double lat, double lon, Span span, bool located) {
    for (size_t i = 0; i < doc_->places.size(); ++i) {
      if (doc_->places[i].span.begin == span.begin) return static_cast<int32_t>(i);
    }
    Place p;
    p.name = std::move(name);
    p.country = std::move(country);
    p.latitude = located ? lat : 0;
    p.longitude = located ? lon : 0;
    p.located = located;
    p.span = span;
    doc_->places.push_back(std::move(p));
    return static_cast<int32_t>(doc_->places.size()) - 1;
  }

  const Gazetteer& gazetteer_;
  Document* doc_;
  std::set<std::string> countries_;
};

}  // namespace

void PlaceEvents(const Gazetteer& gazetteer, Document* doc) {
  if (gazetteer.empty() || doc->events.empty()) return;
  Placer(gazetteer, doc).Run();
}

}  // namespace dragoman
