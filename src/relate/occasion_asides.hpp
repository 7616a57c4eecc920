// What may stand between the name of an exercise or event (or any slot's name)
// and the words a pattern reads after it: the exercise's year, a bracketed
// aside, a description set off by commas. The matcher goes on after them.
#pragma once

#include <cstddef>
#include <vector>

#include "relate/items.hpp"

namespace newsgraph::detail {

// Whether items[at] is a year (1900-2099) written just after an exercise or event's name.
bool year_after_occasion(const std::vector<Item>& items, const ItemContext& ctx, std::size_t at);

// The item after a bracketed aside of a few words opening at `at` ("(22-26 April)"), else 0.
std::size_t after_brackets(const std::vector<Item>& items, std::size_t at);

// "Z 2024, the largest live-fire exercise, drew A": the item after a description set off by
// commas at `at` after an exercise's or event's name (no name in it), else 0.
std::size_t after_description(const std::vector<Item>& items, const ItemContext& ctx, std::size_t at);

// "Z 2024 in Tallinn drew A": the item after "in" and a place written after an
// exercise's or event's name at `at`, else 0.
std::size_t place_after_occasion(const std::vector<Item>& items, const ItemContext& ctx, std::size_t at);

}  // namespace newsgraph::detail
