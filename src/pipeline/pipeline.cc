#include "pipeline/pipeline.h"

#include <algorithm>

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
  auto lexicon = std::make_unique<Lexicon>();
  lexicon->AddIrregulars(resources.irregular_verbs);
  for (const LexiconFile& f : resources.lexicon_files) {
    DRAGOMAN_RETURN_IF_ERROR(lexicon->AddFile(f.name, f.bytes));
  }
  for (const EngineResources::Legacy& l : resources.legacy_files) {
    DRAGOMAN_RETURN_IF_ERROR(AddLegacyFile(lexicon.get(), l.kind, l.file.name, l.file.bytes, &engine->notes_));
  }
  DRAGOMAN_RETURN_IF_ERROR(lexicon->Finish());
  engine->lexicon_ = std::move(lexicon);
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
  FindDiscards(*lexicon_, doc);
  const bool story_discarded = std::any_of(doc->discards.begin(), doc->discards.end(),
                                           [](const Discard& d) { return d.sentence < 0; });
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    // Most sentences of a news corpus hold no pattern anchor, or no actor,
    // agent or pronoun to be a source: they only need their mentions, for
    // pronouns in later sentences.
    const bool discarded = story_discarded || std::any_of(doc->discards.begin(), doc->discards.end(),
                                                          [&](const Discard& d) { return d.sentence == static_cast<int32_t>(s); });
    MarkupSentence(*lexicon_, doc, s);
    const bool mentions = (!doc->mentions.empty() && doc->mentions.back().sentence == s) ||
                          (lexicon_->conventions() != Conventions::kPetrarch && NamesTwoParties(*doc, s));
    const bool code = !discarded && (all_sentences || (mentions && SentenceMayCode(*lexicon_, *doc, s)));
    if (code) {
      tagger_->TagSentence(doc, doc->sentences[s]);
      TagNames(*lexicon_, doc, s);
      ChunkSentence(doc, s);
    }
    ResolveSentence(doc, s, lexicon_->conventions());
    if (code) CodeSentence(*lexicon_, doc, s, trace);
  }
  DateEvents(doc);
  FindPlaces(gazetteer_, doc);
}

}  // namespace dragoman
