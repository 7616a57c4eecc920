// "...; its secretariat is in Arusha", "and the organisation's headquarters are based in Lima":
// the seat of the organisation named last, read as "X 's secretariat is in Arusha" so the
// located_in patterns of a named body's seat read it. Split from items.cpp to keep it short.
#include <string_view>

#include "relate/item_builder.hpp"

namespace newsgraph::detail {

using namespace std::string_view_literals;

// At token i: "its" opening a clause (after a mark or "and", where it is the subject, not
// "held at its headquarters", whose event patterns read the venue) or "the organisation 's"
// anywhere, then a seat noun (patterns.json seat_nouns, body_nouns). The organisation is the
// possessor "its" names; a nation has no seat. The tokens taken, 0 when none.
std::uint32_t ItemBuilder::push_possessive_seat(std::uint32_t i) {
  const auto& toks = s.tokens;
  std::uint32_t n = static_cast<std::uint32_t>(toks.size());
  std::uint32_t seat = 0;
  if (toks[i].key == "its"sv) {
    bool opens = i == 0 || !toks[i - 1].word || toks[i - 1].key == "and"sv;
    if (opens) seat = i + 1;
  } else if (toks[i].key == "the"sv && i + 2 < n && ctx.lex->body_noun_set.count(toks[i + 1].key) &&
             toks[i + 2].key == "'s"sv) {
    seat = i + 3;
  }
  if (seat == 0 || seat >= n || !ctx.lex->seat_noun_set.count(toks[seat].key)) return 0;
  // "the organisation's" names an organisation: the latest of the sentence ("A is a member of B
  // since it was founded, and the organisation's ..." passes over the nation "it" names)
  int body = -1;
  if (seat > i + 1)
    for (auto r = items.rbegin(); r != items.rend() && body < 0; ++r)
      if (r->entity >= 0 && r->group.empty() && type(r->entity) == NodeType::Organisation) body = r->entity;
  if (body < 0) body = possessor();
  if (body < 0 || type(body) != NodeType::Organisation) return 0;
  std::uint32_t owner_end = seat == i + 1 ? i + 1 : i + 2;
  items.push_back({body, {}, "its", i, owner_end});
  items.push_back({-1, {}, "'s", seat == i + 1 ? i : owner_end, seat});
  return seat - i;
}

}  // namespace newsgraph::detail
