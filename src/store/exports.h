// Exports and queries over the store: the standard event formats that
// statistics packages already read, and the filters and summaries of
// `dragoman query`.
//
//   gdelt:   GDELT 2.0's event table, 61 tab-separated columns in GDELT's order
//   phoenix: the Phoenix data set's 26 tab-separated columns
//   plover:  one JSON record per event with the PLOVER manual's fields
//   icews:   ICEWS's 20 tab-separated columns (Event Text is the evidence)
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
  std::string actor;     // source or target actor code, or its prefix ("RUSGOV", "RUS")
  std::string country;   // source or target country
  std::string source;    // source country
  std::string target;    // target country
  std::string cameo;     // code or prefix ("19", "036")
  std::string plover;
  std::string modality;
  std::string place;     // place name or its country
  std::string from;      // date range, inclusive, YYYY[-MM[-DD]]
  std::string to;
};

// The WHERE clause (with "?" placeholders) and its parameters.
std::string FilterSql(const EventFilter& filter, std::vector<std::string>* params);

// GDELT 2.0 event table column names, in order (61).
const std::vector<std::string>& GdeltColumns();
// Phoenix column names, in order (26).
const std::vector<std::string>& PhoenixColumns();
// ICEWS column names, in order (20).
const std::vector<std::string>& IcewsColumns();

// Writes the filtered events in `format` (gdelt, phoenix, plover, csv,
// jsonl), one line per call of `emit`, with a header line for csv. With
// `dedup`, one event per day, dyad and code, with mention and article counts
// (GDELT's NumMentions, NumSources, NumArticles) and links to its mentions.
Status ExportEvents(Store* store, const EventFilter& filter, const std::string& format,
                    const std::function<void(const std::string&)>& emit, bool dedup = false);

}  // namespace dragoman

#endif  // DRAGOMAN_STORE_EXPORTS_H_
