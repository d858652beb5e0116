// The gazetteer: cities with their country and coordinates, from GeoNames'
// cities15000 list as Debian's libtimezonemap-data ships it
// (/usr/share/libtimezonemap/ui/cities15000.txt and countryInfo.txt).
// Immutable after Parse; shared by all threads.
#ifndef DRAGOMAN_PLACES_GAZETTEER_H_
#define DRAGOMAN_PLACES_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace dragoman {

struct GazetteerPlace {
  std::string name;     // GeoNames' ASCII name ("Istanbul")
  std::string country;  // ISO alpha-3
  double latitude = 0;
  double longitude = 0;
  uint32_t population = 0;
};

class Gazetteer {
 public:
  // `cities` is cities15000.txt (tab-separated GeoNames rows); `countries`
  // is countryInfo.txt (ISO alpha-2 to alpha-3). Errors name file and line.
  Status Parse(std::string_view cities, std::string_view countries);

  // Places whose GeoNames name or ASCII name folds to `name` (lower case,
  // words joined by single spaces); nullptr if none.
  const std::vector<uint32_t>* Find(const std::string& name) const;
  // Places of 100,000 people or more with an alternate name (an exonym such
  // as "Kyiv", "Constantinople", "Peking") that folds to `name`; nullptr if
  // none.
  const std::vector<uint32_t>* FindAlternate(const std::string& name) const;
  const GazetteerPlace& place(uint32_t i) const { return places_[i]; }
  size_t size() const { return places_.size(); }
  bool empty() const { return places_.empty(); }

 private:
  std::vector<GazetteerPlace> places_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_name_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_alternate_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_PLACES_GAZETTEER_H_
