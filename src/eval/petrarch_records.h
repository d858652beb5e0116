// PETRARCH's validation records: the XML suite (`<Validation>`) whose
// `<Environment>` names the dictionaries and whose `<Sentence>`s carry a
// text, a date and the expected `<EventCoding>`s (or `noevents`, or an
// expected `error`). `<Config>` elements between sentences change options
// for the records after them. Each record's `<Parse>` is ignored: Dragoman
// parses for itself.
//
// A record is right when the set of (source, target, code) the engine codes
// for its text equals the expected set exactly. Parsing and comparison are
// pure functions; the shell reads the files and runs the engine.
#ifndef DRAGOMAN_EVAL_PETRARCH_RECORDS_H_
#define DRAGOMAN_EVAL_PETRARCH_RECORDS_H_

#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace dragoman {

// (source code, target code, event code).
using Coding = std::tuple<std::string, std::string, std::string>;

struct ValidationRecord {
  std::string id;
  std::string category;
  std::string date;        // YYYY-MM-DD
  std::string text;        // whitespace collapsed
  bool active = true;      // sentence="true" and its category included
  std::set<Coding> expected;
  std::string error;       // an expected error ("storydiscard", ...), else empty
  // Options in force for this record (set by <Config> before it).
  bool require_dyad = true;
  int new_actor_length = 0;
};

struct ValidationSuite {
  // File names from <Environment>, empty when absent.
  std::string verbs, actors, agents, discards, issues;
  std::vector<std::string> include;  // active categories
  std::vector<ValidationRecord> records;
};

// Parses the XML; errors name `file` and what is wrong.
StatusOr<ValidationSuite> ParseValidationRecords(std::string_view file, std::string_view xml);

// The codings of a coded document, as PETRARCH reports them: with
// `require_dyad`, events lacking a source or a target are left out;
// otherwise the missing side is "---".
std::set<Coding> CodingsOf(const Document& doc, bool require_dyad);

// The error a coded document reports in PETRARCH's terms: "storydiscard",
// "sentencediscard", "dateline" (the text opens with one), or empty.
std::string ErrorOf(const Document& doc);

}  // namespace dragoman

#endif  // DRAGOMAN_EVAL_PETRARCH_RECORDS_H_
