// Internal to src/lexicon/: a name's words as written, keyed (no leading "the", no
// closing "'s"); name_key_of() goes on from it, and the gazetteer walks text by it.
#pragma once
#include <string>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace newsgraph {

std::string written_name_key(const Lexicon& lex, std::string_view name);

}  // namespace newsgraph
