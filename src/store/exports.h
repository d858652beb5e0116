// Exports and queries over the store: the standard event formats that
// statistics packages already read, and the filters and summaries of
// `dragoman query`.
//
//   gdelt: GDELT 2.0's event table, 61 tab-separated columns in GDELT's order
//   csv:   one row per event with every stored column, RFC 4180 quoting
//   jsonl: one JSON object per event, the fields of the events table
#ifndef DRAGOMAN_STORE_EXPORTS_H_
#define DRAGOMAN_STORE_EXPORTS_H_

#include <functional>
#include <string>
#include <vector>

#include "store/store.h"

namespace dragoman {

struct EventFilter {
  std::string country;   // source or target country
  std::string source;    // source country
  std::string target;    // target country
  std::string cameo;     // code or prefix ("19", "036")
  std::string plover;
  std::string modality;
  std::string from;      // date range, inclusive, YYYY[-MM[-DD]]
  std::string to;
};

// The WHERE clause (with "?" placeholders) and its parameters.
std::string FilterSql(const EventFilter& filter, std::vector<std::string>* params);

// GDELT 2.0 event table column names, in order (61).
const std::vector<std::string>& GdeltColumns();

// Writes the filtered events in `format` (gdelt, csv, jsonl), one line per
// call of `emit`, with a header line for csv.
Status ExportEvents(Store* store, const EventFilter& filter, const std::string& format,
                    const std::function<void(const std::string&)>& emit);

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_EXPORTS_H_
