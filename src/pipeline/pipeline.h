// The engine: the loaded resources and the list of stages.
//
// An Engine is built once from bytes (no I/O here; the shells read files)
// and is immutable afterwards: Process may be called from many threads at
// once, each with its own Document.
//
//   auto engine = Engine::Create(resources);      // lexicon, tagger, ontology
//   Document doc{.id = "a1", .date = "2025-05-15", .text = text};
//   (*engine)->Process(&doc);                      // doc.events filled
#ifndef DRAGOMAN_PIPELINE_PIPELINE_H_
#define DRAGOMAN_PIPELINE_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "code/coder.h"
#include "core/document.h"
#include "core/status.h"
#include "legacy/petrarch.h"
#include "lexicon/loader.h"
#include "ontology/ontology.h"
#include "places/gazetteer.h"
#include "tag/tagger.h"

namespace dragoman {

// What an Engine is built from, as bytes with the names used in messages.
struct EngineResources {
  std::vector<LexiconFile> lexicon_files;
  // TABARI/PETRARCH-1 dictionaries (legacy/petrarch.h), read besides or
  // instead of the native files.
  struct Legacy {
    LegacyKind kind;
    LexiconFile file;
  };
  std::vector<Legacy> legacy_files;
  std::string irregular_verbs;   // WordNet verb.exc; may be empty
  LexiconFile tagger_model;
  LexiconFile ontology;
  // GeoNames cities15000.txt and countryInfo.txt; both empty: no places.
  std::string gazetteer_cities;
  std::string gazetteer_countries;
};

class Engine {
 public:
  static StatusOr<std::unique_ptr<Engine>> Create(const EngineResources& resources);

  // Runs every stage on *doc: normalise, tokenise, split, then per sentence
  // markup and resolution, and for sentences holding a pattern anchor also
  // tagging, chunking and coding. Thread-safe.
  void Process(Document* doc) const;

  // Like Process, but tags and chunks every sentence and records why each
  // anchor did or did not code (for `dragoman explain`).
  void Explain(Document* doc, std::vector<CodingTrace>* trace) const;

  const Lexicon& lexicon() const { return *lexicon_; }
  const Ontology& ontology() const { return ontology_; }
  const Tagger& tagger() const { return *tagger_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  // What the legacy readers could not carry over ("FILE:LINE: ...").
  const std::vector<std::string>& notes() const { return notes_; }

 private:
  Engine() = default;
  void Run(Document* doc, bool all_sentences, std::vector<CodingTrace>* trace) const;

  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<Tagger> tagger_;
  Ontology ontology_;
  Gazetteer gazetteer_;
  std::vector<std::string> notes_;
};

}  // namespace dragoman

#endif  // DRAGOMAN_PIPELINE_PIPELINE_H_
