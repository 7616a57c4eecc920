// Internal to src/relate/: the cue words (patterns.json cue_families and
// document_participation) and the negators and modals (Lexicon::negation_words)
// by word id, for items index_words() has indexed.
#pragma once
#include <cstdint>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace newsgraph::detail {

// Per word id (Lexicon::word_id, which interns every cue and the words cue
// phrases start with): which lists hold it. `complete` is false when a cue
// has no id or there are over seven families: then compare the strings.
struct CueWords {
  static constexpr std::size_t kMaxFamilies = 7;
  static constexpr std::uint16_t participation_cue = 1u << 14, participation_head = 1u << 15;
  static std::uint16_t family_cue(std::size_t f) { return static_cast<std::uint16_t>(1u << f); }
  static std::uint16_t family_head(std::size_t f) { return static_cast<std::uint16_t>(1u << (kMaxFamilies + f)); }

  const Lexicon* lex = nullptr;
  std::uint64_t serial = 0;
  bool complete = false;
  std::vector<std::uint16_t> bits;  // by word id
  // Lexicon::negation_words' flags by word id; `negation_complete` as `complete`.
  bool negation_complete = false;
  std::vector<std::uint8_t> negation;

  std::uint16_t of(std::uint32_t word) const { return word < bits.size() ? bits[word] : 0; }
  std::uint8_t negation_of(std::uint32_t word) const { return word < negation.size() ? negation[word] : 0; }
};

// The table of an indexed lexicon, built once per lexicon and thread.
const CueWords& cue_words(const Lexicon& lex);

}  // namespace newsgraph::detail
