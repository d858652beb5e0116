// libFuzzer target: arbitrary bytes through the whole text pipeline
// (normalise, tokenise, split, tag, chunk, markup, resolve, code) with the
// real lexicon and model. Checks the Document invariants on every input.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/pipeline.h"

namespace {

std::string Read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const dragoman::Engine* LoadEngine() {
  namespace fs = std::filesystem;
  const fs::path data = DRAGOMAN_DATA_DIR;
  dragoman::EngineResources r;
  for (const auto& e : fs::directory_iterator(data / "lexicon")) {
    const std::string ext = e.path().extension().string();
    if (ext == ".actors" || ext == ".agents" || ext == ".verbs") {
      r.lexicon_files.push_back({e.path().filename().string(), Read(e.path())});
    }
  }
  r.irregular_verbs = Read("/usr/share/wordnet/verb.exc");
  r.tagger_model = {"tagger.model", Read(data / "model" / "tagger.model")};
  r.ontology = {"cameo.tsv", Read(data / "ontology" / "cameo.tsv")};
  auto engine = dragoman::Engine::Create(r);
  if (!engine.ok()) abort();
  return engine->release();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const dragoman::Engine* engine = LoadEngine();
  dragoman::Document doc;
  doc.id = "fuzz";
  doc.date = "2025-05-15";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  engine->Process(&doc);
  for (const dragoman::Token& t : doc.tokens) {
    if (t.span.begin > t.span.end || t.span.end > doc.text.size()) abort();
  }
  for (const dragoman::Event& e : doc.events) {
    if (e.evidence.begin > e.evidence.end || e.evidence.end > doc.text.size()) abort();
    if (e.source < 0 || e.source >= static_cast<int32_t>(doc.mentions.size())) abort();
    if (e.target >= static_cast<int32_t>(doc.mentions.size())) abort();
  }
  return 0;
}
