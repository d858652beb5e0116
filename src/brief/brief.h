// Stage 11 (on demand): the negotiation brief of an article. From the coded
// document it gathers the parties to the talks, the host, venue and dates,
// each delegation (leader, members, who sent it), each party's stances
// (demand, reject, support) with the issue in a short phrase and who backs
// it, the observers and a previous round.
//
//   Ukraine and Russia (parties), Turkey (host), Istanbul (venue);
//   Russian delegation: Medinsky (leader), Galuzin, Fomin, Kostyukov;
//   UKR demands "unconditional ceasefire", backed by WST and USA.
#ifndef DRAGOMAN_BRIEF_BRIEF_H_
#define DRAGOMAN_BRIEF_BRIEF_H_

#include <string>
#include <vector>

#include "core/document.h"

namespace dragoman {

struct Delegation {
  std::string side;                 // country
  std::string leader;               // names as written
  std::string sent_by;
  std::vector<std::string> members;
};

struct Stance {
  std::string actor;                // country
  std::string stance;               // demand | reject | support
  std::string issue;                // a short phrase from the text
  std::vector<std::string> supported_by;
  uint32_t sentence = 0;
};

struct NegotiationBrief {
  std::vector<std::string> parties;
  std::string host;
  std::string venue;
  std::vector<std::string> dates;
  std::vector<Delegation> delegations;
  std::vector<Stance> stances;
  std::vector<std::string> observers;
  std::string previous_year;        // an earlier round, if the article names one
  std::string previous_host;
  std::string previous_outcome;
};

// Builds the brief of a processed document. Thread-safe.
NegotiationBrief MakeBrief(const Document& doc);

// The brief as JSON (one object) and as readable text.
std::string BriefJson(const Document& doc, const NegotiationBrief& brief);
std::string BriefText(const Document& doc, const NegotiationBrief& brief);

}  // namespace dragoman

#endif  // DRAGOMAN_BRIEF_BRIEF_H_
