#include "eval/scorer.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace dragoman {
namespace {

bool CountryMatches(const std::vector<std::optional<std::string>>& accepted, const std::string& country) {
  for (const auto& a : accepted) {
    if (!a) {
      if (country.empty()) return true;
      continue;
    }
    if (*a == "*" || *a == country) return true;
  }
  return false;
}

bool Matches(const GoldEvent& g, const ScoredEvent& e) {
  if (!CountryMatches(g.source, e.source_country) || !CountryMatches(g.target, e.target_country)) {
    return false;
  }
  if (!g.plover.empty()) {
    return std::find(g.plover.begin(), g.plover.end(), e.plover) != g.plover.end();
  }
  const std::string root = e.cameo.substr(0, 2);
  return std::find(g.cameo_roots.begin(), g.cameo_roots.end(), root) != g.cameo_roots.end();
}

bool SameGold(const GoldEvent& a, const GoldEvent& b) {
  return a.source == b.source && a.target == b.target && a.plover == b.plover &&
         a.cameo_roots == b.cameo_roots && a.required == b.required;
}

}  // namespace

std::string CategoryOf(const GoldEvent& e) {
  if (!e.plover.empty()) return e.plover[0];
  return e.cameo_roots.empty() ? "?" : e.cameo_roots[0];
}

DocumentScore ScoreDocument(const std::string& id, const std::vector<GoldEvent>& gold,
                            const std::vector<ScoredEvent>& engine) {
  DocumentScore score;
  score.id = id;
  std::vector<const GoldEvent*> golds;
  for (const GoldEvent& g : gold) {
    if (std::none_of(golds.begin(), golds.end(), [&](const GoldEvent* o) { return SameGold(*o, g); })) {
      golds.push_back(&g);
    }
  }
  std::vector<ScoredEvent> events;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const ScoredEvent& e : engine) {
    if (e.modality == "negated" || e.modality == "hypothetical") continue;
    if (seen.insert({e.source_country, e.target_country, e.cameo}).second) events.push_back(e);
  }
  // One-to-one matching: augmenting paths over the small bipartite graph
  // (required gold events first, so they take the engine events they need).
  std::vector<int> gold_match(golds.size(), -1), event_match(events.size(), -1);
  std::vector<size_t> order(golds.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_partition(order.begin(), order.end(), [&](size_t i) { return golds[i]->required; });
  std::vector<bool> visited;
  auto augment = [&](auto&& self, size_t g) -> bool {
    for (size_t e = 0; e < events.size(); ++e) {
      if (visited[e] || !Matches(*golds[g], events[e])) continue;
      visited[e] = true;
      if (event_match[e] < 0 || self(self, static_cast<size_t>(event_match[e]))) {
        event_match[e] = static_cast<int>(g);
        gold_match[g] = static_cast<int>(e);
        return true;
      }
    }
    return false;
  };
  for (size_t g : order) {
    visited.assign(events.size(), false);
    augment(augment, g);
  }
  for (size_t g = 0; g < golds.size(); ++g) {
    if (!golds[g]->required) continue;
    auto& cat = score.by_category[CategoryOf(*golds[g])];
    ++cat.second;
    if (gold_match[g] >= 0) {
      ++score.true_positives;
      ++cat.first;
    } else {
      ++score.false_negatives;
      score.missed.push_back(golds[g]);
    }
  }
  for (const ScoredEvent& e : events) {
    if (std::none_of(golds.begin(), golds.end(), [&](const GoldEvent* g) { return Matches(*g, e); })) {
      ++score.false_positives;
      score.spurious.push_back(e);
    }
  }
  return score;
}

}  // namespace dragoman
