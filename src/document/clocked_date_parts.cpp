// "Mardi 24 Novembre 2026 — 07:30 (GMT+1) · Reading time: 4 min", "Sat | 28.11.26 | 14:15 BTT",
// "01.12.2026 | 14:20": a head line of parts, one a date and the others only a weekday, a
// clock with its zone or a reading time, as news sites print the time of a story (dateline.hpp).
#include <algorithm>

#include "document/dateline.hpp"
#include "temporal/calendar.hpp"
#include "temporal/words.hpp"

namespace newsgraph::document_detail {
namespace {

// "07:30", "14:15", "9.30", "11h05": a clock of hours and minutes.
bool clock_word(std::string_view word) {
  int hour = 0, minute = 0;
  std::size_t n = digits_at(word, 0, hour);
  if (n == 0 || n > 2 || n >= word.size() || hour > 23) return false;
  char mark = word[n];
  return (mark == ':' || mark == '.' || mark == 'h') && digits_at(word, n + 1, minute) == 2 && n + 3 == word.size() &&
         minute < 60;
}

// "07:30 (GMT+1)", "14:15 BTT", "9:30 am": a clock, then maybe its zone or half of the day.
bool clock_part(std::string_view part, const MetadataWords& words) {
  bool clock = false;
  for (std::size_t i = 0; i < part.size();) {
    while (i < part.size() && (is_space(part[i]) || part[i] == '(' || part[i] == ')')) ++i;
    std::size_t j = i;
    while (j < part.size() && !is_space(part[j]) && part[j] != '(' && part[j] != ')') ++j;
    std::string_view word = part.substr(i, j - i);
    i = j;
    if (word.empty()) continue;
    if (clock_word(word)) {
      clock = true;
      continue;
    }
    // a zone ("GMT+1", "BTT", "UTC-3") or a dateline word ("am", "Uhr")
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (word.empty()) return false;  // dots alone ("..."): no clock's part
    bool zone = is_upper(word[0]) && std::all_of(word.begin(), word.end(), [](char c) {
                  return is_upper(c) || is_digit(c) || c == '+' || c == '-' || c == ':';
                });
    if (!zone && !is_dateline_word(word, words)) return false;
  }
  return clock;
}

// "Sat", "Tuesday": a weekday alone (0 = Monday), else -1.
int weekday_part(std::string_view part) {
  while (!part.empty() && (part.back() == '.' || part.back() == ',')) part.remove_suffix(1);
  bool abbreviated = false;
  return part.size() >= 3 && std::all_of(part.begin(), part.end(), is_letter)
             ? default_temporal_words().weekday_of(part, &abbreviated)
             : -1;
}

// The date one part is: a dateline of words or numbers, another language's, or a dotted
// two-digit year ("28.11.26").
std::optional<Date> date_part(std::string_view part, const MetadataWords& words) {
  DocumentMeta found;
  if (read_dateline(part, found, words) || read_foreign_dateline(part, found, words)) return found.published;
  return short_year_date(part);
}

}  // namespace

bool read_clocked_date_parts(std::string_view line, DocumentMeta& meta, const MetadataWords& words) {
  if (line.size() > kMaxDatelineBytes) return false;
  auto parts = byline_parts(line);
  if (parts.size() < 2) return false;
  std::optional<Date> date;
  int weekday = -1;
  for (std::string_view part : parts) {
    if (int w = weekday_part(part); w >= 0 && weekday < 0) {
      weekday = w;
    } else if (!clock_part(part, words) && !duration_part(part)) {
      if (date) return false;  // two dates, or a part that is neither: no such line
      if (!(date = date_part(part, words))) return false;
    }
  }
  // "Mon | 28.11.26": a weekday the date does not fall on leaves the line unread
  if (!date || !date->month || !date->day || (weekday >= 0 && weekday != weekday_of(*date))) return false;
  meta.published = date;
  return true;
}

}  // namespace newsgraph::document_detail
