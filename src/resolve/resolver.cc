#include "resolve/resolver.h"

#include <algorithm>
#include <string_view>

#include "resolve/names.h"

namespace dragoman {
namespace {

bool IsPersonal(const std::string& norm) {
  return norm == "he" || norm == "him" || norm == "his" || norm == "she" || norm == "her" ||
         norm == "himself" || norm == "herself";
}
bool IsPlural(const std::string& norm) { return norm == "they" || norm == "them" || norm == "their"; }

int32_t PhraseAt(const Document& doc, uint32_t s, uint32_t token) {
  // Phrases of a sentence are contiguous and in order; scan backwards from the end.
  for (int32_t i = static_cast<int32_t>(doc.phrases.size()) - 1; i >= 0; --i) {
    const Phrase& p = doc.phrases[i];
    if (p.sentence != s) {
      if (p.sentence < s) break;
      continue;
    }
    if (p.token_begin <= token && token < p.token_end) return i;
  }
  return -1;
}

bool Compatible(const Actor& a, const Actor& b) {
  return a.country.empty() || b.country.empty() || a.country == b.country;
}

// Merges b into a.
void Combine(Actor* a, const Actor& b) {
  if (a->country.empty()) a->country = b.country;
  // A person's or an agent's sector beats the bare country's.
  if (!b.sector.empty() && (a->sector.empty() || !b.title.empty() || b.code.size() > 3)) a->sector = b.sector;
  if (!b.title.empty()) a->title = b.title;
  if (!b.name.empty()) a->name = b.name;
  if (b.code.size() > a->code.size()) a->code = b.code;
  if (!b.prefix.empty()) a->prefix = b.prefix;
}

void FinishCode(Actor* a) {
  if (!a->prefix.empty()) {
    // A legacy prefix agent: "MSF Arnor diplomat" -> NGOARNGOV, once.
    std::string prefix;
    std::swap(prefix, a->prefix);
    FinishCode(a);
    if (a->code.rfind(prefix, 0) != 0) a->code = prefix + a->code;
    a->prefix = prefix;
    return;
  }
  if (a->country.size() == 3 && (a->code.size() < 3 || a->code.substr(0, 3) != a->country)) {
    a->code = a->country + a->sector;
  } else if (a->code.empty()) {
    a->code = a->country + a->sector;
  } else if (a->code.size() == 3 && !a->sector.empty() && a->country == a->code) {
    a->code += a->sector;
  }
}

// PETRARCH's composition: the actor's code, then each role code's 3-letter
// parts that the code does not hold yet; a prefix role goes first.
void LegacyCode(Actor* a, const std::vector<std::string>& roles) {
  std::string code;
  std::string base = a->code;
  if (!a->prefix.empty() && base.rfind(a->prefix, 0) == 0) base = base.substr(a->prefix.size());
  // The actor's own code: the country part of a composed code.
  std::string actor = base;
  for (const std::string& r : roles) {
    if (!r.empty() && actor.size() > r.size() && actor.compare(actor.size() - r.size(), r.size(), r) == 0) {
      actor.resize(actor.size() - r.size());
    }
  }
  if (actor.empty()) actor = a->country;
  code = actor;
  auto holds = [&](std::string_view part) {
    for (size_t i = 0; i + 3 <= code.size(); i += 3) {
      if (code.compare(i, 3, part) == 0) return true;
    }
    return false;
  };
  for (const std::string& r : roles) {
    for (size_t i = 0; i + 3 <= r.size(); i += 3) {
      const std::string_view part = std::string_view(r).substr(i, 3);
      if (!holds(part)) code += part;
    }
  }
  if (!a->prefix.empty() && code.rfind(a->prefix, 0) != 0) code = a->prefix + code;
  a->code = code;
}

// May mention b (next in text) join mention a?
bool Joins(const Document& doc, const Mention& a, const Mention& b) {
  if (a.kind == MentionKind::kPronoun || b.kind == MentionKind::kPronoun) return false;
  if (!Compatible(a.actor, b.actor)) return false;
  if (b.token_begin == a.token_end) {
    // Two named actors side by side name one actor only when one is a
    // demonym-like modifier; "Ukraine Russia" is rare; allow.
    return true;
  }
  // "King Hassan of Morocco": a title, a name the lexicon does not know,
  // "of" and a country.
  if (a.kind == MentionKind::kAgent && a.actor.country.empty() && b.kind == MentionKind::kActor &&
      !b.actor.country.empty() && b.token_begin >= a.token_end + 2 && b.token_begin <= a.token_end + 4 &&
      doc.tokens[b.token_begin - 1].norm == "of") {
    bool names = true;
    for (uint32_t t = a.token_end; t + 1 < b.token_begin; ++t) {
      const char c = doc.tokens[t].shape[0];
      names = names && c >= 'A' && c <= 'Z';
    }
    if (names) return true;
  }
  if (b.token_begin == a.token_end + 1) {
    const std::string& between = doc.tokens[a.token_end].norm;
    // "Norway 's foreign minister": possessor country + role.
    if ((between == "'s" || between == "'") && b.kind == MentionKind::kAgent) return true;
    // "King Hassan of Morocco", "the president of Russia".
    if (between == "of" && a.actor.country.empty() &&
        b.kind == MentionKind::kActor && !b.actor.country.empty()) {
      return true;
    }
  }
  return false;
}


bool Accepts(const Document& doc, const std::string& pronoun, const Mention& c) {
  if (c.merged_into >= 0 || c.kind == MentionKind::kPronoun || c.actor.country.empty()) return false;
  if (c.token_end <= c.token_begin) return false;  // an inferred actor with no text
  const bool person = c.individual;
  if (IsPersonal(pronoun) && !person) return false;
  if ((pronoun == "it" || pronoun == "its") && (person || (c.kind == MentionKind::kAgent && !c.individual))) {
    return false;
  }
  if (IsPlural(pronoun) && person && c.kind != MentionKind::kAgent) return false;
  return true;
}

void AddCandidate(const Document& doc, int32_t c, Mention* m) {
  if (c < 0 || m->antecedents.size() >= 4) return;
  for (int32_t a : m->antecedents) {
    if (a == c || doc.mentions[a].actor.code == doc.mentions[c].actor.code) return;
  }
  m->antecedents.push_back(c);
}

// Candidate antecedents of mention `self` that `accept` takes, in order of
// salience: what earlier pronouns of the same sentence refer to ("he
// announced he would not ... after Putin declined his invitation": both
// "he" and "his" are the previous sentence's subject), then earlier actors
// of the sentence, nearest first, then the first actor (the subject) of each
// earlier sentence, then the rest by recency; at most `window` sentences
// back. `*referred` is the number of the first kind.
template <typename Accept>
std::vector<int32_t> BySalience(const Document& doc, int32_t self, uint32_t window, Accept accept,
                                size_t* referred_count = nullptr) {
  const Mention& m = doc.mentions[self];
  std::vector<int32_t> referred, same, earlier_first, rest;
  int32_t current_sentence = -1;
  int32_t first_of_sentence = -1;
  // Merged mentions of the pronoun's own sentence sit after it in the
  // vector ("A senior British minister ... as he embarked"), so the scan
  // starts at the end.
  for (int32_t j = static_cast<int32_t>(doc.mentions.size()) - 1; j >= 0; --j) {
    if (j == self) continue;
    const Mention& c = doc.mentions[j];
    if (c.sentence > m.sentence) continue;
    if (m.sentence - c.sentence > window) break;
    if (c.sentence == m.sentence) {
      if (c.token_begin >= m.token_begin) continue;
      if (c.kind == MentionKind::kPronoun && c.merged_into < 0 && !c.antecedents.empty() &&
          accept(doc.mentions[c.antecedents[0]])) {
        referred.push_back(c.antecedents[0]);
      }
      if (accept(c)) same.push_back(j);
      continue;
    }
    if (static_cast<int32_t>(c.sentence) != current_sentence) {
      if (first_of_sentence >= 0) earlier_first.push_back(first_of_sentence);
      current_sentence = static_cast<int32_t>(c.sentence);
      first_of_sentence = -1;
    }
    if (!accept(c)) continue;
    if (first_of_sentence < 0 || c.token_begin < doc.mentions[first_of_sentence].token_begin) {
      if (first_of_sentence >= 0) rest.push_back(first_of_sentence);
      first_of_sentence = j;
    } else {
      rest.push_back(j);
    }
  }
  if (first_of_sentence >= 0) earlier_first.push_back(first_of_sentence);
  std::stable_sort(same.begin(), same.end(), [&](int32_t a, int32_t b) {
    return doc.mentions[a].token_begin > doc.mentions[b].token_begin;
  });
  if (referred_count) *referred_count = referred.size();
  std::vector<int32_t> all = referred;
  all.insert(all.end(), same.begin(), same.end());
  all.insert(all.end(), earlier_first.begin(), earlier_first.end());
  all.insert(all.end(), rest.begin(), rest.end());
  return all;
}

void AddAntecedents(const Document& doc, int32_t self, Mention* m) {
  const std::string& w = doc.tokens[m->token_begin].norm;
  size_t referred = 0;
  std::vector<int32_t> all =
      BySalience(doc, self, 3, [&](const Mention& c) { return Accepts(doc, w, c); }, &referred);
  // "they", "their": groups ("Ivory Coast rebels", "officials") before
  // countries named in passing ("a Senegalese plan").
  if (IsPlural(w)) {
    std::stable_partition(all.begin() + static_cast<std::ptrdiff_t>(referred), all.end(),
                          [&](int32_t c) { return !doc.mentions[c].actor.sector.empty(); });
  }
  for (int32_t c : all) AddCandidate(doc, c, m);
}

// Words that make a title another office: a deputy minister is not "the
// minister".
bool IsQualifier(const std::string& w) {
  return w == "deputy" || w == "vice" || w == "assistant" || w == "acting" || w == "former" || w == "junior";
}

std::vector<std::string> LowerWords(const std::string& text) {
  std::vector<std::string> words(1);
  for (char c : text) {
    if (c == ' ') {
      if (!words.back().empty()) words.emplace_back();
    } else {
      words.back() += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// Does a person whose title is `held` fit the role `role`? "Minister" fits
// "Foreign Minister", "foreign minister" fits "Foreign Minister" but not
// "Defence Minister", and no role fits "Deputy Foreign Minister" unless it
// says "deputy".
bool HoldsTitle(const std::string& held, const std::string& role) {
  const std::vector<std::string> h = LowerWords(held), r = LowerWords(role);
  if (h.empty() || r.empty() || h.back() != r.back()) return false;
  for (const std::string& w : h) {
    if (IsQualifier(w) && std::find(r.begin(), r.end(), w) == r.end()) return false;
  }
  for (const std::string& w : r) {
    if (std::find(h.begin(), h.end(), w) == h.end()) return false;
  }
  return true;
}

// "the president", "the foreign minister", "the spokesman": a role after
// "the" with no country of its own refers to the most salient person before
// it, up to ten sentences back, who holds that title (or, for a role with
// no title, whose title ends with the role's word).
void ResolveRoleDescriptions(Document* doc, uint32_t s) {
  const Sentence& sent = doc->sentences[s];
  for (int32_t i = static_cast<int32_t>(doc->mentions.size()) - 1; i >= 0 && doc->mentions[i].sentence == s; --i) {
    const Mention& m = doc->mentions[i];
    if (m.merged_into >= 0 || m.kind != MentionKind::kAgent || !m.individual || !m.actor.country.empty()) continue;
    if (m.token_begin == sent.token_begin || doc->tokens[m.token_begin - 1].norm != "the") continue;
    if (doc->tokens[m.token_end - 1].norm == "police") continue;  // a force, not the officer named before
    const std::string role = m.actor.title.empty() ? doc->tokens[m.token_end - 1].norm : m.actor.title;
    const std::vector<int32_t> ranked = BySalience(*doc, i, 10, [&](const Mention& c) {
      return c.merged_into < 0 && c.kind != MentionKind::kPronoun && c.individual && !c.actor.name.empty() &&
             c.actor.country.size() == 3 && c.token_end > c.token_begin && HoldsTitle(c.actor.title, role);
    });
    if (ranked.empty()) continue;
    Mention& d = doc->mentions[i];
    d.description = true;
    for (int32_t c : ranked) AddCandidate(*doc, c, &d);
  }
}

// Nouns that "both" and "the two" make a description of two parties.
bool IsPartiesNoun(const std::string& w) {
  return w == "nations" || w == "countries" || w == "sides" || w == "parties" || w == "neighbours" ||
         w == "neighbors" || w == "governments" || w == "states" || w == "leaders" || w == "delegations";
}

bool IsState(const std::string& country) { return country.size() == 3 && country != "IGO" && country != "NGO"; }

// The two parties "both sides" stands for at token `before` of sentence s:
// the pair of countries with the most events between them so far (the
// parties of a negotiation), else the two countries named most often so
// far, the first named on a tie (people's countries only, for "the two
// leaders"); `events_only` for the words of negotiations ("both sides",
// "both parties"), which name political parties as often as countries. Each is given by its
// latest mention: the country's own name if the text has one ("Ukraine",
// not "Zelensky"), a person for "the two leaders".
std::vector<int32_t> TwoParties(const Document& doc, uint32_t s, uint32_t before, bool people, bool events_only) {
  std::vector<std::pair<std::pair<std::string, std::string>, int>> pairs;  // in order of first event
  for (const Event& e : doc.events) {
    if (e.source < 0 || e.target < 0) continue;
    std::string a = doc.mentions[e.source].actor.country, b = doc.mentions[e.target].actor.country;
    if (!IsState(a) || !IsState(b) || a == b) continue;
    if (b < a) std::swap(a, b);
    auto it = std::find_if(pairs.begin(), pairs.end(), [&](const auto& p) { return p.first == std::make_pair(a, b); });
    if (it == pairs.end()) {
      pairs.push_back({{a, b}, 1});
    } else {
      ++it->second;
    }
  }
  auto earlier = [&](const Mention& m) {
    return m.merged_into < 0 && m.kind != MentionKind::kPronoun && !m.description && m.token_end > m.token_begin &&
           (m.sentence < s || m.token_end <= before) && m.sentence <= s;
  };
  std::string first, second;
  int best = 0;
  for (const auto& [pair, n] : pairs) {
    if (n > best) {
      best = n;
      first = pair.first;
      second = pair.second;
    }
  }
  if (best == 0 && events_only) return {};
  if (best == 0) {
    // How often each country is named so far; on a tie the one named
    // first, as news names the main parties first.
    std::vector<std::pair<std::string, int>> named;
    for (const Mention& m : doc.mentions) {
      if (!earlier(m) || !IsState(m.actor.country) || (people && !m.individual)) continue;
      auto it = std::find_if(named.begin(), named.end(), [&](const auto& n) { return n.first == m.actor.country; });
      if (it == named.end()) {
        named.push_back({m.actor.country, 1});
      } else {
        ++it->second;
      }
    }
    if (named.size() < 2) return {};
    std::stable_sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    first = named[0].first;
    second = named[1].first;
  }
  std::vector<int32_t> members;
  for (const std::string& country : {first, second}) {
    int32_t any = -1, preferred = -1;
    for (int32_t i = static_cast<int32_t>(doc.mentions.size()) - 1; i >= 0 && preferred < 0; --i) {
      const Mention& m = doc.mentions[i];
      if (!earlier(m) || m.actor.country != country) continue;
      if (any < 0) any = i;
      if (people ? m.individual : m.actor.sector.empty()) preferred = i;
    }
    const int32_t chosen = preferred >= 0 ? preferred : (people ? -1 : any);
    if (chosen < 0) return {};
    members.push_back(chosen);
  }
  return members;
}

// Where a description of two parties starts at t ("both sides", "the two
// nations", "both the parties"): the index of its noun, or 0.
uint32_t PartiesNounAt(const Document& doc, uint32_t t, uint32_t end) {
  // Every token is tried: the cheap length test first.
  const std::string_view w = doc.tokens[t].norm;
  if ((w.size() != 4 && w.size() != 3) || t + 1 >= end) return 0;
  uint32_t k = 0;
  if (w == "both") {
    k = t + 1;
    if (doc.tokens[k].norm == "the") ++k;
  } else if (w == "the" && doc.tokens[t + 1].norm == "two") {
    k = t + 2;
  }
  return k > 0 && k < end && IsPartiesNoun(doc.tokens[k].norm) ? k : 0;
}

// "both sides", "the two nations", "both the parties": one mention for the
// phrase that stands for the two parties together. Words of it that other
// mentions cover ("leaders") merge into it.
void ResolveGroupDescriptions(Document* doc, uint32_t s) {
  const Sentence& sent = doc->sentences[s];
  for (uint32_t t = sent.token_begin; t + 1 < sent.token_end; ++t) {
    const uint32_t k = PartiesNounAt(*doc, t, sent.token_end);
    if (k == 0) continue;
    const std::string& noun = doc->tokens[k].norm;
    const std::vector<int32_t> members =
        TwoParties(*doc, s, t, noun == "leaders", noun == "sides" || noun == "parties" || noun == "delegations");
    if (members.size() != 2) continue;
    Mention group;
    group.kind = MentionKind::kAgent;
    group.sentence = s;
    group.token_begin = t;
    group.token_end = k + 1;
    group.description = true;
    group.group = true;
    group.antecedents = members;
    group.phrase = PhraseAt(*doc, s, k);
    const int32_t index = static_cast<int32_t>(doc->mentions.size());
    for (int32_t i = index - 1; i >= 0 && doc->mentions[i].sentence == s; --i) {
      Mention& part = doc->mentions[i];
      if (part.merged_into < 0 && part.token_begin >= t && part.token_end <= k + 1) part.merged_into = index;
    }
    doc->mentions.push_back(std::move(group));
    t = k;
  }
}

// Words that attach a place or an organisation to a role: "demonstrators in
// Baghdad", "students throughout Indonesia", "inspectors of the IAEA".
bool IsAttachingPreposition(const std::string& w) {
  return w == "in" || w == "of" || w == "from" || w == "throughout" || w == "across" || w == "at";
}

// Roles with no country ("demonstrators", "the judge") take one from the
// sentence: a place or organisation attached by a preposition right after
// them, else (with `from_sentence`) the one country the sentence names, if
// it names exactly one.
void InheritCountries(Document* doc, uint32_t s, bool from_sentence) {
  std::vector<int32_t> finals;
  for (int32_t i = static_cast<int32_t>(doc->mentions.size()) - 1; i >= 0; --i) {
    const Mention& m = doc->mentions[i];
    if (m.sentence != s) {
      if (m.sentence < s) break;
      continue;
    }
    if (m.merged_into < 0 && m.kind != MentionKind::kPronoun) finals.push_back(i);
  }
  std::sort(finals.begin(), finals.end(), [&](int32_t a, int32_t b) {
    return doc->mentions[a].token_begin < doc->mentions[b].token_begin;
  });
  std::string only;
  int32_t only_from = -1;
  bool single = true;
  for (int32_t f : finals) {
    const std::string& c = doc->mentions[f].actor.country;
    if (c.size() != 3 || c == "IGO" || c == "NGO") continue;
    if (only.empty()) {
      only = c;
      only_from = f;
    } else if (only != c) {
      single = false;
    }
  }
  const uint32_t end = doc->sentences[s].token_end;
  for (size_t k = 0; k < finals.size(); ++k) {
    Mention& m = doc->mentions[finals[k]];
    // Roles, also merged into one actor ("Moslem fundamentalist
    // demonstrators"), and people introduced by a role ("Deputy Defence
    // Minister Pavel Gorshkov") that did not say their country.
    const bool introduced = m.inferred.by == InferenceKind::kTitle || m.inferred.by == InferenceKind::kAppositive;
    if ((m.kind != MentionKind::kAgent && m.kind != MentionKind::kActor) || !m.actor.country.empty() || m.group) {
      continue;
    }
    std::string country;
    int32_t from = -1;
    InferenceKind by = InferenceKind::kAttachedPlace;
    const uint32_t t = m.token_end;
    if (t < end && IsAttachingPreposition(doc->tokens[t].norm) && k + 1 < finals.size()) {
      const Mention& next = doc->mentions[finals[k + 1]];
      if (next.token_begin <= t + 4 && !next.actor.country.empty()) {
        country = next.actor.country;
        from = finals[k + 1];
      }
    }
    if (country.empty() && single && from_sentence) {
      country = only;
      from = only_from;
      by = InferenceKind::kContextCountry;
    }
    if (country.empty()) continue;
    m.actor.country = country;
    m.actor.code = country + m.actor.sector;
    if (introduced) {
      m.inferred.country_mention = from;
    } else {
      m.inferred = {by, from, 0, 0, -1};
    }
  }
}

}  // namespace

void ResolveSentence(Document* doc, uint32_t s, Conventions conventions) {
  const bool legacy = conventions == Conventions::kPetrarch;
  // People and descriptions are read in the native conventions only:
  // PETRARCH's dictionaries code names they list.
  if (!legacy) FindKnownNames(doc, s);
  std::vector<int32_t> ids;
  for (int32_t i = static_cast<int32_t>(doc->mentions.size()) - 1; i >= 0; --i) {
    const Mention& m = doc->mentions[i];
    if (m.sentence != s) break;
    ids.push_back(i);
  }
  std::reverse(ids.begin(), ids.end());
  for (int32_t id : ids) {
    doc->mentions[id].phrase = PhraseAt(*doc, s, doc->mentions[id].token_begin);
  }
  // Merge runs of mentions that name one actor.
  const size_t merged_from = doc->mentions.size();
  size_t k = 0;
  while (k < ids.size()) {
    size_t e = k + 1;
    while (e < ids.size() && Joins(*doc, doc->mentions[ids[e - 1]], doc->mentions[ids[e]]) &&
           Compatible(doc->mentions[ids[k]].actor, doc->mentions[ids[e]].actor)) {
      ++e;
    }
    if (e - k > 1) {
      Mention merged = doc->mentions[ids[k]];
      merged.kind = MentionKind::kActor;
      std::vector<std::string> roles;  // legacy: role codes in text order
      if (legacy && doc->mentions[ids[k]].kind == MentionKind::kAgent) roles.push_back(merged.actor.sector);
      for (size_t j = k + 1; j < e; ++j) {
        const Mention& part = doc->mentions[ids[j]];
        if (legacy && part.kind == MentionKind::kAgent) roles.push_back(part.actor.sector);
        Combine(&merged.actor, part.actor);
        merged.individual = merged.individual || part.individual;
        merged.token_end = part.token_end;
        if (part.kind == MentionKind::kActor) merged.source = part.source;
      }
      FinishCode(&merged.actor);
      if (legacy) LegacyCode(&merged.actor, roles);
      const int32_t index = static_cast<int32_t>(doc->mentions.size());
      for (size_t j = k; j < e; ++j) doc->mentions[ids[j]].merged_into = index;
      doc->mentions.push_back(std::move(merged));
    } else {
      FinishCode(&doc->mentions[ids[k]].actor);
    }
    k = e;
  }
  if (!legacy) {
    const size_t before = doc->mentions.size();
    IntroduceNames(doc, s, merged_from);
    for (size_t i = before; i < doc->mentions.size(); ++i) {
      Mention& m = doc->mentions[i];
      if (m.phrase < 0) m.phrase = PhraseAt(*doc, s, m.token_begin);
    }
    ResolveRoleDescriptions(doc, s);
    ResolveGroupDescriptions(doc, s);
  }
  InheritCountries(doc, s, !legacy);
  // Possessors and pronoun antecedents, over the final mentions.
  for (size_t i = 0; i < doc->mentions.size(); ++i) {
    Mention& m = doc->mentions[i];
    if (m.sentence != s || m.merged_into >= 0) continue;
    const Sentence& sent = doc->sentences[s];
    if (m.token_end < sent.token_end) {
      const std::string& next = doc->tokens[m.token_end].norm;
      if (next == "'s" || next == "'") m.possessor = true;
    }
    if (m.kind != MentionKind::kPronoun) continue;
    const std::string& w = doc->tokens[m.token_begin].norm;
    if (w == "his" || w == "her" || w == "its" || w == "their") m.possessor = true;
    AddAntecedents(*doc, static_cast<int32_t>(i), &m);
  }
}

Inference InferenceOf(const Document& doc, int32_t written, int32_t resolved) {
  if (resolved < 0) return {};
  if (written >= 0 && written != resolved) {
    const Mention& w = doc.mentions[written];
    if (w.kind == MentionKind::kPronoun) return {InferenceKind::kPronoun, resolved, 0, 0, -1};
    if (w.description) return {InferenceKind::kDescription, resolved, 0, 0, -1};
  }
  return doc.mentions[resolved].inferred;
}

int32_t ResolveMention(const Document& doc, int32_t mention, int32_t avoid) {
  if (mention < 0) return -1;
  const Mention& m = doc.mentions[mention];
  if (m.kind != MentionKind::kPronoun && !m.description) return mention;
  const Mention* other = avoid >= 0 ? &doc.mentions[avoid] : nullptr;
  for (int32_t a : m.antecedents) {
    if (a == avoid) continue;
    const Mention& c = doc.mentions[a];
    // A pronoun avoids the other party's country ("Kyiv said it ..."); a
    // description only the other party itself ("the Tories accused the
    // prime minister": both British).
    if (other && m.kind == MentionKind::kPronoun && c.actor.country == other->actor.country) continue;
    if (other && m.description && c.actor.code == other->actor.code && c.actor.name == other->actor.name) continue;
    // "he" after "the president" is whom the description names.
    if (c.description && !c.group && !c.antecedents.empty()) {
      const int32_t named = ResolveMention(doc, a, avoid);
      if (named >= 0) return named;
      continue;
    }
    return a;
  }
  // A description nobody fits keeps the country its sentence gave it.
  if (m.description && !m.group && !m.actor.country.empty()) return mention;
  return -1;
}

bool NamesTwoParties(const Document& doc, uint32_t s) {
  const Sentence& sent = doc.sentences[s];
  for (uint32_t t = sent.token_begin; t + 1 < sent.token_end; ++t) {
    if (PartiesNounAt(doc, t, sent.token_end) > 0) return true;
  }
  return false;
}

std::vector<int32_t> Members(const Document& doc, int32_t mention) {
  if (mention >= 0 && doc.mentions[mention].group) return doc.mentions[mention].antecedents;
  return {mention};
}

}  // namespace dragoman
