// Checks over a loaded lexicon for the people who edit it (`dragoman lexicon
// lint`): the loader already rejects malformed lines and overlapping roles;
// lint finds what parses but is wrong or useless.
//   errors:   a CAMEO code the ontology does not know; one name mapped to
//             different actor codes; a pattern that can never fire because an
//             identical one comes first;
//   warnings: a duplicated line; an agent phrase that starts with an actor's
//             name (it would hide the actor); a synset no pattern uses.
#ifndef DRAGOMAN_LEXICON_LINT_H_
#define DRAGOMAN_LEXICON_LINT_H_

#include <string>
#include <vector>

#include "core/document.h"
#include "lexicon/lexicon.h"
#include "ontology/ontology.h"

namespace dragoman {

struct LintFinding {
  bool error = false;
  Source where;
  std::string message;
};

// Findings in file and line order. Thread-safe.
std::vector<LintFinding> LintLexicon(const Lexicon& lexicon, const Ontology& ontology);

// Per-file, per-root and per-country counts, as printable lines.
std::vector<std::string> LexiconStats(const Lexicon& lexicon);

}  // namespace dragoman

#endif  // DRAGOMAN_LEXICON_LINT_H_
