// A publication date written with slashes whose day and month could be
// either way round ("Published: 04/09/2025", "04/09/2025 13:05"), read when
// nothing else in the article dates it (see dateline.hpp).
#include <algorithm>
#include <cstdlib>

#include "document/dateline.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::document_detail {

// "2026 December 2", "2026-Nov-30 14:05 +06:00", "2026, Dec. 2": a year, then the
// name of a month and the day (the lexicon's months); `end` receives where the day ends.
std::optional<Date> year_first_date(std::string_view s, std::size_t i, std::size_t& end) {
  int year = 0, day = 0;
  if (digits_at(s, i, year) != 4) return std::nullopt;
  std::size_t j = i + 4;
  auto skip = [&] {
    while (j < s.size() && (is_space(s[j]) || s[j] == ',' || s[j] == '-' || s[j] == '/' || s[j] == '.')) ++j;
  };
  skip();
  std::size_t m = j;
  while (j < s.size() && is_letter(s[j])) ++j;
  int month = j > m ? month_from_name(s.substr(m, j - m)) : 0;
  skip();
  std::size_t n = digits_at(s, j, day);
  if (month < 1 || month > 12 || n == 0 || n > 2 || (j + n < s.size() && is_letter(s[j + n]))) return std::nullopt;
  if (year < 1900 || year > 2199 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  end = j + n;
  return Date{year, month, day};
}

namespace {

// "04/09/2025", "2/12/26" at the start of `s` (one or two digits, one or two, four or two
// (20YY)): the two small numbers in `a` and `b` when both could be a month and they differ;
// `end` receives where the date ends.
bool ambiguous_slash_date(std::string_view s, int& a, int& b, int& year, std::size_t& end) {
  std::size_t la = digits_at(s, 0, a);
  if (la == 0 || la > 2 || la >= s.size() || s[la] != '/') return false;
  std::size_t lb = digits_at(s, la + 1, b);
  std::size_t at_year = la + 1 + lb + 1;
  if (lb == 0 || lb > 2 || at_year > s.size() || s[at_year - 1] != '/') return false;
  std::size_t ly = digits_at(s, at_year, year);
  if ((ly != 4 && ly != 2) || (at_year + ly < s.size() && (is_digit(s[at_year + ly]) || s[at_year + ly] == '/'))) return false;
  if (ly == 2) year += 2000;
  end = at_year + ly;
  return a >= 1 && b >= 1 && a <= 12 && b <= 12 && a != b && year >= 1900 && year <= 2199;
}

// "HARARE, " opening `s`: a wire dateline's place in capitals, which is dropped.
void skip_dateline_place(std::string_view& s) {
  constexpr std::size_t kMaxPlaceBytes = 30;
  std::size_t comma = s.find(", ");
  if (comma == std::string_view::npos || comma == 0 || comma > kMaxPlaceBytes) return;
  std::string_view place = s.substr(0, comma);
  if (std::all_of(place.begin(), place.end(), [](char c) { return is_upper(c) || c == ' ' || c == '-' || c == '\''; }))
    s.remove_prefix(comma + 2);
}

// "Thu, " or "Thursday " opening `s`: the weekday (0 = Monday) and the rest; -1 when none.
int leading_weekday(std::string_view& s) {
  std::size_t i = 0;
  while (i < s.size() && is_letter(s[i])) ++i;
  bool abbreviated = false;
  int w = i >= 3 ? default_temporal_words().weekday_of(s.substr(0, i), &abbreviated) : -1;
  if (w < 0) return -1;
  while (i < s.size() && (s[i] == ',' || s[i] == '.' || is_space(s[i]))) ++i;
  s.remove_prefix(i);
  return w;
}

// How many of the text's dates with a month fall in the few weeks before
// `day` (or just after it): a story reports what happened lately.
int dates_near(std::string_view text, const Date& day) {
  const long at = days_from_civil(day.year, day.month, day.day);
  int near = 0;
  for (const auto& e : find_time_expressions(text, day)) {
    if (!e.date || !e.date->month) continue;
    long d = days_from_civil(e.date->year, e.date->month, e.date->day ? e.date->day : 15);
    near += d >= at - 45 && d <= at + 14;
  }
  return near;
}

}  // namespace

// The head line that is only such a date (after a label such as
// "Published:" or a weekday, maybe with a time and zone) is read the way the
// weekday written tells, else the way that puts more
// of the text's own dates with a month in the weeks before it; when both
// ways do as well, the article stays undated rather than guessed.
bool read_ambiguous_slash_date(std::string_view text, std::size_t head_bytes, std::size_t head_lines,
                               DocumentMeta& meta, const MetadataWords& words) {
  std::string_view head = text.substr(0, std::min(head_bytes, text.size()));
  std::size_t start = 0;
  for (std::size_t n = 0; n < head_lines && start < head.size(); ++n) {
    std::size_t nl = head.find('\n', start);
    std::string_view line = trim(head.substr(start, (nl == std::string_view::npos ? head.size() : nl) - start));
    start = nl == std::string_view::npos ? head.size() : nl + 1;
    bool updated = false;
    std::string_view rest = strip_lead(line, updated, words);
    skip_dateline_place(rest);
    int weekday = leading_weekday(rest);
    int a = 0, b = 0, year = 0;
    std::size_t date_end = 0;
    if (line.size() > kMaxDatelineBytes || !ambiguous_slash_date(rest, a, b, year, date_end)) continue;
    // a time, a zone or dateline words may follow the date; no sentence
    if (!every_word(rest, [&](std::string_view word) { return is_upper(word[0]) || is_dateline_word(word, words); }))
      continue;
    Date day_first{year, b, a}, month_first{year, a, b};
    if (a > days_in_month(year, b) || b > days_in_month(year, a)) return false;
    // "Thu, 09/04/2025": the weekday written tells the order when only one reading falls on it
    bool day_fits = weekday == weekday_of(day_first), month_fits = weekday == weekday_of(month_first);
    if (weekday >= 0 && day_fits != month_fits) {
      meta.published = day_fits ? day_first : month_first;
    } else {
      int by_day = dates_near(text, day_first), by_month = dates_near(text, month_first);
      if (by_day == by_month) return false;
      meta.published = by_day > by_month ? day_first : month_first;
    }
    meta.timezone = zone_after_numeric(rest.substr(date_end));
    return true;
  }
  return false;
}

}  // namespace newsgraph::document_detail
