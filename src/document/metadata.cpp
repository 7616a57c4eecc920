// Metadata from the head of an article's text: its title line, its byline
// ("By Ana Lopez, The Harbour Post") and its dateline ("Nov. 27, 2023
// 8:00PM GMT+9 Updated ..."): the first date written at the start of a
// short line near the top, with the time zone that follows it.
#include <algorithm>
#include <string>

#include "document/text_builder.hpp"
#include "temporal/calendar.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::document_detail {
namespace {

// Only the head of a document holds its byline and dateline.
constexpr std::size_t kHeadLines = 40;
constexpr std::size_t kHeadBytes = 8192;
constexpr std::size_t kMaxDatelineBytes = 160;
constexpr std::size_t kMaxTitleBytes = 300;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_space(s.front()) || s.front() == '*' || s.front() == '_')) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '*' || s.back() == '_')) s.remove_suffix(1);
  return s;
}

bool starts_with_word(std::string_view s, std::string_view word) {
  if (s.size() <= word.size() || s.compare(0, word.size(), word) != 0) return false;
  return !is_letter(s[word.size()]);
}

// "8:00PM GMT+9", "10:41 PM KST", "9:30 a.m. EST": the zone after a time.
std::string time_zone_after(std::string_view rest) {
  std::size_t i = 0;
  while (i < rest.size() && (is_space(rest[i]) || rest[i] == ',' || rest[i] == '-' || rest[i] == '|')) ++i;
  if (i < rest.size() && is_digit(rest[i])) {  // the time of day
    while (i < rest.size() && (is_digit(rest[i]) || rest[i] == ':')) ++i;
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
bool dateline_prefix(std::string_view prefix) {
  static constexpr std::string_view kWords[] = {"on",  "at",  "Mon",  "Tue", "Tues", "Wed", "Thu", "Thur",
                                                "Thurs", "Fri", "Sat", "Sun", "am",  "pm"};
  std::size_t i = 0;
  while (i < prefix.size()) {
    if (!is_letter(prefix[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < prefix.size() && (is_letter(prefix[j]) || prefix[j] == '.')) ++j;
    std::string_view word = prefix.substr(i, j - i);
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    bool upper = word.size() <= 5 && std::all_of(word.begin(), word.end(), [](char c) { return is_upper(c); });
    bool known = std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords) ||
                 weekday_from_name(word) >= 0 || word == "a.m" || word == "p.m";
    if (!upper && !known) return false;
    i = j;
  }
  return true;
}

// A dateline: a short line whose first words are a full date.
bool read_dateline(std::string_view line, DocumentMeta& meta) {
  if (line.size() > kMaxDatelineBytes || starts_with_word(line, "Updated")) return false;
  for (std::string_view lead : {"Published:", "Published", "Posted:", "Posted on", "Posted", "Date:", "Updated:"})
    if (line.compare(0, lead.size(), lead) == 0) {
      if (lead == "Updated:") return false;
      line = trim(line.substr(lead.size()));
      break;
    }
  for (const auto& e : find_time_expressions(line, std::nullopt)) {
    // "Monday, " or "10:31 AM EST, Thu " may come first; a sentence's date comes after words
    if (!dateline_prefix(line.substr(0, e.start))) break;
    if (!e.date || e.date->precision() != DatePrecision::Day || e.role != TimeRole::Point) continue;
    meta.published = e.date;
    meta.timezone = time_zone_after(line.substr(e.end));
    if (meta.timezone.empty()) meta.timezone = time_zone_after(line.substr(0, e.start));
    return true;
  }
  return false;
}

// "By Ana Lopez, The Harbour Post - Mar. 4, 2024 9:00AM GMT-3"
bool read_byline(std::string_view line, DocumentMeta& meta) {
  if (!starts_with_word(line, "By") && !starts_with_word(line, "BY")) return false;
  line = trim(line.substr(2));
  std::string_view date_part;
  for (std::string_view sep : {" - ", " | ", " / ", " \xC2\xB7 ", " \xE2\x80\xA2 "}) {
    std::size_t at = line.find(sep);
    if (at != std::string_view::npos) {
      date_part = trim(line.substr(at + sep.size()));
      line = trim(line.substr(0, at));
      break;
    }
  }
  std::size_t comma = line.find(',');
  std::string_view author = trim(line.substr(0, comma));
  std::string_view source = comma == std::string_view::npos ? std::string_view{} : trim(line.substr(comma + 1));
  if (author.empty() || author.size() > 80 || !is_upper(author[0])) return false;
  int words = 1;
  for (char c : author) words += c == ' ';
  if (words > 8) return false;
  if (meta.author.empty()) meta.author = std::string(author);
  if (meta.source.empty() && !source.empty() && source.size() <= 80 && is_upper(source[0]) &&
      !read_dateline(source, meta))
    meta.source = std::string(source);
  if (!meta.published && !date_part.empty()) read_dateline(date_part, meta);
  return true;
}

}  // namespace

void extract_metadata(std::string_view text, DocumentFormat format, DocumentMeta& meta) {
  (void)format;
  std::size_t start = 0;
  bool byline_seen = false;
  bool date_seen = meta.published.has_value();
  for (std::size_t n = 0; n < kHeadLines && start < text.size() && start < kHeadBytes; ++n) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = trim(text.substr(start, end - start));
    start = end + 1;
    if (line.empty()) {
      --n;  // blank lines do not count
      continue;
    }
    if (meta.title.empty()) meta.title = std::string(line.substr(0, kMaxTitleBytes));
    if (!byline_seen) byline_seen = read_byline(line, meta);
    if (!date_seen) date_seen = read_dateline(line, meta);
    if (byline_seen && date_seen) break;
    if (nl == std::string_view::npos) break;
  }
}

}  // namespace newsgraph::document_detail
