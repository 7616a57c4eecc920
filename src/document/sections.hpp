// Internal to src/document/: a site's section paths and kickers ("News > World >
// Defence", "BUSINESS | Technology", "English edition - Nuuk"), the head lines
// that name neither the outlet nor the story (metadata section_names).
#pragma once
#include <string_view>
#include <vector>

#include "document/metadata_words.hpp"

namespace newsgraph::document_detail {

// One part of a path: a listed section name ("World", "OPINION"), topics joined by "&" or
// "and" ("Technology & Telecoms"), or a part that ends in an edition's, service's or desk's
// word ("English edition", "Policy desk"), after an optional "Section:" label.
bool section_part(std::string_view part, const MetadataWords& words);

// The whole line is a path of sections: every part one, or a breadcrumb ("Vesti > Srbija >
// Defence") that opens with one. `loose`: one part of one or two capitalised words (a place's,
// a nation's: "Switzerland | Security", "English edition - Nuuk") may stand among them.
bool section_path(std::string_view line, const MetadataWords& words, bool loose = false);

// "The Desert Lamp, Zarqa": an outlet's name, then the city its writer files from (one or two
// capitalised words after the last comma); the outlet alone, else the part as it is.
std::string_view outlet_before_city(std::string_view part);

// A section's or outlet's name: capitalised words and short links ("Defence and Security").
bool section_like(std::string_view part);
// "Baltic Wire - English edition": the outlet of a masthead that names its edition, else empty.
std::string_view edition_outlet(const std::vector<std::string_view>& parts);

}  // namespace newsgraph::document_detail
