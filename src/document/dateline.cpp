// The dates of an article's head lines: datelines ("Nov. 27, 2023 8:00PM
// GMT+9"), numeric dates ("14.05.2024"), time zones and date labels
// ("Published: ") (dateline.hpp).
#include "document/dateline.hpp"

#include <algorithm>

#include "temporal/time_expressions.hpp"

namespace newsgraph::document_detail {
namespace {

// "8:00PM GMT+9", "10:41 PM KST", "9:30 a.m. EST": the zone after a time.
std::string time_zone_after(std::string_view rest) {
  std::size_t i = 0;
  while (i < rest.size() && (is_space(rest[i]) || rest[i] == ',' || rest[i] == '-' || rest[i] == '|')) ++i;
  if (rest.compare(i, 3, "at ") == 0) i += 3;  // "March 4, 2027 at 11:00 a.m. AST"
  if (i < rest.size() && is_digit(rest[i])) {  // the time of day
    // "08.30 EET": a dot between the hour and minutes, as British and Cypriot papers write it
    while (i < rest.size() && (is_digit(rest[i]) || rest[i] == ':' || (rest[i] == '.' && i + 1 < rest.size() && is_digit(rest[i + 1]))))
      ++i;
    while (i < rest.size() && is_space(rest[i])) ++i;
    for (std::string_view m : {"AM", "PM", "am", "pm", "a.m.", "p.m."})
      if (rest.compare(i, m.size(), m) == 0) {
        i += m.size();
        break;
      }
    while (i < rest.size() && (is_space(rest[i]) || rest[i] == '(')) ++i;
  } else {
    return {};
  }
  std::size_t start = i;
  while (i < rest.size() && is_upper(rest[i])) ++i;
  // "ChST": one small letter after a zone's first capital, as Guam writes Chamorro time
  if (i == start + 1 && i + 2 < rest.size() && rest[i] >= 'a' && rest[i] <= 'z' && is_upper(rest[i + 1]) && is_upper(rest[i + 2]))
    for (++i; i < rest.size() && is_upper(rest[i]);) ++i;
  std::size_t letters = i - start;
  if (letters < 2 || letters > 5 || (i < rest.size() && is_letter(rest[i]))) return {};
  std::string_view zone = rest.substr(start, letters);
  if ((zone == "GMT" || zone == "UTC") && i < rest.size() && (rest[i] == '+' || rest[i] == '-')) {
    std::size_t j = i + 1;
    while (j < rest.size() && (is_digit(rest[j]) || rest[j] == ':')) ++j;
    if (j > i + 1) i = j;
  }
  return std::string(rest.substr(start, i - start));
}

// What may precede the date of a dateline: times, zones, weekdays, "on", "at".
bool dateline_prefix(std::string_view prefix, const MetadataWords& words) {
  return every_word(prefix, [&](std::string_view word) {
    bool upper = word.size() <= 5 && std::all_of(word.begin(), word.end(), [](char c) { return is_upper(c); });
    return upper || is_dateline_word(word, words) || weekday_from_name(word) >= 0;
  });
}

// How many bytes a time of day at `i` takes ("14:20", "9:05"), else 0.
std::size_t clock_bytes(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && j - i < 2 && is_digit(s[j])) ++j;
  if (j == i || j + 2 >= s.size() || s[j] != ':' || !is_digit(s[j + 1]) || !is_digit(s[j + 2])) return 0;
  j += 3;
  return j < s.size() && is_digit(s[j]) ? 0 : j - i;
}

// The line with each middle dot (U+00B7, two bytes) between two digits written as ". ".
std::string with_dotted_numbers(std::string_view line) {
  std::string out(line);
  for (std::size_t i = 1; i + 2 < out.size(); ++i)
    if (out.compare(i, 2, "\xC2\xB7") == 0 && is_digit(out[i - 1]) && is_digit(out[i + 2])) out[i] = '.', out[i + 1] = ' ';
  return out;
}

}  // namespace

std::size_t digits_at(std::string_view s, std::size_t i, int& value) {
  std::size_t j = i;
  value = 0;
  while (j < s.size() && is_digit(s[j]) && j - i < 5) value = value * 10 + (s[j++] - '0');
  return j - i;
}

// "7.11.26", "07.11.26": a part of a head line that is only a dotted date with a
// two-digit year (day first, as dotted dates are), which a section's bar may give.
std::optional<Date> short_year_date(std::string_view part) {
  int day = 0, month = 0, year = 0;
  std::size_t ld = digits_at(part, 0, day);
  if (ld == 0 || ld > 2 || ld >= part.size() || part[ld] != '.') return std::nullopt;
  std::size_t lm = digits_at(part, ld + 1, month);
  std::size_t at_year = ld + 1 + lm + 1;
  if (lm == 0 || lm > 2 || at_year > part.size() || part[at_year - 1] != '.') return std::nullopt;
  if (digits_at(part, at_year, year) != 2 || at_year + 2 != part.size()) return std::nullopt;
  year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return Date{year, month, day};
}

// The month "I" .. "XII" names, else 0.
static int roman_month(std::string_view r) {
  static constexpr std::string_view kMonths[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
  for (int m = 0; m < 12; ++m)
    if (r == kMonths[m]) return m + 1;
  return 0;
}

// "12/2/2026 4:45 PM": a time of a 12-hour clock right after a date (a space, a comma or a
// bar between). The lands that write slashed dates with it write the month first.
static bool twelve_hour_clock_after(std::string_view rest) {
  std::size_t i = 0;
  while (i < rest.size() && (is_space(rest[i]) || rest[i] == ',' || rest[i] == '|' || rest[i] == '-')) ++i;
  int hour = 0, minute = 0;
  std::size_t lh = digits_at(rest, i, hour);
  if (lh == 0 || lh > 2 || hour < 1 || hour > 12 || i + lh >= rest.size() || rest[i + lh] != ':') return false;
  i += lh + 1;
  if (digits_at(rest, i, minute) != 2) return false;
  i += 2;
  while (i < rest.size() && is_space(rest[i])) ++i;
  for (std::string_view m : {"AM", "PM", "am", "pm", "a.m.", "p.m."})
    if (rest.compare(i, m.size(), m) == 0) return i + m.size() == rest.size() || !is_letter(rest[i + m.size()]);
  return false;
}

// "2024.05.14", "2024-05-14T09:30", "14.05.2024", "14/05/2024", "14.V.2024" at `i`.
// Day first unless the year comes first; with slashes the order must be
// unambiguous (a number over 12 tells which is the day), else no date.
std::optional<Date> numeric_date(std::string_view s, std::size_t i, std::size_t& end) {
  int a = 0, b = 0, c = 0;
  std::size_t la = digits_at(s, i, a);
  if (la == 0 || i + la >= s.size()) return std::nullopt;
  char sep = s[i + la];
  if (sep != '.' && sep != '-' && sep != '/') return std::nullopt;
  // "16. 4. 2026", "2026. 4. 16.": Central European and Korean dots take a space after them
  std::size_t gap = sep == '.' && i + la + 1 < s.size() && s[i + la + 1] == ' ' ? 1 : 0;
  std::size_t at_b = i + la + 1 + gap;
  std::size_t lb = digits_at(s, at_b, b);
  bool named = false;  // "16-Apr-2026": the month's short name between dashes
  if (lb == 0 && sep == '.') {  // "16.X.2026": the month in Roman numerals, as Central and Eastern Europe write it
    while (at_b + lb < s.size() && (s[at_b + lb] == 'I' || s[at_b + lb] == 'V' || s[at_b + lb] == 'X')) ++lb;
    b = roman_month(s.substr(at_b, lb));
    named = b != 0;
    if (!named) lb = 0;
  }
  // "16-Apr-2026", "27.Nov.2026": the month's short name between dashes or dots
  if (lb == 0 && (sep == '-' || (sep == '.' && !gap))) {
    while (at_b + lb < s.size() && is_letter(s[at_b + lb])) ++lb;
    b = lb >= 3 && lb <= 4 ? month_from_name(s.substr(at_b, lb)) : 0;
    named = b != 0;
    if (!named) return std::nullopt;
  }
  std::size_t at_c = at_b + lb;
  if (lb == 0 || (lb > 2 && !named) || at_c >= s.size() || s[at_c] != sep) return std::nullopt;
  std::size_t lc = digits_at(s, at_c + 1 + gap, c);
  if (gap && (at_c + 1 >= s.size() || s[at_c + 1] != ' ')) return std::nullopt;
  end = at_c + 1 + gap + lc;
  if (end < s.size() && is_digit(s[end])) return std::nullopt;
  if (gap && end < s.size() && s[end] == '.') ++end;  // "2026. 4. 16."
  int year = 0, month = 0, day = 0;
  if (named) {
    if (la > 2 || lc != 4) return std::nullopt;
    year = c, month = b, day = a;
  } else if (la == 4 && lc >= 1 && lc <= 2) {
    year = a, month = b, day = c;
  } else if (la <= 2 && lc == 2 && sep == '/' && lb <= 2) {
    // "03/04/27" (20YY): a number over 12 is the day; else the order is told only by a
    // 12-hour clock after it (month first, as the US writes it) or a clock's hour letter
    // (day first); with neither the date is not read here (read_ambiguous_slash_date may)
    year = 2000 + c;
    bool either = a <= 12 && b <= 12 && a != b;
    bool month_first = either && twelve_hour_clock_after(s.substr(end));
    if (either && !month_first && !day_first_clock_after(s.substr(end))) return std::nullopt;
    bool day_first = a > 12 || (either && !month_first);
    day = day_first ? a : b;
    month = day_first ? b : a;
  } else if (la <= 2 && lc == 4) {
    year = c;
    // "02.18.2026": a second number over 12 is the day, whatever the separator
    bool day_first = (sep != '/' || a > 12) && !(a <= 12 && b > 12);
    // 03/05/2024: which is the month? Told only by a 12-hour clock after it ("12/2/2026 4:45 PM")
    bool month_first = sep == '/' && a <= 12 && b <= 12 && twelve_hour_clock_after(s.substr(end));
    bool either = sep == '/' && a <= 12 && b <= 12 && !month_first;
    if (either && !day_first_clock_after(s.substr(end))) return std::nullopt;
    if (either) day_first = true;  // "03/12/2026 à 10h15": the clock's letter tells day first
    if (month_first) day_first = false;
    day = day_first ? a : b;
    month = day_first ? b : a;
  } else {
    return std::nullopt;
  }
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
    return std::nullopt;
  return Date{year, month, day};
}

bool is_dateline_word(std::string_view word, const MetadataWords& words) {
  return std::find(words.dateline_words.begin(), words.dateline_words.end(), word) != words.dateline_words.end() ||
         word == "a.m" || word == "p.m";
}

// The zone after a time ("09:30 EEST") or of an ISO timestamp ("T09:30:00+03:00").
std::string zone_after_numeric(std::string_view rest) {
  if (!rest.empty() && rest[0] == 'T') {
    std::size_t z = rest.find_first_of("+-Z", 1);
    std::size_t stop = rest.find_first_of(" \t", 1);
    if (z != std::string_view::npos && z < stop) return std::string(rest.substr(z, stop == std::string_view::npos ? stop : stop - z));
    return {};
  }
  return time_zone_after(rest);
}

// The first full date of a line whose first words are a date; `date_end`,
// when given, receives where the date's words end.
bool read_date_words(std::string_view line, std::optional<Date>& date, std::string& zone, const MetadataWords& words,
                     std::size_t* date_end) {
  // "4 Mar '27": a year of two digits after an apostrophe, read as 20YY in a copy of the line
  if (std::vector<std::size_t> at; line.size() <= kMaxDatelineBytes) {
    std::string full = with_full_years(line, at);
    if (!at.empty()) {
      std::size_t found = 0;
      bool read = read_date_words(full, date, zone, words, &found);
      if (read && date_end) *date_end = original_offset(found, at, line);
      return read;
    }
  }
  // "the 30th of October 2026" after a label ("Published on the 30th ..."): the article is no word of a sentence
  if (line.starts_with("the ") && line.size() > 4 && is_digit(line[4])) {
    std::size_t found = 0;
    bool read = read_date_words(line.substr(4), date, zone, words, &found);
    if (read && date_end) *date_end = found + 4;
    return read;
  }
  // "26\u00B711\u00B72026": middle dots between a date's numbers, read as the dots of "26. 11. 2026"
  // in a copy of the same length
  if (std::string dotted = with_dotted_numbers(line); dotted != line)
    return read_date_words(dotted, date, zone, words, date_end);
  std::size_t i = 0;
  while (i < line.size() && !is_digit(line[i])) ++i;
  // "14:20, 25-11-2026": the time of day may come before a numeric date
  if (std::size_t clock = clock_bytes(line, i)) {
    std::size_t j = i + clock;
    while (j < line.size() && !is_digit(line[j])) ++j;
    if (j < line.size() && dateline_prefix(line.substr(i + clock, j - i - clock), words)) i = j;
  }
  std::size_t end = 0;
  if (i < line.size() && dateline_prefix(line.substr(0, i), words))
    if (auto d = numeric_date(line, i, end); d || (d = year_first_date(line, i, end))) {
      date = d;
      zone = zone_after_numeric(line.substr(end));
      if (zone.empty()) zone = time_zone_after(line.substr(0, i));
      if (date_end) *date_end = end;
      return true;
    }
  for (const auto& e : find_time_expressions(line, std::nullopt)) {
    // "Monday, " or "10:31 AM EST, Thu " may come first; a sentence's date comes after words
    if (!dateline_prefix(line.substr(0, e.start), words)) break;
    if (!e.date || e.date->precision() != DatePrecision::Day || e.role != TimeRole::Point) continue;
    date = e.date;
    zone = time_zone_after(line.substr(e.end));
    if (zone.empty()) zone = time_zone_after(line.substr(0, e.start));
    if (date_end) *date_end = e.end;
    return true;
  }
  return false;
}

namespace {

// How many bytes of `line` the label `lead` takes, else 0. After the first
// letter the case may differ ("Publication Date:", "Last Updated:") and a
// space may stand before a colon ("Date : ", "Last Updated : "), as sites write them.
std::size_t label_bytes(std::string_view line, std::string_view lead) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < lead.size(); ++k, ++i) {
    if (lead[k] == ':' && i + 1 < line.size() && line[i] == ' ' && line[i + 1] == ':') ++i;
    if (i >= line.size()) return 0;
    char a = line[i], b = lead[k];
    if (a != b && (!is_letter(a) || !is_letter(b) || (a | 32) != (b | 32) || (k == 0 && lead.back() != ':'))) return 0;
  }
  return i;
}

}  // namespace

// The longest of `labels` that starts `line` and is followed by a non-letter
// (a view of `line`'s own bytes, which may differ from the label's in case).
std::string_view leading_label(std::string_view line, const std::vector<std::string>& labels) {
  std::string_view best;
  if (line.empty()) return best;
  // Called for every head line with some 300 labels: one byte, case folded, is
  // compared first (a label of another first letter takes no other test).
  const char first = static_cast<char>(line[0] | 32);
  for (const std::string& label : labels) {
    if (static_cast<char>(label[0] | 32) != first) continue;  // (an empty label's [0] is its '\0')
    std::string_view lead(label);
    if (lead.empty() || lead.size() <= best.size() || line.size() <= lead.size()) continue;  // (and so no empty line)
    // "published: ", "DATE: ": a label with its colon may take the first letter in either case
    bool either = lead.back() == ':' && (line[0] | 32) == (lead[0] | 32) && is_letter(line[0]);
    if (line[0] != lead[0] && !either) continue;
    std::size_t n = label_bytes(line, lead);
    if (n > best.size() && n < line.size() && !is_letter(line[n])) best = line.substr(0, n);
  }
  return best;
}

// "Published: ", "Posted on ", "Updated: " and the like before a date;
// `updated` tells an update's label, or one of a date other than the
// publication's ("Recorded: "), from a publication's.
std::string_view strip_lead(std::string_view line, bool& updated, const MetadataWords& words) {
  std::string_view label = leading_label(line, words.date_labels);
  std::string_view other = leading_label(line, words.other_date_labels);
  std::string lower(label);  // "UPDATED:" as "Updated:"
  for (char& c : lower) c = is_upper(c) ? static_cast<char>(c + 32) : c;
  updated = lower.find("pdated") != std::string::npos || other.size() > label.size();
  if (other.size() > label.size()) label = other;
  return label.empty() ? line : trim(line.substr(label.size()));
}

// Whether words of a sentence follow a labelled date ("Released on 4 May
// 2024, the report says that ..."): three small words that are not a
// dateline's. A time, a zone or "updated 5 May 2024" may follow a dateline.
bool sentence_follows(std::string_view rest, const MetadataWords& words) {
  int small = 0;
  every_word(rest, [&](std::string_view word) {
    small += !is_upper(word[0]) && !is_dateline_word(word, words);
    return true;
  });
  return small >= 3;
}

// A dateline: a short line whose first words are a full date. An update
// time only stands in when no publication date is written ("Updated: ...").
bool read_dateline(std::string_view line, DocumentMeta& meta, const MetadataWords& words,
                   std::optional<Date>* updated_date, std::string* updated_zone) {
  if (line.size() > kMaxDatelineBytes) return false;
  bool updated = false;
  std::size_t whole = line.size();
  line = strip_lead(line, updated, words);
  if (updated) {
    if (updated_date && !*updated_date) read_date_words(line, *updated_date, *updated_zone, words);
    return false;
  }
  std::optional<Date> date;
  std::string zone;
  std::size_t date_end = 0;
  if (!read_date_words(line, date, zone, words, &date_end)) return false;
  if (line.size() != whole && sentence_follows(line.substr(date_end), words)) return false;
  // "5 June 2017 - Valdora joins the alliance.": a timeline's entry, not a dateline
  std::string_view rest = trim(line.substr(date_end));
  bool dash = rest.starts_with("- ") || rest.starts_with("\xE2\x80\x93 ") || rest.starts_with("\xE2\x80\x94 ");
  if (dash && sentence_follows(rest, words)) return false;
  meta.published = date;
  meta.timezone = zone;
  return true;
}

namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = is_upper(c) ? static_cast<char>(c + 32) : c;
  return out;
}

}  // namespace

bool read_qualified_update(std::string_view line, const MetadataWords& words, std::optional<Date>* updated_date,
                           std::string* updated_zone) {
  constexpr std::size_t kLabelBytes = 60;  // "Final version, updated after the forum"
  constexpr int kLabelWords = 7;
  std::size_t colon = line.find(':');
  if (!updated_date || *updated_date || colon == std::string_view::npos || colon > kLabelBytes) return false;
  std::string label = ascii_lower(line.substr(0, colon));
  if (label.find_first_of("0123456789") != std::string::npos) return false;
  int count = 0;
  bool update = false;
  every_word(label, [&](std::string_view w) {
    ++count, update = update || w == "updated";
    return true;
  });
  if (!update || count > kLabelWords) return false;
  std::optional<Date> date;
  std::string zone;
  if (!read_date_words(trim(line.substr(colon + 1)), date, zone, words) || !date || !date->day) return false;
  *updated_date = date, *updated_zone = zone;
  return false;
}

bool read_zoned_slash_date(std::string_view line, DocumentMeta& meta, const MetadataWords& words) {
  if (line.size() > kMaxDatelineBytes) return false;
  std::size_t slash = line.find('/');
  if (slash == std::string_view::npos || slash < 2) return false;
  std::size_t at = slash - 2;
  int a = 0, b = 0, year = 0;
  if (digits_at(line, at, a) != 2 || (at > 0 && is_digit(line[at - 1])) || digits_at(line, slash + 1, b) != 2 ||
      slash + 3 >= line.size() || line[slash + 3] != '/' || digits_at(line, slash + 4, year) != 4)
    return false;
  std::size_t end = slash + 8;
  // the zone of the time after the date ("| 13:20 EET")
  std::size_t colon = line.find(':', end);
  if (colon == std::string_view::npos || colon == 0 || !is_digit(line[colon - 1])) return false;
  std::size_t hour = colon - 1;
  while (hour > end && is_digit(line[hour - 1])) --hour;
  std::string zone = time_zone_after(line.substr(hour));
  if (zone.empty()) return false;
  std::string_view base = std::string_view(zone).substr(0, zone.find_first_of("+-"));
  bool month_first = std::find(words.month_first_zones.begin(), words.month_first_zones.end(), base) !=
                     words.month_first_zones.end();
  int day = month_first ? b : a, month = month_first ? a : b;
  if (month < 1 || month > 12 || year < 1900 || year > 2199 || day < 1 || day > days_in_month(year, month)) return false;
  // a place, the date, the time: no sentence's words
  if (!every_word(line, [&](std::string_view word) { return is_upper(word[0]) || is_dateline_word(word, words); }))
    return false;
  meta.published = Date{year, month, day};
  meta.timezone = zone;
  return true;
}

namespace {

// The year of a copyright line ("(c) 2026 Meridian Wire", "Copyright 2026", "© 2026").
std::optional<int> copyright_year(std::string_view text) {
  std::optional<int> found;
  for (std::string_view mark : {"\u00A9", "(c)", "(C)", "Copyright", "copyright"})
    for (std::size_t at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + 1)) {
      std::size_t i = at + mark.size();
      while (i < text.size() && i < at + mark.size() + 3 && is_space(text[i])) ++i;
      int year = 0;
      if (digits_at(text, i, year) == 4 && year >= 1990 && year <= 2199) found = year;
    }
  return found;
}

// The year the text's dates with a month give most often (the later of two as often).
std::optional<int> usual_year(std::string_view text) {
  std::vector<std::pair<int, int>> counts;  // (year, count)
  for (const auto& e : find_time_expressions(text, std::nullopt)) {
    if (!e.date || !e.date->month || e.date->year < 1990 || e.date->year > 2199) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == e.date->year; });
    if (it == counts.end()) counts.emplace_back(e.date->year, 1);
    else ++it->second;
  }
  if (counts.empty()) return std::nullopt;
  auto best = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second < b.second : a.first < b.first;
  });
  return best->first;
}

// The weekdays a wire's lead names in full ("closed the drill on Friday", "the
// ministry said Tuesday"), 0 = Monday; one after "next" looks ahead and is left out.
std::vector<int> lead_weekdays(std::string_view lead) {
  std::vector<int> days;
  std::string_view before;
  every_word(lead, [&](std::string_view word) {
    int day = is_upper(word[0]) ? weekday_from_name(word) : -1;
    if (day >= 0 && word.size() >= 6 && before != "next") days.push_back(day);
    before = word;
    return true;
  });
  return days;
}

// How many days back from `day` the named weekdays lie, in all (0: the day itself).
int days_back(const Date& day, const std::vector<int>& weekdays) {
  int total = 0;
  for (int w : weekdays) total += (weekday_of(day) - w + 7) % 7;
  return total;
}

// The year of a yearless wire dateline (month, day) when the `usual` year
// (the text's) puts it on a weekday its lead does not name: a wire's lead
// names the day of its dateline ("SEOUL, Nov. 3 - ..., the ministry said
// Tuesday"). Of the years the text names and the ones after them, the one
// whose day is a weekday the lead names, the others falling just before it.
std::optional<int> lead_weekday_year(std::string_view text, std::string_view lead, int month, int day,
                                     std::optional<int> usual) {
  std::vector<int> weekdays = lead_weekdays(lead);
  auto fits = [&](int year) {
    if (day > days_in_month(year, month)) return false;
    int w = weekday_of(Date{year, month, day});
    return std::find(weekdays.begin(), weekdays.end(), w) != weekdays.end();
  };
  // no dated year to correct: no year at all rather than one the weekdays alone would pick
  if (!usual || weekdays.empty() || fits(*usual)) return usual;
  std::optional<int> best;
  int best_back = 0;
  for (const auto& e : find_time_expressions(text, std::nullopt)) {
    if (!e.date || e.date->year < 1990 || e.date->year > 2198) continue;
    for (int year : {e.date->year, e.date->year + 1}) {
      if (!fits(year)) continue;
      int back = days_back(Date{year, month, day}, weekdays);
      if (!best || back < best_back || (back == best_back && year > *best)) best = year, best_back = back;
    }
  }
  return best ? best : usual;
}

// The latest year the text names (a year alone counts: "Steppe Cipher 2026",
// "first held in 2023"), when the lead names the dateline's weekday or the day
// before in that year ("ULAANBAATAR, July 9 - Mongolia on Wednesday concluded
// ..."): a text whose dates carry no month with a year still dates its wire by
// the year it reports, confirmed by the lead; without that, no year.
std::optional<int> latest_year_of_lead(std::string_view text, std::string_view lead, int month, int day) {
  std::optional<int> latest;
  for (const auto& e : find_time_expressions(text, std::nullopt))
    if (e.date && e.date->year >= 1990 && e.date->year <= 2199 && (!latest || e.date->year > *latest))
      latest = e.date->year;
  if (!latest || day > days_in_month(*latest, month)) return std::nullopt;
  int dateline_day = weekday_of(Date{*latest, month, day});
  for (int w : lead_weekdays(lead))
    if ((dateline_day - w + 7) % 7 <= 1) return latest;
  return std::nullopt;
}

}  // namespace

// "TALLINN, April 24 (Meridian Wire) -", "SEOUL, Nov. 3 (Hanbit Wire) --": a
// wire's dateline gives the day without the year. The year is the copyright
// line's ("(c) 2026"), else the one the text's full dates give most often
// (the later of two as often) unless the lead's weekday says another year
// the text names or the one after it (lead_weekday_year); with no such
// date, the latest year it names when the lead's weekday confirms it
// (latest_year_of_lead). Only when no other line dated the article.
bool read_yearless_wire_dateline(std::string_view text, std::size_t head_bytes, DocumentMeta& meta) {
  std::string_view head = text.substr(0, std::min(head_bytes, text.size()));
  for (std::size_t start = 0; start < head.size();) {
    std::size_t nl = head.find('\n', start);
    std::string_view line = trim(head.substr(start, (nl == std::string_view::npos ? head.size() : nl) - start));
    start = nl == std::string_view::npos ? head.size() : nl + 1;
    std::size_t comma = line.find(", ");
    if (comma == std::string_view::npos || comma == 0 || comma > 40 || !is_upper(line[0])) continue;
    std::string_view rest = line.substr(comma + 2);
    // "(Agency)", "/Agency/", "-", "--", an en or em dash
    std::size_t close = rest.find_first_of("(/-\xE2");
    if (close == std::string_view::npos || close < 4 || close > 16) continue;
    std::string_view day_words = trim(rest.substr(0, close));
    // "Nov. 3", "14 March"
    if (day_words.empty() || (!is_digit(day_words.back()) && !is_digit(day_words.front()))) continue;
    for (const auto& e : find_time_expressions(day_words, Date{2000, 12, 31})) {  // a leap year: Feb. 29 too
      if (!e.date || e.date->precision() != DatePrecision::Day || e.start != 0 || e.end != day_words.size()) continue;
      // "Published Oslo, 19 March 2026 (summary edition)": a year written with the day is the year
      bool written = day_words.find(std::to_string(e.date->year)) != std::string_view::npos;
      std::optional<int> year = written ? std::optional<int>(e.date->year) : copyright_year(text);
      if (!year) {
        std::optional<int> usual = usual_year(text);
        year = usual ? lead_weekday_year(text, rest.substr(close), e.date->month, e.date->day, usual)
                     : latest_year_of_lead(text, rest.substr(close), e.date->month, e.date->day);
      }
      if (!year || e.date->day > days_in_month(*year, e.date->month)) return false;
      meta.published = Date{*year, e.date->month, e.date->day};
      return true;
    }
  }
  return false;
}

}  // namespace newsgraph::document_detail
