#include "graph/date.hpp"

#include <charconv>
#include <cstdio>

namespace newsgraph {

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string Date::iso() const {
  // The usual date written digit by digit (snprintf costs a thousand
  // instructions, once per dated edge written); others as before.
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99 && (month || !day)) {
    std::string out(day ? 10 : month ? 7 : 4, '-');
    auto two = [&](std::size_t at, int v) {
      out[at] = static_cast<char>('0' + v / 10);
      out[at + 1] = static_cast<char>('0' + v % 10);
    };
    two(0, year / 100);
    two(2, year % 100);
    if (month) two(5, month);
    if (day) two(8, day);
    return out;
  }
  char buffer[16];
  if (day)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  else if (month)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  else
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  return buffer;
}

Date Date::first_day() const { return {year, month ? month : 1, day ? day : 1}; }

Date Date::last_day() const {
  int m = month ? month : 12;
  return {year, m, day ? day : days_in_month(year, m)};
}

namespace {
bool parse_digits(std::string_view text, std::size_t count, int& value) {
  if (text.size() != count) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return true;
}
}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
  Date date;
  if (!parse_digits(text.substr(0, 4), 4, date.year)) return std::nullopt;
  if (text.size() == 4) return date;
  if (text.size() < 7 || text[4] != '-' || !parse_digits(text.substr(5, 2), 2, date.month) ||
      date.month < 1 || date.month > 12)
    return std::nullopt;
  if (text.size() == 7) return date;
  if (text.size() != 10 || text[7] != '-' || !parse_digits(text.substr(8, 2), 2, date.day) ||
      date.day < 1 || date.day > days_in_month(date.year, date.month))
    return std::nullopt;
  return date;
}

}  // namespace newsgraph
