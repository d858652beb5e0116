// Names of part-of-speech tags: Penn Treebank names, with the punctuation
// classes written the way Penn writes their most common member.
#include <array>
#include <string_view>

#include "core/document.h"

namespace dragoman {
namespace {

constexpr int kTagCount = static_cast<int>(Tag::kCount);

// Indexed by Tag; the order follows the enum in core/document.h.
constexpr std::array<std::string_view, kTagCount> kTagNames = {
    "NONE", "CC",  "CD",  "DT",   "EX",  "FW",  "IN",  "JJ",   "JJR", "JJS", "MD",
    "NN",   "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB",  "RBR", "RBS",
    "RP",   "TO",  "UH",  "VB",   "VBD", "VBG", "VBN", "VBP",  "VBZ", "WDT", "WP",
    "WP$",  "WRB", ",",   ".",    "''",  "(",   ")",   "--",   "SYM",
};

}  // namespace

std::string_view TagName(Tag tag) {
  const int index = static_cast<int>(tag);
  if (index < 0 || index >= kTagCount) return kTagNames[0];
  return kTagNames[index];
}

Tag TagFromName(std::string_view name) {
  for (int i = 1; i < kTagCount; ++i) {
    if (kTagNames[i] == name) return static_cast<Tag>(i);
  }
  // Penn spellings that fold into one of our punctuation classes.
  if (name == "``" || name == "\"" || name == "'") return Tag::kQuote;
  if (name == ":" || name == ";") return Tag::kPunct;
  if (name == "-LRB-") return Tag::kOpen;
  if (name == "-RRB-") return Tag::kClose;
  if (name == "$" || name == "#" || name == "%") return Tag::kSym;
  return Tag::kNone;
}

}  // namespace dragoman
