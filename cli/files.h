// File access for the shells: reading files and locating the engine's data.
#ifndef DRAGOMAN_CLI_FILES_H_
#define DRAGOMAN_CLI_FILES_H_

#include <memory>
#include <string>

#include "core/status.h"
#include "pipeline/pipeline.h"

namespace dragoman::cli {

// Reads a whole file ("-" is standard input).
StatusOr<std::string> ReadFile(const std::string& path);

// The data directory: `flag` if set, else $DRAGOMAN_DATA, else the source
// tree's data/ recorded at build time.
std::string DataDir(const std::string& flag);

// TABARI/PETRARCH-1 dictionaries given on the command line (--verbs,
// --actors, --agents, --discards, --issues). When any is set, they replace
// the native lexicon files.
struct LegacyPaths {
  std::string verbs, actors, agents, discards, issues;
  bool empty() const {
    return verbs.empty() && actors.empty() && agents.empty() && discards.empty() && issues.empty();
  }
};
void SetLegacyDictionaries(const LegacyPaths& paths);

// Reads the legacy dictionaries named in `paths` into `r`, replacing its
// native lexicon files.
Status ReadLegacy(const LegacyPaths& paths, EngineResources* r);

// Reads every resource the engine needs from `data_dir` (lexicon/*.actors,
// *.agents, *.verbs in name order; model/tagger.model; ontology/cameo.tsv)
// and WordNet's verb.exc when installed.
StatusOr<EngineResources> ReadResources(const std::string& data_dir);

// Builds an engine from the data directory; the message names the file.
StatusOr<std::unique_ptr<Engine>> LoadEngine(const std::string& data_dir);

// LoadEngine(DataDir(data_flag)), printing the error on standard error;
// nullptr when it failed.
std::unique_ptr<Engine> LoadEngineOrReport(const std::string& data_flag);

}  // namespace dragoman::cli

#endif  // DRAGOMAN_CLI_FILES_H_
