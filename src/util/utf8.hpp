// Well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates,
// nothing above U+10FFFF), for writers whose readers refuse anything else:
// the native graph JSON is read back with RapidJSON's encoding check, so a
// document id (a path: any bytes on Linux) or a title taken from raw HTML
// must not reach the file as it is.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph {

// Length of the well-formed sequence at s[i], 0 when there is none.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

bool is_valid_utf8(std::string_view s);

// `s` with each byte that starts no well-formed sequence replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view s);

}  // namespace newsgraph
