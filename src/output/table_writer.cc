#include "output/table_writer.h"

#include <fmt/format.h>

#include "normalize/normalizer.h"
#include "output/json_writer.h"

namespace dragoman {

void AppendEventsTable(const Document& doc, const Ontology& ontology, std::string* out) {
  for (const Event& e : doc.events) {
    const std::string source = e.source >= 0 ? doc.mentions[e.source].actor.code : "-";
    const std::string target = e.target >= 0 ? doc.mentions[e.target].actor.code : "-";
    std::string evidence = ValidUtf8(doc.Slice(e.evidence));
    for (char& c : evidence) {
      if (c == '\n' || c == '\t') c = ' ';
    }
    const std::string place = e.place >= 0 ? " @" + doc.places[e.place].name : "";
    *out += fmt::format("{}  s{:<3} {:>9} -> {:<9} {:<4} {:<10} {:<12} {:<10}{}  \"{}\"  [{}:{}]\n", doc.id,
                        e.sentence, source, target, e.cameo, PloverOf(ontology, e.cameo),
                        ModalityName(e.modality), e.date.empty() ? doc.date : e.date, place, evidence,
                        e.rule.file, e.rule.line);
  }
}

}  // namespace dragoman
