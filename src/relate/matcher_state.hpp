// Internal to src/relate/: the state of one pattern matched against a clause's items
// (matcher.cpp runs the pattern's elements; matcher_reads.cpp reads lists, asides
// and owners between them), in two files to keep each one short.
#pragma once
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <utility>
#include <vector>

#include "relate/matcher.hpp"

namespace newsgraph::detail {

namespace matcher_words {

// Items compare by word id (index_words() has set them for the clause).
inline bool boundary(const Item& it) {
  return it.word == word::semicolon || it.word == word::period || it.word == word::colon ||
         it.word == word::question || it.word == word::bang;
}

// A word in lower case ("intelligence partnership"), by its key.
inline bool lower_word_item(const Item& it) {
  return it.entity < 0 && it.group.empty() && !it.key.empty() && std::islower(static_cast<unsigned char>(it.key[0]));
}

// "alongside", "along with", "as well as", "together with", "such as", "including", "like",
// "and with" ("met with A and with B"): the first word, and the second (word::other for
// none); "as well" takes a third "as".
constexpr std::pair<std::uint32_t, std::uint32_t> kExtenders[] = {
    {word::alongside, word::other}, {word::along, word::with},     {word::as, word::well},
    {word::together, word::with},   {word::such, word::as},        {word::including, word::other},
    {word::like, word::other},      {word::and_, word::with}};

}  // namespace matcher_words

struct Matcher {
  const RelationPattern& p;
  const std::vector<Item>& items;
  const ItemContext& ctx;
  std::size_t sentence;
  PatternMatch m;
  bool kin_lists = true;  // take_list() reads "A and his B" (run_slot() tries again without)
  mutable std::vector<int> sentence_pair;  // pair_of(): the two nations named before the pair noun

  const std::vector<int>& pair_of(const Item& it) const;
  bool fits(const PatternElement& e, const Item& it) const;
  void add(std::vector<int>& to, const Item& it) const;
  std::size_t take_list(const PatternElement& e, std::size_t i, std::vector<int>& out, bool in_phrase = false,
                        bool closing = false, bool owner_read = false) const;
  bool bracket_follows(const PatternElement& e) const;
  std::size_t members_in_dashes(const PatternElement& e, std::size_t i, std::vector<int>& out) const;
  std::size_t past_aside(std::size_t j) const;
  std::size_t past_list_aside(std::size_t k) const;
  std::size_t past_possessive_role(std::size_t j) const;
  std::size_t described_body(const PatternElement& e, std::size_t i) const;
  std::size_t past_nation_played(std::size_t j) const;
  static bool reflexive(const Item& it) { return it.key == "itself" || it.key == "themselves"; }

  bool kin_joined(std::size_t i, std::size_t k) const;
  std::size_t past_owner(std::size_t j) const;
  bool owned_item(std::size_t k) const;
  bool apposed_person(std::size_t k) const;
  bool owner_after_of(std::size_t i) const;
  bool unit_noun_item(std::size_t k) const;
  std::size_t past_affiliation(std::size_t j) const;
  bool repeats_preposition(std::size_t i, std::size_t k) const;
  bool singular_apposition(std::size_t i) const;
  bool modifies_next(std::size_t next) const;
  bool new_clause_after_object(std::size_t i, std::size_t j, std::size_t k) const;
  bool demonym_before_name(std::size_t next) const;
  bool venue_after_place(std::size_t next) const;
  std::size_t kind_noun_after(std::size_t next, std::size_t max_modifiers, bool phrase) const;
  std::size_t kind_noun_within(std::size_t next) const { return kind_noun_after(next, 3, false); }

  std::uint32_t words_at(const PatternElement& e, std::size_t i) const;
  bool run(std::size_t ei, std::size_t i);

  // "X also held talks with Y", "X later met Y": a subject's verb may come
  // after an adverb or a few (patterns.json subject_adverbs) that the pattern does
  // not write; only where words follow the subject in the pattern.
  static constexpr std::size_t kMaxAdverbs = 3;
  bool skips_adverb(const PatternElement& e, std::size_t ei, std::size_t next) const;

  // "had already joined", "to formally join": after an auxiliary the pattern's words
  // read, its verb may come after an adverb or two (patterns.json verb_auxiliaries,
  // verb_adverbs) that the pattern does not write.
  static constexpr std::size_t kMaxVerbAdverbs = 2;
  bool after_verb_adverbs(std::size_t ei, std::size_t next);
  std::size_t after_subject_place(const PatternElement& e, std::size_t ei, std::size_t next) const;
  std::size_t described_place(const PatternElement& e, std::size_t i) const;
  bool line_end(std::size_t i) const;
  bool run_element(const PatternElement& e, std::size_t ei, std::size_t i);
  bool opening_gap(std::size_t ei) const;
  bool bullet(const Item& it) const;
  bool run_after_aside(std::size_t ei, std::size_t next);
  bool kind_noun_at(std::size_t at) const;

  // Whether up to four kind words after an exercise or event named just before `at` lead
  // to a noun of its kind: "the Iron Lantern cyber exercise", "the X command-post drill".
  bool kind_phrase_at(std::size_t at) const { return kind_noun_after(at, 4, true) > 0; }

  bool run_slot(const PatternElement& e, std::size_t ei, std::size_t i);
  bool speaker_after_comma(std::size_t i, std::size_t next) const;
  void extend(std::size_t from);
};

}  // namespace newsgraph::detail
