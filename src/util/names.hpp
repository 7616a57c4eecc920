// The key under which a name is looked up: two surface forms of one name
// ("the U.S.", "US"; "Sean O’Malley", "sean o'malley"; "Lee Dong-kil",
// "lee dong kil"; "Ukrainian’s") give the same key.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// Case-folded, accents removed, compatibility-normalised (NFKC), curly
// quotes made straight, '.' and ',' dropped, hyphens and dashes made spaces,
// a trailing possessive "'s" and a leading "the " dropped, spaces collapsed.
std::string name_key(std::string_view name);

// The English possessive of a name: "Estonia's", "Cyprus's", and
// "Philippines'" for a name ending in -s that is no singular in -us or -ss.
std::string possessive(std::string_view owner);

// `owner`'s `core` as written with possessive() ("Philippines' Cyber Command"),
// then, when it differs, with "'s" as some writers put it ("Philippines's ...").
std::vector<std::string> possessive_names(std::string_view owner, std::string_view core);

// "Estonia's X", "Philippines' X": the owner and the rest; false when `name`
// is no possessive followed by more words.
bool split_possessive(std::string_view name, std::string_view& owner, std::string_view& rest);

}  // namespace newsgraph
