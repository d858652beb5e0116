#include "places/gazetteer.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "core/strings.h"
#include "normalize/normalizer.h"

namespace dragoman {
namespace {

template <typename F>
void ForEachLine(std::string_view bytes, F f) {
  size_t pos = 0;
  uint32_t number = 0;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    ++number;
    std::string_view line = bytes.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = eol + 1;
    if (!line.empty() && line[0] != '#' && !f(line, number)) return;
  }
}

// An alternate name worth indexing: Latin letters, starts with a capital,
// not an all-capitals code ("IST").
bool UsefulAlternate(std::string_view n) {
  if (n.size() < 3 || !(n[0] >= 'A' && n[0] <= 'Z')) return false;
  bool lower = false;
  for (char c : n) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == '(' || c == '[') return false;
    lower |= c >= 'a' && c <= 'z';
  }
  return lower;
}

std::string Key(std::string_view name) {
  const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const std::string folded = ascii ? LowerAscii(name) : LowerAscii(FoldShape(name));
  return CollapseRuns(folded, " -");
}

}  // namespace

Status Gazetteer::Parse(std::string_view cities, std::string_view countries) {
  std::unordered_map<std::string, std::string> iso3;
  ForEachLine(countries, [&](std::string_view line, uint32_t) {
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() > 1 && f[0].size() == 2 && f[1].size() == 3) iso3[std::string(f[0])] = std::string(f[1]);
    return true;
  });
  if (iso3.empty()) return InvalidArgument("countryInfo.txt: no country rows (ISO alpha-2, alpha-3)");
  Status status;
  by_name_.reserve(80000);
  places_.reserve(cities.size() / 180);
  ForEachLine(cities, [&](std::string_view line, uint32_t number) {
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 15) {
      status = InvalidArgument(fmt::format("cities15000.txt:{}: expected 19 tab-separated fields, got {}", number, f.size()));
      return false;
    }
    GazetteerPlace p;
    p.name = std::string(f[2]);
    auto it = iso3.find(std::string(f[8]));
    p.country = it == iso3.end() ? std::string(f[8]) : it->second;
    p.latitude = std::strtod(std::string(f[4]).c_str(), nullptr);
    p.longitude = std::strtod(std::string(f[5]).c_str(), nullptr);
    std::from_chars(f[14].data(), f[14].data() + f[14].size(), p.population);
    const uint32_t index = static_cast<uint32_t>(places_.size());
    places_.push_back(std::move(p));
    auto add = [&](std::unordered_map<std::string, std::vector<uint32_t>>* map, std::string_view n) {
      std::string k = Key(n);
      if (k.empty()) return;
      auto& v = (*map)[k];
      if (v.empty() || v.back() != index) v.push_back(index);
    };
    add(&by_name_, f[1]);
    add(&by_name_, f[2]);
    // Exonyms ("Kiev", "Constantinople") for the larger cities only: they
    // are most of the file and small towns are named as GeoNames spells them.
    if (places_.back().population < 100000) return true;
    size_t pos = 0;
    const std::string_view alts = f[3];
    while (pos < alts.size()) {
      size_t comma = alts.find(',', pos);
      if (comma == std::string_view::npos) comma = alts.size();
      const std::string_view a = alts.substr(pos, comma - pos);
      if (UsefulAlternate(a)) add(&by_alternate_, a);
      pos = comma + 1;
    }
    return true;
  });
  return status;
}

const std::vector<uint32_t>* Gazetteer::Find(const std::string& name) const {
  auto it = by_name_.find(name);
  return it == by_name_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* Gazetteer::FindAlternate(const std::string& name) const {
  auto it = by_alternate_.find(name);
  return it == by_alternate_.end() ? nullptr : &it->second;
}

}  // namespace dragoman
