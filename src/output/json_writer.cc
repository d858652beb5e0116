#include "output/json_writer.h"

#include <fmt/format.h>

#include "normalize/normalizer.h"
#include "resolve/resolver.h"

namespace dragoman {

void AppendJsonString(std::string_view s, std::string* out) {
  const std::string valid = ValidUtf8(s);
  out->push_back('"');
  for (char c : valid) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          *out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

std::string MentionText(const Document& doc, int32_t mention) {
  if (mention < 0) return "";
  const Mention& m = doc.mentions[mention];
  if (m.token_end <= m.token_begin) return "";  // inferred, with no text of its own
  return std::string(doc.Slice(doc.TokenSpan(m.token_begin, m.token_end)));
}

namespace {

// The actor of mention `mention`, as the sentence names it by mention
// `written` (a pronoun, or the mention itself): its text is the written
// words, its code the resolved actor's.
void AppendActor(const Document& doc, int32_t mention, int32_t written, std::string* out) {
  if (mention < 0) {
    *out += "null";
    return;
  }
  const Mention& m = doc.mentions[mention];
  *out += "{\"code\":";
  AppendJsonString(m.actor.code, out);
  *out += ",\"country\":";
  AppendJsonString(m.actor.country, out);
  *out += ",\"sector\":";
  AppendJsonString(m.actor.sector, out);
  *out += ",\"text\":";
  AppendJsonString(MentionText(doc, written >= 0 ? written : mention), out);
  if (!m.actor.title.empty()) {
    *out += ",\"title\":";
    AppendJsonString(m.actor.title, out);
  }
  if (!m.actor.name.empty()) {
    *out += ",\"name\":";
    AppendJsonString(m.actor.name, out);
  }
  const Inference inferred = InferenceOf(doc, written, mention);
  if (inferred.by != InferenceKind::kNone) {
    *out += ",\"inferred\":";
    AppendInference(doc, inferred, out);
  }
  *out += '}';
}

}  // namespace

void AppendInference(const Document& doc, const Inference& inferred, std::string* out) {
  *out += "{\"by\":";
  AppendJsonString(InferenceName(inferred.by), out);
  *out += ",\"from\":";
  AppendJsonString(InferredFrom(doc, inferred), out);
  const int32_t sentence = InferredSentence(doc, inferred);
  if (sentence >= 0) *out += fmt::format(",\"sentence\":{}", sentence);
  if (inferred.country_mention >= 0) {
    *out += ",\"country_from\":";
    AppendJsonString(NameOf(doc, inferred.country_mention), out);
  }
  *out += '}';
}

void AppendPlace(const Place& p, std::string* out) {
  *out += "{\"name\":";
  AppendJsonString(p.name, out);
  *out += ",\"country\":";
  AppendJsonString(p.country, out);
  if (p.located) {
    *out += fmt::format(",\"lat\":{:.4f},\"lon\":{:.4f}", p.latitude, p.longitude);
  } else {
    *out += ",\"lat\":null,\"lon\":null";
  }
  if (!p.metonym_for.empty()) {
    *out += ",\"metonym_for\":";
    AppendJsonString(p.metonym_for, out);
  }
  *out += '}';
}

void AppendPlacesJson(const Document& doc, std::string* out) {
  *out += '[';
  for (size_t i = 0; i < doc.places.size(); ++i) {
    if (i) *out += ',';
    AppendPlace(doc.places[i], out);
  }
  *out += ']';
}

void AppendEventsJsonl(const Document& doc, const Ontology& ontology, std::string_view lexicon_version,
                       std::string* out) {
  for (const Event& e : doc.events) {
    const CameoCode* c = ontology.Find(e.cameo);
    *out += "{\"doc\":";
    AppendJsonString(doc.id, out);
    *out += fmt::format(",\"sentence\":{},\"source\":", e.sentence);
    AppendActor(doc, e.source, e.source_mention, out);
    *out += ",\"target\":";
    AppendActor(doc, e.target, e.target_mention, out);
    *out += ",\"cameo\":";
    AppendJsonString(e.cameo, out);
    *out += ",\"root\":";
    AppendJsonString(e.cameo.substr(0, 2), out);
    *out += ",\"base\":";
    AppendJsonString(e.cameo.substr(0, 3), out);
    *out += ",\"plover\":";
    AppendJsonString(c ? c->plover : "", out);
    if (c) *out += fmt::format(",\"goldstein\":{},\"quad\":{}", c->goldstein, c->quad);
    *out += ",\"modality\":";
    AppendJsonString(ModalityName(e.modality), out);
    *out += ",\"date\":";
    AppendJsonString(e.date.empty() ? doc.date : e.date, out);
    *out += ",\"place\":";
    if (e.place < 0) {
      *out += "null";
    } else {
      AppendPlace(doc.places[e.place], out);
    }
    *out += ",\"doc_places\":";
    AppendPlacesJson(doc, out);
    *out += fmt::format(",\"evidence\":{{\"start\":{},\"end\":{},\"text\":", e.evidence.begin, e.evidence.end);
    AppendJsonString(doc.Slice(e.evidence), out);
    *out += "},\"rule\":";
    AppendJsonString(fmt::format("{}:{}", e.rule.file, e.rule.line), out);
    *out += ",\"pattern\":";
    AppendJsonString(e.pattern, out);
    *out += ",\"lexicon\":";
    AppendJsonString(lexicon_version, out);
    *out += ",\"engine\":\"" DRAGOMAN_VERSION "\"}\n";
  }
}

}  // namespace dragoman
