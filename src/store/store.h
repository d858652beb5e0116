// Storage: coded documents and their events in a database a person can query
// (`sqlite3 events.db`, `psql`, `dragoman query`, `dragoman export`).
//
// Two backends share one schema and one write path: an SQLite file (the
// default) and PostgreSQL (a `postgresql://` or `postgres://` location, or a
// libpq keyword string starting "host="/"dbname="). The store adapts
// Documents to rows; stages never call it. Writes happen in transactions the
// caller opens per batch, so a run killed at any moment (even kill -9) leaves
// the store as after its last committed batch, and the next run continues:
// documents already present (by id) are skipped. A Store is used by one
// writer thread at a time.
#ifndef DRAGOMAN_STORE_STORE_H_
#define DRAGOMAN_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "ontology/ontology.h"

namespace dragoman {

// A cell to write: NULL, an integer, a real or a text.
using Value = std::variant<std::monostate, int64_t, double, std::string>;

class Store {
 public:
  // Opens or creates the store at `location`: a PostgreSQL connection
  // (postgresql://..., postgres://..., or libpq "host=... dbname=...") or an
  // SQLite file path.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& location);
  virtual ~Store() = default;

  virtual Status Begin() = 0;
  virtual Status Commit() = 0;

  // True when a document with this id is already stored.
  virtual StatusOr<bool> HasDocument(const std::string& id) = 0;

  // Stores a coded document: the document row, the sentences that hold
  // events, the actors of its events, and its events with evidence, rule,
  // modality, date, place and versions. Replaces an earlier copy.
  Status WriteDocument(const Document& doc, const Ontology& ontology, const std::string& title,
                       const std::string& engine_version, const std::string& lexicon_version);
  // Records an input that could not be coded.
  Status WriteError(const std::string& input, const std::string& reason);

  // Runs a query ("?" placeholders) and returns its rows as strings (NULL as
  // ""); the first row holds the column names.
  virtual StatusOr<std::vector<std::vector<std::string>>> Query(const std::string& sql,
                                                                const std::vector<std::string>& params = {}) = 0;

  // SQL that differs between the backends.
  virtual std::string JoinedText(const std::string& expression) const = 0;  // group_concat / string_agg
  virtual std::string EventIdColumn() const = 0;                            // a stable numeric id
  virtual std::string Round1(const std::string& expression) const = 0;      // round to 1 decimal

 protected:
  // Deletes the rows of `table` whose `key` column equals `value`.
  virtual Status Delete(const char* table, const char* key, const std::string& value) = 0;
  // Inserts one row.
  virtual Status Insert(const char* table, const std::vector<const char*>& columns, const std::vector<Value>& row) = 0;
};

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_STORE_H_
