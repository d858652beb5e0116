// `dragoman ingest`: code files, directories and standard input into the
// store on all cores, a batch per transaction, skipping documents already
// stored, so an interrupted run resumes where it stopped.
#include "cli/ingest.h"

#include <fmt/format.h>
#include <simdjson.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "cli/exit_codes.h"
#include "cli/files.h"
#include "cli/input.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace dragoman::cli {
namespace {

namespace fs = std::filesystem;

struct Counts {
  size_t coded = 0, skipped = 0, failed = 0, events = 0, sentences = 0;
};

class Progress {
 public:
  explicit Progress(bool quiet) : quiet_(quiet), tty_(isatty(STDERR_FILENO) != 0) {}

  void Update(const Counts& c, bool final = false) {
    if (quiet_ || (final && !tty_)) return;
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - start_).count();
    if (!final && !tty_ && now - last_ < std::chrono::seconds(5)) return;
    if (!final && tty_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const std::string line =
        fmt::format("{} coded, {} skipped, {} failed | {:.0f} docs/s, {:.0f} sentences/s | {} events",
                    c.coded, c.skipped, c.failed, c.coded / std::max(seconds, 1e-3),
                    c.sentences / std::max(seconds, 1e-3), c.events);
    if (tty_) {
      std::cerr << "\r" << line << (final ? "\n" : "") << std::flush;
    } else {
      std::cerr << "ingest: " << line << "\n";
    }
  }

 private:
  bool quiet_;
  bool tty_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

class Ingester {
 public:
  Ingester(const Engine& engine, Store* store, const StoreOptions& o)
      : engine_(engine), store_(store), o_(o), progress_(o.quiet) {}

  Status Run() {
    for (const std::string& input : o_.inputs) {
      if (input == "-") {
        DRAGOMAN_RETURN_IF_ERROR(o_.jsonl ? ReadJsonl(std::cin, "stdin") : ReadText(std::cin, "stdin"));
        continue;
      }
      std::error_code ec;
      if (fs::is_directory(input, ec)) {
        std::vector<fs::path> files;
        for (const auto& e : fs::recursive_directory_iterator(input, ec)) {
          if (e.is_regular_file()) files.push_back(e.path());
        }
        std::sort(files.begin(), files.end());
        for (const fs::path& f : files) DRAGOMAN_RETURN_IF_ERROR(ReadFile(f.string()));
      } else {
        DRAGOMAN_RETURN_IF_ERROR(ReadFile(input));
      }
    }
    DRAGOMAN_RETURN_IF_ERROR(Flush());
    DRAGOMAN_RETURN_IF_ERROR(JoinWriter());
    progress_.Update(counts_, true);
    return OkStatus();
  }

  ~Ingester() { JoinWriter(); }

  const Counts& counts() const { return counts_; }

 private:
  Status ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      ++counts_.failed;
      return store_->WriteError(path, "cannot open file");
    }
    const std::string ext = fs::path(path).extension().string();
    if (o_.jsonl || ext == ".jsonl" || ext == ".ndjson") return ReadJsonl(in, path);
    return ReadText(in, path);
  }

  Status ReadText(std::istream& in, const std::string& name) {
    InputItem item;
    std::ostringstream ss;
    ss << in.rdbuf();
    item.doc.text = ss.str();
    item.doc.id = name == "stdin" ? "stdin" : fs::path(name).stem().string();
    item.doc.date = o_.date;
    return Add(std::move(item));
  }

  Status ReadJsonl(std::istream& in, const std::string& name) {
    std::string line;
    size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      InputItem item;
      const std::string where = fmt::format("{}:{}", name, number);
      ParseJsonLine(parser_, line, where, &item);
      if (item.doc.id.empty()) item.doc.id = where;
      if (item.doc.date.empty()) item.doc.date = o_.date;
      if (!item.error.empty()) item.doc.id = where;
      DRAGOMAN_RETURN_IF_ERROR(Add(std::move(item)));
    }
    return OkStatus();
  }

  Status Add(InputItem item) {
    batch_bytes_ += item.doc.text.size();
    batch_.push_back(std::move(item));
    if (batch_.size() >= 256 || batch_bytes_ > (32u << 20)) return Flush();
    return OkStatus();
  }

  // Codes the batch on all threads and stores it in one transaction.
  Status Flush() {
    if (batch_.empty()) return OkStatus();
    std::vector<bool> code(batch_.size(), false);
    for (size_t i = 0; i < batch_.size(); ++i) {
      if (!batch_[i].error.empty()) continue;
      StatusOr<bool> present = store_->HasDocument(batch_[i].doc.id);
      if (!present.ok()) return present.status();
      if (*present) {
        ++counts_.skipped;
        continue;
      }
      code[i] = true;
    }
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i = next++; i < batch_.size(); i = next++) {
        if (code[i]) engine_.Process(&batch_[i].doc);
      }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < o_.threads; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    // The previous batch has been written meanwhile; write this one while
    // the next is coded.
    DRAGOMAN_RETURN_IF_ERROR(JoinWriter());
    writing_ = std::move(batch_);
    writing_code_ = std::move(code);
    batch_.clear();
    batch_bytes_ = 0;
    writer_ = std::thread([this] { writer_status_ = Write(); });
    return OkStatus();
  }

  Status JoinWriter() {
    if (writer_.joinable()) writer_.join();
    Status s = writer_status_;
    writer_status_ = OkStatus();
    return s;
  }

  // Stores the coded batch in one transaction.
  Status Write() {
    DRAGOMAN_RETURN_IF_ERROR(store_->Begin());
    for (size_t i = 0; i < writing_.size(); ++i) {
      InputItem& item = writing_[i];
      const bool code_it = writing_code_[i];
      for (const std::string& w : item.warnings) {
        if (!o_.quiet) std::cerr << "dragoman: warning: " << w << '\n';
      }
      if (!item.error.empty()) {
        ++counts_.failed;
        if (!o_.quiet) std::cerr << "dragoman: error: " << item.error << '\n';
        DRAGOMAN_RETURN_IF_ERROR(store_->WriteError(item.doc.id, item.error));
        continue;
      }
      if (!code_it) continue;
      DRAGOMAN_RETURN_IF_ERROR(store_->WriteDocument(item.doc, engine_.ontology(), item.title, DRAGOMAN_VERSION,
                                                     engine_.lexicon().version()));
      ++counts_.coded;
      counts_.events += item.doc.events.size();
      counts_.sentences += item.doc.sentences.size();
    }
    DRAGOMAN_RETURN_IF_ERROR(store_->Commit());
    writing_.clear();
    progress_.Update(counts_);
    return OkStatus();
  }

  const Engine& engine_;
  Store* store_;
  const StoreOptions& o_;
  Progress progress_;
  simdjson::ondemand::parser parser_;
  std::vector<InputItem> batch_;
  size_t batch_bytes_ = 0;
  Counts counts_;  // written by the writer thread, read after JoinWriter
  std::thread writer_;
  std::vector<InputItem> writing_;
  std::vector<bool> writing_code_;
  Status writer_status_;
};

int Fail(const Status& s) {
  std::cerr << "dragoman: " << s.message() << '\n';
  return kExitInput;
}

int RunIngest(const StoreOptions& o) {
  if (!o.date.empty() && !IsDate(o.date)) {
    std::cerr << "dragoman: --date must be YYYY-MM-DD, got '" << o.date << "'\n";
    return kExitUsage;
  }
  std::unique_ptr<Engine> engine = LoadEngineOrReport(o.data);
  if (!engine) return kExitResources;
  StatusOr<std::unique_ptr<Store>> store = Store::Open(o.db);
  if (!store.ok()) return Fail(store.status());
  Ingester ingester(*engine, store->get(), o);
  Status s = ingester.Run();
  if (!s.ok()) return Fail(s);
  const Counts& c = ingester.counts();
  // A PostgreSQL connection string may hold a password: never print it.
  const bool postgres = o.db.rfind("postgres", 0) == 0 || o.db.find('=') != std::string::npos;
  if (!o.quiet) std::cerr << fmt::format("ingest: {} coded, {} skipped as already present, {} failed; {} events in {}\n",
                           c.coded, c.skipped, c.failed, c.events, postgres ? "the PostgreSQL store" : o.db);
  return c.failed ? kExitBadInput : kExitOk;
}

void PrintRows(const std::vector<std::vector<std::string>>& rows, const std::string& format) {
  if (format == "csv") {
    for (const auto& r : rows) {
      std::string line;
      for (size_t i = 0; i < r.size(); ++i) line += (i ? "," : "") + r[i];
      std::cout << line << '\n';
    }
    return;
  }
  if (format == "json") {
    for (size_t k = 1; k < rows.size(); ++k) {
      std::string line = "{";
      for (size_t i = 0; i < rows[k].size(); ++i) {
        line += fmt::format("{}\"{}\":\"{}\"", i ? "," : "", rows[0][i], rows[k][i]);
      }
      std::cout << line << "}\n";
    }
    return;
  }
  std::vector<size_t> width(rows[0].size(), 0);
  for (const auto& r : rows) {
    for (size_t i = 0; i < r.size(); ++i) width[i] = std::min<size_t>(60, std::max(width[i], r[i].size()));
  }
  for (const auto& r : rows) {
    std::string line;
    for (size_t i = 0; i < r.size(); ++i) line += fmt::format("{:<{}}  ", r[i].substr(0, 60), width[i]);
    std::cout << line << '\n';
  }
}

int RunErrors(const StoreOptions& o) {
  StatusOr<std::unique_ptr<Store>> store = Store::Open(o.db);
  if (!store.ok()) return Fail(store.status());
  auto rows = (*store)->Query("SELECT input, reason, at FROM errors ORDER BY rowid");
  if (!rows.ok()) return Fail(rows.status());
  PrintRows(*rows, o.format);
  return kExitOk;
}

int RunExport(const StoreOptions& o) {
  StatusOr<std::unique_ptr<Store>> store = Store::Open(o.db);
  if (!store.ok()) return Fail(store.status());
  std::string out;
  Status s = ExportEvents(store->get(), o.filter, o.format, [&](const std::string& line) {
    out += line;
    out += '\n';
    if (out.size() > (1u << 20)) {
      std::cout << out;
      out.clear();
    }
  }, o.dedup);
  std::cout << out;
  return s.ok() ? kExitOk : Fail(s);
}

int RunQuery(const StoreOptions& o) {
  StatusOr<std::unique_ptr<Store>> store = Store::Open(o.db);
  if (!store.ok()) return Fail(store.status());
  std::vector<std::string> params;
  const std::string where = FilterSql(o.filter, &params);
  std::string sql;
  if (o.summary == "dyads") {
    sql = "SELECT e.source_country AS source, e.target_country AS target, count(*) AS events, " +
          (*store)->Round1("sum(e.goldstein)") + " AS goldstein FROM events e" + where +
          " AND e.target_country IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 25";
  } else if (o.summary == "roots-by-day" || o.summary == "roots-by-month") {
    const int n = o.summary == "roots-by-day" ? 10 : 7;
    sql = fmt::format("SELECT substr(e.date, 1, {}) AS period, e.root, count(*) AS events FROM events e{} "
                      "GROUP BY 1, 2 ORDER BY 1, 2", n, where);
  } else if (o.summary == "goldstein") {
    sql = "SELECT e.source_country AS source, e.target_country AS target, " + (*store)->Round1("sum(e.goldstein)") +
          " AS goldstein, count(*) AS events FROM events e" + where + " GROUP BY 1, 2 ORDER BY 3 LIMIT 25";
  } else {
    sql = "SELECT e.date, e.source_code AS source, e.target_code AS target, e.cameo, e.plover, e.modality, "
          "e.place, e.evidence FROM events e" + where + " ORDER BY e.date, e.doc, e.idx LIMIT 1000";
  }
  auto rows = (*store)->Query(sql, params);
  if (!rows.ok()) return Fail(rows.status());
  PrintRows(*rows, o.format);
  return kExitOk;
}

void AddFilters(CLI::App* cmd, StoreOptions* o) {
  cmd->add_option("--db", o->db, "the store (SQLite file)");
  cmd->add_option("--actor", o->filter.actor, "source or target actor code or prefix");
  cmd->add_option("--country", o->filter.country, "source or target country");
  cmd->add_option("--place", o->filter.place, "place name or its country");
  cmd->add_option("--source", o->filter.source, "source country");
  cmd->add_option("--target", o->filter.target, "target country");
  cmd->add_option("--cameo", o->filter.cameo, "CAMEO code or prefix (root)");
  cmd->add_option("--plover", o->filter.plover, "PLOVER category");
  cmd->add_option("--modality", o->filter.modality, "asserted, negated, planned, hypothetical, historical");
  cmd->add_option("--from", o->filter.from, "first date, YYYY[-MM[-DD]]");
  cmd->add_option("--to", o->filter.to, "last date, YYYY[-MM[-DD]]");
}

}  // namespace

std::function<int()> AddStoreCommands(CLI::App* app, StoreOptions* o) {
  CLI::App* ingest = app->add_subcommand("ingest", "code files, folders or stdin into the event store");
  ingest->add_option("inputs", o->inputs, "files, folders, or - for standard input")->required();
  ingest->add_option("--db", o->db, "the store (SQLite file)");
  ingest->add_option("--date", o->date, "publication date for inputs without one");
  ingest->add_option("--threads", o->threads, "worker threads")->check(CLI::Range(1, 256));
  ingest->add_flag("--jsonl", o->jsonl, "inputs are JSON Lines even without a .jsonl name");
  ingest->add_flag("--quiet", o->quiet, "no progress and no summary");
  CLI::App* errors = app->add_subcommand("errors", "inputs that failed, with their reasons");
  errors->add_option("--db", o->db, "the store (SQLite file)");
  errors->add_option("--format", o->format, "table, csv or json");
  CLI::App* exporter = app->add_subcommand("export", "events in a standard format");
  AddFilters(exporter, o);
  exporter->add_option("--format", o->format, "gdelt, phoenix, plover, icews, csv or jsonl")
      ->check(CLI::IsMember({"gdelt", "phoenix", "plover", "icews", "csv", "jsonl"}))
      ->required();
  exporter->add_flag("--dedup", o->dedup, "one event per day, dyad and code, with mention and article counts");
  CLI::App* query = app->add_subcommand("query", "filter events or summarise them");
  AddFilters(query, o);
  query->add_option("--summary", o->summary, "dyads, roots-by-day, roots-by-month or goldstein")
      ->check(CLI::IsMember({"dyads", "roots-by-day", "roots-by-month", "goldstein"}));
  query->add_option("--format", o->format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
  return [=]() -> int {
    if (*ingest) return RunIngest(*o);
    if (*errors) return RunErrors(*o);
    if (*exporter) return RunExport(*o);
    if (*query) return RunQuery(*o);
    return -1;
  };
}

}  // namespace dragoman::cli
