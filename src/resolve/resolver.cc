#include "resolve/resolver.h"

#include <algorithm>

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
}

void FinishCode(Actor* a) {
  if (a->country.size() == 3 && (a->code.size() < 3 || a->code.substr(0, 3) != a->country)) {
    a->code = a->country + a->sector;
  } else if (a->code.empty()) {
    a->code = a->country + a->sector;
  } else if (a->code.size() == 3 && !a->sector.empty() && a->country == a->code) {
    a->code += a->sector;
  }
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

// Candidate antecedents in order of salience: what earlier pronouns of the
// same sentence refer to ("he announced he would not ... after Putin declined
// his invitation": both "he" and "his" are the previous sentence's subject),
// then earlier actors of the sentence, nearest first, then the first actor
// (the subject) of each earlier sentence, then the rest by recency.
void AddAntecedents(const Document& doc, int32_t self, Mention* m) {
  const std::string& w = doc.tokens[m->token_begin].norm;
  std::vector<int32_t> same, earlier_first, rest;
  int32_t current_sentence = -1;
  int32_t first_of_sentence = -1;
  // Merged mentions of the pronoun's own sentence sit after it in the
  // vector ("A senior British minister ... as he embarked"), so the scan
  // starts at the end.
  for (int32_t j = static_cast<int32_t>(doc.mentions.size()) - 1; j >= 0; --j) {
    if (j == self) continue;
    const Mention& c = doc.mentions[j];
    if (c.sentence > m->sentence) continue;
    if (m->sentence - c.sentence > 3) break;
    if (c.sentence == m->sentence) {
      if (c.token_begin >= m->token_begin) continue;
      if (c.kind == MentionKind::kPronoun && c.merged_into < 0 && doc.tokens[c.token_begin].norm.size() &&
          !c.antecedents.empty() && Accepts(doc, w, doc.mentions[c.antecedents[0]])) {
        AddCandidate(doc, c.antecedents[0], m);
      }
      if (Accepts(doc, w, c)) same.push_back(j);
      continue;
    }
    if (static_cast<int32_t>(c.sentence) != current_sentence) {
      if (first_of_sentence >= 0) earlier_first.push_back(first_of_sentence);
      current_sentence = static_cast<int32_t>(c.sentence);
      first_of_sentence = -1;
    }
    if (!Accepts(doc, w, c)) continue;
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
  std::vector<int32_t> all = same;
  all.insert(all.end(), earlier_first.begin(), earlier_first.end());
  all.insert(all.end(), rest.begin(), rest.end());
  // "they", "their": groups ("Ivory Coast rebels", "officials") before
  // countries named in passing ("a Senegalese plan").
  if (IsPlural(w)) {
    std::stable_partition(all.begin(), all.end(), [&](int32_t c) { return !doc.mentions[c].actor.sector.empty(); });
  }
  for (int32_t c : all) AddCandidate(doc, c, m);
}

// Words that attach a place or an organisation to a role: "demonstrators in
// Baghdad", "students throughout Indonesia", "inspectors of the IAEA".
bool IsAttachingPreposition(const std::string& w) {
  return w == "in" || w == "of" || w == "from" || w == "throughout" || w == "across" || w == "at";
}

// Roles with no country ("demonstrators", "the judge") take one from the
// sentence: a place or organisation attached by a preposition right after
// them, else the one country the sentence names, if it names exactly one.
void InheritCountries(Document* doc, uint32_t s) {
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
    // Roles, and people introduced by a role ("Deputy Defence Minister
    // Pavel Gorshkov") that did not say their country.
    const bool introduced = m.inferred.by == InferenceKind::kTitle || m.inferred.by == InferenceKind::kAppositive;
    if ((m.kind != MentionKind::kAgent && !introduced) || !m.actor.country.empty()) continue;
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
    if (country.empty() && single) {
      country = only;
      from = only_from;
      by = InferenceKind::kContextCountry;
    }
    if (country.empty()) continue;
    m.actor.country = country;
    m.actor.code = country + m.actor.sector;
    if (introduced) {
      m.inferred.country_from = NameOf(*doc, from);
    } else {
      m.inferred = {by, NameOf(*doc, from), -1, ""};
    }
  }
}

}  // namespace

void ResolveSentence(Document* doc, uint32_t s) {
  FindKnownNames(doc, s);
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
      for (size_t j = k + 1; j < e; ++j) {
        const Mention& part = doc->mentions[ids[j]];
        Combine(&merged.actor, part.actor);
        merged.individual = merged.individual || part.individual;
        merged.token_end = part.token_end;
        if (part.kind == MentionKind::kActor) merged.source = part.source;
      }
      FinishCode(&merged.actor);
      const int32_t index = static_cast<int32_t>(doc->mentions.size());
      for (size_t j = k; j < e; ++j) doc->mentions[ids[j]].merged_into = index;
      doc->mentions.push_back(std::move(merged));
    } else {
      FinishCode(&doc->mentions[ids[k]].actor);
    }
    k = e;
  }
  const size_t before = doc->mentions.size();
  IntroduceNames(doc, s, merged_from);
  for (size_t i = before; i < doc->mentions.size(); ++i) {
    Mention& m = doc->mentions[i];
    if (m.phrase < 0) m.phrase = PhraseAt(*doc, s, m.token_begin);
  }
  InheritCountries(doc, s);
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
  if (written >= 0 && written != resolved && doc.mentions[written].kind == MentionKind::kPronoun) {
    return {InferenceKind::kPronoun, NameOf(doc, resolved), static_cast<int32_t>(doc.mentions[resolved].sentence), ""};
  }
  return doc.mentions[resolved].inferred;
}

int32_t ResolveMention(const Document& doc, int32_t mention, int32_t avoid) {
  if (mention < 0) return -1;
  const Mention& m = doc.mentions[mention];
  if (m.kind != MentionKind::kPronoun) return mention;
  const std::string* avoid_country = avoid >= 0 ? &doc.mentions[avoid].actor.country : nullptr;
  for (int32_t a : m.antecedents) {
    if (a == avoid) continue;
    if (avoid_country && doc.mentions[a].actor.country == *avoid_country) continue;
    return a;
  }
  return -1;
}

}  // namespace dragoman
