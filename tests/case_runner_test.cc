// End-to-end coding cases: text files under tests/cases/<group>/, sentence
// in, events out. A group may carry its own tiny lexicon in
// tests/cases/<group>/lexicon/; otherwise it uses data/lexicon. Format:
//
//   # comment
//   @date 2025-05-15            applies to the cases that follow
//   > Kyiv was attacked by Russian troops.
//   = RUSMIL -> UKRGOV 190 asserted
//   > Nothing happened.
//   = none
//
// Each "> " line is one document; the "= " lines after it list every event
// expected (source code, target code or "-", CAMEO code, modality), in any
// order. The set must match exactly.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "pipeline/pipeline.h"
#include "test_resources.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;

using testing_support::ReadBytes;

std::unique_ptr<Engine> MakeEngine(const fs::path& lexicon_dir) {
  StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(testing_support::Resources(lexicon_dir, false));
  EXPECT_TRUE(engine.ok()) << engine.status().message();
  return engine.ok() ? std::move(*engine) : nullptr;
}

std::string Describe(const Document& doc, const Event& e) {
  std::string s = e.source >= 0 ? doc.mentions[e.source].actor.code : "-";
  s += " -> ";
  s += e.target >= 0 ? doc.mentions[e.target].actor.code : "-";
  s += " " + e.cameo + " " + std::string(ModalityName(e.modality));
  return s;
}

class CodingCases : public testing::TestWithParam<std::string> {};

TEST_P(CodingCases, CodesAsExpected) {
  const fs::path dir = fs::path(DRAGOMAN_CASES_DIR) / GetParam();
  const fs::path own = dir / "lexicon";
  std::unique_ptr<Engine> engine =
      MakeEngine(fs::exists(own) ? own : fs::path(DRAGOMAN_DATA_DIR) / "lexicon");
  ASSERT_NE(engine, nullptr);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".case") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no .case files in " << dir;
  int cases = 0;
  for (const fs::path& f : files) {
    std::istringstream in(ReadBytes(f));
    std::string line, date, text;
    int text_line = 0, number = 0;
    std::vector<std::string> expected;
    auto check = [&] {
      if (text.empty()) return;
      ++cases;
      Document doc;
      doc.id = f.filename().string();
      doc.date = date;
      doc.text = text;
      engine->Process(&doc);
      std::vector<std::string> got;
      for (const Event& e : doc.events) got.push_back(Describe(doc, e));
      std::sort(got.begin(), got.end());
      got.erase(std::unique(got.begin(), got.end()), got.end());
      std::sort(expected.begin(), expected.end());
      auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& x : v) s += "\n    " + x;
        return v.empty() ? std::string("\n    none") : s;
      };
      EXPECT_EQ(join(got), join(expected)) << f.filename().string() << ":" << text_line << ": " << text;
      text.clear();
      expected.clear();
    };
    while (std::getline(in, line)) {
      ++number;
      if (line.rfind("@date ", 0) == 0) {
        check();
        date = line.substr(6);
      } else if (line.rfind("> ", 0) == 0) {
        check();
        text = line.substr(2);
        text_line = number;
      } else if (line.rfind("= ", 0) == 0) {
        if (line.substr(2) != "none") expected.push_back(line.substr(2));
      }
    }
    check();
  }
  EXPECT_GT(cases, 0);
}

std::vector<std::string> Groups() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(DRAGOMAN_CASES_DIR)) {
    if (e.is_directory()) out.push_back(e.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

INSTANTIATE_TEST_SUITE_P(Groups, CodingCases, testing::ValuesIn(Groups()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace dragoman
