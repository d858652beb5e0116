#include "cli/files.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace dragoman::cli {

namespace fs = std::filesystem;

StatusOr<std::string> ReadFile(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(fmt::format("{}: cannot open file", path));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return DataLoss(fmt::format("{}: read error", path));
  return bytes;
}

std::string DataDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("DRAGOMAN_DATA"); env && *env) return env;
  return DRAGOMAN_DATA_DIR;
}

namespace {
LegacyPaths g_legacy;
}  // namespace

void SetLegacyDictionaries(const LegacyPaths& paths) { g_legacy = paths; }

Status ReadLegacy(const LegacyPaths& paths, EngineResources* r) {
  r->lexicon_files.clear();
  r->legacy_files.clear();
  const std::pair<LegacyKind, const std::string*> files[] = {
      {LegacyKind::kActors, &paths.actors},     {LegacyKind::kAgents, &paths.agents},
      {LegacyKind::kVerbs, &paths.verbs},       {LegacyKind::kDiscards, &paths.discards},
      {LegacyKind::kIssues, &paths.issues}};
  for (const auto& [kind, path] : files) {
    if (path->empty()) continue;
    StatusOr<std::string> bytes = ReadFile(*path);
    if (!bytes.ok()) return bytes.status();
    r->legacy_files.push_back({kind, {fs::path(*path).filename().string(), std::move(*bytes)}});
  }
  return OkStatus();
}

StatusOr<EngineResources> ReadResources(const std::string& data_dir) {
  EngineResources r;
  const fs::path lexicon_dir = fs::path(data_dir) / "lexicon";
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(lexicon_dir, ec)) {
    const std::string ext = entry.path().extension().string();
    if (ext == ".actors" || ext == ".agents" || ext == ".verbs") files.push_back(entry.path());
  }
  if (ec) return NotFound(fmt::format("{}: cannot list lexicon directory ({})", lexicon_dir.string(), ec.message()));
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    StatusOr<std::string> bytes = ReadFile(f.string());
    if (!bytes.ok()) return bytes.status();
    r.lexicon_files.push_back({f.filename().string(), std::move(*bytes)});
  }
  for (const char* wn : {"/usr/share/wordnet/verb.exc"}) {
    StatusOr<std::string> bytes = ReadFile(wn);
    if (bytes.ok()) r.irregular_verbs = std::move(*bytes);
  }
  // The gazetteer is optional: without Debian's libtimezonemap-data events
  // have no places.
  const fs::path geonames = "/usr/share/libtimezonemap/ui";
  StatusOr<std::string> cities = ReadFile((geonames / "cities15000.txt").string());
  StatusOr<std::string> countries = ReadFile((geonames / "countryInfo.txt").string());
  if (cities.ok() && countries.ok()) {
    r.gazetteer_cities = std::move(*cities);
    r.gazetteer_countries = std::move(*countries);
  }
  const std::string model = (fs::path(data_dir) / "model" / "tagger.model").string();
  StatusOr<std::string> model_bytes = ReadFile(model);
  if (!model_bytes.ok()) return model_bytes.status();
  r.tagger_model = {"tagger.model", std::move(*model_bytes)};
  const std::string ontology = (fs::path(data_dir) / "ontology" / "cameo.tsv").string();
  StatusOr<std::string> ontology_bytes = ReadFile(ontology);
  if (!ontology_bytes.ok()) return ontology_bytes.status();
  r.ontology = {"cameo.tsv", std::move(*ontology_bytes)};
  return r;
}

StatusOr<std::unique_ptr<Engine>> LoadEngine(const std::string& data_dir) {
  StatusOr<EngineResources> r = ReadResources(data_dir);
  if (!r.ok()) return r.status();
  if (!g_legacy.empty()) DRAGOMAN_RETURN_IF_ERROR(ReadLegacy(g_legacy, &*r));
  return Engine::Create(*r);
}

std::unique_ptr<Engine> LoadEngineOrReport(const std::string& data_flag) {
  StatusOr<std::unique_ptr<Engine>> engine = LoadEngine(DataDir(data_flag));
  if (!engine.ok()) {
    std::cerr << "dragoman: " << engine.status().message() << '\n';
    return nullptr;
  }
  for (const std::string& note : (*engine)->notes()) std::cerr << "dragoman: note: " << note << '\n';
  return std::move(*engine);
}

}  // namespace dragoman::cli
