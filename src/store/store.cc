#include "store/store.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace dragoman {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, date TEXT, title TEXT, bytes INTEGER, sentences INTEGER,
  events INTEGER, engine TEXT, lexicon TEXT, coded_at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE IF NOT EXISTS sentences (
  doc TEXT, idx INTEGER, start INTEGER, end INTEGER, text TEXT, PRIMARY KEY (doc, idx));
CREATE TABLE IF NOT EXISTS actors (
  doc TEXT, mention INTEGER, sentence INTEGER, code TEXT, country TEXT, sector TEXT, title TEXT,
  name TEXT, text TEXT, inferred INTEGER, PRIMARY KEY (doc, mention));
CREATE TABLE IF NOT EXISTS events (
  doc TEXT, idx INTEGER, sentence INTEGER,
  source_code TEXT, source_country TEXT, source_sector TEXT, source_text TEXT,
  target_code TEXT, target_country TEXT, target_sector TEXT, target_text TEXT,
  cameo TEXT, root TEXT, base TEXT, plover TEXT, goldstein REAL, quad INTEGER,
  modality TEXT, date TEXT, place TEXT, place_country TEXT, lat REAL, lon REAL,
  evidence_start INTEGER, evidence_end INTEGER, evidence TEXT, rule TEXT, pattern TEXT,
  engine TEXT, lexicon TEXT, PRIMARY KEY (doc, idx));
CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS events_cameo ON events (cameo);
CREATE TABLE IF NOT EXISTS errors (input TEXT, reason TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP);
)sql";

// A prepared statement. Statements made with a cache slot are prepared once
// per Store and reset after use; the others finalise themselves.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { status_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
  Statement(sqlite3* db, const char* sql, sqlite3_stmt** cache) : cached_(true) {
    if (!*cache) sqlite3_prepare_v2(db, sql, -1, cache, nullptr);
    stmt_ = *cache;
    status_ = stmt_ ? SQLITE_OK : SQLITE_ERROR;
  }
  ~Statement() {
    if (cached_) {
      Reset();
    } else {
      sqlite3_finalize(stmt_);
    }
  }
  bool ok() const { return status_ == SQLITE_OK; }
  Statement& Text(int i, const std::string& s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Int(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Statement& Real(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Statement& Null(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  int Step() { return sqlite3_step(stmt_); }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  sqlite3_stmt* get() { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int status_ = SQLITE_ERROR;
  bool cached_ = false;
};

std::string MentionText(const Document& doc, int32_t i) {
  const Mention& m = doc.mentions[i];
  if (m.token_end <= m.token_begin) return "";
  return std::string(doc.Slice(doc.TokenSpan(m.token_begin, m.token_end)));
}

}  // namespace

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
    std::string message = fmt::format("{}: cannot open the store: {}", path, sqlite3_errmsg(db));
    sqlite3_close(db);
    return InvalidArgument(message);
  }
  sqlite3_busy_timeout(db, 10000);
  std::unique_ptr<Store> store(new Store(db));
  DRAGOMAN_RETURN_IF_ERROR(store->Exec(kSchema));
  return store;
}

Store::~Store() {
  for (sqlite3_stmt* s : cache_) sqlite3_finalize(s);
  sqlite3_close(db_);
}

Status Store::Exec(const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    Status s = DataLoss(fmt::format("store: {}", error ? error : "error"));
    sqlite3_free(error);
    return s;
  }
  return OkStatus();
}

Status Store::Begin() { return Exec("BEGIN IMMEDIATE"); }
Status Store::Commit() { return Exec("COMMIT"); }

StatusOr<bool> Store::HasDocument(const std::string& id) {
  Statement q(db_, "SELECT 1 FROM documents WHERE id = ?", &cache_[0]);
  if (!q.ok()) return DataLoss(fmt::format("store: {}", sqlite3_errmsg(db_)));
  q.Text(1, id);
  return q.Step() == SQLITE_ROW;
}

Status Store::WriteError(const std::string& input, const std::string& reason) {
  Statement q(db_, "INSERT INTO errors (input, reason) VALUES (?, ?)");
  q.Text(1, input).Text(2, reason);
  if (q.Step() != SQLITE_DONE) return DataLoss(fmt::format("store: {}", sqlite3_errmsg(db_)));
  return OkStatus();
}

Status Store::WriteDocument(const Document& doc, const Ontology& ontology, const std::string& title,
                            const std::string& engine_version, const std::string& lexicon_version) {
  auto fail = [&] { return DataLoss(fmt::format("store: document {}: {}", doc.id, sqlite3_errmsg(db_))); };
  Statement d(db_, "INSERT OR REPLACE INTO documents (id, date, title, bytes, sentences, events, engine, lexicon) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", &cache_[1]);
  d.Text(1, doc.id).Text(2, doc.date).Text(3, title).Int(4, static_cast<int64_t>(doc.text.size()));
  d.Int(5, static_cast<int64_t>(doc.sentences.size())).Int(6, static_cast<int64_t>(doc.events.size()));
  d.Text(7, engine_version).Text(8, lexicon_version);
  if (d.Step() != SQLITE_DONE) return fail();
  Statement s(db_, "INSERT OR REPLACE INTO sentences VALUES (?, ?, ?, ?, ?)", &cache_[2]);
  // Only sentences that hold events are stored with their text: a corpus
  // keeps its size, and every event keeps its context.
  std::vector<bool> wanted(doc.sentences.size(), false);
  for (const Event& e : doc.events) wanted[e.sentence] = true;
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    if (!wanted[i]) continue;
    const Sentence& x = doc.sentences[i];
    s.Text(1, doc.id).Int(2, i).Int(3, x.span.begin).Int(4, x.span.end).Text(5, std::string(doc.Slice(x.span)));
    if (s.Step() != SQLITE_DONE) return fail();
    s.Reset();
  }
  Statement a(db_, "INSERT OR REPLACE INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &cache_[3]);
  std::vector<bool> used(doc.mentions.size(), false);
  for (const Event& e : doc.events) {
    if (e.source >= 0) used[e.source] = true;
    if (e.target >= 0) used[e.target] = true;
  }
  for (uint32_t i = 0; i < doc.mentions.size(); ++i) {
    if (!used[i]) continue;
    const Mention& m = doc.mentions[i];
    a.Text(1, doc.id).Int(2, i).Int(3, m.sentence).Text(4, m.actor.code).Text(5, m.actor.country);
    a.Text(6, m.actor.sector).Text(7, m.actor.title).Text(8, m.actor.name).Text(9, MentionText(doc, i));
    a.Int(10, m.inferred_country ? 1 : 0);
    if (a.Step() != SQLITE_DONE) return fail();
    a.Reset();
  }
  Statement ev(db_, "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               &cache_[4]);
  for (uint32_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    const CameoCode* c = ontology.Find(e.cameo);
    ev.Text(1, doc.id).Int(2, i).Int(3, e.sentence);
    int k = 4;
    for (int32_t m : {e.source, e.target}) {
      if (m < 0) {
        for (int j = 0; j < 4; ++j) ev.Null(k++);
        continue;
      }
      const Actor& x = doc.mentions[m].actor;
      ev.Text(k++, x.code).Text(k++, x.country).Text(k++, x.sector).Text(k++, MentionText(doc, m));
    }
    ev.Text(12, e.cameo).Text(13, e.cameo.substr(0, 2)).Text(14, e.cameo.substr(0, 3));
    ev.Text(15, c ? c->plover : "");
    if (c) {
      ev.Real(16, c->goldstein).Int(17, c->quad);
    } else {
      ev.Null(16).Null(17);
    }
    ev.Text(18, std::string(ModalityName(e.modality))).Text(19, e.date.empty() ? doc.date : e.date);
    if (e.place >= 0) {
      const Place& p = doc.places[e.place];
      ev.Text(20, p.name).Text(21, p.country);
      if (p.located) {
        ev.Real(22, p.latitude).Real(23, p.longitude);
      } else {
        ev.Null(22).Null(23);
      }
    } else {
      ev.Null(20).Null(21).Null(22).Null(23);
    }
    ev.Int(24, e.evidence.begin).Int(25, e.evidence.end).Text(26, std::string(doc.Slice(e.evidence)));
    ev.Text(27, fmt::format("{}:{}", e.rule.file, e.rule.line)).Text(28, e.pattern);
    ev.Text(29, engine_version).Text(30, lexicon_version);
    if (ev.Step() != SQLITE_DONE) return fail();
    ev.Reset();
  }
  return OkStatus();
}

StatusOr<std::vector<std::vector<std::string>>> Store::Query(const std::string& sql,
                                                             const std::vector<std::string>& params) {
  Statement q(db_, sql.c_str());
  if (!q.ok()) return InvalidArgument(fmt::format("query: {}", sqlite3_errmsg(db_)));
  for (size_t i = 0; i < params.size(); ++i) q.Text(static_cast<int>(i + 1), params[i]);
  std::vector<std::vector<std::string>> rows;
  const int n = sqlite3_column_count(q.get());
  std::vector<std::string> header;
  for (int i = 0; i < n; ++i) header.emplace_back(sqlite3_column_name(q.get(), i));
  rows.push_back(std::move(header));
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < n; ++i) {
      const unsigned char* t = sqlite3_column_text(q.get(), i);
      row.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
    }
    rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) return DataLoss(fmt::format("query: {}", sqlite3_errmsg(db_)));
  return rows;
}

}  // namespace dragoman
