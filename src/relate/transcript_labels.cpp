// Transcripts: "MR KASK: Yesterday I met ...". A turn opens with a label in
// capitals (a courtesy or rank, perhaps, then a family name) and a colon; the
// label names no new node, but "I" in its turn is the person named earlier
// with that family name.
#include <algorithm>
#include <cctype>

#include "relate/item_builder.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

// The person whose name ends with the family name of the sentence's opening
// label in capitals; -1 when there is no label, or no person (or two) of that name.
int ItemBuilder::transcript_speaker() const {
  const auto& toks = s.tokens;
  std::size_t colon = 0;
  // "Mr KASK:": a courtesy title may open the label in a parliament's record (the family
  // name in capitals, though recognition read it as a name's word)
  auto capitals = [](std::string_view w) {
    return std::none_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  };
  bool courtesy = toks.size() > 2 && toks[1].word && toks[2].key == ":" && ctx.lex->title_only_set.count(toks[0].key) &&
                  capitals(toks[1].text);
  while (colon < toks.size() && colon < 5 && toks[colon].key != ":") {
    if (toks[colon].word && !toks[colon].all_caps && !courtesy) return -1;  // "Kask said:" is no label
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
    auto space = label.rfind(' ');  // "HALE-ROSS": a person named by the family name alone
    std::string_view last = space == std::string_view::npos ? label : label.substr(space + 1);
    if ((space == std::string_view::npos && !courtesy) || ascii_lowered(last) != family) continue;
    if (found >= 0) return -1;  // two people of that family name: the label says not which
    found = static_cast<int>(e);
  }
  return found;
}

}  // namespace newsgraph::detail
