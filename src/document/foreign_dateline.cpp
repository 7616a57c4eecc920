// "Paris, le 4 novembre 2026", "Madrid, 4 de noviembre de 2026", "Москва, 3 декабря
// 2026 г.", "3 ธันวาคม พ.ศ. 2569", "١٢ آذر ١٤٠٥": a place (or a label, or nothing), then a
// date whose month is a word of another language or calendar (dateline.hpp).
#include <algorithm>
#include <string>

#include "document/calendar_words.hpp"
#include "document/dateline.hpp"
#include "util/ascii.hpp"

namespace newsgraph::document_detail {
namespace {

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && (is_space(s[i]) || s[i] == ',')) ++i;
    std::size_t j = i;
    while (j < s.size() && !is_space(s[j]) && s[j] != ',') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Only a time and a zone ("10:00", "CET") may follow a dateline's date.
bool time_or_zone(std::string_view w) {
  // "10.15": Nordic and Finnish clocks put a dot between hour and minute
  return std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == ':' || c == '.' || is_upper(c) || c == '+' || c == '-'; });
}

bool weekday_word(std::string_view w, const MetadataWords& words) {
  return is_dateline_word(ascii_lowered(w), words) || !calendar_values(w, CalendarKind::Weekday).empty();
}

// "2026", "2026." (a Hungarian's or Croatian's closing dot), "1405", "2569": a year's four digits.
bool year_word(std::string_view w, int& year) {
  if (w.size() == 5 && w.back() == '.') w.remove_suffix(1);
  return w.size() == 4 && digits_at(w, 0, year) == 4;
}

// "r.", "г.", "m.", "р.": a letter or two and a dot, the abbreviation of "year" that
// Polish, Russian, Lithuanian and Ukrainian write after it; "roku".
bool year_mark(std::string_view w) {
  if (w == "roku") return true;
  if (w.size() < 2 || w.back() != '.' || w.size() > 5) return false;
  return std::none_of(w.begin(), w.end(), [](char c) { return is_digit(c) || is_upper(c); });
}

// What a foreign dateline's words gave.
struct ForeignDate {
  int day = 0, year = 0;
  std::vector<int> months;  // the month word's readings: one, or an ambiguous word's several
  OtherCalendar calendar = OtherCalendar::None;
  OtherCalendar era = OtherCalendar::None;
  std::string_view weekday;
};

// A year outside the Gregorian range may be of another calendar: 2569 of the Buddhist era, 1405 of the Persian.
bool other_era_year(int year) { return year > 2400 || (year >= 1300 && year <= 1500); }

// The month's word (or words) at `k`, of the Gregorian calendar or, before a year, of another.
bool read_month_words(const std::vector<std::string_view>& w, std::size_t& k, ForeignDate& found, const MetadataWords& words) {
  if (k >= w.size()) return false;
  std::vector<std::string_view> others(w.begin(), w.end());
  others.erase(others.begin() + static_cast<std::ptrdiff_t>(k));
  std::vector<std::uint16_t> languages = calendar_languages_of(others);
  if (int month = foreign_month(w[k], words, languages)) {
    found.months = {month};
    ++k;
    return true;
  }
  found.months = calendar_values(w[k], CalendarKind::Month);  // ambiguous: a weekday may choose
  if (!found.months.empty()) {
    ++k;
    return true;
  }
  // the other calendars' (and transliterations') table is built only for a line with a year after the month
  int year = 0;
  bool other_year = false;
  for (std::size_t j = k + 1; j < w.size() && j <= k + 4; ++j) other_year = other_year || year_word(w[j], year);
  std::size_t used = 0;
  int month = other_year ? other_calendar_month(std::span(w).subspan(k), found.calendar, used) : 0;
  if (!month) return false;
  found.months = {month};
  k += used;
  return true;
}

// The year at `k`, an era's word before or after it ("พ.ศ. 2569", "1448 AH", "2026 г."); where its words end.
bool read_year_words(const std::vector<std::string_view>& w, std::size_t& k, ForeignDate& found) {
  if (k + 1 < w.size() && year_word(w[k + 1], found.year) && other_era_year(found.year) &&
      (found.era = era_calendar(w[k])) != OtherCalendar::None)
    ++k;
  if (k >= w.size() || !year_word(w[k], found.year)) return false;
  ++k;
  if (k < w.size() && found.era == OtherCalendar::None && (other_era_year(found.year) || found.calendar != OtherCalendar::None) &&
      (found.era = era_calendar(w[k])) != OtherCalendar::None)
    ++k;
  if (k < w.size() && year_mark(w[k])) ++k;
  return true;
}

// The Gregorian date of what the words gave, converted when another calendar's month or
// era (or a year past 2400, the Buddhist era's) tells; nullopt for no day of 1900..2199.
std::optional<Date> gregorian_date(const ForeignDate& found, int month) {
  std::optional<Date> date;
  if (found.calendar != OtherCalendar::None) date = gregorian_from(icu_calendar_name(found.calendar), found.year, month, found.day);
  else if (found.year > 2400 && (found.era == OtherCalendar::None || found.era == OtherCalendar::Buddhist))
    date = gregorian_from(icu_calendar_name(OtherCalendar::Buddhist), found.year, month, found.day);
  else if (found.year >= 1900 && found.year <= 2199 && found.day <= days_in_month(found.year, month))
    date = Date{found.year, month, found.day};
  if (!date || date->year < 1900 || date->year > 2199 || found.day < 1) return std::nullopt;
  return date;
}

// The date of the month readings that fits the weekday on the line (when there is one
// to tell); a word of two months and no weekday to choose gives none.
std::optional<Date> chosen_date(const ForeignDate& found) {
  std::vector<int> weekdays = found.weekday.empty() ? std::vector<int>{} : calendar_values(found.weekday, CalendarKind::Weekday);
  if (int english = found.weekday.empty() ? -1 : weekday_from_name(found.weekday); english >= 0) weekdays.push_back(english);
  std::optional<Date> chosen;
  int fitting = 0;
  for (int month : found.months) {
    auto date = gregorian_date(found, month);
    if (!date) continue;
    if (found.months.size() == 1) return date;
    if (std::find(weekdays.begin(), weekdays.end(), weekday_of(*date)) != weekdays.end()) chosen = date, ++fitting;
  }
  return fitting == 1 ? chosen : std::nullopt;
}

// "le", "de", "den": the small words datelines put around the day and month.
bool small_word(std::string_view w) {
  static constexpr std::string_view kSmall[] = {"le", "el", "il", "o", "den", "am", "de", "del", "du"};
  return std::find(std::begin(kSmall), std::end(kSmall), w) != std::end(kSmall);
}

// "3", "3.", "1er", "3º": a day's number with the marks languages write after it.
bool day_word(std::string_view w, int& day) {
  std::size_t digits = digits_at(w, 0, day);
  std::string_view after = w.substr(digits);
  return digits > 0 && digits <= 2 && (after.empty() || after == "." || after == "er" || after == "º" || after == ".º");
}

// "3 décembre 2026", "4 de noviembre de 2026", "3 ธ.ค. พ.ศ. 2569": the day, the month, the year.
bool read_day_first(const std::vector<std::string_view>& w, std::size_t& k, ForeignDate& found, const MetadataWords& words) {
  if (k >= w.size() || !day_word(w[k], found.day)) return false;
  ++k;
  while (k < w.size() && small_word(w[k])) ++k;
  if (!read_month_words(w, k, found, words)) return false;
  while (k < w.size() && small_word(w[k])) ++k;
  return read_year_words(w, k, found);
}

// "2026. december 3.", "2026 m. gruodžio 3 d.", "2026. gada 3. decembris": the year first
// (Hungarian, Lithuanian, Latvian), a short word for "year" maybe, then the month and day either way round.
bool read_year_first(const std::vector<std::string_view>& w, std::size_t& k, ForeignDate& found, const MetadataWords& words) {
  constexpr std::size_t kYearWordBytes = 4;  // "m.", "gada", "г."
  if (!year_word(w[k], found.year) || found.year < 1900 || found.year > 2199) return false;
  ++k;
  if (k < w.size() && (year_mark(w[k]) || (w[k].size() <= kYearWordBytes && std::all_of(w[k].begin(), w[k].end(), [](char c) {
                                             return c >= 'a' && c <= 'z';
                                           }))))
    ++k;
  if (k < w.size() && day_word(w[k], found.day)) {
    ++k;
    if (!read_month_words(w, k, found, words)) return false;
  } else if (!read_month_words(w, k, found, words) || k >= w.size() || !day_word(w[k++], found.day)) {
    return false;
  }
  if (k < w.size() && year_mark(w[k])) ++k;  // "3 d.": Lithuanian's "day"
  return true;
}

}  // namespace

bool read_foreign_dateline(std::string_view original, DocumentMeta& meta, const MetadataWords& words) {
  constexpr std::size_t kMaxBytes = 80;
  std::string digits = ascii_digits(original);  // "٣ ديسمبر ٢٠٢٦": the digits of other scripts
  // "القاهرة، ٣ ديسمبر": the Arabic comma as a comma
  for (std::size_t at = digits.find("\xD8\x8C"); at != std::string::npos; at = digits.find("\xD8\x8C", at)) digits.replace(at, 2, ",");
  std::string_view line = digits;
  // "DAKAR, mercredi 2 décembre 2026 – Estonia joined ...": the dateline opens the body's
  // first paragraph (its dashes read as "-"); "5 June 2027 - X joins ..." names no place: a timeline's entry
  if (std::size_t dash = line.find(" - "); dash != std::string_view::npos && line.find(',') < dash && !is_digit(line[0]))
    line = line.substr(0, dash);
  if (line.size() > kMaxBytes || line.empty()) return false;
  // a publication label ("Birt: 12. nóvember 2026") or the date alone stands for the place
  bool updated = false;
  std::string_view dated = strip_lead(line, updated, words);
  if (updated) return false;
  std::size_t comma = line.find(',');
  // "mercredi 2 décembre 2026": a weekday may open a placeless date
  std::string_view first = line.substr(0, line.find_first_of(" ,"));  // "dijous, 4 de març": the weekday without its comma
  bool placeless = dated.size() != line.size() || is_digit(line[0]) || weekday_word(first, words);
  if (!placeless) {
    if (comma == std::string_view::npos || comma == 0) return false;
    std::string_view place = line.substr(0, comma);
    if ((!is_upper(place[0]) && static_cast<unsigned char>(place[0]) < 0x80) || std::any_of(place.begin(), place.end(), is_digit))
      return false;
  }
  auto w = split_words(placeless ? dated : line.substr(comma + 1));
  ForeignDate found;
  std::size_t k = 0;
  auto skip_small = [&] { while (k < w.size() && small_word(w[k])) ++k; };
  skip_small();
  if (k < w.size() && weekday_word(w[k], words)) found.weekday = w[k++];  // "mercredi", "Martes", "Пт": a weekday
  skip_small();
  if (k >= w.size()) return false;
  int year = 0;
  if (!(year_word(w[k], year) ? read_year_first(w, k, found, words) : read_day_first(w, k, found, words))) return false;
  // "à 10h30", "a las 10:30": short words may lead to the time
  bool timed = false;
  for (std::size_t r = w.size(); r-- > k;) {
    // "10:15 Uhr": a dateline word of the lexicon may name the clock
    bool time = time_or_zone(w[r]) || is_dateline_word(w[r], words) || is_dateline_word(ascii_lowered(w[r]), words) ||
                (w[r].find('h') != std::string_view::npos && is_digit(w[r][0]) && is_digit(w[r].back()));
    timed = timed || time;
    if (!time && !(timed && w[r].size() <= 3 && !is_upper(w[r][0]))) return false;
  }
  auto date = chosen_date(found);
  if (!date) return false;
  meta.published = date;
  return true;
}

namespace {

// The weekdays the first words of `w` name ("jeudi", "Thứ Năm", "Thu."), 0 = Monday; how many words in `used`.
std::vector<int> weekdays_at(const std::vector<std::string_view>& w, std::size_t& used) {
  used = 0;
  if (w.empty()) return {};
  std::vector<int> days = calendar_values(w[0], CalendarKind::Weekday);
  if (int english = weekday_from_name(w[0]); english >= 0 && std::find(days.begin(), days.end(), english) == days.end())
    days.push_back(english);
  if (!days.empty()) {
    used = 1;
    return days;
  }
  if (w.size() < 2) return {};
  days = calendar_values(std::string(w[0]) + " " + std::string(w[1]), CalendarKind::Weekday);
  used = days.empty() ? 0 : 2;
  return days;
}

}  // namespace

bool read_weekday_numeric_date(std::string_view original, DocumentMeta& meta, const MetadataWords& words) {
  constexpr std::size_t kMaxBytes = 80;
  std::string digits = ascii_digits(original);
  bool updated = false;
  std::string_view line = strip_lead(digits, updated, words);
  if (updated || line.size() > kMaxBytes) return false;
  auto w = split_words(line);
  std::size_t k = 0;
  std::vector<int> weekdays = weekdays_at(w, k);
  if (weekdays.empty() || k >= w.size()) return false;
  // "03/12/2026", "03-12-2026": two numbers either of which could be the month
  std::string_view date = w[k];
  int a = 0, b = 0, year = 0;
  std::size_t la = digits_at(date, 0, a);
  if (la == 0 || la > 2 || la >= date.size() || (date[la] != '/' && date[la] != '-')) return false;
  char sep = date[la];
  std::size_t lb = digits_at(date, la + 1, b);
  std::size_t at_year = la + 1 + lb + 1;
  if (lb == 0 || lb > 2 || at_year > date.size() || date[at_year - 1] != sep || digits_at(date, at_year, year) != 4 ||
      at_year + 4 != date.size())
    return false;
  // only a time, its zone and the small words before them may follow ("- 10:15 (GMT+7)", "à 10h15")
  for (std::size_t r = k + 1; r < w.size(); ++r) {
    std::string_view word = w[r];
    while (!word.empty() && (word.front() == '(' || word.front() == '-' || word.front() == '|')) word.remove_prefix(1);
    while (!word.empty() && word.back() == ')') word.remove_suffix(1);
    bool small = word.size() <= 4 && std::none_of(word.begin(), word.end(), [](char c) { return is_upper(c) || is_digit(c); });
    if (!word.empty() && !time_or_zone(word) && !small && !is_dateline_word(word, words)) return false;
  }
  if (year < 1900 || year > 2199) return false;
  std::optional<Date> found;
  int fitting = 0;
  for (auto [day, month] : {std::pair{a, b}, std::pair{b, a}}) {
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) continue;
    Date reading{year, month, day};
    if (std::find(weekdays.begin(), weekdays.end(), weekday_of(reading)) == weekdays.end()) continue;
    if (!found || !(found->month == month && found->day == day)) found = reading, ++fitting;
  }
  if (fitting != 1) return false;
  meta.published = found;
  std::size_t end = static_cast<std::size_t>(date.data() - line.data()) + date.size();
  meta.timezone = zone_after_numeric(line.substr(end));
  return true;
}

}  // namespace newsgraph::document_detail
