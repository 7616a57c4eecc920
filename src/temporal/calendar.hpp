// Calendar arithmetic and English month / weekday names, shared by the
// time expression finder and the byline reader.
#pragma once
#include <optional>
#include <string_view>

#include "graph/date.hpp"

namespace newsgraph {

// Days since 1970-01-01 of a full date (proleptic Gregorian), and back.
long days_from_civil(int year, int month, int day);
Date civil_from_days(long days);
// 0 = Monday ... 6 = Sunday.
int weekday_of(const Date& day_date);
Date add_days(const Date& day_date, long days);

// 1..12 for "January", "Jan", "Sept" (case-insensitive, no trailing dot; the
// shipped temporal words: a --lexicon does not change the byline reader);
// 0 when not a month name. `abbreviated` tells whether the short form was used.
int month_from_name(std::string_view word, bool* abbreviated = nullptr);
// 0 = Monday ... 6 = Sunday for "Monday".."Sunday" (case-insensitive); -1 otherwise.
int weekday_from_name(std::string_view word);

// The year for a month (and day) written without one, taken from a
// reference date: the latest such date on or before the reference, unless
// the next one comes within `near_future_days` and nearer ("until December
// 1" written on November 27). A month alone counts as its 15th.
inline constexpr long kNearFutureDays = 92;
int closest_year(int month, int day, const Date& reference, long near_future_days = kNearFutureDays);

}  // namespace newsgraph
