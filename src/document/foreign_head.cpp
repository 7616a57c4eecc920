// The heads of articles from outlets that write in (or come from) other
// languages: the month words of their datelines (ICU's names in every locale,
// calendar_words.hpp, and the lexicon's dateline_months for what ICU lacks),
// full or abbreviated as mastheads print them ("décembre", "DEZ", "dic.",
// "FÉVR."), the clock that tells their slashed dates day first ("18h02"), and the
// dates of Chinese, Japanese and Korean mastheads ("2026年11月30日") (dateline.hpp).
#include <string>

#include "document/calendar_words.hpp"
#include "document/dateline.hpp"

namespace newsgraph::document_detail {

int foreign_month(std::string_view word, const MetadataWords& words, std::span<const std::uint16_t> languages) {
  if (word.size() > 1 && word.back() == '.') word.remove_suffix(1);  // "dic.", "févr.": an abbreviation's dot
  if (word.empty()) return 0;
  // a word ICU gives two languages' months ("listopada": November in Polish, October in
  // Croatian) is read as the language of the line's other calendar words tells ("utorak")
  if (!languages.empty() && calendar_values(word, CalendarKind::Month).size() > 1)
    if (int month = calendar_value(word, CalendarKind::Month, languages)) return month;
  // then the lexicon's words: the forms ICU lacks, and its reading of a word ICU leaves ambiguous
  std::string key = calendar_fold(word);
  for (std::size_t m = 0; m < words.dateline_months.size(); ++m)
    for (const auto& name : words.dateline_months[m])
      if (calendar_fold(name) == key) return static_cast<int>(m) + 1;
  return calendar_value(word, CalendarKind::Month, languages);
}

bool day_first_clock_after(std::string_view rest) {
  constexpr std::size_t kGap = 8;  // " - ", ", à ", " às ": a few marks or a small word before the time
  std::size_t i = 0;
  while (i < rest.size() && i < kGap && !is_digit(rest[i]) && rest[i] != '\n') ++i;
  int hour = 0, minute = 0;
  std::size_t h = digits_at(rest, i, hour);
  if (h == 0 || h > 2 || hour > 23) return false;
  std::size_t at = i + h;
  if (at < rest.size() && rest[at] == 'h') return at + 1 < rest.size() && digits_at(rest, at + 1, minute) == 2;  // "18h02"
  // "08:31 h": the hour's letter after a colon's time
  if (at >= rest.size() || rest[at] != ':' || digits_at(rest, at + 1, minute) != 2) return false;
  std::string_view after = rest.substr(at + 3);
  return after.starts_with(" h") && (after.size() == 2 || !is_letter(after[2]));
}

bool read_dashed_foreign_date(std::string_view line, DocumentMeta& meta, const MetadataWords& words) {
  constexpr std::size_t kMaxBytes = 80;
  if (line.size() > kMaxBytes) return false;
  bool updated = false;
  std::string_view dated = strip_lead(line, updated, words);
  if (updated) return false;
  int day = 0, year = 0;
  std::size_t d = digits_at(dated, 0, day);
  if (d == 0 || d > 2 || d >= dated.size() || dated[d] != '-') return false;
  std::size_t m = d + 1, e = m;
  while (e < dated.size() && dated[e] != '-' && !is_space(dated[e])) ++e;
  if (e == m || e >= dated.size() || dated[e] != '-' || digits_at(dated, e + 1, year) != 4) return false;
  int month = foreign_month(dated.substr(m, e - m), words);
  std::string_view rest = dated.substr(e + 5);
  // only a time and a zone may follow ("3-dic-2026 10:15 CET")
  if (!rest.empty() && (is_digit(rest[0]) || is_letter(rest[0]))) return false;
  if (!every_word(rest, [](std::string_view w) { return is_upper(w[0]) || w == "h"; })) return false;
  if (month == 0 || year < 1900 || year > 2199 || day < 1 || day > days_in_month(year, month)) return false;
  meta.published = Date{year, month, day};
  return true;
}

bool read_cjk_date(std::string_view line, DocumentMeta& meta) {
  constexpr std::size_t kMaxBytes = 80;
  // 年月日 (Chinese, Japanese) and 년월일 (Korean) after the year, month and day
  static constexpr std::string_view kMarks[][3] = {{"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5"},
                                                  {"\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC"}};
  if (line.size() > kMaxBytes) return false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (!is_digit(line[i]) || (i > 0 && is_digit(line[i - 1]))) continue;
    for (const auto& marks : kMarks) {
      int parts[3] = {0, 0, 0};
      std::size_t at = i;
      bool whole = true;
      for (int k = 0; k < 3 && whole; ++k) {
        std::size_t n = digits_at(line, at, parts[k]);
        whole = n > 0 && n <= (k == 0 ? 4u : 2u) && (k > 0 || n == 4) && line.substr(at + n).starts_with(marks[k]);
        at += n + marks[k].size();
        while (whole && k < 2 && at < line.size() && line[at] == ' ') ++at;  // "2026년 11월 30일"
      }
      if (!whole) continue;
      int year = parts[0], month = parts[1], day = parts[2];
      if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return false;
      meta.published = Date{year, month, day};
      return true;
    }
  }
  return false;
}

}  // namespace newsgraph::document_detail
