// Test helpers: reading files and building engines over the committed data
// (DRAGOMAN_DATA_DIR) or a test group's own lexicon folder.
#ifndef DRAGOMAN_TESTS_TEST_RESOURCES_H_
#define DRAGOMAN_TESTS_TEST_RESOURCES_H_

#include <filesystem>
#include <string>
#include <vector>

#include "lexicon/loader.h"
#include "pipeline/pipeline.h"

namespace dragoman::testing_support {

// The whole file, or "" when it cannot be read.
std::string ReadBytes(const std::filesystem::path& path);

// Every .actors, .agents and .verbs file of `dir`, in name order.
std::vector<LexiconFile> LexiconFilesIn(const std::filesystem::path& dir);

// Resources over `lexicon_dir` (default: the committed lexicon), the
// committed model and ontology, WordNet's verb.exc and, if asked, the
// gazetteer.
EngineResources Resources(const std::filesystem::path& lexicon_dir, bool gazetteer);

// One engine over the committed data with the gazetteer, built once.
const Engine& SharedEngine();

}  // namespace dragoman::testing_support

#endif  // DRAGOMAN_TESTS_TEST_RESOURCES_H_
