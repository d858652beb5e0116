#include "cli/input.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "normalize/normalizer.h"

namespace dragoman::cli {

bool IsDate(const std::string& d) {
  return d.size() == 10 && d[4] == '-' && d[7] == '-' &&
         std::all_of(d.begin(), d.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
}

// Reads one JSON Lines document ({"id","date","title","text"}). Invalid
// UTF-8 is repaired with a warning; anything else malformed is an error.
void ParseJsonLine(simdjson::ondemand::parser& parser, const std::string& line, const std::string& where,
                   InputItem* item) {
  std::string bytes = line;
  std::string repaired = ValidUtf8(bytes);
  if (repaired != bytes) {
    item->warnings.push_back(fmt::format("{}: invalid UTF-8 replaced by U+FFFD", where));
    bytes = std::move(repaired);
  }
  simdjson::padded_string padded(bytes);
  simdjson::ondemand::document json;
  auto fail = [&](const char* what, simdjson::error_code code) {
    item->error = fmt::format("{}: malformed JSON line: {} ({})", where, what, simdjson::error_message(code));
  };
  if (auto err = parser.iterate(padded).get(json)) return fail("not JSON", err);
  simdjson::ondemand::object obj;
  if (auto err = json.get_object().get(obj)) return fail("not a JSON object", err);
  std::string title;
  bool has_text = false;
  for (auto field : obj) {
    std::string_view key;
    if (auto err = field.unescaped_key().get(key)) return fail("bad key", err);
    simdjson::ondemand::value value;
    if (auto err = field.value().get(value)) return fail("bad value", err);
    if (key == "id" || key == "date" || key == "text" || key == "title") {
      if (value.is_null()) continue;
      std::string_view s;
      if (value.type() == simdjson::ondemand::json_type::number) {
        std::string_view raw = value.raw_json_token();
        s = raw;
      } else if (auto err = value.get_string().get(s)) {
        return fail("expected a string", err);
      }
      if (key == "id") item->doc.id = std::string(s);
      if (key == "date") item->doc.date = std::string(s.substr(0, 10));
      if (key == "title") title = std::string(s);
      if (key == "text") {
        item->doc.text = std::string(s);
        has_text = true;
      }
    }
  }
  if (!has_text) item->error = fmt::format("{}: document has no \"text\" field", where);
  if (!item->doc.date.empty() && !IsDate(item->doc.date)) {
    item->warnings.push_back(fmt::format("{}: ignoring date '{}' (expected YYYY-MM-DD)", where, item->doc.date));
    item->doc.date.clear();
  }
  item->title = std::move(title);
}


}  // namespace dragoman::cli
