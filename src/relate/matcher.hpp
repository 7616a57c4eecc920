// Internal to src/relate/: matching one relation pattern against items.
#pragma once
#include <string_view>
#include <unordered_set>
#include <vector>

#include "relate/items.hpp"

namespace newsgraph::detail {

struct PatternMatch {
  std::vector<int> sources, targets;  // coordinated slots give several
  std::size_t first = 0, last = 0;    // item range matched (inclusive)
};

// Every match of `pattern` in `items`, at most one per start item.
std::vector<PatternMatch> match_pattern(const RelationPattern& pattern, const std::vector<Item>& items,
                                        const ItemContext& ctx, std::size_t sentence,
                                        const std::unordered_set<std::string_view>& keys);

}  // namespace newsgraph::detail
