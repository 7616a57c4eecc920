// Internal to src/relate/: a sentence as the pattern matcher sees it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "relate/relate.hpp"

namespace newsgraph::detail {

struct Item {
  int entity = -1;           // an entity mention (or a chunk standing for one)
  std::vector<int> group;    // "the two": the entities it stands for
  KeyView key;               // a word or punctuation (a token's key, or a made-up one: "<role>")
  std::uint32_t begin = 0;   // token range
  std::uint32_t end = 0;
  bool borrowed = false;     // a shared subject copied into a later conjunct: not dated from
  bool head_word = false;    // an entity whose lower-case head word (`key`) patterns may match as a word
  std::uint32_t word = 0;    // Lexicon::word_id of `key`, set by index_words() before matching
  // A role item keeps its role index in `group`: it is not an entity.
  // (the fields first: most items are words, told apart without comparing their key)
  bool is_entity() const { return (entity >= 0 || !group.empty() || key == "<pair>") && key != "<role>"; }
};

// "chief executive": two keys joined by a space, to look up a two-word phrase.
inline std::string two_words(std::string_view a, std::string_view b) {
  std::string out;
  out.reserve(a.size() + 1 + b.size());
  out.append(a).append(1, ' ').append(b);
  return out;
}

// What chunking found on its way: possessives, roles (edges of their own).
struct ChunkRelation {
  int source = -1, target = -1;
  EdgeType type = EdgeType::part_of;
  std::string pattern;
  double confidence = 0.8;
};

struct ItemContext {
  const DocAnalysis* doc = nullptr;
  const Lexicon* lex = nullptr;
  std::vector<int> last_pair;   // the two parties of the latest meeting, for "the two"
  std::vector<int> last_party_pair;   // what the two who met lead, for "the two sides"
  std::vector<int> last_nation_pair;  // their nations, for "the two nations", "both countries"
  std::vector<int> last_two_exercises;  // the two exercises the latest sentence naming any named, for "both exercises"
  // The two people "they", "the ministers" stand for: the two who met in the
  // sentence before, else the only two people it named; else empty.
  std::vector<int> person_pair;
  int previous_subject = -1;    // first organisation or nation of the previous sentence, for "it"
  int previous_org = -1;        // first organisation of the previous sentence, for "its commander"
  bool subject_adjective = false;  // previous_subject was named as an adjective ("the Polish command")
  int previous_person = -1;     // first person of the previous sentence, for "he", "she"
  int paragraph_speaker = -1;   // the transcript label's person of this paragraph, for a later sentence's "I"
  // The organisation a document speaks for, "we" and "our" (a post headed by its name alone), else -1.
  int author = -1;
  std::vector<bool> quoted;  // per sentence: it opens inside a quotation (computed with `author`)
  int person_age = 0;           // sentences since previous_person was named (it is kept for one without a person)
  // Nations that took part in or organised an exercise or event so far, in the
  // order read: "the nine participating states" when no list of nine was named.
  std::vector<int> participant_nations;
};

// Tokens and mentions as items. `collapse`: "South Korea's Cyber Operations
// Command" becomes one item (the command), "the South Korean military" the
// nation, "Lee Dong-kil, South Korea's Cyber Operations Commander," the
// person; the relations those chunks state go to `found`. `surface`
// (optional) gets the items before collapsing, what build_items(s, ctx,
// false, nullptr) gives, without reading the tokens into items twice; it is
// left empty when none of them names anything (is_entity()): no pattern
// fills a slot there, and most sentences' copy is spared.
std::vector<Item> build_items(const SentenceAnalysis& s, ItemContext& ctx, bool collapse,
                              std::vector<ChunkRelation>* found, std::vector<Item>* surface = nullptr);

// (inline: the matcher asks it for every item a slot may take)
inline NodeType entity_type(const ItemContext& ctx, int entity) { return ctx.doc->entities[entity].type; }

// "Speakers included A, commander of X; B of Y; and C, director of Z": whether the
// sentence's semicolons separate the members of one list (each part after one opens
// with a name, the last with "and").
bool semicolons_join_list(const SentenceAnalysis& s);

// "A, and B, the deputy head of C": whether items[at] is a person followed by
// an apposition of one person (", the deputy head"; not ", the two ministers",
// ", the foreign ministers"), which is that person's alone.
bool own_apposition(const ItemContext& ctx, const std::vector<Item>& items, std::size_t at);

}  // namespace newsgraph::detail
