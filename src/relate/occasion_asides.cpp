#include "relate/occasion_asides.hpp"

#include <cctype>

#include "relate/matcher.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {
namespace {

bool sentence_break(const Item& it) {
  return it.word == word::semicolon || it.word == word::period || it.word == word::colon ||
         it.word == word::question || it.word == word::bang;
}

// The exercise or event named by the item before `at` (past a year), else -1.
int occasion_before(const std::vector<Item>& items, const ItemContext& ctx, std::size_t at) {
  if (at >= 2 && at <= items.size() && items[at - 1].entity < 0 && items[at - 1].key.size() == 4 &&
      std::isdigit(static_cast<unsigned char>(items[at - 1].key[0])))
    --at;
  if (at == 0 || at > items.size() || items[at - 1].entity < 0 || !items[at - 1].group.empty()) return -1;
  NodeType t = entity_type(ctx, items[at - 1].entity);
  return t == NodeType::Exercise || t == NodeType::Event ? items[at - 1].entity : -1;
}

}  // namespace

bool year_after_occasion(const std::vector<Item>& items, const ItemContext& ctx, std::size_t at) {
  if (at >= items.size() || entity_like(items[at]) || occasion_before(items, ctx, at) < 0) return false;
  return four_digit_year(items[at].key);
}

std::size_t after_brackets(const std::vector<Item>& items, std::size_t at) {
  if (at >= items.size() || items[at].key != "(") return 0;
  for (std::size_t k = at + 1; k < items.size() && k <= at + 8; ++k) {
    if (items[k].key == ")") return k + 1;
    if (sentence_break(items[k]) || items[k].key == "(") return 0;
  }
  return 0;
}

std::size_t after_description(const std::vector<Item>& items, const ItemContext& ctx, std::size_t at) {
  // "Z 2024, the largest exercise, drew A" (or "Z, the largest ...", the year being part of
  // Z's item): the description read as Z itself closes at `at`
  if (at >= 3 && at < items.size() && items[at].word == word::comma && items[at - 1].entity >= 0 &&
      items[at - 1].group.empty()) {
    std::size_t c = at - 2;  // the comma opening the description
    while (c > 0 && c + 5 > at && items[c].word != word::comma) --c;
    if (items[c].word == word::comma && occasion_before(items, ctx, c) == items[at - 1].entity) return at + 1;
  }
  int occasion = at > 0 ? occasion_before(items, ctx, at) : -1;
  if (occasion < 0 || at + 2 >= items.size() || items[at].word != word::comma ||
      (items[at + 1].key != "the" && items[at + 1].key != "a" && items[at + 1].key != "an"))
    return 0;
  // ("the largest exercise" may be read as the exercise itself: that is no other name)
  for (std::size_t k = at + 1; k < items.size() && k <= at + 10; ++k) {
    if (items[k].word == word::comma) return k + 1;
    if (sentence_break(items[k]) || (entity_like(items[k]) && items[k].entity != occasion)) return 0;
  }
  return 0;
}

std::size_t place_after_occasion(const std::vector<Item>& items, const ItemContext& ctx, std::size_t at) {
  if (at + 1 >= items.size() || items[at].key != "in" || occasion_before(items, ctx, at) < 0) return 0;
  std::size_t k = items[at + 1].key == "the" ? at + 2 : at + 1;
  if (k >= items.size() || items[k].entity < 0 || !items[k].group.empty()) return 0;
  return entity_type(ctx, items[k].entity) == NodeType::Place ? k + 1 : 0;
}

}  // namespace newsgraph::detail
