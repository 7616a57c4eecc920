// "On the last day, the three ministers of defence signed X", "All three are members of Y":
// a count of people (patterns.json pair_nouns people) or a bare "all three" before a verb
// speaks of the list of that many nations (or bodies) the story named last; the people
// sign or meet for their nations, as "the two ministers" do for the pair who met.
#include "relate/references.hpp"

namespace newsgraph::detail {
namespace {

std::size_t counted_people_at(const Lexicon& lex, const std::vector<Item>& items, std::size_t j) {
  if (j >= items.size() || items[j].is_entity() || !lex.pair_nouns.people_set.count(items[j].key)) return 0;
  // "the three ministers of defence", "the four ministers of foreign affairs": their portfolio
  std::size_t k = j + 1;
  if (k + 1 < items.size() && items[k].key == "of" && !items[k + 1].is_entity()) {
    std::size_t p = k + 1;
    while (p < items.size() && !items[p].is_entity() &&
           (lex.portfolio_word_set.count(items[p].key) || (p > k + 1 && items[p].key == "and")))
      ++p;
    if (p > k + 1 && items[p - 1].key != "and") k = p;
  }
  return k - j;
}

bool verb_after_count(const Lexicon& lex, const std::vector<Item>& items, std::size_t j) {
  if (j >= items.size() || items[j].is_entity()) return false;
  const KeyView& w = items[j].key;
  return (lex.verb_auxiliary_set.count(w) && w != "to") || lex.past_verb_set.count(w) ||
         (w.size() > 4 && w.ends_with("ed"));
}

}  // namespace

std::size_t counted_group(const Lexicon& lex, const ListMemory& lists, const std::vector<Item>& items, std::size_t i,
                          std::size_t j, std::size_t count, std::size_t sentence, const std::vector<int>*& group) {
  constexpr std::size_t kBareReach = 1;
  std::size_t people = counted_people_at(lex, items, j);
  bool bare = items[i].key == "all" && !people && verb_after_count(lex, items, j);
  if (!people && !bare) return 0;
  std::size_t at = 0;
  group = lists.latest(NodeType::Nation, count, &at);
  if (!group && bare) group = lists.latest(NodeType::Organisation, count, &at);
  // a bare count names no kind: only a list of the sentence before (or this one) is what it counts
  if (bare && at + kBareReach < sentence) group = nullptr;
  return group ? j + people - i : 0;
}

}  // namespace newsgraph::detail
