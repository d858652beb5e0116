#include "store/sqlite_store.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <map>

namespace dragoman {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, date TEXT, title TEXT, bytes INTEGER, sentences INTEGER,
  events INTEGER, engine TEXT, lexicon TEXT, coded_at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE IF NOT EXISTS sentences (
  doc TEXT, idx INTEGER, start INTEGER, end_ INTEGER, text TEXT, PRIMARY KEY (doc, idx));
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

class SqliteStore : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  ~SqliteStore() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  Status Init() { return Exec(kSchema); }
  Status Begin() override { return Exec("BEGIN IMMEDIATE"); }
  Status Commit() override { return Exec("COMMIT"); }

  StatusOr<bool> HasDocument(const std::string& id) override {
    sqlite3_stmt* q = Prepared("SELECT 1 FROM documents WHERE id = ?");
    if (!q) return Error();
    sqlite3_bind_text(q, 1, id.data(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
    const bool found = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_reset(q);
    return found;
  }

  StatusOr<std::vector<std::vector<std::string>>> Query(const std::string& sql,
                                                        const std::vector<std::string>& params) override {
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &q, nullptr) != SQLITE_OK) {
      return InvalidArgument(fmt::format("query: {}", sqlite3_errmsg(db_)));
    }
    for (size_t i = 0; i < params.size(); ++i) {
      sqlite3_bind_text(q, static_cast<int>(i + 1), params[i].data(), static_cast<int>(params[i].size()),
                        SQLITE_TRANSIENT);
    }
    std::vector<std::vector<std::string>> rows;
    const int n = sqlite3_column_count(q);
    std::vector<std::string> header;
    for (int i = 0; i < n; ++i) header.emplace_back(sqlite3_column_name(q, i));
    rows.push_back(std::move(header));
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int i = 0; i < n; ++i) {
        const unsigned char* t = sqlite3_column_text(q, i);
        row.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
      }
      rows.push_back(std::move(row));
    }
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE) return DataLoss(fmt::format("query: {}", sqlite3_errmsg(db_)));
    return rows;
  }

  std::string JoinedText(const std::string& e) const override { return "group_concat(" + e + ", ' ')"; }
  std::string EventIdColumn() const override { return "e.rowid"; }
  std::string Round1(const std::string& e) const override { return "round(" + e + ", 1)"; }

 protected:
  Status Delete(const char* table, const char* key, const std::string& value) override {
    sqlite3_stmt* q = Prepared(fmt::format("DELETE FROM {} WHERE {} = ?", table, key));
    if (!q) return Error();
    sqlite3_bind_text(q, 1, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? OkStatus() : Error();
  }

  Status Insert(const char* table, const std::vector<const char*>& columns, const std::vector<Value>& row) override {
    std::string sql = fmt::format("INSERT INTO {} (", table);
    for (size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + std::string(columns[i]);
    sql += ") VALUES (";
    for (size_t i = 0; i < columns.size(); ++i) sql += i ? ", ?" : "?";
    sql += ")";
    sqlite3_stmt* q = Prepared(sql);
    if (!q) return Error();
    for (size_t i = 0; i < row.size(); ++i) {
      const int k = static_cast<int>(i + 1);
      if (const auto* s = std::get_if<std::string>(&row[i])) {
        sqlite3_bind_text(q, k, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
      } else if (const auto* n = std::get_if<int64_t>(&row[i])) {
        sqlite3_bind_int64(q, k, *n);
      } else if (const auto* d = std::get_if<double>(&row[i])) {
        sqlite3_bind_double(q, k, *d);
      } else {
        sqlite3_bind_null(q, k);
      }
    }
    const int rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return rc == SQLITE_DONE ? OkStatus() : Error();
  }

 private:
  Status Exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
      Status s = DataLoss(fmt::format("store: {}", error ? error : "error"));
      sqlite3_free(error);
      return s;
    }
    return OkStatus();
  }

  Status Error() const { return DataLoss(fmt::format("store: {}", sqlite3_errmsg(db_))); }

  // Statements are prepared once per store.
  sqlite3_stmt* Prepared(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &q, nullptr) != SQLITE_OK) return nullptr;
    cache_[sql] = q;
    return q;
  }

  sqlite3* db_;
  std::map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

StatusOr<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
    std::string message = fmt::format("{}: cannot open the store: {}", path, sqlite3_errmsg(db));
    sqlite3_close(db);
    return InvalidArgument(message);
  }
  sqlite3_busy_timeout(db, 10000);
  auto store = std::make_unique<SqliteStore>(db);
  DRAGOMAN_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dragoman
