// ICU's English sentence breaks ("en@ss=standard": the UAX #29 rules and
// the suppressions after "Mr.", "U.S." ...) for text that is all ASCII, or
// UTF-8 whose characters the same rules classify, without ICU's UTF-16
// copy and rule machine. Internal to segment/.
//
// The character classes and the suppression list are read from ICU itself
// (u_getIntPropertyValue, the "brkitr" resource of "en"), so that both stay
// those of the ICU the program runs with; the rules are UAX #29's, which
// ICU implements. A unit test compares the two on random texts.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph::segment_detail {

// The boundaries ICU's filtered sentence iterator returns from next() on
// `text` (every one after 0, the end of the text last), into `out`.
// False when the tables could not be built from ICU (then use ICU), or when
// `text` has a byte >= 0x80.
bool ascii_sentence_breaks(std::string_view text, std::vector<std::uint32_t>& out);

// The same for well-formed UTF-8 text (boundaries as byte offsets), the
// classes of its non-ASCII characters read from ICU too. False when a
// character is of a class these rules leave out (Extend: combining marks;
// Format: soft hyphen, zero-width joiners; Sep: U+2028), when the text is
// not well-formed UTF-8, or when the tables could not be built: use ICU then.
bool utf8_sentence_breaks(std::string_view text, std::vector<std::uint32_t>& out);

}  // namespace newsgraph::segment_detail
