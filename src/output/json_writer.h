// Serialises coded events as JSON Lines, following the output contract in
// the evaluation README: doc, sentence, source, target, cameo, plover,
// modality, evidence; plus root, base, goldstein, quad, date, place, the
// document's places (doc_places), rule, pattern and the evidence text. An
// actor's "text" is the words its sentence names it by ("his"), and an
// actor worked out from context carries "inferred": {"by", "from",
// "sentence"?, "country_from"?}.
// Builds strings only; the shell writes them.
#ifndef DRAGOMAN_OUTPUT_JSON_WRITER_H_
#define DRAGOMAN_OUTPUT_JSON_WRITER_H_

#include <string>
#include <string_view>

#include "core/document.h"
#include "lexicon/lexicon.h"
#include "ontology/ontology.h"

namespace dragoman {

// Appends `s` to *out as a JSON string literal (quotes included), with
// invalid UTF-8 replaced by U+FFFD.
void AppendJsonString(std::string_view s, std::string* out);

// Appends one JSON object per event of `doc`, each followed by '\n'.
void AppendEventsJsonl(const Document& doc, const Ontology& ontology, std::string_view lexicon_version,
                       std::string* out);

// An Inference as a JSON object: {"by": "pronoun", "from": "Volodymyr
// Zelensky", "sentence": 1}; "sentence" and "country_from" only when set.
void AppendInference(const Document& doc, const Inference& inferred, std::string* out);

// One place as a JSON object: {"name", "country", "lat", "lon"} (null
// coordinates for a country), plus "metonym_for" when the text uses the
// name only as an actor.
void AppendPlace(const Place& place, std::string* out);

// The document's places (Document::places) as a JSON array.
void AppendPlacesJson(const Document& doc, std::string* out);

// The text an event's actor mention covers, or "" for -1.
std::string MentionText(const Document& doc, int32_t mention);

}  // namespace dragoman

#endif  // DRAGOMAN_OUTPUT_JSON_WRITER_H_
