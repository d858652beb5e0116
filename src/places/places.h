// Stage 10: places. Lists every place the text names, once each, in
// doc->places, and gives each event the place its clause names.
//
// A place is
//   * a gazetteer city of up to three capitalised words after "in", "at",
//     "near", "outside", "from", "to", ... ("the massacre of civilians in
//     Bucha" -> Bucha, UKR, 50.54, 30.21), the candidate in a country the
//     document names first, then the most populous; words inside a person's
//     or a role's name are not places;
//   * a country named as a place ("held in Turkey"): its code, no
//     coordinates;
//   * a city the lexicon knows as an actor and the text uses as one ("Kyiv
//     strongly rejects", "Moscow has also reiterated"): a metonym, listed
//     with `metonym_for` (UKRGOV, RUSGOV) when the text never uses it as a
//     place.
// An event takes the first place phrase after "in", "at", "near", ... in
// its clause ("met Erdogan in Ankara" -> Ankara); metonyms never place an
// event.
#ifndef DRAGOMAN_PLACES_PLACES_H_
#define DRAGOMAN_PLACES_PLACES_H_

#include "core/document.h"
#include "places/gazetteer.h"

namespace dragoman {

// Fills doc->places and Event::place (markup, resolution and coding done).
// Does nothing with an empty gazetteer. Thread-safe.
void FindPlaces(const Gazetteer& gazetteer, Document* doc);

}  // namespace dragoman

#endif  // DRAGOMAN_PLACES_PLACES_H_
