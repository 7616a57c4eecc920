// Dating relations: which date (if any) a matched clause gets.
//
// Takes: the time expressions of a sentence (src/temporal/), the sentence
// text and the byte range of the matched words. Gives: the date of the
// clause, the extra dates of a repeated fact ("in 2022 and again in April"),
// and a narrative date that a few following undated sentences inherit.
// A clause with no resolvable date gets none: never a guess.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/date.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::detail {

struct Dating {
  std::optional<Date> date, end;
};

// Words between a match and a later date that start another statement.
bool another_fact(std::string_view between);

// The time expression nearest the matched words [from, to), preferring one with a start.
Dating date_near(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t from, std::size_t to);

// "in 2022 and again in April of this year": the dates after `to` that
// repeat the fact are added to `dates` (one edge per time).
void repeated_dates(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to,
                    std::vector<Dating>& dates);

// The date the story is at: set by a dated sentence, inherited by the
// next two undated ones.
class NarrativeDate {
 public:
  void observe(const std::vector<TimeExpression>& exprs, bool headline);
  std::optional<Date> current() const { return age_ <= 2 ? date_ : std::nullopt; }

 private:
  std::optional<Date> date_;
  int age_ = 99;
};

}  // namespace newsgraph::detail
