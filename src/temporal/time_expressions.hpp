// Temporal expressions: finding dates in a sentence and resolving them.
//
// Takes: a sentence's text and the document's publication date (if known).
// Gives: each time expression with its byte span in the sentence and, when
// it can be resolved, its date (and end, for spans). Relative expressions
// ("last year", "on Thursday", "in October of last year") need the
// publication date; without it they are found but get no date, never a guess.
//
// What is found (English, case as news writes it):
//  - absolute: "November 27, 2023", "Nov. 27, 2023", "27 November 2023",
//    "2023-07-17", "May 2008", "October of 2019"; "Nov. 27" / "in October"
//    take the year that puts them closest to the publication date;
//  - a bare year or month only after a cue ("in 2018", "since 2008",
//    "during June", "by 2025"), so that "1,000 officials", "$860 million",
//    "the 10th" are not dates;
//  - spans: "from July 17 to July 28", "from July 17 to 28", "July 17-28",
//    "between March 3 and 5", "from 2019 to 2021" (role Span: date..until);
//    "until December 1", "through June" (role Until: only `until` is set);
//    "since 2008" (role Since: `date` is the start);
//  - relative: "last/this/next year", "earlier/later this year",
//    "last/this/next month", "last/this/next week" (month precision: the
//    month of the day seven days before/after, since a news week rarely
//    names its day), "last July" (the most recent July strictly before the
//    publication month), "in October of last year", "October last year",
//    "Thursday"/"on Thursday" (the most recent Thursday on or before the
//    publication date), "last Thursday" (strictly before), "next Thursday"
//    (strictly after; the next one on or after when the clause looks ahead:
//    "will meet on Friday"), "yesterday", "today", "tomorrow", "two years ago",
//    "last summer", "summer 2023" (the season's year);
//  - numeric: "2023/07/17", "17.07.2023", "07/17/2023", "2023-07"; a day and
//    month that could be either way round ("03/04/2023") are found, not dated;
//  - day-first spans: "between 10 and 14 April", "from 3 to 7 May 2023", "3-7 May".
// The words (months, weekdays, cues, relative words) are data: TemporalWords.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/date.hpp"
#include "temporal/words.hpp"

namespace newsgraph {

enum class TimeRole {
  Point,  // a date: `date`
  Span,   // from `date` to `until`
  Since,  // from `date` on ("since 2008")
  Until,  // up to `until` ("until December 1"); `date` stays empty
};

struct TimeExpression {
  std::size_t start = 0;       // byte span in the sentence (cue words such as "since" included)
  std::size_t end = 0;
  std::optional<Date> date;    // nullopt: found but not resolvable (or role Until)
  std::optional<Date> until;   // end of a span ("from July 17 to July 28", "until December 1")
  bool relative = false;       // resolved against the publication date (year or all of it)
  TimeRole role = TimeRole::Point;

  // Whether a date was resolved at all (date or, for Until, until).
  bool resolved() const { return date.has_value() || until.has_value(); }
  // The date to attach to a clause: `date`, else `until`.
  std::optional<Date> anchor() const { return date ? date : until; }
};

// Expressions in order of position, never overlapping. `words` are the
// lexicon's (months, cues, relative words); the shorter form uses the shipped ones.
std::vector<TimeExpression> find_time_expressions(std::string_view sentence, std::optional<Date> published,
                                                  const TemporalWords& words);
std::vector<TimeExpression> find_time_expressions(std::string_view sentence, std::optional<Date> published);

}  // namespace newsgraph
