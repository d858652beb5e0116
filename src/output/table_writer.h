// A table for people: one event a line with its evidence and rule.
//   s3  RUSGOV -> UKRGOV  125 REJECT  asserted  "Vladimir Putin declined his invitation"  verbs.verbs:88
#ifndef DRAGOMAN_OUTPUT_TABLE_WRITER_H_
#define DRAGOMAN_OUTPUT_TABLE_WRITER_H_

#include <string>

#include "core/document.h"
#include "ontology/ontology.h"

namespace dragoman {

void AppendEventsTable(const Document& doc, const Ontology& ontology, std::string* out);

}  // namespace dragoman

#endif  // DRAGOMAN_OUTPUT_TABLE_WRITER_H_
