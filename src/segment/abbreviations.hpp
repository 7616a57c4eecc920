// Where ICU's sentence breaks are wrong in news: after abbreviations and
// initials. Internal to segment/.
#pragma once
#include <cstddef>
#include <string_view>

#include "segment/sentences.hpp"

namespace newsgraph {

// Whether a break ICU found at byte `end` of `text` (the sentence so far
// starting at `start`) falls after an abbreviation that does not end the
// sentence: "Nov. 27", "Gen. Paul", "U.S. Cyber Command", "J. Smith".
// The abbreviations are data (`words`). Abbreviations that can end a sentence ("U.S.", "Inc.", "Jr.") only hold
// it when the next word does not usually start one ("The", "It", ...).
bool continues_after_abbreviation(std::string_view text, std::size_t start, std::size_t end, const SegmentWords& words);

}  // namespace newsgraph
