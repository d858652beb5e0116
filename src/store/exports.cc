#include "store/exports.h"

#include <fmt/format.h>

#include <cstdlib>

#include "core/strings.h"
#include "output/json_writer.h"

namespace dragoman {
namespace {

// Columns read from the events table, in this order, for every export; the
// first is the backend's event id.
constexpr const char* kColumns[] = {
    "e.doc", "e.idx", "e.sentence", "e.source_code", "e.source_country", "e.source_sector", "e.source_text",
    "e.target_code", "e.target_country", "e.target_sector", "e.target_text", "e.cameo", "e.root", "e.base",
    "e.plover", "e.goldstein", "e.quad", "e.modality", "e.date", "e.place", "e.place_country", "e.lat", "e.lon",
    "e.evidence_start", "e.evidence_end", "e.evidence", "e.rule", "e.pattern", "e.engine", "e.lexicon", "d.coded_at"};

// The select list; grouped (dedup) queries take each column's minimum.
std::string SelectList(const Store& store, bool dedup) {
  auto col = [&](const std::string& c) { return dedup ? "min(" + c + ")" : c; };
  std::string out = col(store.EventIdColumn()) + " AS id";
  for (const char* c : kColumns) out += ", " + col(c) + " AS " + std::string(c).substr(2);
  if (dedup) {
    out += ", count(*) AS mentions, count(DISTINCT e.doc) AS articles, " +
           store.JoinedText("e.doc || ':' || CAST(e.idx AS TEXT)") + " AS links";
  } else {
    out += ", 1 AS mentions, 1 AS articles, '' AS links";
  }
  return out;
}

std::string Csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Tsv(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

// YYYYMMDD from an ISO date, padding a partial date with its first day.
std::string Day(const std::string& date) {
  std::string d;
  for (char c : date) {
    if (c != '-') d += c;
  }
  if (d.size() == 4) d += "0101";
  if (d.size() == 6) d += "01";
  return d.size() == 8 ? d : "";
}

std::string FractionDate(const std::string& day) {
  if (day.size() != 8) return "";
  const int y = std::atoi(day.substr(0, 4).c_str()), m = std::atoi(day.substr(4, 2).c_str()),
            d = std::atoi(day.substr(6, 2).c_str());
  return fmt::format("{:.4f}", y + ((m - 1) * 30.4375 + d) / 365.0);
}

// The GDELT columns of one event row; with `dedup`, its mention and article
// counts come from the grouped query.
std::vector<std::string> GdeltRow(const std::vector<std::string>& r, bool dedup) {
  // r follows kColumns: 0 rowid 1 doc 2 idx 3 sentence 4-7 source 8-11 target
  // 12 cameo 13 root 14 base 15 plover 16 goldstein 17 quad 18 modality
  // 19 date 20 place 21 place_country 22 lat 23 lon ... 31 coded_at
  const std::string day = Day(r[19]);
  std::vector<std::string> c;
  c.push_back(r[0]);                                   // GlobalEventID
  c.push_back(day);                                    // Day
  c.push_back(day.substr(0, 6));                       // MonthYear
  c.push_back(day.substr(0, 4));                       // Year
  c.push_back(FractionDate(day));                      // FractionDate
  for (int a : {4, 8}) {                               // Actor1 and Actor2
    const bool igo = r[a + 1] == "IGO" || r[a + 1] == "NGO";
    c.push_back(Tsv(r[a]));                            // Code
    c.push_back(Tsv(r[a + 3]));                        // Name
    c.push_back(igo ? "" : r[a + 1]);                  // CountryCode
    c.push_back(igo ? r[a] : "");                      // KnownGroupCode
    c.push_back("");                                   // EthnicCode
    c.push_back("");                                   // Religion1Code
    c.push_back("");                                   // Religion2Code
    c.push_back(r[a + 2]);                             // Type1Code
    c.push_back("");                                   // Type2Code
    c.push_back("");                                   // Type3Code
  }
  c.push_back(r[3] == "0" ? "1" : "0");                // IsRootEvent: the lead sentence
  c.push_back(r[12]);                                  // EventCode
  c.push_back(r[14]);                                  // EventBaseCode
  c.push_back(r[13]);                                  // EventRootCode
  c.push_back(r[17]);                                  // QuadClass
  c.push_back(r[16]);                                  // GoldsteinScale
  c.push_back(dedup ? r[32] : "1");                    // NumMentions
  c.push_back(dedup ? r[33] : "1");                    // NumSources: no publisher field, so articles
  c.push_back(dedup ? r[33] : "1");                    // NumArticles
  c.push_back("0");                                    // AvgTone
  for (int g = 0; g < 2; ++g) {                        // Actor1Geo, Actor2Geo: not resolved
    for (int k = 0; k < 8; ++k) c.push_back(k == 0 ? "0" : "");
  }
  const bool city = !r[22].empty();                    // ActionGeo
  c.push_back(r[20].empty() ? "0" : city ? "4" : "1");  // Type: 4 world city, 1 country
  c.push_back(Tsv(r[20]));                             // FullName
  c.push_back(r[21]);                                  // CountryCode (ISO alpha-3 here)
  c.push_back("");                                     // ADM1Code
  c.push_back("");                                     // ADM2Code
  c.push_back(r[22]);                                  // Lat
  c.push_back(r[23]);                                  // Long
  c.push_back("");                                     // FeatureID
  std::string added;
  for (char ch : r[31]) {
    if (ch >= '0' && ch <= '9') added += ch;
  }
  c.push_back(added.substr(0, 14));                    // DATEADDED YYYYMMDDHHMMSS
  c.push_back(Tsv(r[1]));                              // SOURCEURL: the document id
  return c;
}

// Phoenix's 26 columns (the Open Event Data Alliance's daily data).
std::string PhoenixRow(const std::vector<std::string>& r) {
  const std::string day = Day(r[19]);
  std::vector<std::string> c = {
      r[0], day, day.substr(0, 4), day.size() == 8 ? day.substr(4, 2) : "", day.size() == 8 ? day.substr(6, 2) : "",
      r[4], r[5], r[6], "",                     // SourceActorFull, Entity, Role, Attribute
      r[8], r[9], r[10], "",                    // TargetActorFull, Entity, Role, Attribute
      r[12], r[13], r[17], r[16], "",           // EventCode, EventRootCode, QuadClass, GoldsteinScore, Issues
      r[22], r[23], Tsv(r[20]), "", r[21],      // Lat, Lon, LocationName, StateName, CountryCode
      r[1] + "_" + r[3], Tsv(r[1]), ""};        // SentenceID, URLs, NewsSources
  return Join(c, '\t');
}

// ICEWS's 20 columns (the Integrated Crisis Early Warning System's events).
std::string IcewsRow(const std::vector<std::string>& r, const std::vector<std::string>& names) {
  std::vector<std::string> c = {r[0], r[19], Tsv(r[7].empty() ? r[4] : r[7]), r[6], r[5], Tsv(names.at(0)),
                                r[12], r[16], Tsv(r[11].empty() ? r[8] : r[11]), r[10], r[9], Tsv(r[1]),
                                std::to_string(std::atoi(r[3].c_str()) + 1), "", Tsv(r[20]), "", "", r[21],
                                r[22], r[23]};
  return Join(c, '\t');
}

void AppendActorJson(const std::vector<std::string>& r, int a, std::string* out) {
  if (r[a].empty()) {
    *out += "null";
    return;
  }
  *out += "{\"code\":";
  AppendJsonString(r[a], out);
  *out += ",\"country\":";
  AppendJsonString(r[a + 1], out);
  *out += ",\"sector\":";
  AppendJsonString(r[a + 2], out);
  *out += ",\"text\":";
  AppendJsonString(r[a + 3], out);
  *out += "}";
}

// The fields of the PLOVER manual's event record.
std::string PloverRecord(const std::vector<std::string>& r) {
  std::string out = "{\"id\":";
  AppendJsonString(r[1] + "-" + r[2], &out);
  out += ",\"date\":";
  AppendJsonString(r[19], &out);
  out += ",\"actor\":";
  AppendActorJson(r, 4, &out);
  out += ",\"recipient\":";
  AppendActorJson(r, 8, &out);
  out += ",\"event\":";
  AppendJsonString(r[15], &out);
  out += ",\"mode\":\"\",\"context\":\"\",\"event_loc\":";
  if (r[20].empty()) {
    out += "null";
  } else {
    out += "{\"name\":";
    AppendJsonString(r[20], &out);
    out += ",\"country\":";
    AppendJsonString(r[21], &out);
    out += ",\"lat\":" + (r[22].empty() ? std::string("null") : r[22]);
    out += ",\"lon\":" + (r[23].empty() ? std::string("null") : r[23]) + "}";
  }
  out += ",\"event_text\":";
  AppendJsonString(r[26], &out);
  out += ",\"source_doc\":";
  AppendJsonString(r[1], &out);
  out += ",\"cameo\":";
  AppendJsonString(r[12], &out);
  out += ",\"modality\":";
  AppendJsonString(r[18], &out);
  out += "}";
  return out;
}

}  // namespace

const std::vector<std::string>& PhoenixColumns() {
  static const std::vector<std::string> kPhoenix = {
      "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
      "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
      "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
      "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources"};
  return kPhoenix;
}

const std::vector<std::string>& IcewsColumns() {
  static const std::vector<std::string> kIcews = {
      "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
      "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
      "City", "District", "Province", "Country", "Latitude", "Longitude"};
  return kIcews;
}

const std::vector<std::string>& GdeltColumns() {
  static const std::vector<std::string> kGdelt = [] {
    std::vector<std::string> v = {"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"};
    for (const char* a : {"Actor1", "Actor2"}) {
      for (const char* f : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                            "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}) {
        v.push_back(std::string(a) + f);
      }
    }
    for (const char* f : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"}) {
      v.push_back(f);
    }
    for (const char* g : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"}) {
        v.push_back(std::string(g) + f);
      }
    }
    v.push_back("DATEADDED");
    v.push_back("SOURCEURL");
    return v;
  }();
  return kGdelt;
}

std::string FilterSql(const EventFilter& f, std::vector<std::string>* params) {
  std::string where = " WHERE 1=1";
  auto add = [&](const std::string& value, const char* sql, int times = 1) {
    if (value.empty()) return;
    where += sql;
    for (int i = 0; i < times; ++i) params->push_back(value);
  };
  if (!f.actor.empty()) {
    where += " AND (e.source_code LIKE ? OR e.target_code LIKE ?)";
    params->push_back(f.actor + "%");
    params->push_back(f.actor + "%");
  }
  add(f.country, " AND (e.source_country = ? OR e.target_country = ?)", 2);
  add(f.place, " AND (e.place = ? OR e.place_country = ?)", 2);
  add(f.source, " AND e.source_country = ?");
  add(f.target, " AND e.target_country = ?");
  if (!f.cameo.empty()) {
    where += " AND e.cameo LIKE ?";
    params->push_back(f.cameo + "%");
  }
  add(f.plover, " AND e.plover = ?");
  add(f.modality, " AND e.modality = ?");
  add(f.from, " AND e.date >= ?");
  if (!f.to.empty()) {
    where += " AND substr(e.date, 1, ?) <= ?";
    params->push_back(std::to_string(f.to.size()));
    params->push_back(f.to);
  }
  return where;
}

Status ExportEvents(Store* store, const EventFilter& filter, const std::string& format,
                    const std::function<void(const std::string&)>& emit, bool dedup) {
  std::vector<std::string> params;
  std::string sql = "SELECT " + SelectList(*store, dedup) + " FROM events e JOIN documents d ON d.id = e.doc" +
                    FilterSql(filter, &params);
  if (dedup) {
    // One event per day, dyad and code (the Phoenix one-a-day rule), with
    // GDELT's mention and article counts and links to every mention.
    // Negated and hypothetical events are not events that happened.
    sql += " AND e.modality NOT IN ('negated', 'hypothetical') GROUP BY substr(e.date, 1, 10), "
           "e.source_code, e.target_code, e.cameo ORDER BY 1";
  } else {
    sql += " ORDER BY e.date, e.doc, e.idx";
  }
  StatusOr<std::vector<std::vector<std::string>>> rows = store->Query(sql, params);
  if (!rows.ok()) return rows.status();
  const std::vector<std::string>& header = (*rows)[0];
  if (format == "csv") {
    std::string line;
    for (size_t i = 1; i < header.size(); ++i) line += (i > 1 ? "," : "") + Csv(header[i]);
    emit(line);
  }
  for (size_t k = 1; k < rows->size(); ++k) {
    const std::vector<std::string>& r = (*rows)[k];
    if (format == "gdelt") {
      emit(Join(GdeltRow(r, dedup), '\t'));
    } else if (format == "icews") {
      emit(IcewsRow(r, {r[26]}));
    } else if (format == "phoenix") {
      emit(PhoenixRow(r));
    } else if (format == "plover") {
      emit(PloverRecord(r));
    } else if (format == "csv") {
      std::string line;
      for (size_t i = 1; i < r.size(); ++i) line += (i > 1 ? "," : "") + Csv(r[i]);
      emit(line);
    } else {
      std::string line = "{";
      for (size_t i = 1; i < r.size(); ++i) {
        if (i > 1) line += ',';
        AppendJsonString(header[i], &line);
        line += ':';
        AppendJsonString(r[i], &line);
      }
      emit(line + "}");
    }
  }
  return OkStatus();
}

}  // namespace dragoman
