// dragoman: the command-line shell. Parses flags, reads files, runs the
// engine and prints; all logic lives in the library.
//
//   dragoman code article.txt --date 2025-05-15 --format table
//   dragoman code --jsonl corpus.jsonl --threads 2 > events.jsonl
//   dragoman eval gold.jsonl
//   dragoman explain "Putin declined his invitation." --date 2025-05-15
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <simdjson.h>

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <thread>
#include <tuple>

#include "cli/exit_codes.h"
#include "cli/files.h"
#include "cli/ingest.h"
#include "cli/input.h"
#include "brief/brief.h"
#include "eval/petrarch_records.h"
#include "eval/scorer.h"
#include "lexicon/lint.h"
#include "normalize/normalizer.h"
#include "output/json_writer.h"
#include "output/table_writer.h"
#include "pipeline/pipeline.h"
#include "resolve/resolver.h"

namespace dragoman::cli {
namespace {

struct CodeOptions {
  std::string data;
  std::string date;
  std::string id;
  std::string format = "jsonl";
  int threads = 1;
  bool jsonl = false;
  bool stats = false;
  std::string input = "-";
};

void Render(const Engine& engine, const std::string& format, InputItem* item) {
  if (format == "table") {
    AppendEventsTable(item->doc, engine.ontology(), &item->output);
  } else {
    AppendEventsJsonl(item->doc, engine.ontology(), engine.lexicon().version(), &item->output);
  }
}

// Codes a batch on `threads` threads; each item's output is rendered in place.
void CodeBatch(const Engine& engine, const std::string& format, int threads, std::vector<InputItem>* batch) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < batch->size(); i = next++) {
      InputItem& item = (*batch)[i];
      if (!item.error.empty()) continue;
      engine.Process(&item.doc);
      Render(engine, format, &item);
      // Free the layers once rendered; only counts are kept.
      item.doc.tokens.clear();
      item.doc.tokens.shrink_to_fit();
      item.doc.phrases.clear();
      item.doc.phrases.shrink_to_fit();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

struct Tally {
  size_t documents = 0;
  size_t sentences = 0;
  size_t events = 0;
  size_t bad = 0;
  size_t bytes = 0;
  size_t discarded_stories = 0;    // a discard phrase of the lexicon took the whole story out
  size_t discarded_sentences = 0;  // ... or one sentence
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Throughput and memory, for benchmarks (--stats).
void PrintStats(const Tally& t, double load_seconds, double code_seconds, int threads) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6;
  std::cerr << fmt::format(
      "stats: documents {} sentences {} events {} bytes {} | lexicon+model load {:.1f} ms | coding {:.2f} s "
      "wall, {:.2f} s cpu on {} thread(s) | {:.0f} sentences/s, {:.0f} sentences/s per core, {:.2f} MB/s | "
      "peak memory {:.1f} MB\n",
      t.documents, t.sentences, t.events, t.bytes, load_seconds * 1000, code_seconds, cpu, threads,
      t.sentences / code_seconds, t.sentences / code_seconds / threads, t.bytes / 1e6 / code_seconds,
      usage.ru_maxrss / 1024.0);
}

void Flush(std::vector<InputItem>* batch, Tally* tally) {
  std::string out;
  for (InputItem& item : *batch) {
    for (const std::string& w : item.warnings) std::cerr << "dragoman: warning: " << w << '\n';
    if (!item.error.empty()) {
      std::cerr << "dragoman: error: " << item.error << '\n';
      ++tally->bad;
      continue;
    }
    for (const Diagnostic& d : item.doc.diagnostics) {
      std::cerr << fmt::format("dragoman: warning: document {}: byte {}: {}\n", item.doc.id, d.offset, d.message);
    }
    if (!item.doc.diagnostics.empty()) ++tally->bad;
    ++tally->documents;
    tally->bytes += item.doc.text.size();
    tally->sentences += item.doc.sentences.size();
    tally->events += item.doc.events.size();
    const bool story = std::any_of(item.doc.discards.begin(), item.doc.discards.end(),
                                   [](const Discard& d) { return d.sentence < 0; });
    tally->discarded_stories += story;
    if (!story) tally->discarded_sentences += item.doc.discards.size();
    out += item.output;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  batch->clear();
}

int RunCode(const CodeOptions& o) {
  if (!o.date.empty() && !IsDate(o.date)) {
    std::cerr << "dragoman: --date must be YYYY-MM-DD, got '" << o.date << "'\n";
    return kExitUsage;
  }
  const auto load_start = std::chrono::steady_clock::now();
  std::unique_ptr<Engine> engine = LoadEngineOrReport(o.data);
  if (!engine) return kExitResources;
  const double load_seconds = Seconds(load_start);
  const auto code_start = std::chrono::steady_clock::now();
  Tally tally;
  const int threads = std::max(1, o.threads);
  if (!o.jsonl) {
    StatusOr<std::string> text = ReadFile(o.input);
    if (!text.ok()) {
      std::cerr << "dragoman: " << text.status().message() << '\n';
      return kExitInput;
    }
    std::vector<InputItem> batch(1);
    batch[0].doc.text = std::move(*text);
    batch[0].doc.date = o.date;
    batch[0].doc.id = !o.id.empty() ? o.id
                      : o.input == "-" ? "stdin"
                                       : std::filesystem::path(o.input).stem().string();
    CodeBatch(*engine, o.format, threads, &batch);
    Flush(&batch, &tally);
    if (o.stats) PrintStats(tally, load_seconds, Seconds(code_start), threads);
    return tally.bad ? kExitBadInput : kExitOk;
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  if (o.input != "-") {
    file.open(o.input, std::ios::binary);
    if (!file) {
      std::cerr << "dragoman: " << o.input << ": cannot open file\n";
      return kExitInput;
    }
    in = &file;
  }
  const std::string name = o.input == "-" ? "stdin" : o.input;
  simdjson::ondemand::parser parser;
  std::vector<InputItem> batch;
  size_t batch_bytes = 0;
  std::string line;
  size_t number = 0;
  while (std::getline(*in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    InputItem item;
    ParseJsonLine(parser, line, fmt::format("{}:{}", name, number), &item);
    if (item.doc.id.empty()) item.doc.id = fmt::format("{}:{}", name, number);
    if (item.doc.date.empty()) item.doc.date = o.date;
    batch_bytes += line.size();
    batch.push_back(std::move(item));
    if (batch.size() >= 512 || batch_bytes > (64u << 20)) {
      CodeBatch(*engine, o.format, threads, &batch);
      Flush(&batch, &tally);
      batch_bytes = 0;
    }
  }
  CodeBatch(*engine, o.format, threads, &batch);
  Flush(&batch, &tally);
  std::cerr << fmt::format("dragoman: {} documents coded, {} sentences, {} events, {} bad inputs\n",
                           tally.documents, tally.sentences, tally.events, tally.bad);
  if (tally.discarded_stories + tally.discarded_sentences > 0) {
    std::cerr << fmt::format("dragoman: discard phrases left {} stories and {} sentences uncoded\n",
                             tally.discarded_stories, tally.discarded_sentences);
  }
  if (o.stats) PrintStats(tally, load_seconds, Seconds(code_start), threads);
  return tally.bad ? kExitBadInput : kExitOk;
}

// ---- eval ----

std::vector<std::optional<std::string>> Countries(simdjson::ondemand::value v) {
  std::vector<std::optional<std::string>> out;
  simdjson::ondemand::array arr;
  if (v.get_array().get(arr)) return out;
  for (auto x : arr) {
    simdjson::ondemand::value item;
    if (x.get(item)) continue;
    if (item.is_null()) {
      out.emplace_back(std::nullopt);
      continue;
    }
    std::string_view s;
    if (!item.get_string().get(s)) out.emplace_back(std::string(s));
  }
  return out;
}

std::vector<std::string> Strings(simdjson::ondemand::value v) {
  std::vector<std::string> out;
  for (auto& c : Countries(v)) {
    if (c) out.push_back(*c);
  }
  return out;
}

struct GoldActor {
  std::string text;
  std::string country;
};

struct GoldDocument {
  Document doc;
  std::vector<GoldEvent> events;
  std::vector<GoldActor> actors;
};

StatusOr<std::vector<GoldDocument>> ReadGold(const std::string& path) {
  StatusOr<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  std::vector<GoldDocument> docs;
  simdjson::ondemand::parser parser;
  size_t pos = 0, number = 0;
  while (pos < bytes->size()) {
    size_t eol = bytes->find('\n', pos);
    if (eol == std::string::npos) eol = bytes->size();
    const std::string line = bytes->substr(pos, eol - pos);
    pos = eol + 1;
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::padded_string padded(line);
    simdjson::ondemand::document json;
    GoldDocument g;
    auto bad = [&](simdjson::error_code e) {
      return InvalidArgument(fmt::format("{}:{}: malformed gold line ({})", path, number, simdjson::error_message(e)));
    };
    if (auto e = parser.iterate(padded).get(json)) return bad(e);
    simdjson::ondemand::object obj;
    if (auto e = json.get_object().get(obj)) return bad(e);
    for (auto field : obj) {
      std::string_view key;
      if (auto e = field.unescaped_key().get(key)) return bad(e);
      simdjson::ondemand::value value;
      if (auto e = field.value().get(value)) return bad(e);
      std::string_view s;
      if (key == "id" && !value.get_string().get(s)) g.doc.id = std::string(s);
      if (key == "date" && !value.get_string().get(s)) g.doc.date = std::string(s);
      if (key == "text" && !value.get_string().get(s)) g.doc.text = std::string(s);
      if (key == "actors") {
        simdjson::ondemand::array arr;
        if (auto e = value.get_array().get(arr)) return bad(e);
        for (auto av : arr) {
          simdjson::ondemand::object ao;
          if (auto e = av.get_object().get(ao)) return bad(e);
          GoldActor ga;
          for (auto af : ao) {
            std::string_view ak;
            if (auto e = af.unescaped_key().get(ak)) return bad(e);
            simdjson::ondemand::value v2;
            if (auto e = af.value().get(v2)) return bad(e);
            std::string_view sv;
            if ((ak == "text" || ak == "name") && !v2.get_string().get(sv)) ga.text = std::string(sv);
            if (ak == "country" && !v2.get_string().get(sv)) ga.country = std::string(sv);
          }
          if (!ga.text.empty() && !ga.country.empty()) g.actors.push_back(std::move(ga));
        }
      }
      if (key == "events") {
        simdjson::ondemand::array arr;
        if (auto e = value.get_array().get(arr)) return bad(e);
        for (auto ev : arr) {
          simdjson::ondemand::object eo;
          if (auto e = ev.get_object().get(eo)) return bad(e);
          GoldEvent ge;
          for (auto ef : eo) {
            std::string_view ek;
            if (auto e = ef.unescaped_key().get(ek)) return bad(e);
            simdjson::ondemand::value ev2;
            if (auto e = ef.value().get(ev2)) return bad(e);
            if (ek == "source") ge.source = Countries(ev2);
            if (ek == "target") ge.target = Countries(ev2);
            if (ek == "plover") ge.plover = Strings(ev2);
            if (ek == "cameo_roots") ge.cameo_roots = Strings(ev2);
            if (ek == "name" && !ev2.get_string().get(s)) ge.name = std::string(s);
            bool req;
            if (ek == "required" && !ev2.get_bool().get(req)) ge.required = req;
          }
          g.events.push_back(std::move(ge));
        }
      }
    }
    docs.push_back(std::move(g));
  }
  return docs;
}

std::string Show(const std::vector<std::optional<std::string>>& v) {
  std::string s;
  for (const auto& c : v) {
    if (!s.empty()) s += '|';
    s += c ? *c : "null";
  }
  return s.empty() ? "-" : s;
}

int RunEval(const std::string& data, const std::string& gold_path, bool quiet) {
  std::unique_ptr<Engine> engine = LoadEngineOrReport(data);
  if (!engine) return kExitResources;
  StatusOr<std::vector<GoldDocument>> gold = ReadGold(gold_path);
  if (!gold.ok()) {
    std::cerr << "dragoman: " << gold.status().message() << '\n';
    return kExitInput;
  }
  int tp = 0, fn = 0, fp = 0;
  std::map<std::string, std::pair<int, int>> by_category;
  std::map<std::string, std::pair<int, int>> fp_by_category;  // engine category: [fp, total]
  std::string misses;
  for (GoldDocument& g : *gold) {
    engine->Process(&g.doc);
    std::vector<ScoredEvent> events;
    for (const Event& e : g.doc.events) {
      ScoredEvent s;
      s.source_country = e.source >= 0 ? g.doc.mentions[e.source].actor.country : "";
      s.target_country = e.target >= 0 ? g.doc.mentions[e.target].actor.country : "";
      s.cameo = e.cameo;
      s.plover = PloverOf(engine->ontology(), e.cameo);
      s.modality = std::string(ModalityName(e.modality));
      s.text = std::string(g.doc.Slice(e.evidence));
      events.push_back(std::move(s));
    }
    DocumentScore score = ScoreDocument(g.doc.id, g.events, events);
    tp += score.true_positives;
    fn += score.false_negatives;
    fp += score.false_positives;
    for (const auto& [cat, v] : score.by_category) {
      by_category[cat].first += v.first;
      by_category[cat].second += v.second;
    }
    for (const GoldEvent* m : score.missed) {
      misses += fmt::format("  miss  {:<28} {} -> {} {}\n", g.doc.id, Show(m->source), Show(m->target),
                            CategoryOf(*m) + (m->name.empty() ? "" : " (" + m->name + ")"));
    }
    for (const ScoredEvent& e : score.spurious) {
      misses += fmt::format("  false {:<28} {} -> {} {} {} [{}] \"{}\"\n", g.doc.id,
                            e.source_country.empty() ? "-" : e.source_country,
                            e.target_country.empty() ? "-" : e.target_country, e.cameo, e.plover, e.modality,
                            e.text);
    }
  }
  // Actors: does each gold actor's text, found in its document, resolve to
  // the gold country?
  int actors = 0, actors_right = 0;
  std::string actor_misses;
  for (const GoldDocument& g : *gold) {
    for (const GoldActor& a : g.actors) {
      ++actors;
      std::string got;
      size_t at = g.doc.text.find(a.text);
      if (at == std::string::npos) at = g.doc.text.find(a.text.substr(0, a.text.find(' ')));
      for (size_t i = 0; i < g.doc.mentions.size() && at != std::string::npos; ++i) {
        const Mention& m = g.doc.mentions[i];
        if (m.merged_into >= 0 || m.token_end <= m.token_begin) continue;
        const Span span = g.doc.TokenSpan(m.token_begin, m.token_end);
        if (span.end <= at || span.begin >= at + a.text.size()) continue;
        int32_t r = ResolveMention(g.doc, static_cast<int32_t>(i), -1);
        if (r >= 0) got = g.doc.mentions[r].actor.country;
        if (got == a.country) break;
      }
      if (got == a.country) {
        ++actors_right;
      } else {
        actor_misses += fmt::format("  actor {:<28} \"{}\" gold {} got {}\n", g.doc.id, a.text, a.country,
                                    got.empty() ? "-" : got);
      }
    }
  }
  const double precision = tp + fp ? double(tp) / (tp + fp) : 0;
  const double recall = tp + fn ? double(tp) / (tp + fn) : 0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::cout << fmt::format("documents {}  gold required {}  true positives {}  false negatives {}  false positives {}\n",
                           gold->size(), tp + fn, tp, fn, fp);
  std::cout << fmt::format("precision {:.3f}  recall {:.3f}  F1 {:.3f}\n", precision, recall, f1);
  std::cout << "recall by category:\n";
  for (const auto& [cat, v] : by_category) {
    std::cout << fmt::format("  {:<12} {:>3}/{:<3} {:.2f}\n", cat, v.first, v.second,
                             v.second ? double(v.first) / v.second : 0.0);
  }
  if (actors > 0) {
    std::cout << fmt::format("actors resolved to the gold country: {}/{} ({:.1f}%)\n", actors_right, actors,
                             100.0 * actors_right / actors);
  }
  if (!quiet) std::cout << "misses and false positives:\n" << misses << actor_misses;
  return kExitOk;
}

// ---- PETRARCH validation records ----

std::string ShowCodings(const std::set<Coding>& codings) {
  std::string out;
  for (const auto& [s, t, c] : codings) out += fmt::format("{}{}->{} {}", out.empty() ? "" : ", ", s, t, c);
  return out.empty() ? "no events" : out;
}

int RunPetrarchRecords(const std::string& data, const std::string& path, bool quiet) {
  StatusOr<std::string> xml = ReadFile(path);
  if (!xml.ok()) {
    std::cerr << "dragoman: " << xml.status().message() << '\n';
    return kExitInput;
  }
  StatusOr<ValidationSuite> suite = ParseValidationRecords(path, *xml);
  if (!suite.ok()) {
    std::cerr << "dragoman: " << suite.status().message() << '\n';
    return kExitBadInput;
  }
  // The dictionaries its <Environment> names, from the records' folder.
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  auto in_folder = [&](const std::string& f) { return f.empty() ? f : (folder / f).string(); };
  LegacyPaths legacy{in_folder(suite->verbs), in_folder(suite->actors), in_folder(suite->agents),
                     in_folder(suite->discards), in_folder(suite->issues)};
  SetLegacyDictionaries(legacy);
  std::unique_ptr<Engine> engine = LoadEngineOrReport(data);
  if (!engine) return kExitResources;
  int active = 0, right = 0;
  std::map<std::string, std::pair<int, int>> by_category;  // [right, active]
  std::string misses;
  for (const ValidationRecord& r : suite->records) {
    if (!r.active) continue;
    ++active;
    Document doc;
    doc.id = r.id;
    doc.date = r.date;
    doc.text = r.text;
    engine->Process(&doc);
    const std::set<Coding> got = CodingsOf(doc, r.require_dyad);
    const std::string error = ErrorOf(doc);
    const bool ok = r.error.empty() ? error.empty() && got == r.expected : error == r.error;
    auto& cat = by_category[r.category];
    ++cat.second;
    if (ok) {
      ++right;
      ++cat.first;
      continue;
    }
    misses += fmt::format("  {:<18} {:<9} expected {}\n  {:<18} {:<9} got      {}\n  {:<18} {:<9} \"{}\"\n", r.id,
                          r.category, r.error.empty() ? ShowCodings(r.expected) : "error " + r.error, "", "",
                          error.empty() ? ShowCodings(got) : "error " + error, "", "", r.text);
  }
  std::cout << fmt::format("records {}  active {}  exactly right {}  ({:.1f}%)\n", suite->records.size(), active,
                           right, active ? 100.0 * right / active : 0.0);
  std::cout << "by category:\n";
  for (const auto& [cat, v] : by_category) {
    std::cout << fmt::format("  {:<10} {:>3}/{:<3} {:.2f}\n", cat, v.first, v.second,
                             v.second ? double(v.first) / v.second : 0.0);
  }
  if (!quiet) std::cout << "misses:\n" << misses;
  return kExitOk;
}

// ---- explain ----

// " inferred by title from "Deputy Defence Minister"", or "" for kNone.
std::string Inferred(const Document& doc, const Inference& inferred) {
  if (inferred.by == InferenceKind::kNone) return "";
  std::string out = fmt::format(" inferred by {} from \"{}\"", InferenceName(inferred.by),
                                ValidUtf8(InferredFrom(doc, inferred)));
  const int32_t sentence = InferredSentence(doc, inferred);
  if (sentence >= 0) out += fmt::format(" (sentence {})", sentence);
  if (inferred.country_mention >= 0) {
    out += fmt::format(", country from \"{}\"", ValidUtf8(NameOf(doc, inferred.country_mention)));
  }
  return out;
}

int RunExplain(const std::string& data, const std::string& text, const std::string& date) {
  std::unique_ptr<Engine> engine = LoadEngineOrReport(data);
  if (!engine) return kExitResources;
  Document doc;
  doc.id = "explain";
  doc.date = date;
  doc.text = text;
  std::vector<CodingTrace> trace;
  engine->Explain(&doc, &trace);
  std::string out;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    out += fmt::format("sentence {}: {}\n", s, ValidUtf8(doc.Slice(sent.span)));
    out += "  tokens:  " + DumpTokens(doc, sent) + "\n";
    out += "  phrases:";
    for (const Phrase& p : doc.phrases) {
      if (p.sentence != s) continue;
      const char* kind = p.kind == PhraseKind::kNounPhrase  ? "NP"
                         : p.kind == PhraseKind::kVerbGroup ? "VG"
                         : p.kind == PhraseKind::kPrepPhrase ? "PP"
                                                             : "O";
      out += fmt::format(" [{} {}{}]", kind, ValidUtf8(doc.Slice(doc.TokenSpan(p.token_begin, p.token_end))),
                         p.kind == PhraseKind::kVerbGroup && p.voice == Voice::kPassive ? " (passive)" : "");
    }
    out += "\n  mentions:\n";
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      const Mention& m = doc.mentions[i];
      if (m.sentence != s) continue;
      const char* kind = m.kind == MentionKind::kActor ? "actor" : m.kind == MentionKind::kAgent ? "agent" : "pronoun";
      out += fmt::format("    #{} {} \"{}\" -> {} country={} sector={}{}{}{}{}\n", i, kind,
                         MentionText(doc, static_cast<int32_t>(i)), m.actor.code.empty() ? "?" : m.actor.code,
                         m.actor.country, m.actor.sector,
                         m.source.line ? fmt::format(" [{}:{}]", m.source.file, m.source.line) : "",
                         m.merged_into >= 0 ? fmt::format(" (part of #{})", m.merged_into) : "",
                         m.antecedents.empty() ? ""
                         : m.group ? fmt::format(" (refers to #{} and #{})", m.antecedents[0], m.antecedents[1])
                                   : fmt::format(" (refers to #{})", m.antecedents[0]),
                         Inferred(doc, m.inferred));
    }
    out += "  anchors:\n";
    for (const CodingTrace& t : trace) {
      if (t.anchor < sent.token_begin || t.anchor >= sent.token_end) continue;
      out += fmt::format("    {}: {}\n", doc.tokens[t.anchor].shape, t.message);
    }
  }
  for (const Discard& d : doc.discards) {
    out += fmt::format("discarded: {} by \"{}\" [{}:{}]\n",
                       d.sentence < 0 ? std::string("the story") : fmt::format("sentence {}", d.sentence),
                       ValidUtf8(doc.Slice(d.span)), d.rule.file, d.rule.line);
  }
  out += "places:\n";
  for (const Place& p : doc.places) {
    out += fmt::format("  {} {}", ValidUtf8(p.name), p.country);
    if (p.located) out += fmt::format(" {:.4f} {:.4f}", p.latitude, p.longitude);
    if (!p.metonym_for.empty()) out += " metonym for " + p.metonym_for;
    out += '\n';
  }
  out += "events:\n";
  AppendEventsTable(doc, engine->ontology(), &out);
  // How each event's actors were inferred, where they were.
  for (const Event& e : doc.events) {
    for (const auto& [role, actor, written] : {std::tuple{"source", e.source, e.source_mention},
                                               std::tuple{"target", e.target, e.target_mention}}) {
      const Inference inferred = InferenceOf(doc, written, actor);
      if (inferred.by == InferenceKind::kNone) continue;
      out += fmt::format("  s{} {} {} \"{}\"{}\n", e.sentence, e.cameo, role,
                         MentionText(doc, written >= 0 ? written : actor), Inferred(doc, inferred));
    }
  }
  std::cout << out;
  return kExitOk;
}

// ---- brief ----

int RunBrief(const std::string& data, const std::string& input, const std::string& date, const std::string& format) {
  std::unique_ptr<Engine> engine = LoadEngineOrReport(data);
  if (!engine) return kExitResources;
  StatusOr<std::string> text = ReadFile(input);
  if (!text.ok()) {
    std::cerr << "dragoman: " << text.status().message() << '\n';
    return kExitInput;
  }
  Document doc;
  doc.id = input == "-" ? "stdin" : std::filesystem::path(input).stem().string();
  doc.date = date;
  doc.text = std::move(*text);
  engine->Process(&doc);
  const NegotiationBrief brief = MakeBrief(doc);
  std::cout << (format == "json" ? BriefJson(doc, brief) : BriefText(doc, brief));
  return kExitOk;
}

// ---- lexicon ----

int RunLint(const std::string& data) {
  std::unique_ptr<Engine> engine = LoadEngineOrReport(data);
  if (!engine) return kExitResources;
  int errors = 0, warnings = 0;
  for (const LintFinding& f : LintLexicon(engine->lexicon(), engine->ontology())) {
    std::cout << fmt::format("{}:{}: {}: {}\n", f.where.file, f.where.line, f.error ? "error" : "warning", f.message);
    (f.error ? errors : warnings)++;
  }
  std::cout << fmt::format("lint: {} errors, {} warnings\n", errors, warnings);
  return errors ? kExitLint : kExitOk;
}

int RunStats(const std::string& data) {
  std::unique_ptr<Engine> engine = LoadEngineOrReport(data);
  if (!engine) return kExitResources;
  for (const std::string& line : LexiconStats(engine->lexicon())) std::cout << line << '\n';
  return kExitOk;
}

// Resolves one phrase: the actors it names on `date`, and the entries used.
void ResolvePhrase(const Engine& engine, const std::string& phrase, const std::string& date,
                   const std::string& format, std::string* out) {
  Document doc;
  doc.id = "resolve";
  doc.date = date;
  doc.text = phrase;
  std::vector<CodingTrace> trace;
  engine.Explain(&doc, &trace);
  std::string json = "[";
  std::string table;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.merged_into >= 0 || m.kind == MentionKind::kPronoun) continue;
    std::vector<std::string> entries;
    const bool merged = std::any_of(doc.mentions.begin(), doc.mentions.end(),
                                    [&](const Mention& part) { return part.merged_into == static_cast<int32_t>(i); });
    for (size_t k = 0; k < doc.mentions.size(); ++k) {
      const Mention& part = doc.mentions[k];
      const bool own = merged ? part.merged_into == static_cast<int32_t>(i) : k == i;
      if (own && part.source.line > 0) {
        entries.push_back(fmt::format("{}:{} \"{}\"", part.source.file, part.source.line,
                                      MentionText(doc, static_cast<int32_t>(k))));
      }
    }
    if (format == "json") {
      if (json.size() > 1) json += ',';
      json += "{\"text\":";
      AppendJsonString(MentionText(doc, static_cast<int32_t>(i)), &json);
      for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"code", &m.actor.code},
                                       {"country", &m.actor.country}, {"sector", &m.actor.sector},
                                       {"title", &m.actor.title}, {"name", &m.actor.name}}) {
        json += fmt::format(",\"{}\":", key);
        AppendJsonString(*value, &json);
      }
      json += ",\"inferred\":";
      if (m.inferred.by == InferenceKind::kNone) {
        json += "null";
      } else {
        AppendInference(doc, m.inferred, &json);
      }
      json += ",\"entries\":[";
      for (size_t e = 0; e < entries.size(); ++e) {
        if (e) json += ',';
        AppendJsonString(entries[e], &json);
      }
      json += "]}";
    } else {
      table += fmt::format("{}\t{}\tcountry={} sector={}{}{}\n", MentionText(doc, static_cast<int32_t>(i)),
                           m.actor.code.empty() ? "?" : m.actor.code, m.actor.country, m.actor.sector,
                           m.actor.title.empty() ? "" : " title=\"" + m.actor.title + "\"",
                           m.actor.name.empty() ? "" : " name=\"" + m.actor.name + "\"");
      for (const std::string& e : entries) table += "  from " + e + "\n";
    }
  }
  if (format == "json") {
    *out += "{\"phrase\":";
    AppendJsonString(phrase, out);
    *out += ",\"date\":";
    AppendJsonString(date, out);
    *out += ",\"actors\":" + json + "]}\n";
  } else {
    *out += table.empty() ? phrase + "\t(no actor)\n" : table;
  }
}

int RunResolve(const std::string& data, const std::vector<std::string>& phrases, const std::string& date,
               const std::string& format) {
  std::unique_ptr<Engine> engine = LoadEngineOrReport(data);
  if (!engine) return kExitResources;
  std::string out;
  if (!phrases.empty()) {
    for (const std::string& p : phrases) ResolvePhrase(*engine, p, date, format, &out);
  } else {
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty()) ResolvePhrase(*engine, line, date, format, &out);
    }
  }
  std::cout << out;
  return kExitOk;
}

}  // namespace
}  // namespace dragoman::cli

int main(int argc, char** argv) {
  using namespace dragoman::cli;
  CLI::App app{"dragoman: news text in, coded events out (CAMEO, PLOVER)"};
  app.require_subcommand(1);
  std::string data;
  app.add_option("--data", data, "data directory (lexicon/, model/, ontology/)");
  LegacyPaths legacy;
  app.add_option("--verbs", legacy.verbs, "a TABARI/PETRARCH verbs dictionary (replaces the native lexicon)");
  app.add_option("--actors", legacy.actors, "a TABARI/PETRARCH actors dictionary");
  app.add_option("--agents", legacy.agents, "a TABARI/PETRARCH agents dictionary");
  app.add_option("--discards", legacy.discards, "a TABARI/PETRARCH discards list");
  app.add_option("--issues", legacy.issues, "a TABARI/PETRARCH issues dictionary (read, not coded)");
  app.fallthrough();

  CodeOptions code;
  CLI::App* code_cmd = app.add_subcommand("code", "code a text file, or JSON Lines documents with --jsonl");
  code_cmd->add_option("input", code.input, "input file, or - for standard input");
  code_cmd->add_option("--date", code.date, "publication date, YYYY-MM-DD");
  code_cmd->add_option("--id", code.id, "document id (default: file name)");
  code_cmd->add_option("--format", code.format, "jsonl or table")->check(CLI::IsMember({"jsonl", "table"}));
  code_cmd->add_option("--threads", code.threads, "worker threads")->check(CLI::Range(1, 256));
  code_cmd->add_flag("--jsonl", code.jsonl, "input is JSON Lines: {id, date, title, text} per line");
  code_cmd->add_flag("--stats", code.stats, "print throughput and peak memory on standard error");

  std::string gold;
  bool quiet = false;
  CLI::App* eval_cmd = app.add_subcommand("eval", "score the coder against a gold JSON Lines file");
  std::string records;
  eval_cmd->add_option("gold", gold, "gold file");
  eval_cmd->add_option("--petrarch-records", records,
                       "PETRARCH validation records (XML); dictionaries from its <Environment>, same folder");
  eval_cmd->add_flag("--quiet", quiet, "print the scores only, not the misses");

  std::string sentence, explain_date;
  CLI::App* explain_cmd = app.add_subcommand("explain", "show how a sentence is read and coded");
  explain_cmd->add_option("text", sentence, "the sentence (or a short text)")->required();
  explain_cmd->add_option("--date", explain_date, "document date, YYYY-MM-DD");

  std::string brief_input, brief_date, brief_format = "text";
  CLI::App* brief_cmd = app.add_subcommand("brief", "the negotiation brief of an article");
  brief_cmd->add_option("input", brief_input, "article file, or - for standard input")->required();
  brief_cmd->add_option("--date", brief_date, "publication date, YYYY-MM-DD");
  brief_cmd->add_option("--format", brief_format, "text or json")->check(CLI::IsMember({"text", "json"}));

  CLI::App* lexicon_cmd = app.add_subcommand("lexicon", "tools for the people who edit the lexicon");
  lexicon_cmd->require_subcommand(1);
  CLI::App* lint_cmd = lexicon_cmd->add_subcommand("lint", "conflicting, duplicate and unreachable entries");
  CLI::App* stats_cmd = lexicon_cmd->add_subcommand("stats", "counts per file, per CAMEO root, per country");
  std::vector<std::string> resolve_phrases;
  std::string resolve_date, resolve_format = "table";
  CLI::App* resolve_cmd = lexicon_cmd->add_subcommand("resolve", "the actor a phrase resolves to (stdin: one per line)");
  resolve_cmd->add_option("phrase", resolve_phrases, "phrases to resolve");
  resolve_cmd->add_option("--date", resolve_date, "date, YYYY-MM-DD");
  resolve_cmd->add_option("--format", resolve_format, "table or json")->check(CLI::IsMember({"table", "json"}));

  StoreOptions store_options;
  const std::function<int()> run_store = AddStoreCommands(&app, &store_options);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  code.data = data;
  SetLegacyDictionaries(legacy);
  if (*code_cmd) return RunCode(code);
  if (*eval_cmd && !records.empty()) return RunPetrarchRecords(data, records, quiet);
  if (*eval_cmd && gold.empty()) {
    std::cerr << "dragoman eval: give a gold file or --petrarch-records FILE\n";
    return kExitUsage;
  }
  if (*eval_cmd) return RunEval(data, gold, quiet);
  if (*explain_cmd) return RunExplain(data, sentence, explain_date);
  store_options.data = data;
  if (const int rc = run_store(); rc >= 0) return rc;
  if (*brief_cmd) return RunBrief(data, brief_input, brief_date, brief_format);
  if (*lint_cmd) return RunLint(data);
  if (*stats_cmd) return RunStats(data);
  if (*resolve_cmd) return RunResolve(data, resolve_phrases, resolve_date, resolve_format);
  return kExitUsage;
}
