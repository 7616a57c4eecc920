// Tables whose rows are participations ("| Latvia | CERT.LV | blue team |"
// under a header "| Nation | Team | Role |"): each row's nations and bodies
// take part in the exercise or event the row names, else the one the story
// is about; a row whose role cell says "host" or "organiser" organises it,
// an observer's row states no part taken (relater.hpp).
#include <algorithm>
#include <string>

#include "relate/clause_checks.hpp"
#include "relate/dating_text.hpp"
#include "relate/relater.hpp"

namespace newsgraph::detail {
namespace {

using dating_text::has_word;
using dating_text::padded_lower;

// The cells of a table row ("| a | b |" -> "a", "b"); empty for a line that is none.
std::vector<std::string_view> cells_of(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t lead = line.find_first_not_of(" \t");
  if (lead == std::string_view::npos || line[lead] != '|') return out;
  for (std::size_t open = lead, close; (close = line.find('|', open + 1)) != std::string_view::npos; open = close)
    out.push_back(line.substr(open + 1, close - open - 1));
  return out;
}

// The key of token k of `s`, empty past its end.
std::string_view t_key(const SentenceAnalysis& s, std::size_t k) {
  return k < s.tokens.size() ? std::string_view(s.tokens[k].key) : std::string_view();
}

}  // namespace

// Reads sentence `si` as a table row: a header row sets the columns; a row
// under a participation header gives its actors' part in the occasion.
void Relater::table_participation(std::size_t si, const std::vector<TimeExpression>& exprs) {
  const SentenceAnalysis& s = doc_.sentences[si];
  auto cells = cells_of(stext_);
  if (cells.empty()) {
    table_ = {};
    return;
  }
  // "|---|---|": the rule under the header
  if (std::all_of(cells.begin(), cells.end(), [](std::string_view c) { return c.find_first_not_of(" :-") == std::string_view::npos; }))
    return;
  if (!table_.participants) {
    const auto& heads = lex_.table_participant_headers;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::string head = padded_lower(cells[c]);
      for (const auto& h : heads) table_.participants |= has_word(head, h);
      if (has_word(head, "role") || has_word(head, "status") || has_word(head, "participation")) table_.role_column = c;
    }
    if (table_.participants) return;  // the header row itself
    table_ = {};
    return;
  }
  std::string role = table_.role_column < cells.size() ? padded_lower(cells[table_.role_column]) : std::string();
  std::string row = padded_lower(stext_);  // words only: "n/a" reads "n a"
  if (has_word(row, "observer") || has_word(row, "observers") || has_word(row, "invited") || has_word(row, "withdrew") ||
      has_word(row, "cancelled") || has_word(row, "did not") || has_word(row, "n a"))
    return;
  int occasion = -1;
  std::vector<int> actors;
  // "Finnish Defence Forces' C5 Agency": the body after a possessive is the one that took part, not its owner
  auto possessor = [&](const Mention& m) {
    if (t_key(s, m.end) != "'s" && t_key(s, m.end) != "'") return false;
    return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& o) { return o.begin == m.end + 1; });
  };
  for (const auto& m : s.mentions) {
    NodeType t = doc_.entities[m.entity].type;
    if ((t == NodeType::Exercise || t == NodeType::Event) && occasion < 0) occasion = m.entity;
    if (t == NodeType::Organisation && possessor(m)) continue;
    if ((t == NodeType::Nation || t == NodeType::Organisation) &&
        std::find(actors.begin(), actors.end(), m.entity) == actors.end())
      actors.push_back(m.entity);
  }
  if (occasion < 0) occasion = local_topic(si);
  if (occasion < 0) return;
  bool hosts = has_word(role, "host") || has_word(role, "hosts") || has_word(role, "organiser") || has_word(role, "organizer");
  const TimeExpression* when = detail::table_row_date(stext_, exprs);
  Dating d = when ? Dating{when->date, when->until} : events_.near(occasion, si).value_or(Dating{});
  for (int a : actors)
    add(a, occasion, hosts ? EdgeType::organises : EdgeType::participates_in, d, si, "table_row", 0.7);
  // "| Poland | Cyberspace Defence Forces (WOC) | remote |": the body a nation's row names is that nation's
  std::vector<int> nations;
  for (int a : actors)
    if (doc_.entities[a].type == NodeType::Nation) nations.push_back(a);
  if (nations.size() == 1)
    for (int a : actors)
      if (doc_.entities[a].type == NodeType::Organisation) add(a, nations[0], EdgeType::part_of, {}, si, "table_row_nation", 0.6);
}

}  // namespace newsgraph::detail
