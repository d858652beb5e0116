// Storage: coded documents and their events in an SQLite file, the store a
// person can query (`sqlite3 events.db`, `dragoman query`, `dragoman export`).
//
// The store adapts Documents to tables; stages never call it. Writes happen in
// transactions that the caller opens per batch, so a run killed at any moment
// (even kill -9) leaves the store as after its last committed batch, and the
// next run continues: documents already present (by id) are skipped. One
// Store per thread; SQLite serialises writers.
#ifndef DRAGOMAN_STORE_STORE_H_
#define DRAGOMAN_STORE_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "ontology/ontology.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dragoman {

class Store {
 public:
  // Opens or creates the store at `path` (an SQLite file).
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();

  Status Begin();
  Status Commit();

  // True when a document with this id is already stored.
  StatusOr<bool> HasDocument(const std::string& id);
  // Stores a coded document: the document row, its sentences, actors and
  // events with evidence, rule, modality, date, place and versions.
  Status WriteDocument(const Document& doc, const Ontology& ontology, const std::string& title,
                       const std::string& engine_version, const std::string& lexicon_version);
  // Records an input that could not be coded.
  Status WriteError(const std::string& input, const std::string& reason);

  // Runs a query and returns its rows as strings (NULL as ""); the first
  // row holds the column names.
  StatusOr<std::vector<std::vector<std::string>>> Query(const std::string& sql,
                                                        const std::vector<std::string>& params = {});

  sqlite3* handle() { return db_; }

 private:
  explicit Store(sqlite3* db) : db_(db) {}
  Status Exec(const char* sql);
  sqlite3* db_;
  sqlite3_stmt* cache_[5] = {};  // prepared once: lookup, document, sentence, actor, event
};

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_STORE_H_
