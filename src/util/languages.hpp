// Names of languages in English ("Catalan", "Swahili", "Tok Pisin"), from ICU's
// display names of every ISO 639 code: "published in Catalan", "translated from
// Tetum" name a language, not a place or a body.
#pragma once
#include <string_view>

namespace newsgraph {

// Whether `key` (a name_key(): case and accents folded) is the English name of a language.
// The table is built once, on first use, thread-safely.
bool is_language_name(std::string_view key);

}  // namespace newsgraph
