// Readers for the dictionaries of TABARI and PETRARCH-1 (the "legacy"
// formats the event-data community has kept since the 1990s). They build the
// same Lexicon the native files build, so legacy dictionaries run on the
// same engine:
//
//   verbs     --- BLOCK [CODE] ---, verb lines with {irregular forms},
//             +synonyms (WIRE_+TAP: words before the '+' precede the verb),
//             patterns "- UPPER * LOWER [CODE]" with $ + % ^ &SYNSET {a|b},
//             '_' for words that must be adjacent, a space for words that
//             may have others between them; &SYNSET blocks of +items.
//   actors    NAME [CODE], +synonym lines, indented [CODE] lines with date
//             restrictions ([CODE <950601], [CODE 19950601-19990815],
//             [CODE >990816]) after a default, several codes A/B/C.
//   agents    NAME {PLURALS} [~SUFFIX] or [PREFIX~]; !SET! = A, B
//             substitution sets.
//   discards  a phrase that drops its sentence, or with '+' its story.
//   issues    recognised and reported: Dragoman does not code issues.
//
// Loading a legacy file switches the lexicon to PETRARCH conventions (see
// Conventions in lexicon.h). Every error names the file and line. A
// construct the engine cannot carry is reported in `notes` ("FILE:LINE:
// ..."), never dropped silently.
#ifndef DRAGOMAN_LEGACY_PETRARCH_H_
#define DRAGOMAN_LEGACY_PETRARCH_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "lexicon/lexicon.h"

namespace dragoman {

enum class LegacyKind : uint8_t { kVerbs, kActors, kAgents, kDiscards, kIssues };

// Adds one legacy file to *lex (before Lexicon::Finish).
Status AddLegacyFile(Lexicon* lex, LegacyKind kind, std::string_view file, std::string_view bytes,
                     std::vector<std::string>* notes);

}  // namespace dragoman

#endif  // DRAGOMAN_LEGACY_PETRARCH_H_
