// The brief is read off the layers the pipeline already built: events (with
// their anchors, dates and places), mentions and tokens. Each part is one
// small rule over them, explained where it is made.
#include "brief/brief.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "brief/issues.h"
#include "output/json_writer.h"
#include "resolve/resolver.h"

namespace dragoman {
namespace {

int Root(const std::string& code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

// Talks: intents to meet (036) and consultations (04x, but not a host's 043).
bool IsTalks(const Event& e) { return e.cameo.rfind("036", 0) == 0 || (Root(e.cameo) == 4 && e.cameo != "043"); }

std::string CountryOf(const Document& doc, int32_t mention) {
  const int32_t r = ResolveMention(doc, mention, -1);
  return r >= 0 ? doc.mentions[r].actor.country : "";
}

std::string Text(const Document& doc, uint32_t begin, uint32_t end) {
  if (end <= begin) return "";
  return std::string(doc.Slice(doc.TokenSpan(begin, end)));
}

// The issue of a demand or rejection: the words after its anchor ("demanding
// [an] unconditional ceasefire", "its demand [for] Ukraine to cede ..."),
// with an enumeration that follows split into issues of their own.
IssuePhrases IssueAfter(const Document& doc, const Event& e) {
  uint32_t t = e.anchor + 1;
  if (e.verb_phrase >= 0 && doc.phrases[e.verb_phrase].kind == PhraseKind::kVerbGroup) {
    t = std::max(t, doc.phrases[e.verb_phrase].token_end);
  }
  return ReadIssue(doc, t, doc.sentences[e.sentence].token_end);
}

void AddUnique(std::vector<std::string>* v, const std::string& s) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->push_back(s);
}

class BriefMaker {
 public:
  explicit BriefMaker(const Document& doc) : doc_(doc) {}

  NegotiationBrief Make() {
    Parties();
    VenueHostDates();
    Delegations();
    Stances();
    ObserversAndHistory();
    return b_;
  }

 private:
  // The pair of countries with the most talks between them, both directions.
  void Parties() {
    std::map<std::pair<std::string, std::string>, int> pairs;
    for (const Event& e : doc_.events) {
      if (!IsTalks(e) || e.target < 0) continue;
      std::string a = CountryOf(doc_, e.source), c = CountryOf(doc_, e.target);
      if (a.empty() || c.empty() || a == c) continue;
      if (c < a) std::swap(a, c);
      ++pairs[{a, c}];
    }
    int best = 0;
    for (const auto& [pair, n] : pairs) {
      if (n > best) {
        best = n;
        b_.parties = {pair.first, pair.second};
      }
    }
    // Keep the text's order: the party named first first.
    if (b_.parties.size() == 2) {
      for (const Mention& m : doc_.mentions) {
        if (m.merged_into >= 0) continue;
        if (m.actor.country == b_.parties[1]) {
          std::swap(b_.parties[0], b_.parties[1]);
          break;
        }
        if (m.actor.country == b_.parties[0]) break;
      }
    }
  }

  bool IsParty(const std::string& c) const {
    return std::find(b_.parties.begin(), b_.parties.end(), c) != b_.parties.end();
  }

  // The venue is where the parties' talks take place; the host is the
  // venue's country when it is not a party.
  void VenueHostDates() {
    std::map<std::string, int> venues;
    std::string venue_country;
    for (const Event& e : doc_.events) {
      if (!IsTalks(e)) continue;
      const bool between = IsParty(CountryOf(doc_, e.source)) && e.target >= 0 && IsParty(CountryOf(doc_, e.target));
      if (!between) continue;
      AddUnique(&b_.dates, e.date);
      if (e.place >= 0 && doc_.places[e.place].located) {
        if (++venues[doc_.places[e.place].name] == 1 && venue_country.empty()) {
          venue_country = doc_.places[e.place].country;
        }
      }
    }
    int best = 0;
    for (const auto& [name, n] : venues) {
      if (n > best) {
        best = n;
        b_.venue = name;
      }
    }
    for (const Place& p : doc_.places) {
      if (p.name == b_.venue) venue_country = p.country;
    }
    if (!venue_country.empty() && !IsParty(venue_country)) b_.host = venue_country;
    if (b_.host.empty()) {
      for (const Event& e : doc_.events) {
        if (e.cameo == "043" && !IsParty(CountryOf(doc_, e.source))) b_.host = CountryOf(doc_, e.source);
      }
    }
  }

  // Delegations: a "delegation" word, a leader after "led by" or "headed
  // by", who sent it ("Zelensky has sent a delegation"), and members named
  // in a sentence about members ("Other members include ...").
  void Delegations() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      int32_t delegation = -1;
      for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
        if (doc_.tokens[t].norm == "delegation") delegation = static_cast<int32_t>(t);
      }
      if (delegation < 0) continue;
      Delegation d;
      for (uint32_t t = sent.token_begin; t + 1 < sent.token_end; ++t) {
        const std::string& w = doc_.tokens[t].norm;
        if ((w == "led" || w == "headed" || w == "chaired") && doc_.tokens[t + 1].norm == "by") {
          const int32_t m = PersonAfter(t + 2, sent.token_end);
          if (m >= 0) {
            d.leader = doc_.mentions[m].actor.name.empty() ? MentionText(doc_, m) : doc_.mentions[m].actor.name;
            d.side = doc_.mentions[m].actor.country;
          }
        }
        if (w == "sent" || w == "dispatched" || w == "send" || w == "sends") {
          const int32_t m = PersonBefore(t, sent.token_begin);
          if (m >= 0) {
            d.sent_by = doc_.mentions[m].actor.name.empty() ? MentionText(doc_, m) : doc_.mentions[m].actor.name;
            if (d.side.empty()) d.side = doc_.mentions[m].actor.country;
          }
        }
      }
      if (d.side.empty()) continue;
      // Members: the next sentences that speak of members.
      for (uint32_t n = s + 1; n < doc_.sentences.size() && n <= s + 2; ++n) {
        const Sentence& next = doc_.sentences[n];
        bool about_members = false;
        for (uint32_t t = next.token_begin; t < next.token_end; ++t) {
          about_members |= doc_.tokens[t].norm == "members" || doc_.tokens[t].norm == "member";
        }
        if (!about_members) continue;
        for (size_t i = 0; i < doc_.mentions.size(); ++i) {
          const Mention& m = doc_.mentions[i];
          if (m.sentence != n || m.merged_into >= 0 || !m.individual || m.actor.country != d.side) continue;
          AddUnique(&d.members, m.actor.name.empty() ? MentionText(doc_, static_cast<int32_t>(i)) : m.actor.name);
        }
      }
      b_.delegations.push_back(std::move(d));
    }
  }

  int32_t PersonAfter(uint32_t from, uint32_t end) const {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.merged_into < 0 && m.individual && m.token_begin >= from && m.token_begin < end && m.token_begin < from + 6) {
        return static_cast<int32_t>(i);
      }
    }
    return -1;
  }

  int32_t PersonBefore(uint32_t before, uint32_t begin) const {
    int32_t best = -1;
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.merged_into < 0 && m.individual && m.token_end <= before && m.token_begin >= begin) {
        best = static_cast<int32_t>(i);
      }
    }
    return best;
  }

  // Stances from demands (10), rejections (12) and support (05).
  void Stances() {
    // Demands first: a rejection may answer one ("an outcome Kyiv rejects").
    std::vector<const Event*> ordered;
    for (const Event& e : doc_.events) {
      if (Root(e.cameo) == 10) ordered.push_back(&e);
    }
    for (const Event& e : doc_.events) {
      if (Root(e.cameo) == 12) ordered.push_back(&e);
    }
    for (const Event* ep : ordered) {
      const Event& e = *ep;
      Stance st;
      st.actor = CountryOf(doc_, e.source);
      st.stance = Root(e.cameo) == 10 ? "demand" : "reject";
      st.sentence = e.sentence;
      if (st.actor.empty()) continue;
      const IssuePhrases issue = IssueAfter(doc_, e);
      st.issue = issue.main;
      // "an outcome Kyiv rejects": the issue is the demand it answers.
      if (st.issue.empty() && issue.items.empty()) {
        for (const Stance& other : b_.stances) {
          if (other.sentence == e.sentence && other.stance == "demand" && other.actor != st.actor) st.issue = other.issue;
        }
      }
      // "the root causes of the conflict, including X and Y": X and Y are
      // stances of the same actor and kind.
      std::vector<std::string> issues = {st.issue};
      issues.insert(issues.end(), issue.items.begin(), issue.items.end());
      for (const std::string& text : issues) {
        if (text.empty()) continue;
        bool seen = false;
        for (const Stance& o : b_.stances) seen |= o.actor == st.actor && o.stance == st.stance && o.issue == text;
        if (seen) continue;
        Stance item = st;
        item.issue = text;
        b_.stances.push_back(std::move(item));
      }
    }
    // "a position backed by its Western allies and the United States".
    for (const Event& e : doc_.events) {
      if (Root(e.cameo) != 5 || e.target < 0) continue;
      const std::string backed = CountryOf(doc_, e.target), backer = CountryOf(doc_, e.source);
      for (Stance& st : b_.stances) {
        if (st.sentence == e.sentence && st.actor == backed) AddUnique(&st.supported_by, backer);
      }
    }
  }

  // Observers: third parties planning talks of their own at the venue;
  // a previous round: a historical hosting of talks.
  void ObserversAndHistory() {
    for (const Event& e : doc_.events) {
      if (!IsTalks(e) || e.modality != Modality::kPlanned) continue;
      const std::string a = CountryOf(doc_, e.source);
      if (a.empty() || IsParty(a) || a == b_.host) continue;
      AddUnique(&b_.observers, a);
      if (e.target >= 0) {
        const std::string t = CountryOf(doc_, e.target);
        if (!IsParty(t) && t != b_.host) AddUnique(&b_.observers, t);
      }
    }
    for (const Event& e : doc_.events) {
      if (e.modality != Modality::kHistorical || Root(e.cameo) != 4) continue;
      b_.previous_year = e.date.substr(0, 4);
      b_.previous_host = CountryOf(doc_, e.source);
      const Sentence& s = doc_.sentences[e.sentence];
      for (uint32_t t = e.anchor; t < s.token_end; ++t) {
        if (doc_.tokens[t].norm == "which" || doc_.tokens[t].norm == "but") {
          uint32_t end = s.token_end;
          while (end > t + 1 && doc_.tokens[end - 1].tag == Tag::kStop) --end;
          b_.previous_outcome = Text(doc_, t + 1, end);
          break;
        }
      }
    }
  }

  const Document& doc_;
  NegotiationBrief b_;
};

void AppendList(const std::vector<std::string>& v, std::string* out) {
  *out += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) *out += ',';
    AppendJsonString(v[i], out);
  }
  *out += ']';
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

}  // namespace

NegotiationBrief MakeBrief(const Document& doc) { return BriefMaker(doc).Make(); }

std::string BriefJson(const Document& doc, const NegotiationBrief& b) {
  std::string out = "{\"doc\":";
  AppendJsonString(doc.id, &out);
  out += ",\"negotiation\":{\"parties\":";
  AppendList(b.parties, &out);
  for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"host", &b.host}, {"venue", &b.venue}}) {
    out += fmt::format(",\"{}\":", key);
    if (value->empty()) {
      out += "null";
    } else {
      AppendJsonString(*value, &out);
    }
  }
  out += ",\"dates\":";
  AppendList(b.dates, &out);
  out += ",\"observers\":";
  AppendList(b.observers, &out);
  out += ",\"previous_round\":";
  if (b.previous_year.empty()) {
    out += "null";
  } else {
    out += "{\"year\":";
    AppendJsonString(b.previous_year, &out);
    out += ",\"host\":";
    AppendJsonString(b.previous_host, &out);
    out += ",\"outcome\":";
    AppendJsonString(b.previous_outcome, &out);
    out += "}";
  }
  out += "},\"delegations\":[";
  for (size_t i = 0; i < b.delegations.size(); ++i) {
    const Delegation& d = b.delegations[i];
    if (i) out += ',';
    out += "{\"side\":";
    AppendJsonString(d.side, &out);
    out += ",\"leader\":";
    AppendJsonString(d.leader, &out);
    out += ",\"sent_by\":";
    AppendJsonString(d.sent_by, &out);
    out += ",\"members\":";
    AppendList(d.members, &out);
    out += '}';
  }
  out += "],\"stances\":[";
  for (size_t i = 0; i < b.stances.size(); ++i) {
    const Stance& st = b.stances[i];
    if (i) out += ',';
    out += "{\"actor\":";
    AppendJsonString(st.actor, &out);
    out += ",\"stance\":";
    AppendJsonString(st.stance, &out);
    out += ",\"issue\":";
    AppendJsonString(st.issue, &out);
    out += ",\"supported_by\":";
    AppendList(st.supported_by, &out);
    out += '}';
  }
  out += "],\"places\":";
  AppendPlacesJson(doc, &out);
  out += "}\n";
  return out;
}

std::string BriefText(const Document& doc, const NegotiationBrief& b) {
  std::string out = fmt::format("Brief: {}\n", doc.id);
  out += fmt::format("  Parties:   {}\n", b.parties.empty() ? "-" : Join(b.parties));
  out += fmt::format("  Host:      {}   Venue: {}   Dates: {}\n", b.host.empty() ? "-" : b.host,
                     b.venue.empty() ? "-" : b.venue, b.dates.empty() ? "-" : Join(b.dates));
  for (const Delegation& d : b.delegations) {
    out += fmt::format("  Delegation of {}: led by {}{}{}\n", d.side, d.leader.empty() ? "?" : d.leader,
                       d.sent_by.empty() ? "" : ", sent by " + d.sent_by,
                       d.members.empty() ? "" : "; members " + Join(d.members));
  }
  for (const Stance& st : b.stances) {
    out += fmt::format("  {} {}s: {}{}\n", st.actor, st.stance, st.issue,
                       st.supported_by.empty() ? "" : " (backed by " + Join(st.supported_by) + ")");
  }
  if (!b.observers.empty()) out += fmt::format("  Observers: {}\n", Join(b.observers));
  std::vector<std::string> places;
  for (const Place& p : doc.places) {
    std::string where = p.located ? fmt::format("{} ({}, {:.2f} {:.2f})", p.name, p.country, p.latitude, p.longitude)
                                   : fmt::format("{} ({})", p.name, p.country);
    if (!p.metonym_for.empty()) where += " = " + p.metonym_for;
    places.push_back(std::move(where));
  }
  if (!places.empty()) out += fmt::format("  Places:    {}\n", Join(places));
  if (!b.previous_year.empty()) {
    out += fmt::format("  Previous round: {} hosted by {}{}\n", b.previous_year, b.previous_host,
                       b.previous_outcome.empty() ? "" : ", " + b.previous_outcome);
  }
  return out;
}

}  // namespace dragoman
