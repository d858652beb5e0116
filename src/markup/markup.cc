#include "markup/markup.h"

#include <algorithm>
#include <cctype>
#include <array>

namespace dragoman {
namespace {

constexpr std::array<std::string_view, 12> kPronouns = {
    "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "himself", "herself"};

bool Matches(const PhraseEntry& p, const Document& doc, uint32_t i, uint32_t end) {
  if (i + p.words.size() > end) return false;
  // Proper names match capitalised text only: "Turkey" but not "turkey",
  // "the West" but not "western Ukraine".
  for (size_t k = 0; k < p.words.size() && k < 32; ++k) {
    const char c = doc.tokens[i + k].shape[0];
    if ((p.capitalized >> k & 1u) && !(c >= 'A' && c <= 'Z')) return false;
    if (p.acronym >> k & 1u) {
      for (char x : doc.tokens[i + k].shape) {
        if (x >= 'a' && x <= 'z') return false;
      }
    }
  }
  for (size_t k = 0; k < p.words.size(); ++k) {
    if (doc.tokens[i + k].norm != p.words[k]) return false;
  }
  if (!p.exact.empty()) {
    std::string shape;
    for (size_t k = 0; k < p.words.size(); ++k) {
      if (k) shape += ' ';
      shape += doc.tokens[i + k].shape;
    }
    if (shape != p.exact) return false;
  }
  return true;
}

// The longest phrase matching at token i, or nullptr.
const PhraseEntry* LongestAt(const Lexicon& lexicon, const Document& doc, uint32_t i, uint32_t end) {
  const std::vector<uint32_t>* ids = lexicon.PhrasesStartingWith(doc.tokens[i].norm);
  if (!ids) return nullptr;
  for (uint32_t id : *ids) {
    const PhraseEntry& p = lexicon.phrases()[id];
    if (Matches(p, doc, i, end)) return &p;
  }
  return nullptr;
}

// A one-word actor name ("greek"), or nullptr; case=exact names ("US") only
// when `allow_exact`.
const PhraseEntry* SingleWordActor(const Lexicon& lexicon, const std::string& word, bool allow_exact = false) {
  const std::vector<uint32_t>* ids = lexicon.PhrasesStartingWith(word);
  if (!ids) return nullptr;
  for (uint32_t id : *ids) {
    const PhraseEntry& p = lexicon.phrases()[id];
    if (p.words.size() == 1 && p.kind == EntryKind::kActor && (allow_exact || p.exact.empty())) return &p;
  }
  return nullptr;
}

Actor ActorOf(const Lexicon& lex, const PhraseEntry& p, std::string_view date) {
  Actor a;
  if (p.kind == EntryKind::kAgent) {
    const AgentEntry& g = lex.agents()[p.index];
    (g.prefix ? a.prefix : a.sector) = g.sector;
    a.title = g.title;
    return a;
  }
  const ActorEntry& e = lex.actors()[p.index];
  a.name = e.name;
  if (!e.roles.empty()) {
    if (const ActorRole* r = RoleOn(e, date)) {
      a.code = r->code;
      a.country = r->country;
      a.sector = r->sector;
      a.title = r->title;
    }
  } else {
    a.code = e.code;
    a.country = e.country;
    a.sector = e.sector;
    a.title = e.title;
  }
  if (!p.sector.empty()) {
    a.sector = p.sector;
    if (a.country.size() == 3 && a.code.size() <= 3) a.code = a.country + p.sector;
  }
  if (!p.title.empty()) a.title = p.title;
  return a;
}

// A mention of `entry` covering token i alone ("Greek-Cypriot", "US-led").
void AddTokenMention(const Lexicon& lexicon, const PhraseEntry& entry, uint32_t s, uint32_t i, Document* doc) {
  Mention m;
  m.kind = MentionKind::kActor;
  m.sentence = s;
  m.token_begin = i;
  m.token_end = i + 1;
  m.actor = ActorOf(lexicon, entry, doc->date);
  m.source = entry.source;
  doc->mentions.push_back(std::move(m));
}

}  // namespace

void MarkupSentence(const Lexicon& lexicon, Document* doc, uint32_t s) {
  const Sentence& sent = doc->sentences[s];
  uint32_t i = sent.token_begin;
  while (i < sent.token_end) {
    const Token& tok = doc->tokens[i];
    const PhraseEntry* hit = LongestAt(lexicon, *doc, i, sent.token_end);
    // "the West Bank": a match that a longer one starting inside it overlaps
    // ("West Bank") gives way to it.
    if (hit) {
      const uint32_t end = i + static_cast<uint32_t>(hit->words.size());
      for (uint32_t j = i + 1; j < end && hit; ++j) {
        const PhraseEntry* inner = LongestAt(lexicon, *doc, j, sent.token_end);
        if (inner && j + inner->words.size() > end) hit = nullptr;
      }
      if (!hit) {
        ++i;
        continue;
      }
    }
    if (hit) {
      Mention m;
      m.kind = hit->kind == EntryKind::kAgent ? MentionKind::kAgent : MentionKind::kActor;
      m.sentence = s;
      m.token_begin = i;
      m.token_end = i + static_cast<uint32_t>(hit->words.size());
      m.actor = ActorOf(lexicon, *hit, doc->date);
      m.source = hit->source;
      // People, and role words in the singular ("minister", not "ministers").
      const std::string& last = doc->tokens[m.token_end - 1].norm;
      m.individual = hit->kind == EntryKind::kActor
                         ? lexicon.actors()[hit->index].person
                         : !(last.size() > 3 && last.back() == 's' && last[last.size() - 2] != 's');
      doc->mentions.push_back(std::move(m));
      i += static_cast<uint32_t>(hit->words.size());
      continue;
    }
    // "Greek-Cypriot": two names joined by a hyphen; the first one leads.
    if (const size_t dash = tok.norm.find('-'); dash != std::string::npos && dash > 0 && dash + 1 < tok.norm.size()) {
      const PhraseEntry* first = SingleWordActor(lexicon, tok.norm.substr(0, dash));
      const PhraseEntry* second = SingleWordActor(lexicon, tok.norm.substr(dash + 1));
      if (first && second && std::isupper(static_cast<unsigned char>(tok.shape[dash + 1]))) {
        AddTokenMention(lexicon, *first, s, i, doc);
        ++i;
        continue;
      }
    }
    // "US-led coalition", "Vietnamese-led forces": the leader's country.
    if (const size_t dash = tok.norm.rfind("-led");
        dash != std::string::npos && dash > 0 && dash + 4 == tok.norm.size()) {
      if (const PhraseEntry* leader = SingleWordActor(lexicon, tok.norm.substr(0, dash), /*allow_exact=*/true)) {
        AddTokenMention(lexicon, *leader, s, i, doc);
      }
      ++i;
      continue;
    }
    if (std::find(kPronouns.begin(), kPronouns.end(), tok.norm) != kPronouns.end()) {
      Mention m;
      m.kind = MentionKind::kPronoun;
      m.sentence = s;
      m.token_begin = i;
      m.token_end = i + 1;
      doc->mentions.push_back(std::move(m));
    }
    ++i;
  }
}

void TagNames(const Lexicon& lexicon, Document* doc, uint32_t s) {
  const Sentence& sent = doc->sentences[s];
  // "won't even ever clash": words that are adverbs whatever the tagger read.
  for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
    Token& tok = doc->tokens[i];
    if ((tok.norm == "even" || tok.norm == "ever") && (IsVerb(tok.tag) || IsNoun(tok.tag))) tok.tag = Tag::kRB;
  }
  for (uint32_t i = sent.token_begin + 1; i < sent.token_end; ++i) {
    Token& tok = doc->tokens[i];
    if (tok.tag != Tag::kNN || lexicon.LemmaOf(tok.norm).empty()) continue;
    uint32_t k = i - 1;
    while (k > sent.token_begin && IsAdverb(doc->tokens[k].tag)) --k;
    const std::string& aux = doc->tokens[k].norm;
    if (doc->tokens[k].tag == Tag::kMD || aux == "did" || aux == "do" || aux == "does") tok.tag = Tag::kVB;
  }
  for (auto it = doc->mentions.rbegin(); it != doc->mentions.rend() && it->sentence == s; ++it) {
    if (it->kind != MentionKind::kActor) continue;
    // A word of a longer name ("Ahmed al-Sharaa") is a proper noun unless it
    // is a function word ("Ministry of Defence"); a one-word name only when
    // capitalised and not already a noun or a demonym.
    const bool multi = it->token_end - it->token_begin > 1;
    for (uint32_t t = it->token_begin; t < it->token_end; ++t) {
      Token& tok = doc->tokens[t];
      const char c = tok.shape.empty() ? 0 : tok.shape[0];
      const bool function = tok.tag == Tag::kDT || tok.tag == Tag::kIN || tok.tag == Tag::kCC ||
                            tok.tag == Tag::kTO || tok.tag == Tag::kPOS || !std::isalpha(static_cast<unsigned char>(c));
      if (IsNoun(tok.tag) || function) continue;
      if (multi || (c >= 'A' && c <= 'Z' && !IsAdjective(tok.tag))) tok.tag = Tag::kNNP;
    }
  }
}

void FindDiscards(const Lexicon& lexicon, Document* doc) {
  if (lexicon.discards().empty()) return;
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    const Sentence& sent = doc->sentences[s];
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      const std::vector<uint32_t>* ids = lexicon.DiscardsStartingWith(doc->tokens[i].norm);
      if (!ids) continue;
      for (uint32_t id : *ids) {
        const DiscardEntry& d = lexicon.discards()[id];
        if (i + d.words.size() > sent.token_end) continue;
        bool all = true;
        for (size_t k = 1; k < d.words.size() && all; ++k) all = doc->tokens[i + k].norm == d.words[k];
        if (!all) continue;
        doc->discards.push_back({d.story ? -1 : static_cast<int32_t>(s),
                                 doc->TokenSpan(i, i + static_cast<uint32_t>(d.words.size())), d.source});
      }
    }
  }
}

bool SentenceMayCode(const Lexicon& lexicon, const Document& doc, uint32_t s) {
  const Sentence& sent = doc.sentences[s];
  std::vector<uint64_t> words;  // the sentence's word hashes, once an anchor is seen
  for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
    const std::vector<uint32_t>* ids = lexicon.PatternsForForm(doc.tokens[i].norm);
    if (!ids) continue;
    if (words.empty()) {
      for (uint32_t k = sent.token_begin; k < sent.token_end; ++k) words.push_back(WordHash(doc.tokens[k].norm));
      std::sort(words.begin(), words.end());
    }
    // Some pattern of this anchor has every word it needs in the sentence.
    for (uint32_t id : *ids) {
      const std::vector<uint64_t>& required = lexicon.patterns()[id].required;
      if (std::includes(words.begin(), words.end(), required.begin(), required.end())) return true;
    }
  }
  return false;
}

}  // namespace dragoman
