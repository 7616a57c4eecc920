// Internal to src/lexicon/: a name's words as written, keyed (no leading "the", no
// closing "'s"); name_key_of() goes on from it, and the gazetteer walks text by it.
#pragma once
#include <string>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace newsgraph {

std::string written_name_key(const Lexicon& lex, std::string_view name);
// name_key_of() of a name whose written_name_key() is `written`, computed (no memo):
// for the index, which needs both keys of each name.
std::string name_key_from_written(const Lexicon& lex, std::string written);

}  // namespace newsgraph
