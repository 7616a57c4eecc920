#include "temporal/calendar.hpp"

#include "temporal/words.hpp"

#include <cstdlib>

namespace newsgraph {

// Howard Hinnant's civil-calendar algorithms (public domain).
long days_from_civil(int year, int month, int day) {
  year -= month <= 2;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const long yoe = year - era * 400;
  const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2));
  return {year, month, day};
}

int weekday_of(const Date& d) {
  long days = days_from_civil(d.year, d.month, d.day);
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  long w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

Date add_days(const Date& d, long days) { return civil_from_days(days_from_civil(d.year, d.month, d.day) + days); }

int month_from_name(std::string_view word, bool* abbreviated) { return default_temporal_words().month_of(word, abbreviated); }

int weekday_from_name(std::string_view word) {
  bool abbreviated = false;
  int w = default_temporal_words().weekday_of(word, &abbreviated);
  return abbreviated ? -1 : w;
}

int closest_year(int month, int day, const Date& reference, long near_future_days) {
  if (!reference.month) return reference.year;
  const long ref = days_from_civil(reference.year, reference.month, reference.day ? reference.day : 15);
  auto at = [&](int year) {
    int d = day ? day : 15;
    if (d > days_in_month(year, month)) d = days_in_month(year, month);
    return days_from_civil(year, month, d);
  };
  // News mostly reports what happened: the latest such date on or before the
  // reference, unless the next one is near (within a season) and nearer.
  int past = at(reference.year) <= ref ? reference.year : reference.year - 1;
  int future = past + 1;
  long past_distance = ref - at(past);
  long future_distance = at(future) - ref;
  return future_distance <= near_future_days && future_distance < past_distance ? future : past;
}

}  // namespace newsgraph
