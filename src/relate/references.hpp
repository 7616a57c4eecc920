// Internal to src/relate/: words that stand for entities named elsewhere.
//
// "all five countries", "both agencies", "the three nations": the latest
// list of that many entities of the kind the noun names (type_nouns in
// cues.json), read in this or an earlier sentence. "its Ministry of
// Defence", "the country's Cyber Command": a part of the entity spoken of.
// "Its newest members, A and B": "its" is that entity, so membership
// patterns see "X 's newest members , A and B".
#pragma once
#include <cstddef>
#include <vector>

#include "relate/items.hpp"

namespace newsgraph::detail {

// The coordinated lists read so far ("Chile, Peru and Ghana"), latest last.
class ListMemory {
 public:
  // Records the lists of same-typed entities the items name.
  void observe(const std::vector<Item>& items, const ItemContext& ctx, std::size_t sentence);
  // The latest list of `type` with `count` entities (any count >= 2 when 0).
  const std::vector<int>* latest(NodeType type, std::size_t count, std::size_t* sentence = nullptr) const;
  // The latest two organisations or nations named together ("A and B", of
  // one type or not), for "both sides", "the two parties".
  const std::vector<int>* latest_two(std::size_t* sentence = nullptr) const;
  // The nation named last before the current sentence, for "the country's".
  int last_nation() const { return last_nation_; }

 private:
  struct List {
    NodeType type;
    std::vector<int> entities;
    std::size_t sentence;
    bool mixed = false;  // a nation and an organisation: only for latest_two()
    bool open = false;   // goes on with a name of another kind ("A, B and NATO"): no pair
  };
  std::vector<List> lists_;
  int last_nation_ = -1, current_nation_ = -1;  // before / in the sentence observed last
};

// "On the first evening, the Federal Minister held talks with X": the person an earlier
// sentence (at most six back) named with these title words just before or after the
// name ("Federal Minister of Defence A", "A, the minister,"), the latest; else -1.
// `begin`, `end`: the title's tokens in sentence `sentence` (titled_antecedent.cpp).
int titled_antecedent(const DocAnalysis& doc, std::size_t sentence, std::uint32_t begin, std::uint32_t end);

// Rewrites the references of `items` (see above); part_of edges the
// possessives state go to `found`. `pair_sentence`: the sentence of the
// latest meeting, whose two parties "the two" otherwise stand for.
void resolve_references(std::vector<Item>& items, const ItemContext& ctx, const ListMemory& lists,
                        std::size_t sentence, std::size_t pair_sentence, std::vector<ChunkRelation>& found);

// "the three ministers (of defence) signed", "all three are": from items[i] ("the", "all"), the
// count ending before j, the latest list of that many nations (for "all three", of bodies when
// there is none, and only from sentence `sentence` or the one before) in `group`; the phrase's
// length, 0 when none (counted_people.cpp).
std::size_t counted_group(const Lexicon& lex, const ListMemory& lists, const std::vector<Item>& items, std::size_t i,
                          std::size_t j, std::size_t count, std::size_t sentence, const std::vector<int>*& group);

// "A and B are members of X, which they joined in 1949": "they" after "which" or "that" as the
// list of nations or bodies opening the sentence (relative_they.cpp).
void relative_they(std::vector<Item>& items, const ItemContext& ctx, std::size_t sentence);

}  // namespace newsgraph::detail
