// The cheap bounds match_pattern() asks before trying a pattern's starts
// (matcher.hpp): whether a clause holds items for the slots a pattern needs,
// and after which item no match can start.
#include <algorithm>

#include "relate/matcher.hpp"

namespace newsgraph::detail {
namespace {

// A bit per node type (all bits for a type past 31, which no mask then excludes).
std::uint32_t type_bit(NodeType t) {
  auto n = static_cast<unsigned>(t);
  return n < 32 ? 1u << n : ~0u;
}

}  // namespace

SlotNeeds slot_needs(const RelationPattern& pattern) {
  SlotNeeds needs;
  for (const auto& e : pattern.elements) {
    if (e.kind != PatternElement::Slot || e.optional) continue;
    ++needs.slots;
    std::uint32_t wanted = 0;
    for (NodeType t : e.types) wanted |= type_bit(t);
    needs.types.push_back(wanted);
  }
  return needs;
}

// The needs of the lexicon's patterns, by index: read once per lexicon and
// thread, not at every clause a pattern is tried on.
const SlotNeeds& slot_needs_of(const RelationPattern& pattern, const Lexicon& lex) {
  thread_local const Lexicon* of = nullptr;
  thread_local std::uint64_t serial = 0;
  thread_local std::vector<SlotNeeds> needs;
  if (of != &lex || serial != lex.index_serial || needs.size() != lex.patterns.size()) {
    of = &lex, serial = lex.index_serial;
    needs.clear();
    for (const auto& p : lex.patterns) needs.push_back(slot_needs(p));
  }
  return needs[pattern.index];
}

// Each slot a pattern cannot do without takes an item of its own (a name, a
// group or "the two"; the next element starts after it) of one of its types:
// a clause with fewer such items, or none of a slot's types, cannot match, and
// most clauses name one or two things. Types are over-counted, never missed: a
// group counts each member's, "the two" every type.
bool may_fill_slots(const SlotNeeds& needs, const std::vector<Item>& items, const ItemContext& ctx,
                    const ClauseWords& words) {
  if (needs.slots == 0) return true;
  if (!words.named) {
    std::uint32_t names = 0, types = 0;
    for (const auto& it : items) {
      if (!entity_like(it)) continue;
      ++names;
      if (it.word == word::pair) types = ~0u;
      else if (!it.group.empty()) for (int g : it.group) types |= type_bit(entity_type(ctx, g));
      else types |= type_bit(entity_type(ctx, it.entity));
    }
    words.names = names, words.name_types = types, words.named = true;
  }
  if (words.names < needs.slots) return false;
  return std::all_of(needs.types.begin(), needs.types.end(), [&](std::uint32_t t) { return (t & words.name_types) != 0; });
}

// Every element of words a match cannot do without matches at or after its
// start, at an item with one of the element's first words: no match starts
// after the last such item of any of them. The bound on start items, found
// from the clause's end (the last of them is seldom far from it).
std::size_t start_limit(const RelationPattern& pattern, const std::vector<Item>& items) {
  const auto& required = pattern.required_ids;
  if (required.empty() || required.size() > 32) return items.size();
  bool other_listed = std::any_of(required.begin(), required.end(),
                                  [](const auto& any) { return !any.empty() && any.front() == word::other; });
  std::uint32_t found = 0, all = required.size() == 32 ? ~0u : (1u << required.size()) - 1;
  for (std::size_t i = items.size(); i-- > 0;) {
    std::uint32_t w = items[i].word;
    if (w == word::other && !other_listed) continue;  // most words of a clause are no pattern's
    for (std::size_t r = 0; r < required.size(); ++r)
      if (!(found >> r & 1u) && std::binary_search(required[r].begin(), required[r].end(), w)) found |= 1u << r;
    if (found == all) return i + 1;
  }
  return 0;
}

// start_limit() read from the clause's last position of each word: the
// first item past the earliest of the required elements' last words.
std::size_t start_limit(const RelationPattern& pattern, const std::vector<Item>& items, const ClauseWords& words) {
  const auto& required = pattern.required_ids;
  if (required.empty() || required.size() > 32) return items.size();
  if (words.last.size() < words.bits.size() * 64 || words.bits.empty()) return start_limit(pattern, items);
  std::size_t limit = items.size();
  for (const auto& any : required) {
    std::size_t latest = 0;  // 1 + the last item with one of this element's words
    for (std::uint32_t w : any)
      if (w < words.last.size() && words.last[w] > latest) latest = words.last[w];
    limit = std::min(limit, latest);
    if (limit == 0) break;
  }
  return limit;
}

}  // namespace newsgraph::detail
