// A calendar date at the precision the text gives: a year, a month or a day.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

enum class DatePrecision { Year, Month, Day };

struct Date {
  int year = 0;
  int month = 0;  // 0 when only the year is known
  int day = 0;    // 0 when only the year or month is known

  DatePrecision precision() const {
    return day ? DatePrecision::Day : month ? DatePrecision::Month : DatePrecision::Year;
  }
  // "2023", "2023-07" or "2023-07-17".
  std::string iso() const;
  // The first and last day this date covers ("2023-07" covers 07-01 .. 07-31).
  Date first_day() const;
  Date last_day() const;

  friend auto operator<=>(const Date&, const Date&) = default;
};

int days_in_month(int year, int month);
// Strict ISO 8601 at one of the three precisions; nullopt when malformed or
// not a real date ("2023-02-30").
std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace newsgraph
