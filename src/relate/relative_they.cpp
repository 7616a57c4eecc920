// "Iceland and Norway are founding members of NATO, which they joined in 1949": "they" right
// after "which" or "that" is the subject the sentence opened with, when that subject was two
// or more nations or bodies ("A and B", "A, B and C", or "both countries" for the two nations
// the story paired); the relative clause then speaks of each of them.
#include "relate/references.hpp"

namespace newsgraph::detail {

namespace {

bool party(const ItemContext& ctx, int e) {
  NodeType t = entity_type(ctx, e);
  return t == NodeType::Nation || t == NodeType::Organisation;
}

bool all_parties(const ItemContext& ctx, const std::vector<int>& es) {
  for (int e : es)
    if (!party(ctx, e)) return false;
  return es.size() >= 2;
}

// "both countries" not resolved to a list: as the matcher reads it, the two nations of the
// latest meeting, else its two parties.
std::vector<int> pair_parties(const Item& it, const ItemContext& ctx, std::size_t sentence) {
  const auto& toks = ctx.doc->sentences[sentence].tokens;
  if (it.end == 0 || it.end - 1 >= toks.size() || !ctx.lex->pair_nouns.nation_set.count(toks[it.end - 1].key)) return {};
  const std::vector<int>& two = ctx.last_nation_pair.empty() ? ctx.last_pair : ctx.last_nation_pair;
  return all_parties(ctx, two) ? two : std::vector<int>{};
}

// The entities of the list of nations or bodies opening `items`, else none.
std::vector<int> opening_parties(const std::vector<Item>& items, const ItemContext& ctx, std::size_t sentence) {
  auto is = [&](std::size_t k, std::string_view key) { return k < items.size() && items[k].key == key; };
  std::size_t k = is(0, "the") ? 1 : 0;
  if (k >= items.size()) return {};
  std::size_t last = k;
  std::vector<int> out;
  if (items[k].key == "<pair>") out = pair_parties(items[k], ctx, sentence);
  else if (!items[k].group.empty()) out = all_parties(ctx, items[k].group) ? items[k].group : std::vector<int>{};
  else
    for (; k < items.size(); ++k) {
      if (items[k].entity < 0 || !items[k].group.empty() || !party(ctx, items[k].entity)) break;
      out.push_back(items[k].entity);
      last = k;
      if (!is(k + 1, ",") && !is(k + 1, "and")) break;
      ++k;
      if (is(k + 1, "and")) ++k;  // "A, B, and C"
    }
  // the list is the subject: a verb (a lower-case word, no name) comes right after it
  const Item* next = last + 1 < items.size() ? &items[last + 1] : nullptr;
  if (out.size() < 2 || !next || next->is_entity() || next->key.empty() || next->key[0] < 'a' || next->key[0] > 'z')
    return {};
  return out;
}

}  // namespace

void relative_they(std::vector<Item>& items, const ItemContext& ctx, std::size_t sentence) {
  for (std::size_t i = 1; i < items.size(); ++i) {
    // (items.cpp may have read "they" as the two people of the sentence before: not after "which")
    const auto& toks = ctx.doc->sentences[sentence].tokens;
    bool they = items[i].end == items[i].begin + 1 && items[i].begin < toks.size() && toks[items[i].begin].key == "they";
    if (!they || (items[i].key != "they" && items[i].key != "<pair>") ||
        (items[i - 1].key != "which" && items[i - 1].key != "that"))
      continue;
    std::vector<int> parties = opening_parties(items, ctx, sentence);
    if (parties.empty()) return;
    items[i].key = "<group>";
    items[i].group = std::move(parties);
  }
}

}  // namespace newsgraph::detail
