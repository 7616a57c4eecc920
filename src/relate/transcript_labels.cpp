// Transcripts: "MR KASK: Yesterday I met ...". A turn opens with a label in
// capitals (a courtesy or rank, perhaps, then a family name) and a colon; the
// label names no new node, but "I" in its turn is the person named earlier
// with that family name.
#include "relate/item_builder.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

// The person whose name ends with the family name of the sentence's opening
// label in capitals; -1 when there is no label, or no person (or two) of that name.
int ItemBuilder::transcript_speaker() const {
  const auto& toks = s.tokens;
  std::size_t colon = 0;
  while (colon < toks.size() && colon < 5 && toks[colon].key != ":") {
    if (toks[colon].word && !toks[colon].all_caps) return -1;  // "Kask said:" is no label
    ++colon;
  }
  if (colon == 0 || colon >= toks.size() || colon >= 5 || !toks[colon - 1].word || toks[colon - 1].text.size() < 3)
    return -1;
  const std::string family = ascii_lowered(toks[colon - 1].text);
  int found = -1;
  for (std::size_t e = 0; e < ctx.doc->entities.size(); ++e) {
    const auto& entity = ctx.doc->entities[e];
    if (entity.type != NodeType::Person) continue;
    std::string_view label = entity.label;
    auto space = label.rfind(' ');
    if (space == std::string_view::npos || ascii_lowered(label.substr(space + 1)) != family) continue;
    if (found >= 0) return -1;  // two people of that family name: the label says not which
    found = static_cast<int>(e);
  }
  return found;
}

}  // namespace newsgraph::detail
