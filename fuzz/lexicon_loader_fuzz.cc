// libFuzzer target: arbitrary bytes as a lexicon file of each kind, native
// and legacy (TABARI/PETRARCH). The loaders must return an error or a
// lexicon, never crash.
#include <cstdint>
#include <string>

#include "legacy/petrarch.h"
#include "lexicon/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string body(reinterpret_cast<const char*>(data), size);
  for (const char* kind : {"actors", "agents", "verbs"}) {
    // Half the time give it a valid header so the fuzzer reaches the body.
    const std::string bytes = (size % 2 ? std::string("@lexicon ") + kind + " 1\n" : std::string()) + body;
    auto lex = dragoman::LoadLexicon({{std::string("fuzz.") + kind, bytes}}, "met meet\n");
    if (lex.ok()) {
      for (const auto& p : (*lex)->phrases()) {
        if (p.words.empty()) __builtin_trap();
      }
    }
  }
  for (dragoman::LegacyKind kind : {dragoman::LegacyKind::kVerbs, dragoman::LegacyKind::kActors,
                                    dragoman::LegacyKind::kAgents, dragoman::LegacyKind::kDiscards}) {
    dragoman::Lexicon lex;
    std::vector<std::string> notes;
    if (!dragoman::AddLegacyFile(&lex, kind, "fuzz.legacy", body, &notes).ok()) continue;
    if (!lex.Finish().ok()) continue;
    for (const auto& p : lex.phrases()) {
      if (p.words.empty()) __builtin_trap();
    }
  }
  return 0;
}
