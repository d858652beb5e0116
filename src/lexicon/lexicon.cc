#include "lexicon/lexicon.h"

#include <fmt/format.h>

#include <algorithm>

namespace dragoman {

std::string_view Lexicon::InternFile(std::string_view file) {
  for (const std::string& f : files_) {
    if (f == file) return f;
  }
  files_.emplace_back(file);
  return files_.back();
}

void Lexicon::AddVersion(std::string_view file, std::string_view version) {
  if (!version_.empty()) version_ += ',';
  version_ += fmt::format("{}@{}", file, version);
}

namespace {

// Adds plural variants to single-word literal alternatives ("talk" also
// matches "talks"), since nouns in patterns match their plural.
void AddPlurals(Element* e) {
  std::vector<std::vector<std::string>> extra;
  for (const auto& alt : e->alternatives) {
    for (const std::string& form : NounForms(alt.back())) {
      if (form == alt.back()) continue;
      std::vector<std::string> v = alt;
      v.back() = form;
      extra.push_back(std::move(v));
    }
  }
  for (auto& v : extra) {
    if (std::find(e->alternatives.begin(), e->alternatives.end(), v) == e->alternatives.end()) {
      e->alternatives.push_back(std::move(v));
    }
  }
}

}  // namespace

Status Lexicon::Finish() {
  // Synsets and plural variants.
  for (Pattern& p : patterns_) {
    for (std::vector<Element>* side : {&p.before, &p.after}) {
      for (Element& e : *side) {
        if (!e.synset.empty()) {
          auto it = synsets_.find(e.synset);
          if (it == synsets_.end()) {
            return InvalidArgument(fmt::format("{}:{}: unknown synset &{}", p.source.file, p.source.line, e.synset));
          }
          e.alternatives = it->second.alternatives;
        }
        // Legacy dictionaries spell out every form they mean.
        if (e.kind == ElementKind::kWords && conventions_ == Conventions::kDragoman) AddPlurals(&e);
      }
    }
  }
  // Words each pattern needs: the literals with a single alternative; and
  // the first words of every literal element.
  for (Pattern& p : patterns_) {
    for (std::vector<Element>* side : {&p.before, &p.after}) {
      for (Element& e : *side) {
        e.first_words.clear();
        for (const auto& alt : e.alternatives) {
          if (!alt.empty()) e.first_words.push_back(WordHash(alt[0]));
        }
        std::sort(e.first_words.begin(), e.first_words.end());
      }
    }
    p.required.clear();
    for (const std::vector<Element>* side : {&p.before, &p.after}) {
      for (const Element& e : *side) {
        if (e.kind != ElementKind::kWords || e.alternatives.size() != 1) continue;
        for (const std::string& w : e.alternatives[0]) p.required.push_back(WordHash(w));
      }
    }
    std::sort(p.required.begin(), p.required.end());
  }
  // Phrase index, longest phrase first so markup takes the longest match.
  for (uint32_t i = 0; i < phrases_.size(); ++i) phrase_index_[phrases_[i].words[0]].push_back(i);
  for (uint32_t i = 0; i < discards_.size(); ++i) discard_index_[discards_[i].words[0]].push_back(i);
  for (auto& [word, ids] : phrase_index_) {
    std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      return phrases_[a].words.size() > phrases_[b].words.size();
    });
  }
  // Pattern index on every form of the anchor's first word.
  for (uint32_t i = 0; i < patterns_.size(); ++i) {
    const Pattern& p = patterns_[i];
    const std::string& first = p.anchor[0];
    std::vector<std::string> forms =
        p.anchor_kind == AnchorKind::kNoun ? NounForms(first) : VerbForms(first, irregulars_);
    forms.insert(forms.end(), p.forms.begin(), p.forms.end());
    for (const std::string& f : forms) {
      auto& ids = pattern_index_[f];
      if (ids.empty() || ids.back() != i) ids.push_back(i);
      if (p.anchor_kind != AnchorKind::kNoun) lemma_of_.emplace(f, first);
    }
  }
  // Most specific first; among equals, a pattern whose anchor is written as
  // this very form ("LEFT") before one that only inflects to it ("LEAVE").
  for (auto& entry : pattern_index_) {
    const std::string& form = entry.first;
    std::stable_sort(entry.second.begin(), entry.second.end(), [&](uint32_t a, uint32_t b) {
      if (patterns_[a].specificity != patterns_[b].specificity) {
        return patterns_[a].specificity > patterns_[b].specificity;
      }
      return patterns_[a].anchor[0] == form && patterns_[b].anchor[0] != form;
    });
  }
  return OkStatus();
}

uint64_t WordHash(std::string_view word) {
  // FNV-1a: short words, no need for more.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : word) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

const std::vector<uint32_t>* Lexicon::DiscardsStartingWith(std::string_view norm) const {
  auto it = discard_index_.find(norm);
  return it == discard_index_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* Lexicon::PhrasesStartingWith(std::string_view norm) const {
  auto it = phrase_index_.find(norm);
  return it == phrase_index_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* Lexicon::PatternsForForm(std::string_view norm) const {
  auto it = pattern_index_.find(norm);
  return it == pattern_index_.end() ? nullptr : &it->second;
}

std::string_view Lexicon::LemmaOf(std::string_view norm) const {
  auto it = lemma_of_.find(norm);
  return it == lemma_of_.end() ? std::string_view() : std::string_view(it->second);
}

const ActorRole* RoleOn(const ActorEntry& person, std::string_view date) {
  if (person.roles.empty()) return nullptr;
  const ActorRole* latest = &person.roles[0];
  const ActorRole* fallback = nullptr;
  for (const ActorRole& r : person.roles) {
    if (r.from.empty() && r.to.empty()) {
      if (!fallback) fallback = &r;
      continue;
    }
    if (!date.empty() && (r.from.empty() || r.from <= date) && (r.to.empty() || date <= r.to)) return &r;
    if (r.from > latest->from) latest = &r;
  }
  return fallback ? fallback : latest;
}

}  // namespace dragoman
