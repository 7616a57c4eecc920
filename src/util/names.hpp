// The key under which a name is looked up: two surface forms of one name
// ("the U.S.", "US"; "Sean O’Malley", "sean o'malley"; "Lee Dong-kil",
// "lee dong kil"; "Ukrainian’s") give the same key.
#pragma once
#include <string>
#include <string_view>

namespace newsgraph {

// Case-folded, accents removed, compatibility-normalised (NFKC), curly
// quotes made straight, '.' and ',' dropped, hyphens and dashes made spaces,
// a trailing possessive "'s" and a leading "the " dropped, spaces collapsed.
std::string name_key(std::string_view name);

}  // namespace newsgraph
