#include "output/json_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pipeline.h"
#include "test_resources.h"

namespace dragoman {
namespace {

std::string Json(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

// Parses one JSON string literal back to its value.
std::string Unquote(const std::string& literal) {
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  EXPECT_EQ(parser.parse(literal).get(e), simdjson::SUCCESS) << literal;
  std::string_view v;
  EXPECT_EQ(e.get_string().get(v), simdjson::SUCCESS) << literal;
  return std::string(v);
}

TEST(JsonWriter, EscapesStrings) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "\"plain\""},
      {"say \"no\"", "\"say \\\"no\\\"\""},
      {"a\\b", "\"a\\\\b\""},
      {"line\nnext\r\tend", "\"line\\nnext\\r\\tend\""},
      {std::string("nul\0bell\x07" "esc\x1f", 13), "\"nul\\u0000bell\\u0007esc\\u001f\""},
      {"del\x7f", "\"del\x7f\""},
      {"Erdo\xC4\x9F" "an \xE2\x80\x94 \xF0\x9F\x8C\x8D", "\"Erdo\xC4\x9F" "an \xE2\x80\x94 \xF0\x9F\x8C\x8D\""},
      {"", "\"\""},
  };
  for (const auto& [in, expected] : cases) {
    EXPECT_EQ(Json(in), expected) << in;
    EXPECT_EQ(Unquote(Json(in)), in) << in;  // valid UTF-8 survives a round trip
  }
}

TEST(JsonWriter, ReplacesInvalidUtf8) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b"},             // a byte that never starts UTF-8
      {"\xC4", "\xEF\xBF\xBD"},                      // truncated sequence at the end
      {"x\xE2\x80y", "x\xEF\xBF\xBD\xEF\xBF\xBD" "y"},  // one replacement per bad byte
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},          // overlong "/"
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // a UTF-16 surrogate
  };
  for (const auto& [in, expected] : cases) {
    const std::string literal = Json(in);
    EXPECT_TRUE(simdjson::validate_utf8(literal.data(), literal.size())) << literal;
    EXPECT_EQ(Unquote(literal), expected) << literal;
  }
}

// "Kyiv rejected \"talks\" with Moscow." with mentions Kyiv (0) and Moscow (1)
// and one event 125 from Kyiv with no target.
Document HandBuiltDocument() {
  Document doc;
  doc.id = "doc\"7";
  doc.date = "2025-05-15";
  doc.text = "Kyiv rejected \"talks\" with Moscow.";
  const std::vector<Span> spans = {{0, 4}, {5, 13}, {14, 15}, {15, 20}, {20, 21}, {22, 26}, {27, 33}, {33, 34}};
  for (Span s : spans) {
    Token t;
    t.span = s;
    t.shape = t.norm = std::string(doc.Slice(s));
    doc.tokens.push_back(t);
  }
  doc.sentences.push_back({{0, 34}, 0, 8});
  Mention kyiv;
  kyiv.token_begin = 0;
  kyiv.token_end = 1;
  kyiv.actor = {"UKRGOV", "UKR", "GOV", "", ""};
  Mention moscow;
  moscow.token_begin = 6;
  moscow.token_end = 7;
  moscow.actor = {"RUSGOV", "RUS", "GOV", "President", "Vladimir Putin"};
  doc.mentions = {kyiv, moscow};
  Event e;
  e.sentence = 0;
  e.source = 0;
  e.target = -1;
  e.cameo = "1251";
  e.modality = Modality::kNegated;
  e.evidence = {0, 21};
  e.rule = {"test.verbs", 12};
  e.pattern = "$ <reject> &TALKS";
  doc.events.push_back(e);
  return doc;
}

Ontology SmallOntology() {
  Ontology o;
  EXPECT_TRUE(o.Parse("t.tsv", "12\tREJECT\t-4\tREJECT\t3\n125\tReject proposal to meet\t-5\tREJECT\t3\n").ok());
  return o;
}

TEST(JsonWriter, WritesContractFields) {
  const Document doc = HandBuiltDocument();
  std::string out;
  AppendEventsJsonl(doc, SmallOntology(), "test.verbs@1", &out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1);  // one line per event

  simdjson::dom::parser parser;
  simdjson::dom::element event;
  ASSERT_EQ(parser.parse(out).get(event), simdjson::SUCCESS) << out;
  auto str = [&](std::string_view pointer) {
    std::string_view v;
    EXPECT_EQ(event.at_pointer(pointer).get_string().get(v), simdjson::SUCCESS) << pointer;
    return std::string(v);
  };
  auto num = [&](std::string_view pointer) {
    int64_t v = -1;
    EXPECT_EQ(event.at_pointer(pointer).get_int64().get(v), simdjson::SUCCESS) << pointer;
    return v;
  };
  EXPECT_EQ(str("/doc"), "doc\"7");
  EXPECT_EQ(num("/sentence"), 0);
  EXPECT_EQ(str("/source/code"), "UKRGOV");
  EXPECT_EQ(str("/source/country"), "UKR");
  EXPECT_EQ(str("/source/sector"), "GOV");
  EXPECT_EQ(str("/source/text"), "Kyiv");
  EXPECT_TRUE(event.at_pointer("/target").is_null());
  EXPECT_EQ(str("/cameo"), "1251");
  EXPECT_EQ(str("/root"), "12");
  EXPECT_EQ(str("/base"), "125");
  EXPECT_EQ(str("/plover"), "REJECT");  // from parent 125
  EXPECT_EQ(num("/quad"), 3);
  double goldstein = 0;
  ASSERT_EQ(event["goldstein"].get_double().get(goldstein), simdjson::SUCCESS);
  EXPECT_DOUBLE_EQ(goldstein, -5.0);
  EXPECT_EQ(str("/modality"), "negated");
  EXPECT_EQ(str("/date"), "2025-05-15");
  EXPECT_EQ(num("/evidence/start"), 0);
  EXPECT_EQ(num("/evidence/end"), 21);
  EXPECT_EQ(str("/evidence/text"), "Kyiv rejected \"talks\"");
  EXPECT_EQ(str("/rule"), "test.verbs:12");
  EXPECT_EQ(str("/pattern"), "$ <reject> &TALKS");
  EXPECT_EQ(str("/lexicon"), "test.verbs@1");
}

TEST(JsonWriter, WritesTargetWithTitleAndName) {
  Document doc = HandBuiltDocument();
  doc.events[0].target = 1;
  doc.events.push_back(doc.events[0]);
  doc.events[1].cameo = "999";  // unknown: empty PLOVER, no goldstein
  std::string out;
  AppendEventsJsonl(doc, SmallOntology(), "", &out);
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream;
  ASSERT_EQ(parser.parse_many(out).get(stream), simdjson::SUCCESS);
  std::vector<simdjson::dom::element> events;
  for (auto e : stream) {
    simdjson::dom::element element;
    ASSERT_EQ(e.get(element), simdjson::SUCCESS);
    std::string_view code, title, name, text, plover;
    ASSERT_EQ(element.at_pointer("/target/code").get(code), simdjson::SUCCESS);
    ASSERT_EQ(element.at_pointer("/target/title").get(title), simdjson::SUCCESS);
    ASSERT_EQ(element.at_pointer("/target/name").get(name), simdjson::SUCCESS);
    ASSERT_EQ(element.at_pointer("/target/text").get(text), simdjson::SUCCESS);
    ASSERT_EQ(element["plover"].get(plover), simdjson::SUCCESS);
    EXPECT_EQ(code, "RUSGOV");
    EXPECT_EQ(title, "President");
    EXPECT_EQ(name, "Vladimir Putin");
    EXPECT_EQ(text, "Moscow");
    if (events.size() == 1) {
      EXPECT_EQ(plover, "");
      EXPECT_EQ(element["goldstein"].error(), simdjson::NO_SUCH_FIELD);
    }
    events.push_back(element);
  }
  EXPECT_EQ(events.size(), 2u);
  // A source with no title or name has no such keys.
  EXPECT_EQ(events[0].at_pointer("/source/title").error(), simdjson::NO_SUCH_FIELD);
}

TEST(JsonWriter, WritesTheDocumentsPlacesOnEachEvent) {
  Document doc = HandBuiltDocument();
  Place kyiv;
  kyiv.name = "Kyiv";
  kyiv.country = "UKR";
  kyiv.latitude = 50.4547;
  kyiv.longitude = 30.5238;
  kyiv.located = true;
  kyiv.span = {0, 4};
  kyiv.metonym_for = "UKRGOV";
  Place turkey;
  turkey.name = "Turkey";
  turkey.country = "TUR";
  doc.places = {kyiv, turkey};
  doc.events[0].place = 1;
  std::string out;
  AppendEventsJsonl(doc, SmallOntology(), "", &out);
  simdjson::dom::parser parser;
  simdjson::dom::element event;
  ASSERT_EQ(parser.parse(out).get(event), simdjson::SUCCESS) << out;
  std::string_view name, metonym;
  double lat = 0;
  ASSERT_EQ(event.at_pointer("/place/name").get(name), simdjson::SUCCESS);
  EXPECT_EQ(name, "Turkey");
  EXPECT_TRUE(event.at_pointer("/place/lat").is_null());
  EXPECT_EQ(event.at_pointer("/place/metonym_for").error(), simdjson::NO_SUCH_FIELD);
  simdjson::dom::array places;
  ASSERT_EQ(event["doc_places"].get(places), simdjson::SUCCESS);
  ASSERT_EQ(places.size(), 2u);
  ASSERT_EQ(event.at_pointer("/doc_places/0/name").get(name), simdjson::SUCCESS);
  EXPECT_EQ(name, "Kyiv");
  ASSERT_EQ(event.at_pointer("/doc_places/0/lat").get(lat), simdjson::SUCCESS);
  EXPECT_DOUBLE_EQ(lat, 50.4547);
  ASSERT_EQ(event.at_pointer("/doc_places/0/metonym_for").get(metonym), simdjson::SUCCESS);
  EXPECT_EQ(metonym, "UKRGOV");
  ASSERT_EQ(event.at_pointer("/doc_places/1/name").get(name), simdjson::SUCCESS);
  EXPECT_EQ(name, "Turkey");
}

// The events of `text`, coded by the committed lexicon, as JSON lines and
// parsed, each line by its own parser so that every element stays valid.
struct CodedJson {
  std::string out;
  std::vector<std::unique_ptr<simdjson::dom::parser>> parsers;
  std::vector<simdjson::dom::element> events;
};

CodedJson Coded(const std::string& text) {
  Document doc;
  doc.id = "inferred";
  doc.date = "2025-05-15";
  doc.text = text;
  const Engine& engine = testing_support::SharedEngine();
  engine.Process(&doc);
  CodedJson coded;
  AppendEventsJsonl(doc, engine.ontology(), "", &coded.out);
  size_t pos = 0;
  while (pos < coded.out.size()) {
    const size_t eol = coded.out.find('\n', pos);
    coded.parsers.push_back(std::make_unique<simdjson::dom::parser>());
    simdjson::dom::element element;
    EXPECT_EQ(coded.parsers.back()->parse(coded.out.substr(pos, eol - pos)).get(element), simdjson::SUCCESS);
    coded.events.push_back(element);
    pos = eol + 1;
  }
  return coded;
}

TEST(JsonWriter, WritesHowActorsWereInferred) {
  const CodedJson declines = Coded("Volodymyr Zelensky arrived in Ankara. Vladimir Putin declined his invitation.");
  const auto& events = declines.events;
  bool declined = false;
  for (const auto& e : events) {
    std::string_view cameo, text, by, from;
    ASSERT_EQ(e["cameo"].get(cameo), simdjson::SUCCESS);
    if (cameo != "125") continue;
    declined = true;
    // The target is written "his" and resolved to Zelensky, two sentences on.
    ASSERT_EQ(e.at_pointer("/target/text").get(text), simdjson::SUCCESS);
    EXPECT_EQ(text, "his");
    ASSERT_EQ(e.at_pointer("/target/inferred/by").get(by), simdjson::SUCCESS);
    EXPECT_EQ(by, "pronoun");
    ASSERT_EQ(e.at_pointer("/target/inferred/from").get(from), simdjson::SUCCESS);
    EXPECT_EQ(from, "Volodymyr Zelensky");
    int64_t sentence = -1;
    ASSERT_EQ(e.at_pointer("/target/inferred/sentence").get(sentence), simdjson::SUCCESS);
    EXPECT_EQ(sentence, 0);
    // Putin is straight from the lexicon.
    EXPECT_EQ(e.at_pointer("/source/inferred").error(), simdjson::NO_SUCH_FIELD);
  }
  EXPECT_TRUE(declined) << declines.out;

  const CodedJson titled_json = Coded("Deputy Defence Minister Pavel Gorshkov of Russia criticized Ukraine.");
  const auto& titled = titled_json.events;
  const std::string& out = titled_json.out;
  ASSERT_FALSE(titled.empty()) << out;
  std::string_view code, by, from, name;
  ASSERT_EQ(titled[0].at_pointer("/source/code").get(code), simdjson::SUCCESS) << out;
  EXPECT_EQ(code, "RUSGOV");
  ASSERT_EQ(titled[0].at_pointer("/source/name").get(name), simdjson::SUCCESS) << out;
  EXPECT_EQ(name, "Pavel Gorshkov");
  ASSERT_EQ(titled[0].at_pointer("/source/inferred/by").get(by), simdjson::SUCCESS) << out;
  EXPECT_EQ(by, "title");
  ASSERT_EQ(titled[0].at_pointer("/source/inferred/from").get(from), simdjson::SUCCESS);
  EXPECT_EQ(from, "Deputy Defence Minister");
  // The country is the merged "of Russia"'s, not inferred.
  EXPECT_EQ(titled[0].at_pointer("/source/inferred/country_from").error(), simdjson::NO_SUCH_FIELD);

  // The subject is the person the appositive describes, not the embassy.
  const CodedJson appositive_json = Coded("Pavel Orlov, a spokesman for the Russian embassy, has criticized Poland.");
  const auto& appositive = appositive_json.events;
  ASSERT_FALSE(appositive.empty()) << appositive_json.out;
  ASSERT_EQ(appositive[0].at_pointer("/source/name").get(name), simdjson::SUCCESS) << appositive_json.out;
  EXPECT_EQ(name, "Pavel Orlov");
  ASSERT_EQ(appositive[0].at_pointer("/source/code").get(code), simdjson::SUCCESS);
  EXPECT_EQ(code, "RUSGOV");
  ASSERT_EQ(appositive[0].at_pointer("/source/inferred/by").get(by), simdjson::SUCCESS) << appositive_json.out;
  EXPECT_EQ(by, "appositive");
  ASSERT_EQ(appositive[0].at_pointer("/source/inferred/from").get(from), simdjson::SUCCESS);
  EXPECT_EQ(from, "a spokesman for the Russian embassy");

  // "Both parties" is written for each party of the two events it codes.
  const CodedJson both_json = Coded(
      "Armenia and Azerbaijan resumed negotiations in Geneva. Both parties accused each other of violating the truce.");
  const auto& both = both_json.events;
  int accusations = 0;
  for (const auto& e : both) {
    std::string_view cameo, text, country;
    ASSERT_EQ(e["cameo"].get(cameo), simdjson::SUCCESS);
    if (cameo != "112") continue;
    ++accusations;
    ASSERT_EQ(e.at_pointer("/source/text").get(text), simdjson::SUCCESS);
    EXPECT_EQ(text, "Both parties");
    ASSERT_EQ(e.at_pointer("/source/inferred/by").get(by), simdjson::SUCCESS) << both_json.out;
    EXPECT_EQ(by, "description");
    ASSERT_EQ(e.at_pointer("/source/inferred/from").get(from), simdjson::SUCCESS);
    ASSERT_EQ(e.at_pointer("/source/country").get(country), simdjson::SUCCESS);
    EXPECT_EQ(from, country == "ARM" ? "Armenia" : "Azerbaijan");
  }
  EXPECT_EQ(accusations, 2) << both_json.out;
}

TEST(JsonWriter, NoEventsNoOutput) {
  Document doc = HandBuiltDocument();
  doc.events.clear();
  std::string out = "kept";
  AppendEventsJsonl(doc, SmallOntology(), "", &out);
  EXPECT_EQ(out, "kept");
}

TEST(JsonWriter, MentionText) {
  const Document doc = HandBuiltDocument();
  EXPECT_EQ(MentionText(doc, 0), "Kyiv");
  EXPECT_EQ(MentionText(doc, 1), "Moscow");
  EXPECT_EQ(MentionText(doc, -1), "");
}

}  // namespace
}  // namespace dragoman
