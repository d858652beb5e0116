// The store commands of the shell: ingest, errors, export, query.
#ifndef DRAGOMAN_CLI_INGEST_H_
#define DRAGOMAN_CLI_INGEST_H_

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "store/exports.h"

namespace dragoman::cli {

struct StoreOptions {
  std::string data;
  std::string db = "events.db";
  std::string date;
  bool jsonl = false;
  bool quiet = false;
  bool dedup = false;
  int threads = 2;
  std::vector<std::string> inputs;
  std::string format = "table";
  std::string summary;
  EventFilter filter;
};

// Adds `ingest`, `errors`, `export` and `query` to `app`; returns a function
// that runs whichever was chosen (or -1 if none was).
std::function<int()> AddStoreCommands(CLI::App* app, StoreOptions* options);

}  // namespace dragoman::cli

#endif  // DRAGOMAN_CLI_INGEST_H_
