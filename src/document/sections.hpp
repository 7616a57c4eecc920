// Internal to src/document/: a site's section paths and kickers ("News > World >
// Defence", "BUSINESS | Technology", "English edition - Nuuk"), the head lines
// that name neither the outlet nor the story (metadata section_names).
#pragma once
#include <string_view>

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

}  // namespace newsgraph::document_detail
