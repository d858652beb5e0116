// Pattern matching over one sentence. The matcher is a small backtracking
// search over the elements right of the anchor (patterns are short, a dozen
// elements at most), while slots left of the anchor come from syntax: the
// subject finder below walks the chunk layer leftwards from the verb group.
#include "code/coder.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <system_error>

#include "chunk/chunker.h"
#include "resolve/resolver.h"

namespace dragoman {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

constexpr std::array<std::string_view, 20> kPlanning = {
    "set", "expected", "scheduled", "planned", "plans", "plan", "planning", "due", "going",
    "intends", "intend", "intended", "aims", "aim", "prepared", "preparing", "ready",
    "willing", "poised", "slated"};
constexpr std::array<std::string_view, 25> kReporting = {
    "said", "says", "say", "saying", "announced", "announces", "told", "tells", "stated", "states",
    "declared", "declares", "reported", "added", "confirmed", "warned", "vowed", "pledged",
    "promised", "insisted", "claimed", "claims", "indicated", "signalled", "signaled"};
constexpr std::array<std::string_view, 14> kSubordinators = {
    "after", "before", "because", "while", "when", "since", "although", "though",
    "if", "unless", "until", "once", "whereas", "whether"};
constexpr std::array<std::string_view, 13> kQuantifiers = {
    "up", "to", "at", "least", "more", "than", "some", "about", "nearly", "around", "over",
    "almost", "several"};
constexpr std::array<std::string_view, 31> kTimeWords = {
    "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "week", "month", "year", "morning", "evening", "night", "weekend",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "afternoon", "weeks"};
constexpr std::array<std::string_view, 12> kUndoingVerbs = {
    "refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining",
    "fail", "fails", "failed", "failing"};
constexpr std::array<std::string_view, 4> kTimeSubordinators = {"before", "until", "till", "once"};
constexpr std::array<std::string_view, 4> kCondition = {"if", "unless", "whether", "should"};
constexpr std::array<std::string_view, 8> kRefusals = {"not", "n't", "no", "fails", "fail", "refuses",
                                                      "refuse", "rejects"};
constexpr std::array<std::string_view, 5> kPreviously = {"previously", "formerly", "earlier",
                                                        "once", "already"};

// The CAMEO code for an announced, not yet done, action: cooperative acts
// become the matching "express intent" code (visit -> 036, send aid -> 033),
// hostile acts become threats (attack -> 138, sanction -> 131, arrest ->
// 137). A cooperative act held back until the other side gives in ("will
// withdraw its force unless ...") is a threat too (`coercive`), while one
// offered on a condition ("would meet him if he gave them a veto") stays an
// intent. Codes already verbal (01-03, 09-14) stay.
std::string IntentCode(const std::string& code, bool coercive) {
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (coercive && root >= 4 && root <= 8) return "130";
  switch (root) {
    case 4: return "036";
    case 5: return code.rfind("057", 0) == 0 ? "030" : "032";
    case 6: return code.size() > 2 && code[2] >= '1' && code[2] <= '4' ? std::string("031") + code[2] : "031";
    case 7: return code.size() > 2 && code[2] >= '1' && code[2] <= '4' ? std::string("033") + code[2] : "033";
    case 8: {
      if (code.rfind("083", 0) == 0) return code;  // "will resign" is the resignation
      static const char* kYield[] = {"035", "0351", "0352", "034", "0353", "0354", "0355", "0356"};
      const int sub = code.size() > 2 ? code[2] - '0' : 0;
      return sub >= 0 && sub <= 7 ? kYield[sub] : "035";
    }
    case 15: case 18: case 19: case 20: return "138";
    case 16: return "131";
    case 17: return "137";
    default: return code;
  }
}

// The mentions a slot filled, in text order.
struct Slots;
struct SlotsMark {
  size_t sources, targets, compound, skipped;
  uint32_t last, literals;
};

struct Slots {
  std::vector<int32_t> sources;
  std::vector<int32_t> targets;
  std::vector<int32_t> compound;
  // Actors a literal skipped inside its own phrase ("rejected [Azerbaijan's]
  // demand"): the target when the pattern names none.
  std::vector<int32_t> skipped;
  uint32_t last = 0;      // last token matched
  uint32_t literals = 0;  // words matched by literals: more is more specific

  // Backtracking: remember the sizes, and cut back to them on failure.
  SlotsMark Mark() const {
    return {sources.size(), targets.size(), compound.size(), skipped.size(), last, literals};
  }
  void Restore(const SlotsMark& m) {
    sources.resize(m.sources);
    targets.resize(m.targets);
    compound.resize(m.compound);
    skipped.resize(m.skipped);
    last = m.last;
    literals = m.literals;
  }
};

class SentenceCoder {
 public:
  SentenceCoder(const Lexicon& lex, Document* doc, uint32_t s, std::vector<CodingTrace>* trace)
      : lex_(lex), doc_(doc), s_(s), trace_(trace), legacy_(lex.conventions() == Conventions::kPetrarch) {
    b_ = doc->sentences[s].token_begin;
    e_ = doc->sentences[s].token_end;
    const uint32_t n = e_ - b_;
    phrase_of_.assign(n, -1);
    mention_at_.assign(n, -1);
    for (int32_t i = static_cast<int32_t>(doc->phrases.size()) - 1; i >= 0; --i) {
      const Phrase& p = doc->phrases[i];
      if (p.sentence != s) {
        if (p.sentence < s) break;
        continue;
      }
      for (uint32_t t = p.token_begin; t < p.token_end; ++t) phrase_of_[t - b_] = i;
      if (p.kind == PhraseKind::kVerbGroup) verb_groups_.push_back(i);
    }
    std::reverse(verb_groups_.begin(), verb_groups_.end());
    for (int32_t i = static_cast<int32_t>(doc->mentions.size()) - 1; i >= 0; --i) {
      const Mention& m = doc->mentions[i];
      if (m.sentence != s) {
        if (m.sentence < s) break;
        continue;
      }
      first_mention_ = static_cast<size_t>(i);
      if (m.merged_into >= 0) continue;
      mention_at_[m.token_begin - b_] = i;
    }
    consumed_.assign(n, false);
  }

  void Run() {
    // Verb groups first, left to right; within a group the first verb that
    // codes wins ("threatened to attack" is a threat).
    bool previous_coded = false;
    bool any_coded = false;
    uint32_t previous_end = b_;
    for (int32_t g : verb_groups_) {
      const Phrase& vg = doc_->phrases[g];
      // PETRARCH codes an adverbial clause ("... after crowds burned down its
      // embassy") only when the clause it hangs from coded nothing.
      bool subordinate = false;
      for (uint32_t t = previous_end; legacy_ && t < vg.token_begin; ++t) {
        if (W(t) == ",") subordinate = false;  // "after a rift, the agency said"
        subordinate = subordinate || (In(kSubordinators, W(t)) && W(t) != "whether" && W(t) != "if");
      }
      previous_end = vg.token_end;
      if (subordinate && any_coded) {
        previous_coded = false;
        continue;
      }
      // "marched to parliament demanding ...": a bare -ing participle that
      // continues a coded clause describes the same event.
      // "staged demonstrations to demand reforms": a purpose clause too.
      // After a comma ("..., killing one and arresting 12") it is a new act.
      const bool comma = vg.token_begin > b_ && W(vg.token_begin - 1) == ",";
      const bool continues = previous_coded && !comma &&
                             ((vg.participle && Tag_(vg.head) == Tag::kVBG) || vg.infinitive);
      bool coded = false;
      for (uint32_t t = vg.token_begin; t < vg.token_end && !continues; ++t) {
        if (!IsVerb(Tag_(t))) continue;
        if (TryAnchor(t, g)) {
          coded = true;
          break;
        }
      }
      previous_coded = coded || continues;
      any_coded = any_coded || coded;
    }
    // Then noun anchors not inside a span already coded.
    for (uint32_t t = b_; t < e_; ++t) {
      if (consumed_[t - b_] || !IsNoun(Tag_(t))) continue;
      TryAnchor(t, -1);
    }
  }

 private:
  Tag Tag_(uint32_t t) const { return t < e_ ? doc_->tokens[t].tag : Tag::kNone; }
  // The folded word at t; "" outside the sentence.
  const std::string& W(uint32_t t) const {
    static const std::string kNone;
    return t >= b_ && t < e_ ? doc_->tokens[t].norm : kNone;
  }
  int32_t PhraseOf(uint32_t t) const { return t >= b_ && t < e_ ? phrase_of_[t - b_] : -1; }
  int32_t MentionAt(uint32_t t) const { return t >= b_ && t < e_ ? mention_at_[t - b_] : -1; }
  bool IsClauseBreak(uint32_t t) const {
    if (t >= e_) return true;
    const Tag g = Tag_(t);
    if (g == Tag::kStop) return true;
    // PETRARCH: a hyphen glued to the word before ("anti- Gondor") breaks
    // nothing.
    if (g == Tag::kDash) return !(legacy_ && W(t) == "-" && !doc_->tokens[t].space_before);
    const std::string& w = W(t);
    return w.size() == 1 && (w[0] == ';' || w[0] == ':');
  }
  bool IsNounPhrase(int32_t p) const {
    return p >= 0 && doc_->phrases[p].kind == PhraseKind::kNounPhrase;
  }

  void Trace(uint32_t anchor, const Pattern& p, bool matched) {
    if (!trace_) return;
    trace_->push_back({anchor, fmt::format("{}:{} '{}' {}", p.source.file, p.source.line, p.text,
                                           matched ? "matched" : "did not match")});
  }

  // ---- anchors ----

  // The end of the list of common-noun phrases that continues at `pos`
  // (", mortar, and rocket fire"), or `pos` when none does. The members
  // name things, not actors.
  uint32_t NounListEnd(uint32_t pos) const {
    uint32_t end = pos, p = pos;
    while (p < e_) {
      uint32_t q = p;
      if (W(q) == ",") ++q;
      if (q < e_ && (W(q) == "and" || W(q) == "or")) ++q;
      if (q == p || q >= e_) break;
      const int32_t ph = PhraseOf(q);
      if (!IsNounPhrase(ph) || doc_->phrases[ph].token_begin != q) break;
      const Phrase& np = doc_->phrases[ph];
      const Tag head = Tag_(np.head);
      const int32_t m = MentionAt(q);
      if ((head != Tag::kNN && head != Tag::kNNS) || (m >= 0 && !doc_->mentions[m].actor.country.empty())) break;
      p = end = np.token_end;
    }
    return end;
  }

  // A skip ("...") stops at a clause break, a comma or "but", but not at a
  // comma inside a list of common nouns ("artillery, mortar, and rocket
  // fire against"); computed once per sentence.
  bool SkipBarrier(uint32_t t) {
    if (t >= e_) return true;
    if (barriers_.empty()) {
      barriers_.reserve(e_ - b_);
      for (uint32_t k = b_; k < e_; ++k) {
        const bool common = [&](uint32_t x) { return Tag_(x) == Tag::kNN || Tag_(x) == Tag::kNNS; }(k > b_ ? k - 1 : k);
        uint32_t next = k + 1;
        if (next < e_ && (W(next) == "and" || W(next) == "or")) ++next;
        const bool list = W(k) == "," && k > b_ && common && next < e_ &&
                          (Tag_(next) == Tag::kNN || Tag_(next) == Tag::kNNS);
        barriers_.push_back(IsClauseBreak(k) || (W(k) == "," && !list) || W(k) == "but");
      }
    }
    return barriers_[t - b_];
  }

  // The WordHash of token t, computed once per sentence.
  uint64_t TokenHash(uint32_t t) {
    if (token_hashes_.empty()) {
      token_hashes_.reserve(e_ - b_);
      for (uint32_t k = b_; k < e_; ++k) token_hashes_.push_back(WordHash(W(k)));
    }
    return token_hashes_[t - b_];
  }

  // Does the sentence hold every word the pattern needs?
  bool HasRequiredWords(const Pattern& p) {
    if (p.required.empty()) return true;
    if (words_.empty()) {
      for (uint32_t t = b_; t < e_; ++t) words_.push_back(TokenHash(t));
      std::sort(words_.begin(), words_.end());
    }
    for (uint64_t h : p.required) {
      if (!std::binary_search(words_.begin(), words_.end(), h)) return false;
    }
    return true;
  }

  bool TryAnchor(uint32_t t, int32_t vg) {
    const std::vector<uint32_t>* ids = lex_.PatternsForForm(W(t));
    if (!ids) return false;
    for (const uint32_t& id : *ids) {
      const Pattern& p = lex_.patterns()[id];
      if (!HasRequiredWords(p)) {
        if (trace_) Trace(t, p, false);
        continue;
      }
      const bool noun = p.anchor_kind == AnchorKind::kNoun;
      if (noun != (vg < 0)) continue;
      if (p.anchor_kind == AnchorKind::kPassive &&
          doc_->phrases[vg].voice != Voice::kPassive) {
        continue;
      }
      // Multi-word anchors: "call off".
      uint32_t after = t + 1;
      bool ok = true;
      for (size_t k = 1; k < p.anchor.size(); ++k, ++after) {
        if (after >= e_ || W(after) != p.anchor[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      Slots slots;
      if (Match(p, t, after, vg, &slots)) {
        Trace(t, p, true);
        // Among patterns as long as this one, the one whose literals cover
        // the most words wins ("air strikes" over "strikes").
        const Pattern* best = &p;
        Slots best_slots = slots;
        for (size_t k = static_cast<size_t>(&id - ids->data()) + 1; k < ids->size(); ++k) {
          const Pattern& q = lex_.patterns()[(*ids)[k]];
          if (q.specificity != p.specificity) break;
          if ((q.anchor_kind == AnchorKind::kNoun) != (vg < 0) || !HasRequiredWords(q) || q.anchor != p.anchor) continue;
          if (q.anchor_kind == AnchorKind::kPassive && doc_->phrases[vg].voice != Voice::kPassive) continue;
          Slots other;
          if (Match(q, t, after, vg, &other) && Score(other) > Score(best_slots)) {
            best = &q;
            best_slots = std::move(other);
          }
        }
        Emit(*best, t, vg, best_slots);
        for (uint32_t k = t; k <= best_slots.last && k < e_; ++k) consumed_[k - b_] = true;
        return true;
      }
      Trace(t, p, false);
    }
    return false;
  }

  bool Match(const Pattern& p, uint32_t anchor, uint32_t after, int32_t vg, Slots* out) {
    // The words before the anchor first: checking them is cheap.
    if (!BeforeLiteralsMatch(p, anchor, vg)) return false;
    // PETRARCH reads a passive with no "by" agent as active ("The
    // Philippines was criticized over its dispute with Eriador").
    const bool passive = vg >= 0 && p.anchor_kind == AnchorKind::kVerb &&
                         doc_->phrases[vg].voice == Voice::kPassive &&
                         !(legacy_ && ByAgent(doc_->phrases[vg].token_end).empty());
    const std::vector<Element>& rest = p.after;
    size_t first = 0;  // the first element of `rest` to match
    // Passive voice: the grammatical subject is the object ("was rejected
    // by Kyiv"); it fills the first "+", and the agent of "by" the "$".
    bool subject_is_target = false;
    // A reciprocal pattern needs its members as agents: in "until their
    // demands are met" nobody meets anybody.
    if (passive && std::any_of(p.before.begin(), p.before.end(),
                               [](const Element& e) { return e.kind == ElementKind::kCompound; })) {
      return false;
    }
    if (passive) {
      if (!rest.empty() && rest[0].kind == ElementKind::kTarget) {
        first = 1;
        subject_is_target = true;
      } else if (!rest.empty() && rest[0].kind == ElementKind::kWords && SubjectHasWords(vg, rest[0])) {
        // "The sanctions were imposed on Iran by the EU": the subject is the
        // literal object; the rest matches after the verb.
        first = 1;
      } else if (std::any_of(rest.begin(), rest.end(),
                             [](const Element& e) { return e.kind == ElementKind::kTarget; })) {
        return false;
      } else if (p.open_target) {
        subject_is_target = true;  // "Eriador was opposed by Osgiliath"
      }
    }
    // Elements after the anchor start right after it ("agreed to cooperate")
    // or, failing that, after the rest of its verb group ("agreed to
    // undertake joint exercises with" for "$ <agree> ... with +").
    Slots right;
    right.last = after > 0 ? after - 1 : 0;
    bool matched = MatchAfter(rest, first, after, &right);
    if (!matched && vg >= 0 && doc_->phrases[vg].token_end > after) {
      right = Slots();
      right.last = doc_->phrases[vg].token_end - 1;
      matched = MatchAfter(rest, first, doc_->phrases[vg].token_end, &right);
    }
    // A time adjunct between the verb and the rest: "called Thursday on
    // Arabs", "rejected on Friday a proposal".
    if (!matched && vg >= 0 && first < rest.size()) {
      const uint32_t from = std::max(after, doc_->phrases[vg].token_end);
      const uint32_t skip = TimeAdjunctEnd(from);
      if (skip > from) {
        right = Slots();
        right.last = skip - 1;
        matched = MatchAfter(rest, first, skip, &right);
      }
    }
    if (!matched) {
      // An object gap: "an outcome Kyiv strongly rejects".
      if (!(rest.size() == first + 1 && rest[first].kind == ElementKind::kTarget && vg >= 0 && IsClauseBreak(after))) {
        return false;
      }
      std::vector<int32_t> gap = GapObject(vg);
      if (gap.empty()) return false;
      right.targets = gap;
      right.last = anchor;
    }
    *out = right;
    out->last = std::max(out->last, anchor);
    // Slots left of the anchor.
    std::vector<int32_t> subject =
        vg >= 0 ? SubjectOf(vg, 0) : NounSource(anchor);
    if (legacy_) DistributeRoles(&subject);
    // A legacy verb written with words before it (WIRE_+TAP) starts there.
    if (legacy_ && subject.empty() && vg >= 0) {
      uint32_t start = anchor;
      for (auto it = p.before.rbegin(); it != p.before.rend() && it->kind == ElementKind::kWords; ++it) {
        start -= static_cast<uint32_t>(it->alternatives[0].size());
      }
      if (start != anchor && start > b_) subject = SubjectOf(vg, 0, start);
    }
    for (const Element& e : p.before) {
      if (e.kind == ElementKind::kWords || e.kind == ElementKind::kSkipPhrase ||
          e.kind == ElementKind::kSkipTokens) {
        continue;  // literals before the anchor are checked below
      }
      std::vector<int32_t>* slot = e.kind == ElementKind::kSource   ? &out->sources
                                   : e.kind == ElementKind::kTarget ? &out->targets
                                                                    : &out->compound;
      if (passive) {
        if (e.kind == ElementKind::kSource) {
          *slot = ByAgent(out->last + 1);
          if (subject_is_target) out->targets = subject;
          continue;
        }
      }
      *slot = subject;
    }
    if (passive && subject_is_target && out->sources.empty()) out->targets = subject;
    // A pattern with a source slot needs a source.
    const bool wants_source = std::any_of(p.before.begin(), p.before.end(), [](const Element& e) {
      return e.kind == ElementKind::kSource || e.kind == ElementKind::kCompound;
    }) || std::any_of(p.after.begin(), p.after.end(), [](const Element& e) {
      return e.kind == ElementKind::kSource;
    });
    if (wants_source && out->sources.empty() && out->compound.empty()) return false;
    return true;
  }

  // The end of a time adjunct that starts at `pos` ("Thursday", "on
  // Friday", "last week"), or `pos` when there is none.
  uint32_t TimeAdjunctEnd(uint32_t pos) const {
    uint32_t p = pos;
    if (p < e_ && W(p) == "on") ++p;
    const int32_t ph = PhraseOf(p);
    if (!IsNounPhrase(ph) || doc_->phrases[ph].token_begin != p || MentionAt(p) >= 0) return pos;
    if (!In(kTimeWords, W(doc_->phrases[ph].head))) return pos;
    return doc_->phrases[ph].token_end;
  }

  // How much a match says: an actor found for the target first, then the
  // number of words its literals covered.
  static uint32_t Score(const Slots& s) { return (s.targets.empty() ? 0 : 1000) + s.literals; }

  // Does the noun phrase right before the verb group hold one of the words?
  bool SubjectHasWords(int32_t vg, const Element& e) const {
    const int32_t np = NounPhraseBefore(doc_->phrases[vg].token_begin, false);
    if (np < 0) return false;
    for (uint32_t t = doc_->phrases[np].token_begin; t < doc_->phrases[np].token_end; ++t) {
      for (const auto& alt : e.alternatives) {
        if (WordsAt(alt, t)) return true;
      }
    }
    return false;
  }

  // Literal words written before the anchor must sit right before its verb
  // group (adverbs skipped), read right to left. A skip ("..."), and under
  // PETRARCH conventions any slot, lets words lie between; PETRARCH patterns
  // also see the verb group's own words ("WILL NOT *").
  bool BeforeLiteralsMatch(const Pattern& p, uint32_t anchor, int32_t vg) {
    const int32_t start = static_cast<int32_t>(legacy_ || vg < 0 ? anchor : doc_->phrases[vg].token_begin) - 1;
    return BeforeFrom(p.before, static_cast<int32_t>(p.before.size()) - 1, start, false);
  }

  // Matches before[0..i] ending at token `pos` or, with `gap`, anywhere
  // left of it.
  bool BeforeFrom(const std::vector<Element>& before, int32_t i, int32_t pos, bool gap) {
    if (i < 0) return true;
    const Element& e = before[static_cast<size_t>(i)];
    const bool open = e.kind == ElementKind::kSkipTokens ||
                      (legacy_ && e.kind != ElementKind::kWords);
    if (open) return BeforeFrom(before, i - 1, pos, true);
    if (e.kind != ElementKind::kWords) return BeforeFrom(before, i - 1, pos, gap);
    for (int32_t end = pos; end >= static_cast<int32_t>(b_); --end) {
      int32_t at = end;
      if (!legacy_) {
        while (at >= static_cast<int32_t>(b_) && IsAdverb(Tag_(at))) --at;
      }
      for (const auto& alt : e.alternatives) {
        const int32_t first = at - static_cast<int32_t>(alt.size()) + 1;
        if (first < static_cast<int32_t>(b_)) continue;
        if (!std::binary_search(e.first_words.begin(), e.first_words.end(), TokenHash(static_cast<uint32_t>(first)))) {
          continue;
        }
        bool ok = true;
        for (size_t k = 0; k < alt.size() && ok; ++k) ok = W(first + k) == alt[k];
        if (ok && BeforeFrom(before, i - 1, first - 1, false)) return true;
      }
      if (!gap) break;
    }
    return false;
  }

  // ---- elements right of the anchor ----

  bool MatchAfter(const std::vector<Element>& el, size_t i, uint32_t pos, Slots* slots) {
    if (i == el.size()) return true;
    const Element& e = el[i];
    switch (e.kind) {
      case ElementKind::kWords: {
        Starts starts;
        LiteralStarts(pos, &starts);
        for (uint32_t si = 0; si < starts.count; ++si) {
          const uint32_t start = starts.at[si];
          if (!e.first_words.empty() && start < e_ &&
              !std::binary_search(e.first_words.begin(), e.first_words.end(), TokenHash(start))) {
            continue;
          }
          for (const auto& alt : e.alternatives) {
            if (!WordsAt(alt, start)) continue;
            const SlotsMark saved = slots->Mark();
            const uint32_t next = start + static_cast<uint32_t>(alt.size());
            for (uint32_t k = pos; k < start; ++k) {
              const int32_t m = MentionAt(k);
              if (m >= 0 && doc_->mentions[m].possessor && doc_->mentions[m].kind != MentionKind::kPronoun) {
                slots->skipped.push_back(m);
              }
            }
            slots->last = std::max(slots->last, next - 1);
            slots->literals += static_cast<uint32_t>(alt.size());
            if (MatchAfter(el, i + 1, next, slots)) return true;
            // "launched artillery, mortar, and rocket fire against ...": the
            // word may head a list of things; the pattern goes on after it.
            if (const uint32_t end = NounListEnd(next); !legacy_ && end > next) {
              slots->last = std::max(slots->last, end - 1);
              if (MatchAfter(el, i + 1, end, slots)) return true;
            }
            slots->Restore(saved);
          }
        }
        return false;
      }
      case ElementKind::kSource:
      case ElementKind::kTarget:
      case ElementKind::kCompound: {
        std::vector<int32_t> found;
        uint32_t next = pos;
        if (!SlotAt(pos, &found, &next)) return false;
        // Where the next element may start: right after the actor, after its
        // possessive "'s" ("+ 's proposal"), after the first part of a
        // merged actor ("expelled two [Russian] diplomats" for "+ &DIPLOMATS"),
        // or after the rest of its phrase, which then belongs to the actor
        // ("European counterparts").
        Starts continuations;
        continuations.Add(next);
        if (next < e_ && (W(next) == "'s" || W(next) == "'")) continuations.Add(next + 1);
        const int32_t last = found.back();
        for (size_t k = first_mention_; k < doc_->mentions.size(); ++k) {
          const Mention& part = doc_->mentions[k];
          if (part.merged_into == last && part.token_end < next) continuations.Add(part.token_end);
        }
        const int32_t ph = PhraseOf(next > 0 ? next - 1 : next);
        if (IsNounPhrase(ph) && doc_->phrases[ph].token_end > next) {
          continuations.Add(doc_->phrases[ph].token_end);
        }
        for (uint32_t ci = 0; ci < continuations.count; ++ci) {
          const uint32_t cont = continuations.at[ci];
          const SlotsMark saved = slots->Mark();
          auto& dest = e.kind == ElementKind::kSource   ? slots->sources
                       : e.kind == ElementKind::kTarget ? slots->targets
                                                        : slots->compound;
          dest.insert(dest.end(), found.begin(), found.end());
          slots->last = std::max(slots->last, cont - 1);
          if (MatchAfter(el, i + 1, cont, slots)) return true;
          slots->Restore(saved);
        }
        return false;
      }
      case ElementKind::kSkipPhrase: {
        uint32_t next = pos;
        if (next < e_ && (Tag_(next) == Tag::kIN || Tag_(next) == Tag::kTO)) ++next;
        const int32_t ph = PhraseOf(next);
        if (ph >= 0 && doc_->phrases[ph].kind != PhraseKind::kVerbGroup) {
          next = doc_->phrases[ph].token_end;
        } else if (next < e_ && !IsClauseBreak(next)) {
          ++next;
        } else {
          return false;
        }
        return MatchAfter(el, i + 1, next, slots);
      }
      case ElementKind::kSkipTokens: {
        // A PETRARCH gap spans the verb's whole complement ("allowed that
        // Mordor isn't a really pleasant place"), up to a clause break.
        const uint32_t limit = legacy_ ? 24 : 8;
        for (uint32_t k = 0; k <= limit && pos + k <= e_; ++k) {
          // A skip stays inside its clause: no punctuation, no other verb.
          if (k > 0) {
            const uint32_t skipped = pos + k - 1;
            const int32_t ph = PhraseOf(skipped);
            if (SkipBarrier(skipped) ||
                (!legacy_ && ph >= 0 && doc_->phrases[ph].kind == PhraseKind::kVerbGroup &&
                 IsFinite(doc_->phrases[ph]))) {
              break;
            }
          }
          // PETRARCH literals start exactly where they stand: a position
          // whose word cannot start the next literal is passed over.
          if (legacy_ && i + 1 < el.size() && !el[i + 1].first_words.empty() &&
              (pos + k >= e_ || !std::binary_search(el[i + 1].first_words.begin(), el[i + 1].first_words.end(),
                                                    TokenHash(pos + k)))) {
            continue;
          }
          if (MatchAfter(el, i + 1, pos + k, slots)) return true;
        }
        return false;
      }
    }
    return false;
  }

  // A verb group with a tensed verb or a modal: the head of a clause.
  bool IsFinite(const Phrase& g) const {
    for (uint32_t t = g.token_begin; t < g.token_end; ++t) {
      const Tag tag = Tag_(t);
      if (tag == Tag::kVBD || tag == Tag::kVBZ || tag == Tag::kVBP || tag == Tag::kMD) return true;
    }
    return false;
  }

  bool WordsAt(const std::vector<std::string>& alt, uint32_t start) const {
    if (start + alt.size() > e_) return false;
    for (size_t k = 0; k < alt.size(); ++k) {
      if (W(start + k) != alt[k]) return false;
    }
    return true;
  }

  // Where a literal may start: here, after adverbs, or further inside the
  // noun phrase that starts here ("hold [their first direct peace] talks").
  struct Starts {
    std::array<uint32_t, 48> at;
    uint32_t count = 0;
    void Add(uint32_t p) {
      if (count < at.size()) at[count++] = p;
    }
  };

  void LiteralStarts(uint32_t pos, Starts* out) const {
    if (legacy_) {  // PETRARCH patterns spell out their gaps
      if (pos < e_) out->Add(pos);
      return;
    }
    while (pos < e_ && IsAdverb(Tag_(pos)) && W(pos) != "not") {
      out->Add(pos);
      ++pos;
    }
    if (pos >= e_) return;
    out->Add(pos);
    const int32_t ph = PhraseOf(pos);
    if (IsNounPhrase(ph)) {
      for (uint32_t k = pos + 1; k < doc_->phrases[ph].token_end; ++k) out->Add(k);
    }
  }

  // An actor slot at `pos`: the first actor of the noun phrase here (its
  // premodifiers skipped), a possessor passed over when another actor
  // follows in the same phrase, and compounds joined by "and" or commas.
  bool SlotAt(uint32_t pos, std::vector<int32_t>* found, uint32_t* next) const {
    uint32_t p = pos;
    if (!FirstActor(&p, found)) {
      // "inspectors of the IAEA", "the government of Sudan": a phrase with no
      // actor of its own takes the one its "of" attaches.
      const int32_t ph = PhraseOf(pos);
      if (!IsNounPhrase(ph)) return false;
      const uint32_t of = doc_->phrases[ph].token_end;
      if (of + 1 >= e_ || W(of) != "of") return false;
      p = of + 1;
      if (!FirstActor(&p, found)) return false;
    }
    // Compounds: "X and Y", "X, Y and Z". Members joined by a bare comma
    // count only when the list closes with "and" or "or"; otherwise the
    // comma starts an apposition or a new clause.
    size_t confirmed = found->size();
    uint32_t confirmed_end = p;
    int members = 1;
    while (p < e_) {
      // Members are noun phrases, not names: "between an Israeli peace
      // movement and the PLO" joins after "movement".
      uint32_t q = p;
      const int32_t own = PhraseOf(p - 1);
      if (IsNounPhrase(own) && doc_->phrases[own].token_end > p) q = doc_->phrases[own].token_end;
      bool comma = false, conjunction = false;
      if (W(q) == ",") {
        ++q;
        comma = true;
      }
      if (q < e_ && (W(q) == "and" || W(q) == "or" || W(q) == "nor")) {
        ++q;
        conjunction = true;
      }
      if ((!comma && !conjunction) || q >= e_) break;
      uint32_t r = q;
      std::vector<int32_t> more;
      if (!FirstActor(&r, &more)) break;
      // PETRARCH lists are of named actors: "Dagolath, its biggest trading
      // partner, officials said" is no list.
      if (legacy_ && (doc_->mentions[more[0]].kind == MentionKind::kPronoun ||
                      doc_->mentions[more[0]].actor.country.empty())) {
        break;
      }
      found->insert(found->end(), more.begin(), more.end());
      p = r;
      ++members;
      // "Iran, Libya, North Korea, Sudan, and ... Cuba": three names
      // separated by commas are a list even before its conjunction.
      if (conjunction || members >= 3) {
        confirmed = found->size();
        confirmed_end = p;
      }
    }
    found->resize(confirmed);
    *next = confirmed_end;
    return true;
  }

  // An actor a slot may take: a pronoun or a description (resolved later)
  // or a mention with a country; a bare role ("troops", "terrorists") names
  // no one.
  bool Fills(int32_t m) const {
    if (m < 0) return false;
    const Mention& x = doc_->mentions[m];
    // Under PETRARCH conventions a bare role is an actor of unknown
    // country: "a senior official said" -> ---GOV.
    if (legacy_ && x.kind == MentionKind::kAgent) return true;
    return x.kind == MentionKind::kPronoun || x.description || !x.actor.country.empty();
  }

  bool FirstActor(uint32_t* pos, std::vector<int32_t>* found) const {
    uint32_t p = *pos;
    // "up to 16 Russian advisers", "at least three Iraqi civilians".
    for (int k = 0; k < 4 && p < e_ && MentionAt(p) < 0 && (Tag_(p) == Tag::kCD || In(kQuantifiers, W(p))); ++k) ++p;
    const int32_t ph = PhraseOf(p);
    const uint32_t limit = IsNounPhrase(ph) ? doc_->phrases[ph].token_end : std::min(p + 1, e_);
    while (p < limit && !Fills(MentionAt(p))) ++p;
    if (p >= limit) return false;
    int32_t m = MentionAt(p);
    uint32_t end = doc_->mentions[m].token_end;
    // "its Western allies": the possessor yields to the phrase's own actor.
    if (doc_->mentions[m].possessor) {
      uint32_t q = doc_->mentions[m].token_end;
      if (q < e_ && (W(q) == "'s" || W(q) == "'")) ++q;
      while (q < limit && !Fills(MentionAt(q))) ++q;
      if (q < limit) {
        const int32_t own = MentionAt(q);
        end = doc_->mentions[own].token_end;
        if (legacy_ && doc_->mentions[m].kind == MentionKind::kActor) {
          // PETRARCH: the phrase's first actor with the phrase's role
          // ("Ithilen's evil minister Calimehtar" -> ITHGOV).
          const Mention& o = doc_->mentions[own];
          const std::string role = o.kind == MentionKind::kAgent ? o.actor.sector : LastRole(own);
          if (!role.empty()) {
            Mention c = doc_->mentions[m];
            c.actor.code = WithRole(c.actor.code, role);
            doc_->mentions.push_back(std::move(c));
            m = static_cast<int32_t>(doc_->mentions.size()) - 1;
          }
        } else {
          m = own;
        }
      }
    }
    found->push_back(m);
    *pos = end;
    return true;
  }

  // ---- PETRARCH: roles shared across a compound ----

  // The role code the last role word of a merged mention adds ("media" in
  // "Danish Islamist media" -> MED), or "".
  std::string LastRole(int32_t m) const {
    std::string role;
    for (size_t k = first_mention_; k < doc_->mentions.size(); ++k) {
      const Mention& part = doc_->mentions[k];
      if (part.merged_into == m && part.kind == MentionKind::kAgent) role = part.actor.sector;
    }
    return role;
  }
  bool HasRole(int32_t m) const { return !LastRole(m).empty(); }

  // Does a merged mention open with its role ("ambassadors of Arnor")?
  bool RoleFirst(int32_t m) const {
    for (size_t k = first_mention_; k < doc_->mentions.size(); ++k) {
      const Mention& part = doc_->mentions[k];
      if (part.merged_into == m && part.token_begin == doc_->mentions[m].token_begin) {
        return part.kind == MentionKind::kAgent;
      }
    }
    return false;
  }

  int32_t CloneWithCode(int32_t m, const std::string& code) {
    Mention c = doc_->mentions[m];
    c.actor.code = code;
    if (c.actor.country.empty() && code.size() >= 3) c.actor.country = code.substr(0, 3);
    doc_->mentions.push_back(std::move(c));
    return static_cast<int32_t>(doc_->mentions.size()) - 1;
  }

  // Appends the 3-letter parts of `role` the code does not hold.
  static std::string WithRole(std::string code, const std::string& role) {
    for (size_t i = 0; i + 3 <= role.size(); i += 3) {
      bool held = false;
      for (size_t j = 0; j + 3 <= code.size() && !held; j += 3) held = code.compare(j, 3, role, i, 3) == 0;
      if (!held) code += role.substr(i, 3);
    }
    return code;
  }

  // "The ambassadors of Arnor, Osgiliath and Gondor": the role of the first
  // member goes to the bare actors after it (ARNGOV, OSGGOV, GONGOV).
  // "Danish media and government": a bare role after a member with a
  // country takes that member's code without its last role (DNKMED, DNKGOV).
  // "Lawmakers and officials in Fornost and Gondor": every role with every
  // actor.
  void DistributeRoles(std::vector<int32_t>* members) {
    if (members->empty()) return;
    // Roles right before "in/of/from" + the first member.
    const uint32_t first = doc_->mentions[(*members)[0]].token_begin;
    if (first >= b_ + 2 && (W(first - 1) == "in" || W(first - 1) == "of" || W(first - 1) == "from")) {
      std::vector<std::string> roles;
      int32_t t = static_cast<int32_t>(first) - 2;
      while (t >= static_cast<int32_t>(b_)) {
        int32_t m = -1;
        for (size_t k = first_mention_; k < doc_->mentions.size(); ++k) {
          const Mention& x = doc_->mentions[k];
          if (x.kind == MentionKind::kAgent && x.token_end == static_cast<uint32_t>(t) + 1) m = static_cast<int32_t>(k);
        }
        if (m < 0) break;
        roles.insert(roles.begin(), doc_->mentions[m].actor.sector);
        t = static_cast<int32_t>(doc_->mentions[m].token_begin) - 1;
        if (t < static_cast<int32_t>(b_) || (W(t) != "and" && W(t) != "," && W(t) != "or")) break;
        --t;
      }
      if (!roles.empty()) {
        std::vector<int32_t> product;
        for (const std::string& role : roles) {
          for (int32_t m : *members) product.push_back(CloneWithCode(m, WithRole(doc_->mentions[m].actor.code, role)));
        }
        *members = std::move(product);
        return;
      }
    }
    if (members->size() < 2) return;
    const int32_t lead = (*members)[0];
    const std::string lead_role = LastRole(lead);
    for (size_t i = 1; i < members->size(); ++i) {
      const int32_t m = (*members)[i];
      const Mention& x = doc_->mentions[m];
      if (x.kind == MentionKind::kActor && !HasRole(m) && !lead_role.empty() && RoleFirst(lead)) {
        (*members)[i] = CloneWithCode(m, WithRole(x.actor.code, lead_role));
      } else if (x.kind == MentionKind::kAgent && x.actor.country.empty()) {
        const int32_t prev = (*members)[i - 1];
        const std::string prev_role = LastRole(prev);
        std::string base = doc_->mentions[prev].actor.code;
        if (!prev_role.empty() && base.size() > prev_role.size() &&
            base.compare(base.size() - prev_role.size(), prev_role.size(), prev_role) == 0) {
          base.resize(base.size() - prev_role.size());
        }
        if (!doc_->mentions[prev].actor.country.empty()) (*members)[i] = CloneWithCode(m, WithRole(base, x.actor.sector));
      }
    }
  }

  // The agent of a passive: "by" and an actor phrase, within the clause.
  std::vector<int32_t> ByAgent(uint32_t from) const {
    std::vector<int32_t> out;
    for (uint32_t t = from; t < e_ && t < from + 12; ++t) {
      if (IsClauseBreak(t)) break;
      if (W(t) == "by") {
        uint32_t next = t + 1;
        SlotAt(t + 1, &out, &next);
        break;
      }
    }
    return out;
  }

  // ---- slots left of the anchor ----

  // Mentions of a noun phrase, or of the "of" chain after it up to `limit`
  // ("the absence of senior figures such as ... Lavrov").
  std::vector<int32_t> ActorsOf(int32_t np, uint32_t limit) const {
    std::vector<int32_t> out;
    const Phrase& p = doc_->phrases[np];
    uint32_t pos = p.token_begin;
    std::vector<int32_t> found;
    uint32_t next = pos;
    if (SlotAt(pos, &found, &next)) return found;
    // PETRARCH: a phrase inside a merged actor ("[The ambassadors of Arnor],
    // Osgiliath and Gondor") stands for that actor.
    if (legacy_) {
      for (size_t k = first_mention_; k < doc_->mentions.size(); ++k) {
        const Mention& m = doc_->mentions[k];
        if (m.sentence == s_ && m.merged_into < 0 && m.token_begin < p.token_end && m.token_end >= p.token_end &&
            m.token_begin < p.token_begin) {
          return {static_cast<int32_t>(k)};
        }
      }
    }
    for (uint32_t t = p.token_end; t < limit; ++t) {
      if (IsClauseBreak(t) || W(t) == ",") break;
      if (MentionAt(t) >= 0) {
        out.push_back(MentionAt(t));
        break;
      }
    }
    return out;
  }

  int32_t PreviousVerbGroup(int32_t vg) const {
    int32_t prev = -1;
    for (int32_t g : verb_groups_) {
      if (g == vg) break;
      prev = g;
    }
    return prev;
  }

  // The noun phrase ending right before token `t` (a comma allowed between).
  int32_t NounPhraseBefore(uint32_t t, bool allow_comma) const {
    if (t <= b_) return -1;
    uint32_t k = t - 1;
    if (allow_comma && W(k) == "," && k > b_) --k;
    const int32_t ph = PhraseOf(k);
    return IsNounPhrase(ph) && doc_->phrases[ph].token_end == k + 1 ? ph : -1;
  }

  // Adds compound members to the left: "Ukraine and Russia", "X, Y and Z".
  void ExtendLeft(int32_t np, std::vector<int32_t>* out, uint32_t limit) const {
    uint32_t start = doc_->phrases[np].token_begin;
    bool in_list = false;  // a bare comma joins only inside "X, Y and Z"
    while (start > b_) {
      uint32_t k = start - 1;
      if (W(k) != "and" && W(k) != "or" && W(k) != "nor" && !(W(k) == "," && in_list)) break;
      if (W(k) != ",") in_list = true;
      if (k > b_ && W(k) != "," && W(k - 1) == ",") --k;
      const int32_t prev = NounPhraseBefore(k, false);
      if (prev < 0) break;
      std::vector<int32_t> more = ActorsOf(prev, doc_->phrases[prev].token_end);
      if (more.empty()) break;
      out->insert(out->begin(), more.begin(), more.end());
      start = doc_->phrases[prev].token_begin;
    }
  }

  std::vector<int32_t> ActorsWithCompound(int32_t np, uint32_t limit) const {
    // "Israeli helicopters and tanks shelled": the members left of a phrase
    // with no actor of its own still name the subject.
    std::vector<int32_t> out = ActorsOf(np, limit);
    ExtendLeft(np, &out, limit);
    return out;
  }

  // The subject of a verb group; `depth` bounds recursion.
  // `from`, when set, is where the verb starts if not at the group's first
  // token ("wire tap": the chunker read "wire" as a noun).
  std::vector<int32_t> SubjectOf(int32_t vg, int depth, uint32_t from = 0) const {
    if (depth > 4) return {};
    const Phrase& g = doc_->phrases[vg];
    uint32_t k = from ? from : g.token_begin;
    while (k > b_ && IsAdverb(Tag_(k - 1))) --k;
    // Relative clause: "Zelensky, who questioned ...".
    if (k > b_ && (Tag_(k - 1) == Tag::kWP || Tag_(k - 1) == Tag::kWDT ||
                   (W(k - 1) == "that" && NounPhraseBefore(k - 1, false) >= 0))) {
      const int32_t np = NounPhraseBefore(k - 1, true);
      if (np >= 0) return Appositive(np, ActorsOf(np, k - 1), depth);
    }
    // Participles: "a delegation led by ..." modifies the phrase before;
    // "..., demanding a ceasefire" shares the main clause's subject.
    if (g.participle) {
      if (Tag_(g.head) == Tag::kVBG) {
        const int32_t prev = PreviousVerbGroup(vg);
        if (prev >= 0) return SubjectOf(prev, depth + 1);
      }
      const int32_t np = NounPhraseBefore(k, true);
      if (np >= 0) return Appositive(np, ActorsWithCompound(np, k), depth);
      return {};
    }
    // Coordination: "arrived in Turkey and met with ...".
    uint32_t c = k;
    if (c > b_ && W(c - 1) == ",") --c;
    // Only when no subject of its own stands between: in "X and Y met" the
    // noun phrase sits right before the verb and the walk below finds it.
    if (c > b_ && (W(c - 1) == "and" || W(c - 1) == "but" || W(c - 1) == "or") &&
        NounPhraseBefore(k, false) < 0) {
      const int32_t prev = PreviousVerbGroup(vg);
      if (prev >= 0) return SubjectOf(prev, depth + 1);
    }
    // Control: "to cede" after "demand for Ukraine" has no subject here.
    if (g.infinitive) {
      const int32_t prev = PreviousVerbGroup(vg);
      if (prev >= 0) return SubjectOf(prev, depth + 1);
      return {};
    }
    // Walk left to the nearest noun phrase that is not a prepositional
    // object, skipping ", who ... ," relative clauses.
    int32_t t = static_cast<int32_t>(k) - 1;
    while (t >= static_cast<int32_t>(b_)) {
      const uint32_t u = static_cast<uint32_t>(t);
      if (IsClauseBreak(u) || W(u) == "that" || Tag_(u) == Tag::kWDT) break;
      // "The Hizbollah (Party of God) group declared": the words in
      // parentheses gloss the subject; read past them.
      if (W(u) == ")") {
        const int32_t open = OpeningParenthesis(u);
        if (open < 0) break;
        t = open - 1;
        continue;
      }
      // ", which attacked Rohan last year," between subject and verb.
      if (W(u) == ",") {
        const int32_t comma = OpeningCommaOfRelative(u > b_ ? u - 1 : u);
        if (comma >= 0) {
          t = comma - 1;
          continue;
        }
      }
      const int32_t ph = PhraseOf(u);
      if (ph >= 0 && doc_->phrases[ph].kind == PhraseKind::kVerbGroup && doc_->phrases[ph].participle) {
        // "The Red Cross operating in Iraq said": a participle modifies the
        // phrase before it.
        t = static_cast<int32_t>(doc_->phrases[ph].token_begin) - 1;
        continue;
      }
      if (ph >= 0 && doc_->phrases[ph].kind == PhraseKind::kVerbGroup) {
        // A relative clause between commas: jump to its opening comma.
        const int32_t comma = OpeningCommaOfRelative(u);
        if (comma < 0) break;
        t = comma - 1;
        continue;
      }
      if (IsNounPhrase(ph) && doc_->phrases[ph].token_end == u + 1 && In(kTimeWords, W(doc_->phrases[ph].head)) &&
          MentionAt(doc_->phrases[ph].token_begin) < 0) {
        t = static_cast<int32_t>(doc_->phrases[ph].token_begin) - 1;  // "last year", "on Monday"
        continue;
      }
      if (IsNounPhrase(ph) && doc_->phrases[ph].token_end == u + 1) {
        const uint32_t start = doc_->phrases[ph].token_begin;
        // "after Putin declined": a subordinating conjunction (tagged IN like
        // a preposition) opens a clause whose subject this is; so does the
        // complementizer in "announced that he will extend the curfew".
        const bool subordinator =
            start > b_ && (In(kSubordinators, W(start - 1)) || W(start - 1) == "that" ||
                           (W(start - 1) == "as" && (start < b_ + 2 || W(start - 2) != "such")));
        const bool pp_object = start > b_ && (Tag_(start - 1) == Tag::kIN || Tag_(start - 1) == Tag::kTO) &&
                               !subordinator && !QuantifiedSubject(start);
        if (!pp_object && legacy_) {
          // PETRARCH's subject is the whole noun phrase with its attached
          // phrases ("Gollum centre of a row between Radagast the Brown"):
          // its first actor.
          uint32_t chain = start;
          while (chain > b_) {
            const int32_t adjacent = NounPhraseBefore(chain, false);
            if (adjacent >= 0) {
              chain = doc_->phrases[adjacent].token_begin;
              continue;
            }
            const uint32_t prep = chain - 1;
            if ((Tag_(prep) != Tag::kIN && Tag_(prep) != Tag::kTO) || In(kSubordinators, W(prep)) || W(prep) == "that") break;
            const int32_t owner = NounPhraseBefore(prep, false);
            if (owner < 0) break;
            chain = doc_->phrases[owner].token_begin;
          }
          for (uint32_t c = chain; c < start; ++c) {
            const int32_t m = MentionAt(c);
            if (!Fills(m) || doc_->mentions[m].kind == MentionKind::kPronoun) continue;
            std::vector<int32_t> found;
            uint32_t next = c;
            if (SlotAt(c, &found, &next)) return found;
          }
        }
        if (!pp_object) {
          const int32_t person = legacy_ ? -1 : PersonBeforeAppositive(ph);
          if (person >= 0) return {person};
          std::vector<int32_t> actors = ActorsWithCompound(ph, k);
          if (actors.empty() && start > b_ && W(start - 1) == ")") {
            t = static_cast<int32_t>(start) - 1;  // "(Party of God) group": the name is before
            continue;
          }
          // PETRARCH: "the official news agency WFNA said": the chunker's two
          // phrases are one subject.
          const int32_t before = NounPhraseBefore(start, false);
          if (legacy_ && actors.empty() && before >= 0) actors = ActorsWithCompound(before, k);
          return Appositive(ph, std::move(actors), depth);
        }
        t = static_cast<int32_t>(start) - 1;
        continue;
      }
      --t;
    }
    return {};
  }

  // "Ivan Petrov, a senior aide to Putin, accused": when noun phrase `np`
  // is an appositive that names no person, the named person before its
  // comma is the subject. -1 if none.
  int32_t PersonBeforeAppositive(int32_t np) const {
    const Phrase& p = doc_->phrases[np];
    if (p.token_begin <= b_ + 1 || W(p.token_begin - 1) != ",") return -1;
    for (uint32_t t = p.token_begin; t < p.token_end; ++t) {
      const int32_t m = MentionAt(t);
      if (m >= 0 && doc_->mentions[m].individual && !doc_->mentions[m].actor.name.empty()) return -1;
    }
    const int32_t before = NounPhraseBefore(p.token_begin - 1, false);
    if (before < 0) return -1;
    for (uint32_t t = doc_->phrases[before].token_begin; t < doc_->phrases[before].token_end; ++t) {
      const int32_t m = MentionAt(t);
      if (m >= 0 && doc_->mentions[m].individual && !doc_->mentions[m].actor.name.empty()) return m;
    }
    return -1;
  }

  // "Up to 1,000 ethnic Turks began", "More than 200 students marched": the
  // "to" or "than" before the number belongs to it, not to a preposition.
  bool QuantifiedSubject(uint32_t start) const {
    if (Tag_(start) != Tag::kCD || start < b_ + 2) return false;
    const std::string& before = W(start - 1);
    const std::string& head = W(start - 2);
    return (before == "to" && head == "up") ||
           (before == "than" && (head == "more" || head == "fewer" || head == "less"));
  }

  // A relative clause ", who ... ," or a participial aside ", following the
  // peace deal," that ends at token u: its opening comma.
  int32_t OpeningCommaOfRelative(uint32_t u) const {
    for (int32_t t = static_cast<int32_t>(u); t > static_cast<int32_t>(b_); --t) {
      if (W(t) == ",") {
        if (t + 1 >= static_cast<int32_t>(e_)) return -1;
        const Tag next = Tag_(t + 1);
        const int32_t ph = PhraseOf(t + 1);
        const bool participle = ph >= 0 && doc_->phrases[ph].kind == PhraseKind::kVerbGroup &&
                                doc_->phrases[ph].participle && doc_->phrases[ph].token_begin == static_cast<uint32_t>(t + 1);
        if (next == Tag::kWP || next == Tag::kWDT || participle) return t;
        return -1;
      }
    }
    return -1;
  }

  // The "(" that opens the parenthesis closing at token u, or -1.
  int32_t OpeningParenthesis(uint32_t u) const {
    for (int32_t t = static_cast<int32_t>(u) - 1; t >= static_cast<int32_t>(b_) && t + 12 > static_cast<int32_t>(u); --t) {
      if (W(t) == "(") return t;
      if (W(t) == ")" || IsClauseBreak(t)) return -1;
    }
    return -1;
  }

  // An appositive phrase with no actor (", a position backed by ...",
  // "-- an outcome Kyiv rejects") stands for the clause before it.
  std::vector<int32_t> Appositive(int32_t np, std::vector<int32_t> actors, int depth) const {
    if (!actors.empty()) return actors;
    const uint32_t start = doc_->phrases[np].token_begin;
    if (start <= b_) return actors;
    const std::string& before = W(start - 1);
    if (before != "," && before != "--" && before != "-") return actors;
    for (int32_t g : verb_groups_) {
      if (doc_->phrases[g].token_begin >= start) break;
      std::vector<int32_t> s = SubjectOf(g, depth + 1);
      if (!s.empty()) return s;
    }
    return actors;
  }

  // The object of a verb at the end of a reduced relative clause: "an
  // outcome [Kyiv strongly rejects]" -> "an outcome".
  std::vector<int32_t> GapObject(int32_t vg) const {
    uint32_t k = doc_->phrases[vg].token_begin;
    while (k > b_ && IsAdverb(Tag_(k - 1))) --k;
    const int32_t subject = NounPhraseBefore(k, false);
    if (subject < 0) return {};
    const int32_t object = NounPhraseBefore(doc_->phrases[subject].token_begin, false);
    if (object < 0) return {};
    return Appositive(object, ActorsOf(object, doc_->phrases[object].token_end), 0);
  }

  // Source of a noun anchor: its possessor ("its demand", "Russia's
  // demand"), else the subject of the verb group that governs it.
  std::vector<int32_t> NounSource(uint32_t anchor) const {
    const int32_t ph = PhraseOf(anchor);
    if (IsNounPhrase(ph)) {
      for (uint32_t t = doc_->phrases[ph].token_begin; t < anchor; ++t) {
        const int32_t m = MentionAt(t);
        if (m >= 0 && doc_->mentions[m].possessor) return {m};
      }
    }
    const uint32_t from = IsNounPhrase(ph) ? doc_->phrases[ph].token_begin : anchor;
    int32_t governing = -1;
    for (int32_t g : verb_groups_) {
      if (doc_->phrases[g].token_end <= from) governing = g;
    }
    if (governing < 0) return {};
    if (from - doc_->phrases[governing].token_end > 3) return {};
    // "The EU said the airstrikes ...": a reporting verb's subject is not
    // the agent of the noun after it.
    const std::string& head = W(doc_->phrases[governing].head);
    if (In(kReporting, head) || IsPassiveAuxiliary(head)) return {};
    return SubjectOf(governing, 0);
  }

  // ---- events ----

  // The actors of a place phrase later in the clause: "imposed a curfew in
  // the town of Cizre in southeastern Turkey" -> Turkey; "lifted embargoes
  // in late February to Iran, Libya and Cuba" -> all three. The clause ends
  // at the next tensed verb: in "resigned as the opposition threatened to
  // storm his residence in Moscow", Moscow is not where he resigned.
  std::vector<int32_t> PlaceAfter(uint32_t from, int32_t own_group) const {
    for (uint32_t t = from; t < e_ && t < from + 16; ++t) {
      if (IsClauseBreak(t)) break;
      const int32_t ph = PhraseOf(t);
      if (ph >= 0 && ph != own_group && doc_->phrases[ph].kind == PhraseKind::kVerbGroup &&
          IsFinite(doc_->phrases[ph])) {
        break;
      }
      const std::string& w = W(t);
      if (w != "in" && w != "inside" && w != "into" && w != "at" && w != "throughout" && w != "across") continue;
      for (uint32_t k = t + 1; k < e_ && k < t + 5; ++k) {
        const int32_t m = MentionAt(k);
        if (m >= 0) {
          if (doc_->mentions[m].kind == MentionKind::kPronoun || doc_->mentions[m].actor.country.empty()) break;
          std::vector<int32_t> found;
          uint32_t next = k;
          if (SlotAt(k, &found, &next)) return found;
          return {m};
        }
        if (Tag_(k) == Tag::kIN || IsClauseBreak(k)) break;
      }
    }
    return {};
  }

  // The party a protest is against: after "against", "over", "at" or a
  // word of protest ("disapproval for", "anger at"), within its clause, the
  // first actor of another country than the protesters'. Empty if none.
  std::vector<int32_t> ProtestedParty(uint32_t from, int32_t source) const {
    const int32_t resolved = ResolveMention(*doc_, source, -1);
    if (resolved < 0) return {};
    const std::string& home = doc_->mentions[resolved].actor.country;
    static constexpr std::array<std::string_view, 9> kAgainst = {
        "against", "over", "at", "protest", "protesting", "disapproval", "anger", "opposition", "outrage"};
    for (uint32_t t = from; t < e_ && t < from + 16; ++t) {
      if (IsClauseBreak(t) || W(t) == ",") break;
      if (!In(kAgainst, W(t))) continue;
      for (uint32_t k = t + 1; k < e_ && k < t + 10; ++k) {
        if (IsClauseBreak(k) || W(k) == ",") break;
        const int32_t m = MentionAt(k);
        if (m < 0 || doc_->mentions[m].kind == MentionKind::kPronoun) continue;
        const std::string& country = doc_->mentions[m].actor.country;
        if (country.empty() || country == home) continue;
        std::vector<int32_t> found;
        uint32_t next = k;
        if (SlotAt(k, &found, &next)) return found;
        return {m};
      }
      return {};
    }
    return {};
  }

  // Protests, coercion and concessions with no target are directed at the
  // source's own country ("police opened fire", "students staged protests",
  // "the government lifted the state of emergency"): a target actor of the
  // source's country, with no text of its own. `code` is the pattern's, so
  // an announced act keeps the target of the act ("will extend the curfew").
  int32_t DomesticTarget(const std::string& code, int32_t source) {
    const int root = (code[0] - '0') * 10 + (code[1] - '0');
    const bool reform = code.rfind("123", 0) == 0;  // refusing reform or to resign
    if (root != 14 && root != 17 && root != 8 && !reform) return -1;
    const int32_t resolved = ResolveMention(*doc_, source, -1);
    if (resolved < 0) return -1;
    const Actor& a = doc_->mentions[resolved].actor;
    if (a.country.size() != 3 || a.country == "IGO" || a.country == "NGO") return -1;
    // "Israel agreed to a ceasefire" has no domestic target; "Egyptian police
    // opened fire" does: a concession is domestic only when a part of a
    // country makes it. Protests and coercion are domestic by default.
    if (root == 8 && a.sector.empty()) return -1;
    Mention m;
    m.kind = MentionKind::kActor;
    m.sentence = s_;
    // No text of its own: an empty span at its source, inside this sentence.
    const Mention& from = doc_->mentions[resolved];
    m.token_begin = m.token_end = from.sentence == s_ ? from.token_begin : b_;
    m.actor.country = a.country;
    m.actor.code = a.country;
    m.inferred = {InferenceKind::kDomestic, resolved, 0, 0, -1};
    doc_->mentions.push_back(std::move(m));
    return static_cast<int32_t>(doc_->mentions.size()) - 1;
  }

  Modality ModalityOf(int32_t vg, uint32_t anchor) const {
    if (vg < 0) {
      // A noun anchor takes the modality of the verb group governing it.
      int32_t governing = -1;
      for (int32_t g : verb_groups_) {
        if (doc_->phrases[g].token_end <= anchor && anchor - doc_->phrases[g].token_end <= 4) governing = g;
      }
      if (governing < 0) return Modality::kAsserted;
      return ModalityOf(governing, doc_->phrases[governing].head);
    }
    const Phrase& g = doc_->phrases[vg];
    if (g.negated) return Modality::kNegated;
    // "partners refuse to recognize Macedonia", "failed to reach a deal":
    // the verb the anchor's group puts first undoes it (its own patterns,
    // "$ <refuse> ...", were tried first and did not match).
    for (uint32_t t = g.token_begin; t < anchor && t < g.token_end; ++t) {
      if (In(kUndoingVerbs, W(t))) return Modality::kNegated;
    }
    if (FutureTimeClause(g)) return Modality::kHypothetical;
    for (int32_t t = static_cast<int32_t>(g.token_begin) - 1;
         t >= static_cast<int32_t>(b_) && t + 12 > static_cast<int32_t>(g.token_begin); --t) {
      if (IsClauseBreak(t)) break;
      if (In(kCondition, W(t)) && Tag_(t) != Tag::kMD) return Modality::kHypothetical;
    }
    if (g.modal) {
      // Reported future: "said they would blockade Paris" is a plan, not a
      // condition, unless a condition follows.
      if (HasWord(g.token_begin, g.token_end, "would") && ReportedSpeech(g) && !ConditionAfter(g)) {
        return Modality::kPlanned;
      }
      return Modality::kHypothetical;
    }
    if (g.future) return Modality::kPlanned;
    // "ready to sign", "plans to visit": a planning word right before "to".
    if (g.infinitive && g.token_begin > b_ && In(kPlanning, W(g.token_begin - 1))) return Modality::kPlanned;
    for (uint32_t t = g.token_begin; t < g.token_end; ++t) {
      if (t != anchor && In(kPlanning, W(t))) return Modality::kPlanned;
      if (t == anchor && W(t) == "expected" && g.voice == Voice::kPassive) return Modality::kPlanned;
      if (IsPassiveAuxiliary(W(t)) && t + 1 < g.token_end && W(t + 1) == "to") return Modality::kPlanned;
    }
    if (IsHistorical(g)) return Modality::kHistorical;
    return Modality::kAsserted;
  }

  // A time clause in the present tense speaks of the future: "(they oppose
  // the force) until their demands are met", "(must agree) before they
  // demobilize". Neither act has happened.
  bool FutureTimeClause(const Phrase& g) const {
    const int32_t subject = NounPhraseBefore(g.token_begin, false);
    if (subject < 0) return false;
    const uint32_t start = doc_->phrases[subject].token_begin;
    if (start <= b_ || !In(kTimeSubordinators, W(start - 1))) return false;
    const Tag first = Tag_(g.token_begin);
    return first == Tag::kVBP || first == Tag::kVBZ;
  }

  bool HasWord(uint32_t from, uint32_t to, std::string_view w) const {
    for (uint32_t t = from; t < to; ++t) {
      if (W(t) == w) return true;
    }
    return false;
  }

  // A reporting verb precedes the verb group in the sentence ("Nigeria
  // announced that it will ...", "farmers said they would ...") or follows it
  // after a comma ("..., the minister said").
  bool ReportedSpeech(const Phrase& g) const {
    for (int32_t other : verb_groups_) {
      const Phrase& p = doc_->phrases[other];
      if (&p == &g) continue;
      if (In(kReporting, W(p.head))) return true;
    }
    return false;
  }

  bool ConditionAfter(const Phrase& g) const {
    for (uint32_t t = g.token_end; t < e_; ++t) {
      if (W(t) == "if" || W(t) == "unless") return true;
    }
    return false;
  }

  // A condition the other side must meet to avoid the act: "unless ...",
  // or "if" with a negation or refusal ("if Chad does not hold elections").
  bool CoerciveConditionAfter(const Phrase& g) const {
    for (uint32_t t = g.token_end; t < e_; ++t) {
      if (W(t) == "unless") return true;
      if (W(t) != "if") continue;
      for (uint32_t k = t + 1; k < e_ && !IsClauseBreak(k) && W(k) != ","; ++k) {
        if (In(kRefusals, W(k))) return true;
      }
      return false;
    }
    return false;
  }

  bool VerbGroupBetween(uint32_t from, uint32_t to) const {
    for (uint32_t t = from; t < to; ++t) {
      const int32_t ph = PhraseOf(t);
      if (ph >= 0 && doc_->phrases[ph].kind == PhraseKind::kVerbGroup) return true;
    }
    return false;
  }

  // A past-tense verb with "previously" or a year before the document's.
  bool IsHistorical(const Phrase& g) const {
    const Tag head = Tag_(g.head);
    if (head != Tag::kVBD && head != Tag::kVBN) return false;
    int doc_year = 0;
    if (doc_->date.size() >= 4) std::from_chars(doc_->date.data(), doc_->date.data() + 4, doc_year);
    for (uint32_t t = b_; t < e_; ++t) {
      if (t + 3 >= g.token_begin && t <= g.token_end + 1 && In(kPreviously, W(t)) && W(t) != "already") return true;
      const std::string& w = W(t);
      if (doc_year > 0 && w.size() == 4 && Tag_(t) == Tag::kCD && t > b_ && W(t - 1) == "in") {
        int year = 0;
        std::from_chars(w.data(), w.data() + 4, year);
        if (year > 1800 && year < doc_year && t > g.head) return true;
      }
      // "property seized by the army in the 1970s": a decade over before the
      // document's year, in the verb's own clause (the hunger strike begun
      // to demand that property back is today's).
      if (doc_year > 0 && w.size() == 5 && w[4] == 's' && t > b_ + 1 && W(t - 1) == "the" && W(t - 2) == "in" &&
          t > g.head && !VerbGroupBetween(g.token_end, t)) {
        int year = 0;
        const auto [end, ec] = std::from_chars(w.data(), w.data() + 4, year);
        if (ec == std::errc() && end == w.data() + 4 && year > 1800 && year % 10 == 0 && year + 10 <= doc_year) {
          return true;
        }
      }
    }
    return false;
  }

  // The first actor after token `from` in its clause, with its compound
  // members: the target of a PETRARCH pattern that names none.
  // The search stays in the verb's own phrases: it ends at a comma or a
  // subordinate clause ("... after crowds burned down its embassy").
  std::vector<int32_t> FirstActorAfter(uint32_t from) const {
    for (uint32_t t = from; t < e_; ++t) {
      const bool list_comma = W(t) == "," && t > b_ && IsAdjective(Tag_(t - 1)) && IsAdjective(Tag_(t + 1));
      const bool adverbial = In(kSubordinators, W(t)) && W(t) != "whether" && W(t) != "if";
      if (IsClauseBreak(t) || (W(t) == "," && !list_comma) || adverbial) break;
      const int32_t m = MentionAt(t);
      if (!Fills(m)) continue;
      // PETRARCH has no coreference: a pronoun after the verb is no target.
      if (doc_->mentions[m].kind == MentionKind::kPronoun) continue;
      std::vector<int32_t> found;
      uint32_t next = t;
      if (SlotAt(t, &found, &next)) return found;
    }
    return {};
  }

  // Does anything but a bare time word follow the verb in its clause?
  bool HasComplement(uint32_t from) const {
    for (uint32_t t = from; t < e_; ++t) {
      if (IsClauseBreak(t) || W(t) == ",") return false;
      if (!(In(kTimeWords, W(t)) || W(t) == "tonight")) return true;
    }
    return false;
  }

  // A mention whose code names several actors ("FRO/BIL/SAM") as one
  // mention per actor; a role with no country as "---" and its code.
  std::vector<int32_t> LegacyActors(int32_t m) {
    if (m < 0) return {m};
    Actor& a = doc_->mentions[m].actor;
    if (a.country.empty() && a.code.rfind("---", 0) != 0) a.code = "---" + a.code;
    if (a.code.find('/') == std::string::npos) return {m};
    std::vector<int32_t> out;
    const std::string codes = a.code;
    size_t pos = 0;
    while (pos <= codes.size()) {
      size_t slash = codes.find('/', pos);
      if (slash == std::string::npos) slash = codes.size();
      Mention part = doc_->mentions[m];
      part.actor.code = codes.substr(pos, slash - pos);
      part.actor.country = part.actor.code.substr(0, std::min<size_t>(3, part.actor.code.size()));
      doc_->mentions.push_back(std::move(part));
      out.push_back(static_cast<int32_t>(doc_->mentions.size()) - 1);
      pos = slash + 1;
    }
    return out;
  }

  // Every member toward every other: the pairs of a reciprocal event.
  static void AddReciprocal(const std::vector<int32_t>& members, std::vector<std::pair<int32_t, int32_t>>* pairs) {
    for (int32_t a : members) {
      for (int32_t b : members) {
        if (a != b) pairs->emplace_back(a, b);
      }
    }
  }

  void EmitLegacy(const Pattern& p, uint32_t anchor, int32_t vg, const Slots& slots) {
    if (p.code.empty()) return;  // a null-coded pattern: matched, codes nothing
    const Modality modality = ModalityOf(vg, anchor);
    std::vector<std::pair<int32_t, int32_t>> pairs;
    std::vector<int32_t> sources = slots.sources;
    std::vector<int32_t> targets = slots.targets;
    if (!sources.empty() && !slots.compound.empty()) {
      // "Eriador agrees with [the Philippines and France]": a compound after
      // a source is its target, member by member.
      targets.insert(targets.end(), slots.compound.begin(), slots.compound.end());
    } else {
      AddReciprocal(slots.compound, &pairs);
      if (slots.compound.size() == 1) sources.push_back(slots.compound[0]);
    }
    // The first actor of the verb's complement, wherever the pattern's words
    // matched ("allowed that Mordor isn't a really pleasant place").
    if (targets.empty() && p.open_target) targets = FirstActorAfter(anchor + static_cast<uint32_t>(p.anchor.size()));
    const bool mutual = targets.empty() && sources.size() >= 2;
    if (mutual) {
      AddReciprocal(sources, &pairs);
    } else {
      // With no actor to aim at, PETRARCH codes a verb only when it has a
      // complement: "said on Saturday" codes, "said today." does not.
      const bool complement = HasComplement(anchor + static_cast<uint32_t>(p.anchor.size()));
      for (int32_t s : sources) {
        if (targets.empty() && complement) pairs.emplace_back(s, -1);
        for (int32_t t : targets) pairs.emplace_back(s, t);
      }
    }
    for (auto [s, t] : pairs) {
      const int32_t source = ResolveMention(*doc_, s, -1);
      if (source < 0) continue;
      const int32_t target = t >= 0 ? ResolveMention(*doc_, t, source) : -1;
      if (target >= 0 && doc_->mentions[target].actor.code == doc_->mentions[source].actor.code) continue;
      for (int32_t si : LegacyActors(source)) {
        for (int32_t ti : LegacyActors(target)) {
          AddEvent(p.code, si, ti, modality, anchor, slots, p, s, t);
          if (!p.paired_code.empty() && ti >= 0) AddEvent(p.paired_code, ti, si, modality, anchor, slots, p, t, s);
        }
      }
    }
  }

  void Emit(const Pattern& p, uint32_t anchor, int32_t vg, const Slots& slots) {
    if (legacy_) return EmitLegacy(p, anchor, vg, slots);
    Modality modality = ModalityOf(vg, anchor);
    std::string code = p.code, paired = p.paired_code;
    // "The EC may halt mediation if cooperation founders": a possible act on
    // a condition is a threat, stated now.
    const bool conditional = vg >= 0 && ConditionAfter(doc_->phrases[vg]);
    if (modality == Modality::kHypothetical && conditional) {
      const int root = (code[0] - '0') * 10 + (code[1] - '0');
      if (root >= 15 || (root >= 4 && root <= 8)) modality = Modality::kPlanned;
    }
    if (modality == Modality::kPlanned) {
      // CAMEO codes announced future actions as intents (03) or, for
      // hostile acts and coercive conditional ones, as threats (13).
      code = IntentCode(code, vg >= 0 && CoerciveConditionAfter(doc_->phrases[vg]));
      paired.clear();
    }
    // "both sides", "the two nations" stand for their two parties; each
    // event keeps the phrase as the words that name its actor.
    std::vector<std::pair<int32_t, int32_t>> written;  // a party, the phrase that named it
    auto expand = [&](const std::vector<int32_t>& mentions) {
      std::vector<int32_t> out;
      for (int32_t m : mentions) {
        for (int32_t member : Members(*doc_, m)) {
          out.push_back(member);
          if (member != m) written.emplace_back(member, m);
        }
      }
      return out;
    };
    auto written_as = [&](int32_t m) {
      for (const auto& [member, phrase] : written) {
        if (member == m) return phrase;
      }
      return m;
    };
    std::vector<std::pair<int32_t, int32_t>> pairs;
    std::vector<int32_t> sources = expand(slots.sources);
    const std::vector<int32_t> compound = expand(slots.compound);
    AddReciprocal(compound, &pairs);
    if (compound.size() == 1) sources.push_back(compound[0]);
    std::vector<int32_t> targets = slots.targets;
    const bool wants_target = std::any_of(p.after.begin(), p.after.end(), [](const Element& e) {
      return e.kind == ElementKind::kTarget;
    }) || std::any_of(p.before.begin(), p.before.end(), [](const Element& e) {
      return e.kind == ElementKind::kTarget;
    });
    if (targets.empty() && slots.compound.empty() && !wants_target) targets = slots.skipped;
    // "expelled inspectors of the IAEA": an actor attached to the last word.
    if (targets.empty() && slots.compound.empty() && !wants_target && slots.last + 2 < e_ &&
        W(slots.last + 1) == "of") {
      uint32_t next = 0;
      std::vector<int32_t> of;
      if (SlotAt(slots.last + 2, &of, &next)) targets = of;
    }
    // "demonstrations against violations by the Israeli military": a
    // protest is aimed at the party it is against, not at home.
    if (targets.empty() && slots.compound.empty() && !wants_target && code.rfind("14", 0) == 0 && !sources.empty()) {
      targets = ProtestedParty(std::max(anchor, slots.last) + 1, sources[0]);
    }
    bool place_target = false;
    if (targets.empty() && slots.compound.empty() && !wants_target) {
      targets = PlaceAfter(std::max(anchor, slots.last) + 1, vg);
      place_target = !targets.empty();
    }
    targets = expand(targets);
    // "Israel and Hezbollah agreed to a ceasefire": cooperation by a compound
    // subject with no other party is cooperation between its members.
    const int code_root = (code[0] - '0') * 10 + (code[1] - '0');
    const bool mutual = targets.empty() && sources.size() >= 2 && code_root >= 3 && code_root <= 8;
    if (mutual) {
      AddReciprocal(sources, &pairs);
    } else {
      for (int32_t s : sources) {
        if (targets.empty()) {
          pairs.emplace_back(s, DomesticTarget(p.code, s));
          continue;
        }
        for (int32_t t : targets) pairs.emplace_back(s, t);
      }
    }
    for (auto [s, t] : pairs) {
      const int32_t source = ResolveMention(*doc_, s, -1);
      if (source < 0) continue;
      int32_t target = t >= 0 ? ResolveMention(*doc_, t, source) : -1;
      const bool domestic = target >= 0 && doc_->mentions[target].token_begin == doc_->mentions[target].token_end;
      if (target >= 0 && !domestic && doc_->mentions[target].actor.code == doc_->mentions[source].actor.code) {
        // "Shevardnadze resigned in Tbilisi", "the government imposed a
        // curfew in Cairo": a target that is the source itself names no
        // other party; the act is domestic, as with no target at all.
        const int32_t home = DomesticTarget(p.code, s);
        if (home < 0 && !place_target) continue;
        t = home;
        target = home >= 0 ? ResolveMention(*doc_, home, source) : -1;
      }
      AddEvent(code, source, target, modality, anchor, slots, p, written_as(s), t >= 0 ? written_as(t) : t);
      if (!paired.empty() && target >= 0) {
        AddEvent(paired, target, source, modality, anchor, slots, p, written_as(t), written_as(s));
      }
    }
  }

  void AddEvent(const std::string& code, int32_t source, int32_t target, Modality modality,
                uint32_t anchor, const Slots& slots, const Pattern& p, int32_t raw_source,
                int32_t raw_target) {
    Event ev;
    ev.sentence = s_;
    ev.source = source;
    ev.target = target;
    ev.source_mention = raw_source >= 0 ? raw_source : source;
    ev.target_mention = target >= 0 && raw_target >= 0 ? raw_target : target;
    ev.cameo = code;
    ev.modality = modality;
    uint32_t lo = anchor, hi = std::max(anchor, slots.last);
    for (int32_t m : {raw_source, raw_target}) {
      if (m < 0 || doc_->mentions[m].sentence != s_) continue;
      lo = std::min(lo, doc_->mentions[m].token_begin);
      hi = std::max(hi, doc_->mentions[m].token_end - 1);
    }
    hi = std::min(hi, e_ - 1);
    ev.evidence = doc_->TokenSpan(lo, hi + 1);
    ev.rule = p.source;
    ev.pattern = p.text;
    ev.verb_phrase = PhraseOf(anchor);
    ev.anchor = anchor;
    for (const Event& other : doc_->events) {
      if (other.sentence == s_ && other.source == source && other.target == target && other.cameo == code) return;
    }
    doc_->events.push_back(std::move(ev));
  }

  const Lexicon& lex_;
  Document* doc_;
  uint32_t s_;
  std::vector<CodingTrace>* trace_;
  const bool legacy_;  // PETRARCH conventions (lexicon.h)
  uint32_t b_ = 0;
  uint32_t e_ = 0;
  std::vector<int32_t> phrase_of_;
  std::vector<int32_t> mention_at_;
  std::vector<int32_t> verb_groups_;
  std::vector<bool> consumed_;
  std::vector<uint64_t> words_;  // sorted word hashes of the sentence, built on first use
  std::vector<uint64_t> token_hashes_;  // WordHash of each token, built on first use
  std::vector<bool> barriers_;          // SkipBarrier of each token, built on first use
  size_t first_mention_ = 0;  // the first mention of this sentence
};

}  // namespace

void CodeSentence(const Lexicon& lexicon, Document* doc, uint32_t s,
                  std::vector<CodingTrace>* trace) {
  SentenceCoder(lexicon, doc, s, trace).Run();
}

}  // namespace dragoman
