// Internal to src/relate/: a fallback read of relations no pattern read, by
// cue words anywhere in a clause (patterns.json "cue_families").
#pragma once
#include <cstdint>
#include <vector>

#include "relate/items.hpp"

namespace newsgraph::detail {

struct CueRelation {
  int source = -1, target = -1;
  const CueFamily* family = nullptr;
  EdgeType relation = EdgeType::leads;  // the family's, or affiliated_with for who heads a unit of the object
  std::uint32_t cue_token = 0;  // the cue's first token, for the clause's date
};

// For each family: a cue word in the clause, the nearest name of a source type
// before it (and those coordinated with it), and the one name of a target type
// the clause holds (or one coordinated list of them). None in a clause that is
// negated or hedged ("did not", "plans to", "would"). The caller keeps only
// pairs no pattern related. `items`: indexed by index_words() (cues are found
// by word id).
std::vector<CueRelation> cue_relations(const Lexicon& lex, const ItemContext& ctx, const SentenceAnalysis& s,
                                       const std::vector<Item>& items);

}  // namespace newsgraph::detail
