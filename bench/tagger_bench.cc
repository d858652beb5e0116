// Tagger throughput (tokens/s, one thread) and model load time.
//
//   tagger_bench [--benchmark_filter=...]   (main comes from benchmark_main)
// Reads DRAGOMAN_DATA_DIR "/model/tagger.model" (default "data/...").
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/document.h"
#include "tag/tagger.h"

#ifndef DRAGOMAN_DATA_DIR
#define DRAGOMAN_DATA_DIR "data"
#endif

namespace dragoman {
namespace {

constexpr char kModelPath[] = DRAGOMAN_DATA_DIR "/model/tagger.model";

// News-style sentences, tokenized as Dragoman's tokenizer does.
constexpr const char* kSentences[] = {
    "Ukrainian President Volodymyr Zelenskyy met Turkish President Recep Tayyip Erdogan in "
    "Ankara on Tuesday to discuss a possible ceasefire .",
    "Kyiv accused Moscow of shelling civilian areas overnight , officials said .",
    "China 's foreign ministry said Beijing would not accept the new sanctions .",
    "Israeli troops killed three Palestinians in the West Bank , the Palestinian health "
    "ministry said .",
    "Iran and Saudi Arabia agreed to restore diplomatic ties after years of hostility .",
    "NATO leaders pledged more military aid to Ukraine at a summit in Vilnius .",
    "The talks were expected to resume next week in Geneva , a U.N. spokesman said .",
    "Hamas did n't respond to the latest ceasefire proposal , according to Egyptian mediators .",
    "Protesters clashed with police in Tehran for a third day on Saturday .",
    "North Korea fired a ballistic missile into the sea , South Korea 's military said .",
};

std::string ReadModel() {
  std::ifstream in(kModelPath, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<std::vector<std::string>> Corpus() {
  std::vector<std::vector<std::string>> out;
  for (const char* s : kSentences) {
    std::istringstream in(s);
    out.emplace_back();
    for (std::string w; in >> w;) out.back().push_back(w);
  }
  return out;
}

// A document holding every sentence, as the pipeline hands it to the tagger.
Document MakeDocument(const std::vector<std::vector<std::string>>& corpus) {
  Document doc;
  for (const auto& words : corpus) {
    Sentence s;
    s.token_begin = static_cast<uint32_t>(doc.tokens.size());
    for (const std::string& w : words) {
      Token t;
      t.shape = w;
      doc.tokens.push_back(t);
    }
    s.token_end = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(s);
  }
  return doc;
}

void BM_Load(benchmark::State& state) {
  const std::string bytes = ReadModel();
  for (auto _ : state) {
    StatusOr<Tagger> tagger = Tagger::Load(bytes, kModelPath);
    if (!tagger.ok()) state.SkipWithError(tagger.status().message().c_str());
    benchmark::DoNotOptimize(tagger);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes.size()));
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

void BM_TagSentence(benchmark::State& state) {
  StatusOr<Tagger> tagger = Tagger::Load(ReadModel(), kModelPath);
  if (!tagger.ok()) {
    state.SkipWithError(tagger.status().message().c_str());
    return;
  }
  Document doc = MakeDocument(Corpus());
  for (auto _ : state) {
    for (const Sentence& s : doc.sentences) tagger->TagSentence(&doc, s);
    benchmark::ClobberMemory();
  }
  state.counters["tokens/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * doc.tokens.size()), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * doc.sentences.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagSentence);

}  // namespace
}  // namespace dragoman
