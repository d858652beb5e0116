// Plain-data helpers for the Document: names and the compact test dump.
#include "core/document.h"

namespace dragoman {

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kNegated: return "negated";
    case Modality::kPlanned: return "planned";
    case Modality::kHypothetical: return "hypothetical";
    case Modality::kHistorical: return "historical";
  }
  return "asserted";
}

std::string_view InferenceName(InferenceKind kind) {
  switch (kind) {
    case InferenceKind::kNone: return "";
    case InferenceKind::kPronoun: return "pronoun";
    case InferenceKind::kDescription: return "description";
    case InferenceKind::kTitle: return "title";
    case InferenceKind::kAppositive: return "appositive";
    case InferenceKind::kShortName: return "short_name";
    case InferenceKind::kContextCountry: return "context_country";
    case InferenceKind::kAttachedPlace: return "attached_place";
    case InferenceKind::kDomestic: return "domestic";
  }
  return "";
}

std::string DumpTokens(const Document& doc, const Sentence& sentence) {
  std::string out;
  for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
    const Token& t = doc.tokens[i];
    if (!out.empty()) out += ' ';
    out += t.shape;
    if (t.tag != Tag::kNone) {
      out += '/';
      out += TagName(t.tag);
    }
  }
  return out;
}

}  // namespace dragoman
