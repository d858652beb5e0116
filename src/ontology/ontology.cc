#include "ontology/ontology.h"

#include <fmt/format.h>

#include <charconv>
#include <vector>

#include "core/strings.h"

namespace dragoman {

Status Ontology::Parse(std::string_view file, std::string_view bytes) {
  size_t pos = 0;
  uint32_t number = 0;
  bool header = false;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    std::string_view line = bytes.substr(pos, eol - pos);
    pos = eol + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (!header) {
      header = true;
      if (line.substr(0, 4) == "code") continue;
    }
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 5) {
      return InvalidArgument(fmt::format("{}:{}: expected 5 tab-separated fields (code name goldstein plover quad), got {}", file, number, f.size()));
    }
    CameoCode c;
    c.code = std::string(f[0]);
    c.name = std::string(f[1]);
    try {
      c.goldstein = std::stod(std::string(f[2]));
    } catch (...) {
      return InvalidArgument(fmt::format("{}:{}: bad Goldstein weight '{}'", file, number, f[2]));
    }
    c.plover = std::string(f[3]);
    const auto [end, ec] = std::from_chars(f[4].data(), f[4].data() + f[4].size(), c.quad);
    if (ec != std::errc() || end != f[4].data() + f[4].size() || c.quad < 1 || c.quad > 4) {
      return InvalidArgument(fmt::format("{}:{}: bad QuadClass '{}' (1 to 4)", file, number, f[4]));
    }
    codes_[c.code] = std::move(c);
  }
  return OkStatus();
}

const CameoCode* Ontology::Find(std::string_view code) const {
  std::string c(code);
  while (c.size() >= 2) {
    auto it = codes_.find(c);
    if (it != codes_.end()) return &it->second;
    c.pop_back();
  }
  return nullptr;
}

std::string PloverOf(const Ontology& ontology, std::string_view cameo) {
  const CameoCode* c = ontology.Find(cameo);
  return c ? c->plover : "";
}

}  // namespace dragoman
