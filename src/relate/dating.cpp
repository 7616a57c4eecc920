#include "relate/dating.hpp"

#include <algorithm>
#include <string>

namespace newsgraph::detail {

bool another_fact(std::string_view between) {
  static const char* kStarts[] = {";", "(", " which ", " who ", " where ", " that ", " established ", " founded ",
                                  " created ", " formed ", " set up ", " launched ", " since "};
  std::string padded = " " + std::string(between) + " ";
  for (const char* w : kStarts)
    if (padded.find(w) != std::string::npos) return true;
  return false;
}

Dating date_near(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t from, std::size_t to) {
  const TimeExpression* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& x : exprs) {
    if (!x.resolved()) continue;
    // After the matched words, only inside the same clause ("..., a hub established in 2008" is another fact).
    if (x.start >= to && another_fact(sentence.substr(to, x.start - to))) continue;
    std::size_t d = x.end <= from ? from - x.end : x.start >= to ? x.start - to : 0;
    bool better = !best || (x.date && !best->date) || (bool(x.date) == bool(best->date) && d < best_distance);
    if (better) best = &x, best_distance = d;
  }
  if (!best) return {};
  return {best->date, best->until};
}

void repeated_dates(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to,
                    std::vector<Dating>& dates) {
  const TimeExpression* previous = nullptr;
  for (const auto& x : exprs) {
    if (x.end <= to || !x.date || x.role != TimeRole::Point) continue;
    std::size_t from = previous ? previous->end : to;
    std::string_view between = sentence.substr(from, x.start - from);
    if (previous && between.find("again") == std::string_view::npos && between.find(" and ") == std::string_view::npos)
      break;
    if (!previous && another_fact(between)) break;
    if (std::none_of(dates.begin(), dates.end(), [&](const Dating& d) { return d.date == x.date; }))
      dates.push_back({x.date, x.until});
    previous = &x;
  }
}

void NarrativeDate::observe(const std::vector<TimeExpression>& exprs, bool headline) {
  auto point = [](const TimeExpression& x) { return x.date && (x.role == TimeRole::Point || x.role == TimeRole::Span); };
  bool dated = std::any_of(exprs.begin(), exprs.end(), point);
  if (dated && !headline) {
    for (const auto& x : exprs)
      if (point(x)) date_ = x.date;
    age_ = 0;
  } else {
    ++age_;
  }
}

}  // namespace newsgraph::detail
