#include "test_resources.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace dragoman::testing_support {

namespace fs = std::filesystem;

std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<LexiconFile> LexiconFilesIn(const fs::path& dir) {
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(dir)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<LexiconFile> files;
  for (const fs::path& p : paths) {
    const std::string ext = p.extension().string();
    if (ext == ".actors" || ext == ".agents" || ext == ".verbs") files.push_back({p.filename().string(), ReadBytes(p)});
  }
  return files;
}

EngineResources Resources(const fs::path& lexicon_dir, bool gazetteer) {
  const fs::path data(DRAGOMAN_DATA_DIR);
  EngineResources r;
  r.lexicon_files = LexiconFilesIn(lexicon_dir.empty() ? data / "lexicon" : lexicon_dir);
  r.irregular_verbs = ReadBytes("/usr/share/wordnet/verb.exc");
  r.tagger_model = {"tagger.model", ReadBytes(data / "model" / "tagger.model")};
  r.ontology = {"cameo.tsv", ReadBytes(data / "ontology" / "cameo.tsv")};
  if (gazetteer) {
    r.gazetteer_cities = ReadBytes("/usr/share/libtimezonemap/ui/cities15000.txt");
    r.gazetteer_countries = ReadBytes("/usr/share/libtimezonemap/ui/countryInfo.txt");
  }
  return r;
}

const Engine& SharedEngine() {
  static const Engine* engine = [] {
    StatusOr<std::unique_ptr<Engine>> made = Engine::Create(Resources({}, true));
    EXPECT_TRUE(made.ok()) << made.status().message();
    return made.ok() ? made->release() : nullptr;
  }();
  return *engine;
}

}  // namespace dragoman::testing_support
