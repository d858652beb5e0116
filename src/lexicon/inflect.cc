#include "lexicon/inflect.h"

#include <algorithm>

namespace dragoman {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Consonant-vowel-consonant ending, where doubling the last letter may apply
// ("ban" -> "banned", "commit" -> "committed").
bool MayDouble(std::string_view w) {
  if (w.size() < 3) return false;
  const char c = w.back();
  if (IsVowel(c) || c == 'w' || c == 'x' || c == 'y') return false;
  return IsVowel(w[w.size() - 2]) && !IsVowel(w[w.size() - 3]);
}

void Add(std::vector<std::string>* out, std::string s) {
  if (std::find(out->begin(), out->end(), s) == out->end()) out->push_back(std::move(s));
}

}  // namespace

void Irregulars::Parse(std::string_view bytes) {
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    std::string_view line = bytes.substr(pos, eol - pos);
    pos = eol + 1;
    const size_t sp = line.find(' ');
    if (sp == std::string_view::npos) continue;
    std::string form(line.substr(0, sp));
    std::string_view lemma = line.substr(sp + 1);
    while (!lemma.empty() && (lemma.back() == ' ' || lemma.back() == '\r')) lemma.remove_suffix(1);
    if (lemma.find(' ') != std::string_view::npos || form.find('_') != std::string::npos) continue;
    auto& v = forms_[std::string(lemma)];
    if (std::find(v.begin(), v.end(), form) == v.end()) v.push_back(std::move(form));
  }
}

const std::vector<std::string>& Irregulars::FormsOf(std::string_view lemma) const {
  static const std::vector<std::string> kEmpty;
  auto it = forms_.find(std::string(lemma));
  return it == forms_.end() ? kEmpty : it->second;
}

std::vector<std::string> VerbForms(std::string_view lemma, const Irregulars& irregulars) {
  std::vector<std::string> out;
  const std::string w(lemma);
  Add(&out, w);
  if (w.empty()) return out;
  const char last = w.back();
  const bool cons_y = last == 'y' && w.size() > 1 && !IsVowel(w[w.size() - 2]);
  // Third person singular.
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh") || (last == 'o' && w.size() > 1 && !IsVowel(w[w.size() - 2]))) {
    Add(&out, w + "es");
  } else if (cons_y) {
    Add(&out, w.substr(0, w.size() - 1) + "ies");
  } else {
    Add(&out, w + "s");
  }
  // Past and past participle.
  if (last == 'e') {
    Add(&out, w + "d");
  } else if (cons_y) {
    Add(&out, w.substr(0, w.size() - 1) + "ied");
  } else {
    Add(&out, w + "ed");
    if (MayDouble(w)) Add(&out, w + last + "ed");
  }
  // Present participle.
  if (EndsWith(w, "ie")) {
    Add(&out, w.substr(0, w.size() - 2) + "ying");
  } else if (last == 'e' && !EndsWith(w, "ee") && !EndsWith(w, "ye") && !EndsWith(w, "oe")) {
    Add(&out, w.substr(0, w.size() - 1) + "ing");
  } else {
    Add(&out, w + "ing");
    if (MayDouble(w)) Add(&out, w + last + "ing");
  }
  if (EndsWith(w, "ic")) {  // "panic" -> "panicked"
    Add(&out, w + "ked");
    Add(&out, w + "king");
  }
  for (const std::string& f : irregulars.FormsOf(w)) Add(&out, f);
  return out;
}

std::vector<std::string> NounForms(std::string_view lemma) {
  std::vector<std::string> out;
  const std::string w(lemma);
  Add(&out, w);
  if (w.empty()) return out;
  const char last = w.back();
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh")) {
    Add(&out, w + "es");
  } else if (last == 'y' && w.size() > 1 && !IsVowel(w[w.size() - 2])) {
    Add(&out, w.substr(0, w.size() - 1) + "ies");
  } else if (EndsWith(w, "man")) {
    Add(&out, w.substr(0, w.size() - 3) + "men");
  } else {
    Add(&out, w + "s");
  }
  return out;
}

}  // namespace dragoman
