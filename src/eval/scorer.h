// Scoring coded events against gold events, with the rule of the evaluation
// README: per document, identical gold events count once; engine events are
// deduplicated on (source country, target country, code) and those whose
// modality is negated or hypothetical are left out; gold and engine events
// are matched one to one on source country, target country and category.
// A required gold event matched is a true positive, one unmatched a false
// negative; an engine event that matches no gold event at all is a false
// positive. Pure functions over plain data; the shell parses the files.
#ifndef DRAGOMAN_EVAL_SCORER_H_
#define DRAGOMAN_EVAL_SCORER_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dragoman {

struct GoldEvent {
  std::string name;
  // Accepted countries; "*" accepts anything, std::nullopt accepts no actor.
  std::vector<std::optional<std::string>> source;
  std::vector<std::optional<std::string>> target;
  std::vector<std::string> plover;       // accepted PLOVER categories, or
  std::vector<std::string> cameo_roots;  // accepted 2-digit CAMEO roots
  bool required = true;
};

struct ScoredEvent {
  std::string source_country;  // "" when no actor
  std::string target_country;
  std::string cameo;
  std::string plover;
  std::string modality;
  std::string text;            // evidence, for listing
};

struct DocumentScore {
  std::string id;
  int true_positives = 0;
  int false_negatives = 0;
  int false_positives = 0;
  std::vector<const GoldEvent*> missed;        // pointers into the gold input
  std::vector<ScoredEvent> spurious;
  // Recall per category (gold's first PLOVER category or root): [matched, total].
  std::map<std::string, std::pair<int, int>> by_category;
};

DocumentScore ScoreDocument(const std::string& id, const std::vector<GoldEvent>& gold,
                            const std::vector<ScoredEvent>& engine);

// A GoldEvent's category label for reports: its first PLOVER or root.
std::string CategoryOf(const GoldEvent& e);

}  // namespace dragoman

#endif  // DRAGOMAN_EVAL_SCORER_H_
