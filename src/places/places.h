// Stage 10: event places. An event takes the place its clause names after
// "in", "at", "near", "outside" ("met Erdogan in Ankara" -> Ankara, TUR,
// 39.92, 32.85): a gazetteer city, the candidate in a country the document
// is about first, then the most populous. A country named as a place ("in
// Turkey") gives a place with its country and no coordinates. Metonyms
// ("Moscow said") are actors, not places: only place phrases count.
#ifndef DRAGOMAN_PLACES_PLACES_H_
#define DRAGOMAN_PLACES_PLACES_H_

#include "core/document.h"
#include "places/gazetteer.h"

namespace dragoman {

// Fills doc->places and Event::place. Thread-safe.
void PlaceEvents(const Gazetteer& gazetteer, Document* doc);

}  // namespace dragoman

#endif  // DRAGOMAN_PLACES_PLACES_H_
