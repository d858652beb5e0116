// Parsing of the lexicon's plain-text files (format: data/README.md).
//
// Every error names the file and the 1-based line: "people.actors:12: role
// line before any PERSON entry". Loading stops at the first error in a file.
#ifndef DRAGOMAN_LEXICON_LOADER_H_
#define DRAGOMAN_LEXICON_LOADER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "lexicon/lexicon.h"

namespace dragoman {

struct LexiconFile {
  std::string name;   // shown in messages and stored with each entry
  std::string bytes;
};

// Builds a finished Lexicon from files and an optional WordNet verb.exc.
StatusOr<std::unique_ptr<Lexicon>> LoadLexicon(const std::vector<LexiconFile>& files,
                                               std::string_view irregular_verbs);

}  // namespace dragoman

#endif  // DRAGOMAN_LEXICON_LOADER_H_
