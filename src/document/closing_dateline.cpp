// The date an article gives at its end, for articles whose head has none:
// a labelled line ("First published on 14 March 2024", "This page was last
// edited on ...") or a wire's closing time stamp (dateline.hpp).
#include <algorithm>
#include <string>
#include <vector>

#include "temporal/words.hpp"

#include "document/dateline.hpp"

namespace newsgraph::document_detail {
namespace {

// An undated head leaves a labelled date in the article's last lines to look for.
constexpr int kTailLines = 8;

// A wire's closing time stamp, "03-MAR-26 14:22 GMT" or "TNA 03-MAR-26 14:22":
// day, month's short name and year joined by dashes, then the time.
bool read_wire_stamp(std::string_view line, DocumentMeta& meta, const MetadataWords& words) {
  std::size_t space = line.find(' ');
  if (space != std::string_view::npos && space <= 6 && std::all_of(line.begin(), line.begin() + space, is_upper))
    line = trim(line.substr(space + 1));  // the wire's code
  if (line.size() < 15 || line.size() > 40 || line[2] != '-' || line[6] != '-' || line[9] != ' ') return false;
  int day = 0, year = 0, hour = 0;
  if (digits_at(line, 0, day) != 2 || digits_at(line, 7, year) != 2 || !digits_at(line, 10, hour) || line.find(':', 10) > 12)
    return false;
  if (!std::all_of(line.begin() + 3, line.begin() + 6, is_letter)) return false;
  std::string spelled = std::string(line.substr(0, 2)) + " " + line[3] + static_cast<char>(line[4] | 32) +
                        static_cast<char>(line[5] | 32) + " 20" + std::string(line.substr(7, 2)) + std::string(line.substr(9));
  std::optional<Date> date;
  std::string zone;
  if (!read_date_words(spelled, date, zone, words)) return false;
  meta.published = date;
  meta.timezone = zone;
  return true;
}

// "011200ZDEC26", "011200Z DEC 26": a military date-time group (day, hour and
// minute, a zone letter, the month's short name, the year), which a message or
// bulletin gives in its head instead of a dateline. Where one starts at `i`,
// the date spelled "01 DEC 2026" for read_date_words, else empty.
std::string spelled_dtg(std::string_view s, std::size_t i) {
  int hour = 0, minute = 0, year = 0;
  if (i + 7 > s.size() || (i > 0 && (is_letter(s[i - 1]) || is_digit(s[i - 1])))) return {};
  if (!std::all_of(s.begin() + i, s.begin() + i + 6, is_digit)) return {};
  digits_at(s.substr(0, i + 4), i + 2, hour);  // (digits_at reads up to five digits: the group is cut)
  digits_at(s.substr(0, i + 6), i + 4, minute);
  if (hour > 23 || minute > 59) return {};
  std::size_t at = i + 6;
  if (at >= s.size() || !is_upper(s[at])) return {};
  auto skip_space = [&](std::size_t k) { return k < s.size() && s[k] == ' ' ? k + 1 : k; };
  std::size_t month = skip_space(at + 1);
  if (month + 3 > s.size() || !std::all_of(s.begin() + month, s.begin() + month + 3, is_letter)) return {};
  std::size_t at_year = skip_space(month + 3);
  std::size_t digits = digits_at(s, at_year, year);
  std::size_t end = at_year + digits;
  if ((digits != 2 && digits != 4) || (end < s.size() && (is_letter(s[end]) || is_digit(s[end])))) return {};
  std::string name{s[month], static_cast<char>(s[month + 1] | 32), static_cast<char>(s[month + 2] | 32)};  // "DEC": "Dec"
  return std::string(s.substr(i, 2)) + " " + name + " " +
         (digits == 2 ? "20" : "") + std::string(s.substr(at_year, digits));
}

// The lower-case words of `s`, split at spaces, commas, full stops and hyphens.
std::vector<std::string> plain_words(std::string_view s) {
  std::vector<std::string> out;
  std::string word;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    char c = i < s.size() ? s[i] : ' ';
    if (is_letter(c)) {
      word += static_cast<char>(is_upper(c) ? c + 32 : c);
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  return out;
}

// "two thousand and twenty-six": a number written in the temporal words' number words
// (a hundred or a thousand multiplies what stands before it), from words[i] to the end.
int number_in_words(const std::vector<std::string>& w, std::size_t i, const TemporalWords& words) {
  int total = 0, current = 0;
  for (; i < w.size(); ++i) {
    if (w[i] == "and" && current + total > 0) continue;
    auto v = words.number_words.find(w[i]);
    if (v == words.number_words.end()) return -1;
    if (v->second >= 100) {
      current = std::max(current, 1) * v->second;
      if (v->second >= 1000) total += current, current = 0;
    } else {
      current += v->second;
    }
  }
  return total + current;
}

// "New Delhi, the ninth of November, two thousand and twenty-six": a note's closing
// date written in words (day as an ordinal, the year in number words), spelled "9 November 2026".
std::string spelled_words_date(std::string_view line) {
  const TemporalWords& words = default_temporal_words();
  auto w = plain_words(line);
  for (std::size_t m = 2; m + 1 < w.size(); ++m) {
    auto month = words.months.find(w[m]);
    if (month == words.months.end() || w[m - 1] != "of" || words.short_months.count(w[m])) continue;
    auto ordinal = words.ordinal_words.find(w[m - 2]);
    if (ordinal == words.ordinal_words.end()) return {};
    int day = ordinal->second;
    if (m >= 3 && day < 10)  // "twenty-first"
      if (auto tens = words.number_words.find(w[m - 3]); tens != words.number_words.end() && tens->second % 10 == 0 &&
                                                          tens->second >= 20 && tens->second <= 30)
        day += tens->second;
    int year = number_in_words(w, m + 1, words);
    if (year < 1900 || year > 2100 || day < 1 || day > 31) return {};
    std::string name = w[m];
    name[0] = static_cast<char>(name[0] - 32);  // "November": a month's name is written capitalised
    return std::to_string(day) + " " + name + " " + std::to_string(year);
  }
  return {};
}

}  // namespace

namespace {

// "Edição 812", "Nº 4431", "Ausgabe 48/2026", "Numéro 1204": an issue's number in the
// masthead's own language: one capitalised word (maybe abbreviated), then the number alone,
// of two digits at least or with its year after a slash ("Day 2", "Part 3" mark no issue).
bool numbered_issue(std::string_view part) {
  std::size_t space = part.find(' ');
  if (space == std::string_view::npos || space == 0 || space > 12) return false;
  std::string_view word = part.substr(0, space);
  if (!is_upper(word[0])) return false;
  for (char c : word)
    if (!is_letter(c) && c != '.' && static_cast<unsigned char>(c) < 0x80) return false;
  std::string_view number = part.substr(space + 1);
  int value = 0;
  std::size_t n = digits_at(number, 0, value);
  if (n == 0 || n > 6) return false;
  // "IDEF 2026", "Locked Shields 2026": a name and its year, no issue
  if (n == number.size()) return n >= 2 && !(n == 4 && value >= 1900 && value <= 2199);
  int year = 0;
  return number[n] == '/' && digits_at(number, n + 1, year) > 0 && n + 1 + digits_at(number, n + 1, year) == number.size();
}

}  // namespace

bool duration_part(std::string_view part) {
  constexpr std::size_t kMaxBytes = 40;
  if (part.size() > kMaxBytes) return false;
  for (std::size_t i = 0; i < part.size(); ++i) {
    if (!is_digit(part[i]) || (i + 1 < part.size() && is_digit(part[i + 1]))) continue;
    std::string_view after = part.substr(i + 1);
    if (after.starts_with(" ")) after.remove_prefix(1);
    if (after.starts_with("min") && (after.size() == 3 || !is_letter(after[3]) || after.substr(3).starts_with("ute"))) return true;
  }
  return false;
}

// "No. 47 (1204)", "Vol. 12", "Issue 310": an issue's number, which a masthead gives;
// "Press release 41/26": a release's number, which a press office's header gives.
bool issue_marker(std::string_view part) {
  for (std::string_view lead : {"No. ", "Vol. ", "Volume ", "Issue ", "Version ", "Press release ", "News release ",
                                "Media release ", "Press release no. ", "Press release No. "})
    if (part.starts_with(lead) && part.size() > lead.size() && is_digit(part[lead.size()])) return true;
  return numbered_issue(part);
}

bool read_dtg_stamp(std::string_view head, DocumentMeta& meta, const MetadataWords& words) {
  for (std::size_t i = head.find_first_of("0123456789"); i != std::string_view::npos;
       i = head.find_first_of("0123456789", i + 1)) {
    std::string spelled = spelled_dtg(head, i);
    std::optional<Date> date;
    std::string zone;
    if (spelled.empty() || !read_date_words(spelled, date, zone, words)) continue;
    meta.published = date;
    return true;
  }
  return false;
}

// A date the end of an article gives under a label ("First published on
// 14 March 2024"), for articles whose head has none. `edited` gets the date of
// the last lines' update label ("This page was last edited on 2 October 2026"),
// which stands in only when no other date is found.
void read_closing_dateline(std::string_view text, DocumentMeta& meta, const MetadataWords& words,
                           std::optional<Date>& edited) {
  std::size_t end = text.size();
  for (int n = 0; n < kTailLines && end > 0; ++n) {
    std::size_t nl = text.rfind('\n', end - 1);
    std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
    std::string_view line = trim(text.substr(start, end - start));
    end = start == 0 ? 0 : start - 1;
    if (line.empty()) {  // blank lines do not count (a note's seal and addresses stand apart)
      --n;
      continue;
    }
    if (read_wire_stamp(line, meta, words)) return;
    if (std::string spelled = spelled_words_date(line); !spelled.empty() && line.size() <= kMaxDatelineBytes) {
      std::optional<Date> date;
      std::string zone;
      if (read_date_words(spelled, date, zone, words)) {
        meta.published = date;
        return;
      }
    }
    bool updated = false;
    std::string_view dated = strip_lead(line, updated, words);
    if (line.empty() || line.size() > kMaxDatelineBytes || dated.size() == line.size()) continue;
    std::optional<Date> date;
    std::string zone;
    std::size_t date_end = 0;
    if (updated) {
      if (!edited && read_date_words(dated, date, zone, words, &date_end) && !sentence_follows(dated.substr(date_end), words))
        edited = date;
      continue;
    }
    if (read_date_words(dated, date, zone, words, &date_end) && !sentence_follows(dated.substr(date_end), words)) {
      meta.published = date;
      meta.timezone = zone;
      return;
    }
  }
}

}  // namespace newsgraph::document_detail
