// The write path both backends share: a Document becomes rows.
#include "store/store.h"

#include <fmt/format.h>

#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace dragoman {
namespace {

std::string MentionText(const Document& doc, int32_t i) {
  const Mention& m = doc.mentions[i];
  if (m.token_end <= m.token_begin) return "";
  return std::string(doc.Slice(doc.TokenSpan(m.token_begin, m.token_end)));
}

bool IsPostgres(const std::string& location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0 ||
         location.rfind("host=", 0) == 0 || location.rfind("dbname=", 0) == 0;
}

}  // namespace

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& location) {
  if (IsPostgres(location)) return OpenPostgresStore(location);
  return OpenSqliteStore(location);
}

Status Store::WriteError(const std::string& input, const std::string& reason) {
  return Insert("errors", {"input", "reason"}, {input, reason});
}

Status Store::WriteDocument(const Document& doc, const Ontology& ontology, const std::string& title,
                            const std::string& engine_version, const std::string& lexicon_version) {
  for (const char* table : {"events", "actors", "sentences"}) DRAGOMAN_RETURN_IF_ERROR(Delete(table, "doc", doc.id));
  DRAGOMAN_RETURN_IF_ERROR(Delete("documents", "id", doc.id));
  DRAGOMAN_RETURN_IF_ERROR(Insert(
      "documents", {"id", "date", "title", "bytes", "sentences", "events", "engine", "lexicon"},
      {doc.id, doc.date, title, static_cast<int64_t>(doc.text.size()), static_cast<int64_t>(doc.sentences.size()),
       static_cast<int64_t>(doc.events.size()), engine_version, lexicon_version}));
  // Only sentences that hold events are stored with their text: a corpus
  // keeps its size, and every event keeps its context.
  std::vector<bool> wanted(doc.sentences.size(), false);
  for (const Event& e : doc.events) wanted[e.sentence] = true;
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    if (!wanted[i]) continue;
    const Sentence& x = doc.sentences[i];
    DRAGOMAN_RETURN_IF_ERROR(Insert("sentences", {"doc", "idx", "start", "end_", "text"},
                                    {doc.id, int64_t{i}, int64_t{x.span.begin}, int64_t{x.span.end},
                                     std::string(doc.Slice(x.span))}));
  }
  std::vector<bool> used(doc.mentions.size(), false);
  for (const Event& e : doc.events) {
    if (e.source >= 0) used[e.source] = true;
    if (e.target >= 0) used[e.target] = true;
  }
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    if (!used[i]) continue;
    const Mention& m = doc.mentions[i];
    DRAGOMAN_RETURN_IF_ERROR(Insert(
        "actors", {"doc", "mention", "sentence", "code", "country", "sector", "title", "name", "text", "inferred"},
        {doc.id, int64_t{i}, int64_t{m.sentence}, m.actor.code, m.actor.country, m.actor.sector, m.actor.title,
         m.actor.name, MentionText(doc, i), int64_t{m.inferred.by != InferenceKind::kNone ? 1 : 0}}));
  }
  static const std::vector<const char*> kEventColumns = {
      "doc", "idx", "sentence", "source_code", "source_country", "source_sector", "source_text", "target_code",
      "target_country", "target_sector", "target_text", "cameo", "root", "base", "plover", "goldstein", "quad",
      "modality", "date", "place", "place_country", "lat", "lon", "evidence_start", "evidence_end", "evidence",
      "rule", "pattern", "engine", "lexicon"};
  for (uint32_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    const CameoCode* c = ontology.Find(e.cameo);
    std::vector<Value> row = {doc.id, int64_t{i}, int64_t{e.sentence}};
    for (int32_t m : {e.source, e.target}) {
      if (m < 0) {
        row.insert(row.end(), 4, std::monostate());
        continue;
      }
      const Actor& x = doc.mentions[m].actor;
      row.insert(row.end(), {x.code, x.country, x.sector, MentionText(doc, m)});
    }
    row.insert(row.end(), {e.cameo, e.cameo.substr(0, 2), e.cameo.substr(0, 3), c ? c->plover : std::string()});
    row.push_back(c ? Value(c->goldstein) : Value());
    row.push_back(c ? Value(int64_t{c->quad}) : Value());
    row.push_back(std::string(ModalityName(e.modality)));
    row.push_back(e.date.empty() ? doc.date : e.date);
    if (e.place >= 0) {
      const Place& p = doc.places[e.place];
      row.insert(row.end(), {p.name, p.country});
      row.push_back(p.located ? Value(p.latitude) : Value());
      row.push_back(p.located ? Value(p.longitude) : Value());
    } else {
      row.insert(row.end(), 4, std::monostate());
    }
    row.insert(row.end(), {int64_t{e.evidence.begin}, int64_t{e.evidence.end}, std::string(doc.Slice(e.evidence)),
                           fmt::format("{}:{}", e.rule.file, e.rule.line), e.pattern, engine_version,
                           lexicon_version});
    DRAGOMAN_RETURN_IF_ERROR(Insert("events", kEventColumns, row));
  }
  return OkStatus();
}

}  // namespace dragoman
