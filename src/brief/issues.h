// The issue of a stance, as short phrases: what a demand or a rejection is
// about, read from the words after its anchor. An enumeration introduced by
// "including", "such as", "notably" or "among them" becomes issues of their
// own:
//
//   "push for broader discussions on what it terms the "root causes" of the
//    conflict, including the controversial and undefined goals of
//    "denazification" and demilitarisation of Ukraine"
//   -> main  "root causes of the conflict"
//      items "denazification of Ukraine", "demilitarisation of Ukraine"
//
// Pure functions over a processed Document's tokens (tags are used where
// the sentence was tagged); thread-safe.
#ifndef DRAGOMAN_BRIEF_ISSUES_H_
#define DRAGOMAN_BRIEF_ISSUES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/document.h"

namespace dragoman {

struct IssuePhrases {
  std::string main;                // "" when the words name no issue
  std::vector<std::string> items;  // the enumerated issues, in text order
};

// Reads the issue in tokens [begin, end) (the rest of the sentence after a
// stance's anchor): the main phrase up to the clause's first break, made
// short, and the items of an enumeration that follows it.
IssuePhrases ReadIssue(const Document& doc, uint32_t begin, uint32_t end);

}  // namespace dragoman

#endif  // DRAGOMAN_BRIEF_ISSUES_H_
