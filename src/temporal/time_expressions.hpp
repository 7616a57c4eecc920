// Temporal expressions: finding dates in a sentence and resolving them.
//
// Takes: a sentence's text and the document's publication date (if known).
// Gives: each time expression with its byte span in the sentence and, when
// it can be resolved, its date (and end, for spans). Relative expressions
// ("last year", "on Thursday", "in October of last year") need the
// publication date; without it they are found but get no date.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/date.hpp"

namespace newsgraph {

struct TimeExpression {
  std::size_t start = 0;       // byte span in the sentence
  std::size_t end = 0;
  std::optional<Date> date;    // nullopt: found but not resolvable
  std::optional<Date> until;   // end of a span ("from July 17 to July 28", "until December 1")
  bool relative = false;       // resolved against the publication date
};

std::vector<TimeExpression> find_time_expressions(std::string_view sentence, std::optional<Date> published);

}  // namespace newsgraph
