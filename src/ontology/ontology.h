// The event ontology: CAMEO codes with their names, Goldstein weights, PLOVER
// 2021 categories and GDELT QuadClass, loaded from data/ontology/cameo.tsv.
// Immutable after Parse; thread-safe to share.
#ifndef DRAGOMAN_ONTOLOGY_ONTOLOGY_H_
#define DRAGOMAN_ONTOLOGY_ONTOLOGY_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.h"

namespace dragoman {

struct CameoCode {
  std::string code;
  std::string name;
  double goldstein = 0;
  std::string plover;
  int quad = 0;
};

class Ontology {
 public:
  // Parses the tab-separated table (header: code name goldstein plover quad).
  Status Parse(std::string_view file, std::string_view bytes);
  // The entry for `code`, falling back to its parent codes ("0361" -> "036"
  // -> "03"); nullptr when even the root is unknown.
  const CameoCode* Find(std::string_view code) const;
  bool Has(std::string_view code) const { return codes_.count(std::string(code)) > 0; }
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

// The PLOVER category of a code, or "" if unknown.
std::string PloverOf(const Ontology& ontology, std::string_view cameo);

}  // namespace dragoman

#endif  // DRAGOMAN_ONTOLOGY_ONTOLOGY_H_
