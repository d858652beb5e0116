#include "lexicon/lint.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/loader.h"
#include "test_resources.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;

using testing_support::LexiconFilesIn;
using testing_support::ReadBytes;

Ontology SmallOntology() {
  Ontology o;
  EXPECT_TRUE(o.Parse("t.tsv", "code\tname\tgoldstein\tplover\tquad\n04\tConsult\t1\tCONSULT\t1\n"
                               "040\tConsult\t1\tCONSULT\t1\n19\tFight\t-10\tASSAULT\t4\n190\tFight\t-10\tASSAULT\t4\n")
                  .ok());
  return o;
}

std::vector<LintFinding> Lint(const std::vector<LexiconFile>& files) {
  auto lex = LoadLexicon(files, "");
  EXPECT_TRUE(lex.ok()) << lex.status().message();
  return lex.ok() ? LintLexicon(**lex, SmallOntology()) : std::vector<LintFinding>{};
}

TEST(Lint, FindsConflictingNamesUnknownCodesAndShadowedPatterns) {
  auto findings = Lint({{"a.actors", "@lexicon actors 1\nGEO\n  Georgia\nUSA\n  Georgia\n"},
                        {"v.verbs", "@lexicon verbs 1\n040 $ <meet> +\n190 $ <meet> +\n057 $ <sign> +\n"}});
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_TRUE(findings[0].error);
  EXPECT_EQ(findings[0].where.line, 5u);
  EXPECT_EQ(findings[0].message, "name 'georgia' is USA here but GEO at a.actors:3; the first wins");
  EXPECT_EQ(findings[1].message,
            "pattern '$ <meet> +' (190) can never fire: v.verbs:2 has the same pattern (040) and comes first");
  EXPECT_EQ(findings[2].message, "CAMEO code 057 is not in the codebook");
}

TEST(Lint, WarnsAboutRepeatsAndHiddenActors) {
  auto findings = Lint({{"a.actors", "@lexicon actors 1\nGEO\n  Georgia\n  Georgia\n"},
                        {"g.agents", "@lexicon agents 1\nGOV\n  Georgia government\n"}});
  ASSERT_EQ(findings.size(), 3u);  // the repeat, and the agent in singular and plural
  for (const LintFinding& f : findings) EXPECT_FALSE(f.error) << f.message;
}

// The committed lexicon is clean: this is `dragoman lexicon lint` in the suite.
TEST(Lint, CommittedLexiconHasNoErrors) {
  const fs::path data = DRAGOMAN_DATA_DIR;
  const std::vector<LexiconFile> files = LexiconFilesIn(data / "lexicon");
  auto lex = LoadLexicon(files, ReadBytes("/usr/share/wordnet/verb.exc"));
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  Ontology ontology;
  ASSERT_TRUE(ontology.Parse("cameo.tsv", ReadBytes(data / "ontology" / "cameo.tsv")).ok());
  for (const LintFinding& f : LintLexicon(**lex, ontology)) {
    EXPECT_FALSE(f.error) << f.where.file << ":" << f.where.line << ": " << f.message;
  }
}

}  // namespace
}  // namespace dragoman
