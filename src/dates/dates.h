// Stage 9: event dates. Each event gets the date its clause names, resolved
// against the publication date, or the publication date itself.
//
//   "met Erdogan in Ankara on Thursday" (published Thu 2025-05-15) -> 2025-05-15
//   "is expected in Istanbul on Friday" (planned)                  -> 2025-05-16
//   "hosted negotiations in 2022"                                  -> 2022
//   "yesterday" -1 day, "last week" -7 days, "next month" -> YYYY-MM,
//   "on May 16" / "16 May" / "May 16, 2024", "in March" -> YYYY-03.
// Past events look backwards from the publication date, planned ones
// forwards. Dates are ISO strings; a partial date keeps only what is known.
#ifndef DRAGOMAN_DATES_DATES_H_
#define DRAGOMAN_DATES_DATES_H_

#include <string>
#include <string_view>

#include "core/document.h"

namespace dragoman {

// Sets Event::date for every event of *doc. Thread-safe.
void DateEvents(Document* doc);

// The date a temporal expression starting at token `t` names, or "" (with
// *length set to the tokens it spans). Exposed for tests.
std::string ResolveDateAt(const Document& doc, uint32_t t, uint32_t end, bool future, uint32_t* length);

}  // namespace dragoman

#endif  // DRAGOMAN_DATES_DATES_H_
