#include "store/postgres_store.h"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <map>
#include <optional>

namespace dragoman {
namespace {

// Concurrent first opens (parallel tests, two ingests) would race in CREATE
// TABLE IF NOT EXISTS; an advisory lock makes them take turns.
constexpr const char* kSchema = R"sql(
SET client_min_messages = warning;
BEGIN;
SELECT pg_advisory_xact_lock(7446247);
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, date TEXT, title TEXT, bytes BIGINT, sentences BIGINT,
  events BIGINT, engine TEXT, lexicon TEXT, coded_at TEXT DEFAULT to_char(now(), 'YYYY-MM-DD HH24:MI:SS'));
CREATE TABLE IF NOT EXISTS sentences (
  doc TEXT, idx BIGINT, start BIGINT, end_ BIGINT, text TEXT, PRIMARY KEY (doc, idx));
CREATE TABLE IF NOT EXISTS actors (
  doc TEXT, mention BIGINT, sentence BIGINT, code TEXT, country TEXT, sector TEXT, title TEXT,
  name TEXT, text TEXT, inferred BIGINT, PRIMARY KEY (doc, mention));
CREATE TABLE IF NOT EXISTS events (
  rid BIGSERIAL, doc TEXT, idx BIGINT, sentence BIGINT,
  source_code TEXT, source_country TEXT, source_sector TEXT, source_text TEXT,
  target_code TEXT, target_country TEXT, target_sector TEXT, target_text TEXT,
  cameo TEXT, root TEXT, base TEXT, plover TEXT, goldstein DOUBLE PRECISION, quad BIGINT,
  modality TEXT, date TEXT, place TEXT, place_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
  evidence_start BIGINT, evidence_end BIGINT, evidence TEXT, rule TEXT, pattern TEXT,
  engine TEXT, lexicon TEXT, PRIMARY KEY (doc, idx));
CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS events_cameo ON events (cameo);
CREATE TABLE IF NOT EXISTS errors (input TEXT, reason TEXT, at TEXT DEFAULT to_char(now(), 'YYYY-MM-DD HH24:MI:SS'));
COMMIT;
)sql";

// "?" placeholders become "$1", "$2", ... (outside quoted strings).
std::string Numbered(const std::string& sql) {
  std::string out;
  int n = 0;
  bool quoted = false;
  for (char c : sql) {
    if (c == '\'') quoted = !quoted;
    if (c == '?' && !quoted) {
      out += fmt::format("${}", ++n);
    } else {
      out += c;
    }
  }
  return out;
}

class PostgresStore : public Store {
 public:
  explicit PostgresStore(PGconn* conn) : conn_(conn) {}
  ~PostgresStore() override { PQfinish(conn_); }

  Status Init() { return Exec(kSchema); }
  Status Begin() override { return Exec("BEGIN"); }
  Status Commit() override { return Exec("COMMIT"); }

  StatusOr<bool> HasDocument(const std::string& id) override {
    auto rows = Query("SELECT 1 FROM documents WHERE id = ?", {id});
    if (!rows.ok()) return rows.status();
    return rows->size() > 1;
  }

  StatusOr<std::vector<std::vector<std::string>>> Query(const std::string& sql,
                                                        const std::vector<std::string>& params) override {
    std::vector<const char*> values;
    for (const std::string& p : params) values.push_back(p.c_str());
    PGresult* r = PQexecParams(conn_, Numbered(sql).c_str(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0);
    if (PQresultStatus(r) != PGRES_TUPLES_OK && PQresultStatus(r) != PGRES_COMMAND_OK) {
      Status s = InvalidArgument(fmt::format("query: {}", PQresultErrorMessage(r)));
      PQclear(r);
      return s;
    }
    std::vector<std::vector<std::string>> rows;
    const int n = PQnfields(r);
    std::vector<std::string> header;
    for (int i = 0; i < n; ++i) header.emplace_back(PQfname(r, i));
    rows.push_back(std::move(header));
    for (int k = 0; k < PQntuples(r); ++k) {
      std::vector<std::string> row;
      for (int i = 0; i < n; ++i) row.emplace_back(PQgetisnull(r, k, i) ? "" : PQgetvalue(r, k, i));
      rows.push_back(std::move(row));
    }
    PQclear(r);
    return rows;
  }

  std::string JoinedText(const std::string& e) const override { return "string_agg(" + e + ", ' ')"; }
  std::string EventIdColumn() const override { return "e.rid"; }
  std::string Round1(const std::string& e) const override { return "round(CAST(" + e + " AS numeric), 1)"; }

 protected:
  Status Delete(const char* table, const char* key, const std::string& value) override {
    return Run(fmt::format("DELETE FROM {} WHERE {} = $1", table, key),
               std::vector<std::optional<std::string>>{value});
  }

  Status Insert(const char* table, const std::vector<const char*>& columns, const std::vector<Value>& row) override {
    std::string sql = fmt::format("INSERT INTO {} (", table);
    for (size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + std::string(columns[i]);
    sql += ") VALUES (";
    for (size_t i = 0; i < columns.size(); ++i) sql += fmt::format("{}${}", i ? ", " : "", i + 1);
    sql += ")";
    std::vector<std::optional<std::string>> values;
    for (const Value& v : row) {
      if (const auto* s = std::get_if<std::string>(&v)) {
        values.emplace_back(*s);
      } else if (const auto* n = std::get_if<int64_t>(&v)) {
        values.emplace_back(std::to_string(*n));
      } else if (const auto* d = std::get_if<double>(&v)) {
        values.emplace_back(fmt::format("{}", *d));
      } else {
        values.emplace_back(std::nullopt);
      }
    }
    return Run(sql, values);
  }

 private:
  Status Exec(const char* sql) {
    PGresult* r = PQexec(conn_, sql);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    Status s = ok ? OkStatus() : DataLoss(fmt::format("store: {}", PQresultErrorMessage(r)));
    PQclear(r);
    return s;
  }

  // Runs a statement with parameters, preparing it once per connection.
  Status Run(const std::string& sql, const std::vector<std::optional<std::string>>& values) {
    auto it = prepared_.find(sql);
    if (it == prepared_.end()) {
      const std::string name = fmt::format("s{}", prepared_.size());
      PGresult* p = PQprepare(conn_, name.c_str(), sql.c_str(), static_cast<int>(values.size()), nullptr);
      const bool ok = PQresultStatus(p) == PGRES_COMMAND_OK;
      Status s = ok ? OkStatus() : DataLoss(fmt::format("store: {}", PQresultErrorMessage(p)));
      PQclear(p);
      if (!ok) return s;
      it = prepared_.emplace(sql, name).first;
    }
    std::vector<const char*> raw;
    for (const auto& v : values) raw.push_back(v ? v->c_str() : nullptr);
    PGresult* r = PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(raw.size()), raw.data(), nullptr,
                                 nullptr, 0);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    Status s = ok ? OkStatus() : DataLoss(fmt::format("store: {}", PQresultErrorMessage(r)));
    PQclear(r);
    return s;
  }

  PGconn* conn_;
  std::map<std::string, std::string> prepared_;
};

}  // namespace

StatusOr<std::unique_ptr<Store>> OpenPostgresStore(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = fmt::format("PostgreSQL: cannot connect: {}", PQerrorMessage(conn));
    PQfinish(conn);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return InvalidArgument(message);
  }
  auto store = std::make_unique<PostgresStore>(conn);
  DRAGOMAN_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dragoman
