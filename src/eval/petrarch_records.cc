#include "eval/petrarch_records.h"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>

#include "core/strings.h"
#include "normalize/normalizer.h"

namespace dragoman {
namespace {

std::string Collapse(std::string_view s) { return CollapseRuns(s, " \t\n\r\f\v"); }

// A code as the suite writes it: '"INJURY TOLL"' (a new actor) keeps its
// quotes; codes are upper case.
std::string Code(const char* raw) { return Collapse(raw); }

}  // namespace

StatusOr<ValidationSuite> ParseValidationRecords(std::string_view file, std::string_view xml) {
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
  if (!parsed) {
    return InvalidArgument(fmt::format("{}: byte {}: {}", file, parsed.offset, parsed.description()));
  }
  const pugi::xml_node root = doc.child("Validation");
  if (!root) return InvalidArgument(fmt::format("{}: no <Validation> element", file));
  ValidationSuite suite;
  const pugi::xml_node env = root.child("Environment");
  suite.verbs = Collapse(env.child_value("Verbfile"));
  suite.actors = Collapse(env.child_value("Actorfile"));
  suite.agents = Collapse(env.child_value("Agentfile"));
  suite.discards = Collapse(env.child_value("Discardfile"));
  suite.issues = Collapse(env.child_value("Issuefile"));
  const std::string include = Collapse(env.child_value("Include"));
  size_t pos = 0;
  while (pos < include.size()) {
    size_t sp = include.find(' ', pos);
    if (sp == std::string::npos) sp = include.size();
    suite.include.push_back(include.substr(pos, sp - pos));
    pos = sp + 1;
  }
  const pugi::xml_node sentences = root.child("Sentences");
  if (!sentences) return InvalidArgument(fmt::format("{}: no <Sentences> element", file));
  bool require_dyad = true;
  int new_actor_length = 0;
  for (pugi::xml_node n : sentences.children()) {
    const std::string name = n.name();
    if (name == "Config") {
      const std::string option = n.attribute("option").value();
      const std::string value = LowerAscii(n.attribute("value").value());
      if (option == "require_dyad") require_dyad = value != "false";
      if (option == "new_actor_length") new_actor_length = n.attribute("value").as_int();
      continue;
    }
    if (name != "Sentence") continue;
    ValidationRecord r;
    r.id = n.attribute("id").value();
    r.category = n.attribute("category").value();
    const std::string date = Collapse(n.attribute("date").value());
    if (date.size() != 8) {
      return InvalidArgument(fmt::format("{}: record {}: date '{}' is not YYYYMMDD", file, r.id, date));
    }
    r.date = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
    r.text = Collapse(n.child_value("Text"));
    const bool included =
        suite.include.empty() || std::find(suite.include.begin(), suite.include.end(), r.category) != suite.include.end();
    r.active = LowerAscii(n.attribute("sentence").value()) == "true" && included;
    r.require_dyad = require_dyad;
    r.new_actor_length = new_actor_length;
    for (pugi::xml_node c : n.children("EventCoding")) {
      if (c.attribute("error")) {
        r.error = c.attribute("error").value();
        continue;
      }
      if (c.attribute("noevents")) continue;
      r.expected.emplace(Code(c.attribute("sourcecode").value()), Code(c.attribute("targetcode").value()),
                         Code(c.attribute("eventcode").value()));
    }
    suite.records.push_back(std::move(r));
  }
  return suite;
}

std::set<Coding> CodingsOf(const Document& doc, bool require_dyad) {
  std::set<Coding> out;
  for (const Event& e : doc.events) {
    const std::string source = e.source >= 0 ? doc.mentions[e.source].actor.code : "";
    const std::string target = e.target >= 0 ? doc.mentions[e.target].actor.code : "";
    if (require_dyad && (source.empty() || target.empty())) continue;
    out.emplace(source.empty() ? "---" : source, target.empty() ? "---" : target, e.cameo);
  }
  return out;
}

std::string ErrorOf(const Document& doc) {
  if (!doc.dateline.empty()) return "dateline";
  for (const Discard& d : doc.discards) {
    if (d.sentence < 0) return "storydiscard";
  }
  return doc.discards.empty() ? "" : "sentencediscard";
}

}  // namespace dragoman
