#include "relate/cue_words.hpp"

namespace newsgraph::detail {

const CueWords& cue_words(const Lexicon& lex) {
  thread_local CueWords table;
  if (table.lex == &lex && table.serial == lex.index_serial && lex.index_serial != 0) return table;
  table.lex = &lex;
  table.serial = lex.index_serial;
  table.complete = lex.index_serial != 0 && lex.cue_families.size() <= CueWords::kMaxFamilies;
  table.bits.assign(lex.word_ids.size() + 1, 0);
  auto mark = [&](const auto& words, std::uint16_t bit) {
    for (const auto& w : words) {
      std::uint32_t id = lex.word_id(w);
      if (id == word::other || id >= table.bits.size()) table.complete = false;
      else table.bits[id] |= bit;
    }
  };
  for (std::size_t f = 0; table.complete && f < lex.cue_families.size(); ++f) {
    mark(lex.cue_families[f].cue_set, CueWords::family_cue(f));
    mark(lex.cue_families[f].cue_heads, CueWords::family_head(f));
  }
  const auto& d = lex.document_participation;
  if (table.complete) {
    mark(d.cue_set, CueWords::participation_cue);
    mark(d.cue_heads, CueWords::participation_head);
  }
  table.negation_complete = lex.index_serial != 0;
  table.negation.assign(lex.word_ids.size() + 1, 0);
  for (const auto& [w, flags] : lex.negation_words) {
    std::uint32_t id = lex.word_id(w);
    if (id == word::other || id >= table.negation.size()) table.negation_complete = false;
    else table.negation[id] = flags;
  }
  return table;
}

}  // namespace newsgraph::detail
