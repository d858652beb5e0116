#include "lexicon/lint.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

namespace dragoman {
namespace {

std::string Join(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

// The code a name resolves to, for comparing entries: the head code, or a
// person's latest role.
std::string CodeOf(const Lexicon& lex, const PhraseEntry& p) {
  if (p.kind == EntryKind::kAgent) return "agent:" + lex.agents()[p.index].sector;
  const ActorEntry& a = lex.actors()[p.index];
  if (a.person) return "person:" + a.name;
  return a.code + (p.sector.empty() ? "" : "/" + p.sector);
}

// A pattern's identity: anchor, anchor kind and every element.
std::string Signature(const Pattern& p) {
  std::string s = Join(p.anchor) + "#" + std::to_string(static_cast<int>(p.anchor_kind));
  for (const auto* side : {&p.before, &p.after}) {
    s += "|";
    for (const Element& e : *side) {
      s += std::to_string(static_cast<int>(e.kind)) + "[";
      for (const auto& alt : e.alternatives) s += Join(alt) + ";";
      s += "]";
    }
  }
  return s;
}

void CheckNames(const Lexicon& lex, std::vector<LintFinding>* out) {
  std::map<std::string, const PhraseEntry*> first;
  for (const PhraseEntry& p : lex.phrases()) {
    const std::string key = Join(p.words) + (p.exact.empty() ? "" : "#exact");
    auto [it, inserted] = first.emplace(key, &p);
    if (inserted) continue;
    const PhraseEntry& o = *it->second;
    if (o.kind == EntryKind::kAgent && p.kind == EntryKind::kAgent && o.index == p.index) continue;
    const std::string a = CodeOf(lex, o), b = CodeOf(lex, p);
    if (a == b) {
      if (o.source.file != p.source.file || o.source.line != p.source.line) {
        out->push_back({false, p.source, fmt::format("name '{}' repeats {}:{}", Join(p.words), o.source.file, o.source.line)});
      }
      continue;
    }
    out->push_back({true, p.source,
                    fmt::format("name '{}' is {} here but {} at {}:{}; the first wins", Join(p.words), b, a,
                                o.source.file, o.source.line)});
  }
  // Agent phrases that begin with an actor's whole name hide that actor.
  std::set<std::string> actor_names;
  for (const PhraseEntry& p : lex.phrases()) {
    if (p.kind == EntryKind::kActor && p.words.size() == 1) actor_names.insert(p.words[0]);
  }
  for (const PhraseEntry& p : lex.phrases()) {
    if (p.kind == EntryKind::kAgent && p.words.size() > 1 && actor_names.count(p.words[0])) {
      out->push_back({false, p.source,
                      fmt::format("agent '{}' starts with the actor name '{}' and hides it", Join(p.words), p.words[0])});
    }
  }
}

void CheckPatterns(const Lexicon& lex, const Ontology& ontology, std::vector<LintFinding>* out) {
  std::map<std::string, const Pattern*> first;
  std::set<std::string> used_synsets;
  for (const Pattern& p : lex.patterns()) {
    for (const std::string& code : {p.code, p.paired_code}) {
      if (!code.empty() && !ontology.Has(code)) {
        out->push_back({true, p.source, fmt::format("CAMEO code {} is not in the codebook", code)});
      }
    }
    for (const auto* side : {&p.before, &p.after}) {
      for (const Element& e : *side) {
        if (!e.synset.empty()) used_synsets.insert(e.synset);
      }
    }
    auto [it, inserted] = first.emplace(Signature(p), &p);
    if (inserted) continue;
    const Pattern& o = *it->second;
    if (o.code == p.code && o.paired_code == p.paired_code) {
      out->push_back({false, p.source, fmt::format("pattern '{}' repeats {}:{}", p.text, o.source.file, o.source.line)});
    } else {
      out->push_back({true, p.source,
                      fmt::format("pattern '{}' ({}) can never fire: {}:{} has the same pattern ({}) and comes first",
                                  p.text, p.code, o.source.file, o.source.line, o.code)});
    }
  }
  std::vector<std::string> unused;
  for (const auto& [name, element] : lex.synset_map()) {
    if (!used_synsets.count(name)) unused.push_back(name);
  }
  std::sort(unused.begin(), unused.end());
  for (const std::string& name : unused) {
    out->push_back({false, Source{"synsets", 0}, fmt::format("synset &{} is never used", name)});
  }
}

}  // namespace

std::vector<LintFinding> LintLexicon(const Lexicon& lexicon, const Ontology& ontology) {
  std::vector<LintFinding> out;
  CheckNames(lexicon, &out);
  CheckPatterns(lexicon, ontology, &out);
  std::stable_sort(out.begin(), out.end(), [](const LintFinding& a, const LintFinding& b) {
    return std::tie(a.where.file, a.where.line) < std::tie(b.where.file, b.where.line);
  });
  return out;
}

std::vector<std::string> LexiconStats(const Lexicon& lexicon) {
  std::map<std::string, std::array<int, 4>> per_file;  // actors, names, agents lines, patterns
  std::map<std::string, int> per_root, per_country;
  int persons = 0, roles = 0;
  for (const ActorEntry& a : lexicon.actors()) {
    ++per_file[std::string(a.source.file)][0];
    if (a.person) {
      ++persons;
      roles += static_cast<int>(a.roles.size());
      if (!a.roles.empty()) ++per_country[a.roles.back().country];
    } else {
      ++per_country[a.country];
    }
  }
  for (const PhraseEntry& p : lexicon.phrases()) ++per_file[std::string(p.source.file)][1];
  for (const AgentEntry& g : lexicon.agents()) ++per_file[std::string(g.source.file)][2];
  for (const Pattern& p : lexicon.patterns()) {
    ++per_file[std::string(p.source.file)][3];
    ++per_root[p.code.substr(0, 2)];
  }
  std::vector<std::string> out;
  out.push_back(fmt::format("version {}", lexicon.version()));
  out.push_back("per file:          actors   names  agents patterns");
  for (const auto& [file, c] : per_file) {
    out.push_back(fmt::format("  {:<20} {:>6} {:>7} {:>7} {:>8}", file, c[0], c[1], c[2], c[3]));
  }
  out.push_back(fmt::format("persons {} with {} dated roles; synsets {}", persons, roles,
                            lexicon.synset_map().size()));
  out.push_back("patterns per CAMEO root:");
  for (const auto& [root, n] : per_root) out.push_back(fmt::format("  {} {:>5}", root, n));
  out.push_back("actor entries per country:");
  std::string line;
  int k = 0;
  for (const auto& [country, n] : per_country) {
    line += fmt::format("  {:<6}{:>4}", country.empty() ? "-" : country, n);
    if (++k % 8 == 0) {
      out.push_back(line);
      line.clear();
    }
  }
  if (!line.empty()) out.push_back(line);
  return out;
}

}  // namespace dragoman
