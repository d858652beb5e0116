// The one table of exit statuses of the dragoman command.
#ifndef DRAGOMAN_CLI_EXIT_CODES_H_
#define DRAGOMAN_CLI_EXIT_CODES_H_

namespace dragoman::cli {

inline constexpr int kExitOk = 0;         // everything read and coded
inline constexpr int kExitUsage = 64;     // bad flags or arguments
inline constexpr int kExitBadInput = 65;  // some documents or lines were bad; the rest were coded
inline constexpr int kExitInput = 66;     // an input file could not be read
inline constexpr int kExitResources = 78; // the lexicon, model or ontology failed to load
inline constexpr int kExitLint = 1;       // `lexicon lint` found errors

}  // namespace dragoman::cli

#endif  // DRAGOMAN_CLI_EXIT_CODES_H_
