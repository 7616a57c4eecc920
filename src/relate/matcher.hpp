// Internal to src/relate/: matching one relation pattern against items.
#pragma once
#include <cstdint>
#include <vector>

#include "relate/items.hpp"

namespace newsgraph::detail {

struct PatternMatch {
  std::vector<int> sources, targets;  // coordinated slots give several
  std::size_t first = 0, last = 0;    // item range matched (inclusive)
};

// The words of a clause as a set of word ids (Lexicon::word_id), for the
// cheap test of whether a pattern can match there at all.
struct ClauseWords {
  std::vector<std::uint64_t> bits;      // by word id
  std::vector<std::uint64_t> patterns;  // by Lexicon::patterns index: has every required word
  // By word id: 1 + the index of the clause's last item with that word, 0 for
  // none (start_limit() reads it instead of scanning the items per pattern);
  // `present` lists the ids set, to reset them alone.
  std::vector<std::uint32_t> last;
  std::vector<std::uint32_t> present;
  // The items that may fill a slot and a bit per node type they may be, set by
  // the matcher at its first pattern (the same for every pattern tried here).
  mutable std::uint32_t names = 0, name_types = 0;
  mutable bool named = false;
  // Empty again (no words, no patterns), its storage kept.
  void clear() {
    bits.clear(), patterns.clear();
    for (std::uint32_t w : present) last[w] = 0;
    present.clear();
    names = name_types = 0, named = false;
  }
  bool has(std::uint32_t id) const { return id / 64 < bits.size() && ((bits[id / 64] >> (id % 64)) & 1u); }
  bool may_match(std::uint32_t pattern) const {
    return pattern / 64 < patterns.size() && ((patterns[pattern / 64] >> (pattern % 64)) & 1u);
  }
};

// Sets the word id of every item (the matcher compares ids, not strings)
// and returns the set of them, with the patterns whose required words are
// all there (found from the words, not by trying every pattern). Call on a
// clause after its last change.
// `sentence` (optional): the tokens the items were built from, whose word
// ids stand for an item that is one token with that token's key.
// `kinds`: the patterns to find, when the items are tried with only some of
// them (relate.cpp runs the surface_ patterns on the items before chunking,
// the others on the clauses).
enum class PatternKinds : std::uint8_t { All, Surface, Clause };
ClauseWords index_words(std::vector<Item>& items, const Lexicon& lex, const SentenceAnalysis* sentence = nullptr,
                        PatternKinds kinds = PatternKinds::All);
// The same into `words`, whose storage is reused (relate.cpp indexes every
// clause of every sentence: two allocations each otherwise).
void index_words_into(ClauseWords& words, std::vector<Item>& items, const Lexicon& lex,
                      const SentenceAnalysis* sentence, PatternKinds kinds);

// Whether each word element `pattern` cannot do without has one of its words in the clause.
bool has_required(const RelationPattern& pattern, const ClauseWords& words);

// The indexes (in order) of the lexicon's patterns that may match one of
// these clauses: every other pattern matches none of them.
std::vector<std::uint32_t> candidate_patterns(const ClauseWords& first, const std::vector<ClauseWords>& more);

// is_entity(), by word id (index_words() has set them): a name, a group or "the two".
inline bool entity_like(const Item& it) {
  return it.word != word::role && (it.entity >= 0 || !it.group.empty() || it.word == word::pair);
}

// What a pattern's slots need (may_fill_slots()): how many it cannot do
// without, and for each of those the bits of the types it takes.
struct SlotNeeds {
  std::size_t slots = 0;
  std::vector<std::uint32_t> types;
};
SlotNeeds slot_needs(const RelationPattern& pattern);
// The needs of a lexicon's pattern, read once per lexicon and thread.
const SlotNeeds& slot_needs_of(const RelationPattern& pattern, const Lexicon& lex);
// Whether the clause's items may fill every slot the pattern needs (match_bounds.cpp).
bool may_fill_slots(const SlotNeeds& needs, const std::vector<Item>& items, const ItemContext& ctx,
                    const ClauseWords& words);
// The item after which no match of `pattern` can start.
std::size_t start_limit(const RelationPattern& pattern, const std::vector<Item>& items);
// The same from `words` (index_words() of these items): no scan of the items.
std::size_t start_limit(const RelationPattern& pattern, const std::vector<Item>& items, const ClauseWords& words);

// Every match of `pattern` in `items`, at most one per start item. `words`:
// index_words() of these items.
std::vector<PatternMatch> match_pattern(const RelationPattern& pattern, const std::vector<Item>& items,
                                        const ItemContext& ctx, std::size_t sentence, const ClauseWords& words);

}  // namespace newsgraph::detail
