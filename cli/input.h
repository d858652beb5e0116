// Reading input documents for the shells: JSON Lines records and the bad
// lines among them.
#ifndef DRAGOMAN_CLI_INPUT_H_
#define DRAGOMAN_CLI_INPUT_H_

#include <simdjson.h>

#include <string>
#include <vector>

#include "core/document.h"

namespace dragoman::cli {

// One input document, or a line that could not be read as one.
struct InputItem {
  Document doc;
  std::string title;
  std::string error;  // non-empty: the line is bad and was not coded
  std::vector<std::string> warnings;
  std::string output;
};

bool IsDate(const std::string& d);

// Reads one JSON Lines document ({"id","date","title","text"}). Invalid
// UTF-8 is repaired with a warning; anything else malformed is an error
// naming `where` (file:line).
void ParseJsonLine(simdjson::ondemand::parser& parser, const std::string& line, const std::string& where,
                   InputItem* item);

}  // namespace dragoman::cli

#endif  // DRAGOMAN_CLI_INPUT_H_
