// Small string helpers shared by the table readers and writers.
#ifndef DRAGOMAN_CORE_STRINGS_H_
#define DRAGOMAN_CORE_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace dragoman {

// The tab-separated fields of one line; views into `line`.
inline std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    const size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

// `s` with every run of `separators` made one space, none at either end:
// CollapseRuns("  a \n b ", " \n") == "a b".
inline std::string CollapseRuns(std::string_view s, std::string_view separators) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (char c : s) {
    if (separators.find(c) != std::string_view::npos) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

// The fields joined by `separator`.
inline std::string Join(const std::vector<std::string>& fields, char separator) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += separator;
    out += fields[i];
  }
  return out;
}

}  // namespace dragoman

#endif  // DRAGOMAN_CORE_STRINGS_H_
