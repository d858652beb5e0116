// A deterministic left-to-right chunker over Penn tags, in the spirit of a
// cascade of finite-state rules: verb groups first at each position, then
// noun phrases, then prepositions.
#include "chunk/chunker.h"

#include <algorithm>
#include <array>

namespace dragoman {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

constexpr std::array<std::string_view, 12> kBe = {"be", "is", "are", "was", "were", "been",
                                                 "being", "am", "'s", "'re", "get", "got"};
constexpr std::array<std::string_view, 27> kAux = {
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m",
    "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "get",
    "gets", "got", "gotten", "getting", "'ll", "ai"};
constexpr std::array<std::string_view, 6> kNegation = {"not", "n't", "never", "no", "neither", "nor"};
constexpr std::array<std::string_view, 8> kHypothetical = {"would", "could", "might", "may",
                                                          "should", "'d", "must", "can"};
constexpr std::array<std::string_view, 3> kFuture = {"will", "'ll", "shall"};

bool IsNounLike(Tag t) { return IsNoun(t) || t == Tag::kCD; }

// Premodifiers that may open or continue a noun phrase before its head.
bool IsPremodifier(Tag t) {
  return t == Tag::kDT || t == Tag::kPDT || t == Tag::kPRPS || IsAdjective(t) || t == Tag::kCD ||
         t == Tag::kWPS;
}

}  // namespace

bool IsPassiveAuxiliary(std::string_view norm) { return In(kBe, norm); }
bool IsAuxiliary(std::string_view norm) { return In(kAux, norm); }

namespace {

class SentenceChunker {
 public:
  SentenceChunker(Document* doc, uint32_t s) : doc_(doc), s_(s) {
    begin_ = doc->sentences[s].token_begin;
    end_ = doc->sentences[s].token_end;
  }

  void Run() {
    uint32_t i = begin_;
    while (i < end_) {
      uint32_t next = VerbGroup(i);
      if (next == i) next = NounPhrase(i);
      if (next == i) next = Preposition(i);
      if (next == i) next = i + 1;
      i = next;
    }
  }

 private:
  Tag T(uint32_t i) const { return i < end_ ? doc_->tokens[i].tag : Tag::kNone; }
  // The folded word at i; "" past the sentence, so look-ahead needs no checks.
  const std::string& W(uint32_t i) const {
    static const std::string kNone;
    return i < end_ ? doc_->tokens[i].norm : kNone;
  }

  // "Beijing criticized ...": a capitalised -ing word opening the sentence
  // before a finite verb is a name, whatever the tagger said.
  bool IsNameNotVerb(uint32_t i) const {
    const Tag next = T(i + 1);
    const char c = doc_->tokens[i].shape[0];
    return i == begin_ && T(i) == Tag::kVBG && c >= 'A' && c <= 'Z' &&
           (next == Tag::kVBD || next == Tag::kVBZ || next == Tag::kVBP || next == Tag::kMD);
  }

  bool StartsVerb(uint32_t i) const {
    const Tag t = T(i);
    if (IsNameNotVerb(i)) return false;
    if (t == Tag::kMD || IsVerb(t)) return true;
    // "never met", "not only signed": a negating adverb opens the group.
    if ((W(i) == "never" || W(i) == "not") && IsVerb(T(i + 1))) return true;
    // "to" + verb, "to" + adverb + verb.
    if (t == Tag::kTO) return IsVerb(T(i + 1)) || (IsAdverb(T(i + 1)) && IsVerb(T(i + 2)));
    return false;
  }

  // A participle used as an adjective: "occupied territories", "the
  // divided island". After a noun or an adverb it is the verb of a clause
  // ("Edoras previously hosted talks", "tanks shelled positions").
  bool IsAdjectivalParticiple(uint32_t i) const {
    const Tag t = T(i);
    if (!((t == Tag::kVBN || t == Tag::kVBG || t == Tag::kVBD) && (IsNoun(T(i + 1)) || IsAdjective(T(i + 1))))) {
      return false;
    }
    if (i == begin_) return t != Tag::kVBD;
    const Tag prev = T(i - 1);
    if (IsNoun(prev) || IsAdverb(prev) || prev == Tag::kPRP) return false;
    return t != Tag::kVBD || prev == Tag::kDT || prev == Tag::kPRPS;
  }

  uint32_t VerbGroup(uint32_t i) {
    if (!StartsVerb(i)) return i;
    if (IsAdjectivalParticiple(i)) {
      // Only when no auxiliary precedes: "were occupied" stays a verb group.
      if (i == begin_ || !IsAuxiliary(W(i - 1))) return i;
    }
    Phrase p;
    p.kind = PhraseKind::kVerbGroup;
    p.sentence = s_;
    p.token_begin = i;
    uint32_t j = i;
    int32_t last_verb = -1;
    bool allow = true;  // may a verb join here (start, or after an auxiliary, a modal or "to")
    while (j < end_) {
      const Tag t = T(j);
      const std::string& w = W(j);
      if (t == Tag::kMD) {
        if (In(kFuture, w)) p.future = true;
        if (In(kHypothetical, w)) p.modal = true;
        allow = true;
        ++j;
        continue;
      }
      if (In(kNegation, w) && (t == Tag::kRB || t == Tag::kDT) && (j > i || IsVerb(T(j + 1)))) {
        p.negated = true;
        ++j;
        continue;
      }
      // "was heavily and unjustly criticized": coordinated adverbs.
      if (IsAdverb(t) && (W(j + 1) == "and" || W(j + 1) == "or") && IsAdverb(T(j + 2)) && IsVerb(T(j + 3))) {
        j += 2;
        continue;
      }
      // "did not even ever clash": adverbs in a row before the verb.
      uint32_t after = j + 1;
      while (after < end_ && after < j + 4 && IsAdverb(T(after)) && !In(kNegation, W(after))) ++after;
      if (IsAdverb(t) && (IsVerb(T(after)) || T(after) == Tag::kTO || In(kNegation, W(after)))) {
        if (w == "never") p.negated = true;
        ++j;
        continue;
      }
      if (t == Tag::kTO && (IsVerb(T(j + 1)) || (IsAdverb(T(j + 1)) && IsVerb(T(j + 2))))) {
        if (last_verb < 0) p.infinitive = true;
        allow = true;
        ++j;
        continue;
      }
      if (IsVerb(t) && allow) {
        // "to cede occupied territories": the participle starts a noun phrase.
        if (last_verb >= 0 && IsAdjectivalParticiple(j) && !IsAuxiliary(W(last_verb))) break;
        last_verb = static_cast<int32_t>(j);
        allow = IsAuxiliary(w);
        ++j;
        continue;
      }
      break;
    }
    if (last_verb < 0) return i;  // "to" or a modal alone
    p.token_end = static_cast<uint32_t>(last_verb) + 1;
    p.head = static_cast<uint32_t>(last_verb);
    FinishVerbGroup(&p);
    doc_->phrases.push_back(std::move(p));
    return static_cast<uint32_t>(last_verb) + 1;
  }

  void FinishVerbGroup(Phrase* p) {
    const uint32_t h = p->head;
    // Passive: the head is a participle right after a form of be/get.
    if (T(h) == Tag::kVBN || T(h) == Tag::kVBD) {
      for (int32_t k = static_cast<int32_t>(h) - 1; k >= static_cast<int32_t>(p->token_begin); --k) {
        if (IsAdverb(T(k))) continue;
        if (IsPassiveAuxiliary(W(k))) p->voice = Voice::kPassive;
        break;
      }
    }
    bool has_aux = false;
    for (uint32_t k = p->token_begin; k < h; ++k) {
      const std::string& w = W(k);
      if (w == "has" || w == "have" || w == "had" || w == "'ve" || (w == "'d" && T(k + 1) == Tag::kVBN)) {
        p->perfect = true;
      }
      // "is to visit": a scheduled future.
      if (IsPassiveAuxiliary(w) && k + 1 < h && T(k + 1) == Tag::kTO) p->future = true;
      if (IsVerb(T(k)) || T(k) == Tag::kMD) has_aux = true;
    }
    // A bare participle after a noun phrase: "a delegation led by ...".
    if (!has_aux && (T(h) == Tag::kVBN || T(h) == Tag::kVBG) && p->token_begin == h) {
      p->participle = true;
      if (T(h) == Tag::kVBN && ByAgentFollows(h)) p->voice = Voice::kPassive;
    }
    if (!has_aux && T(h) == Tag::kVBD && ByAgentFollows(h) && !doc_->phrases.empty() &&
        doc_->phrases.back().kind == PhraseKind::kNounPhrase && doc_->phrases.back().token_end == h) {
      p->participle = true;
      p->voice = Voice::kPassive;
    }
  }

  // "by" and the start of a noun phrase naming someone: "led by Defence
  // Minister ...", "backed by its allies"; not "spoke by phone".
  bool ByAgentFollows(uint32_t h) const {
    if (W(h + 1) != "by") return false;
    const Tag t = T(h + 2);
    return t == Tag::kDT || t == Tag::kPRPS || IsProperNoun(t) || IsAdjective(t) || t == Tag::kCD ||
           t == Tag::kNNS;
  }

  uint32_t NounPhrase(uint32_t i) {
    const Tag t = T(i);
    if (t == Tag::kPRP || t == Tag::kEX || t == Tag::kWP) {
      Push(PhraseKind::kNounPhrase, i, i + 1, i);
      return i + 1;
    }
    if (IsNameNotVerb(i)) {
      Push(PhraseKind::kNounPhrase, i, i + 1, i);
      return i + 1;
    }
    const bool opener = IsPremodifier(t) || IsNounLike(t) || IsAdjectivalParticiple(i);
    if (!opener) return i;
    uint32_t j = i;
    int32_t head = -1;
    while (j < end_) {
      const Tag u = T(j);
      if (IsNounLike(u)) {
        head = static_cast<int32_t>(j);
        ++j;
        continue;
      }
      if (u == Tag::kPOS && head >= 0) {  // possessor: continue with the possessed
        ++j;
        continue;
      }
      if (IsPremodifier(u) && (head < 0 || T(j - 1) == Tag::kPOS)) {
        ++j;
        continue;
      }
      if (IsAdjective(u) || IsAdjectivalParticiple(j)) {  // "French" "backed" inside a name run
        if (head >= 0 && !(IsNoun(T(j + 1)) || IsAdjective(T(j + 1)))) break;
        // "tanks shelled positions": after the head noun a participle is the verb.
        if (head >= 0 && !IsAdjective(u)) break;
        ++j;
        continue;
      }
      break;
    }
    if (head < 0) {
      if (j > i && (T(j - 1) == Tag::kDT || IsAdjective(T(j - 1)))) {
        // "the two", "both": a determiner-headed phrase still names something.
        Push(PhraseKind::kNounPhrase, i, j, j - 1);
        return j;
      }
      return i;
    }
    uint32_t end = static_cast<uint32_t>(head) + 1;
    // "an outcome Kyiv strongly rejects": a name after a common noun, right
    // before a finite verb, is the subject of a reduced relative clause.
    uint32_t next = end;
    while (next < end_ && IsAdverb(T(next))) ++next;
    const Tag after = T(next);
    if (after == Tag::kVBZ || after == Tag::kVBD || after == Tag::kVBP || after == Tag::kMD) {
      uint32_t k = end;
      while (k > i && IsProperNoun(T(k - 1))) --k;
      // One name only: "opposition leader Nika Melia criticized" is a title
      // and a person's name, not a relative clause.
      if (k + 1 == end && k > i && (T(k - 1) == Tag::kNN || T(k - 1) == Tag::kNNS)) {
        Push(PhraseKind::kNounPhrase, i, k, k - 1);
        Push(PhraseKind::kNounPhrase, k, end, end - 1);
        return end;
      }
    }
    Push(PhraseKind::kNounPhrase, i, end, end - 1);
    return end;
  }

  uint32_t Preposition(uint32_t i) {
    const Tag t = T(i);
    if (t != Tag::kIN && t != Tag::kTO) return i;
    Push(PhraseKind::kPrepPhrase, i, i + 1, i);
    return i + 1;
  }

  void Push(PhraseKind kind, uint32_t b, uint32_t e, uint32_t head) {
    Phrase p;
    p.kind = kind;
    p.sentence = s_;
    p.token_begin = b;
    p.token_end = e;
    p.head = head;
    doc_->phrases.push_back(std::move(p));
  }

  Document* doc_;
  uint32_t s_;
  uint32_t begin_ = 0;
  uint32_t end_ = 0;
};

}  // namespace

void ChunkSentence(Document* doc, uint32_t sentence_index) {
  SentenceChunker(doc, sentence_index).Run();
}

}  // namespace dragoman
