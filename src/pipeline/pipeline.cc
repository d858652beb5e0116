#include "pipeline/pipeline.h"

#include "chunk/chunker.h"
#include "dates/dates.h"
#include "places/places.h"
#include "markup/markup.h"
#include "normalize/normalizer.h"
#include "resolve/resolver.h"
#include "segment/sentence_splitter.h"
#include "segment/tokenizer.h"

namespace dragoman {

StatusOr<std::unique_ptr<Engine>> Engine::Create(const EngineResources& resources) {
  std::unique_ptr<Engine> engine(new Engine());
  StatusOr<std::unique_ptr<Lexicon>> lexicon =
      LoadLexicon(resources.lexicon_files, resources.irregular_verbs);
  if (!lexicon.ok()) return lexicon.status();
  engine->lexicon_ = std::move(*lexicon);
  StatusOr<Tagger> tagger = Tagger::Load(resources.tagger_model.bytes, resources.tagger_model.name);
  if (!tagger.ok()) return tagger.status();
  engine->tagger_ = std::make_unique<Tagger>(std::move(*tagger));
  DRAGOMAN_RETURN_IF_ERROR(engine->ontology_.Parse(resources.ontology.name, resources.ontology.bytes));
  if (!resources.gazetteer_cities.empty()) {
    DRAGOMAN_RETURN_IF_ERROR(engine->gazetteer_.Parse(resources.gazetteer_cities, resources.gazetteer_countries));
  }
  return engine;
}

void Engine::Process(Document* doc) const { Run(doc, false, nullptr); }

void Engine::Explain(Document* doc, std::vector<CodingTrace>* trace) const { Run(doc, true, trace); }

void Engine::Run(Document* doc, bool all_sentences, std::vector<CodingTrace>* trace) const {
  NormalizedText norm;
  Normalize(doc, &norm);
  Tokenize(norm, doc);
  SplitSentences(doc);
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    // Most sentences of a news corpus hold no pattern anchor: they only need
    // their mentions, for pronouns in later sentences.
    const bool code = all_sentences || SentenceMayCode(*lexicon_, *doc, s);
    if (code) {
      tagger_->TagSentence(doc, doc->sentences[s]);
      ChunkSentence(doc, s);
    }
    MarkupSentence(*lexicon_, doc, s);
    ResolveSentence(doc, s);
    if (code) CodeSentence(*lexicon_, doc, s, trace);
  }
  DateEvents(doc);
  FindPlaces(gazetteer_, doc);
}

}  // namespace dragoman
