// "The Lima Letter of Intent was signed by Chile and Peru in 2024. Uruguay acceded to it in
// 2025": after a verb of signing or acceding (cues.json signing_verbs), "it" is the agreement
// the text named last, in this sentence or the two before, not the body "it" else stands for.
#include "relate/item_builder.hpp"

namespace newsgraph::detail {

int ItemBuilder::agreement_it(std::uint32_t i) const {
  if (i == 0 || !ctx.doc || ctx.doc->sentences.empty()) return -1;
  std::uint32_t v = i - 1;
  if (v > 0 && (s.tokens[v].key == "to" || s.tokens[v].key == "also")) --v;  // "acceded to it", "has also signed it"
  if (!ctx.lex->signing_verb_set.count(s.tokens[v].key)) return -1;
  const auto& sentences = ctx.doc->sentences;
  if (&s < sentences.data() || &s >= sentences.data() + sentences.size()) return -1;
  auto si = static_cast<std::size_t>(&s - sentences.data());
  auto latest_in = [&](const SentenceAnalysis& x, std::uint32_t before) {
    int found = -1;
    for (const auto& m : x.mentions)
      if (m.begin < before && m.entity >= 0 && type(m.entity) == NodeType::Agreement) found = m.entity;
    return found;
  };
  if (int here = latest_in(s, v); here >= 0) return here;
  for (std::size_t back = 1; back <= 2 && back <= si; ++back) {
    const auto& x = sentences[si - back];
    if (int there = latest_in(x, static_cast<std::uint32_t>(x.tokens.size())); there >= 0) return there;
  }
  return -1;
}

}  // namespace newsgraph::detail
