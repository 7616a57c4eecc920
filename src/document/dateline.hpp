// Internal to src/document/: the dates, time zones and labels of an
// article's head lines (dateline.cpp), read by the metadata reader
// (metadata.cpp) for datelines, bylines and labelled dates.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "document/metadata_words.hpp"
#include "document/text_builder.hpp"
#include "temporal/calendar.hpp"

namespace newsgraph::document_detail {

// A dateline is a short line: longer ones are sentences that hold a date.
inline constexpr std::size_t kMaxDatelineBytes = 160;

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_letter(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_space(s.front()) || s.front() == '*' || s.front() == '_')) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '*' || s.back() == '_')) s.remove_suffix(1);
  return s;
}

// Whether `accept` takes every word of `text`: runs of letters and dots,
// the trailing dots dropped ("a.m." is "a.m").
template <typename Accept>
bool every_word(std::string_view text, Accept accept) {
  for (std::size_t i = 0; i < text.size();) {
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && (is_letter(text[j]) || text[j] == '.')) ++j;
    std::string_view word = text.substr(i, j - i);
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (!accept(word)) return false;
    i = j;
  }
  return true;
}

// The digits at i as a number in `value`; how many there are.
std::size_t digits_at(std::string_view s, std::size_t i, int& value);
// "7.11.26": a part that is only a dotted date with a two-digit year (day first).
std::optional<Date> short_year_date(std::string_view part);
// "2024.05.14", "14.05.2024", "14/05/2024" at `i`; `end` receives where it ends.
std::optional<Date> numeric_date(std::string_view s, std::size_t i, std::size_t& end);
// "2026 December 2", "2026-Nov-30": a year, a month's name, the day at `i` (slash_dateline.cpp).
std::optional<Date> year_first_date(std::string_view s, std::size_t i, std::size_t& end);
bool is_dateline_word(std::string_view word, const MetadataWords& words);
// "4 Mar '27" as "4 Mar 2027": each apostrophe's two-digit year written out (20YY); `at`
// receives where each written-out year starts in the copy (head_date_forms.cpp).
std::string with_full_years(std::string_view line, std::vector<std::size_t>& at);
// Where `offset` of with_full_years' copy lies in `line`.
std::size_t original_offset(std::size_t offset, const std::vector<std::size_t>& at, std::string_view line);
// "THU | MAR 4 | 2027", "2027 · March 4 · Thursday": a date whose weekday, month, day and
// year stand in parts of a masthead line, in any order, maybe a time and zone after them.
bool read_parted_date(std::string_view line, DocumentMeta& meta, const MetadataWords& words);
// "Interview by Ana Lopez", "Analysis by Jan Kos": a credit of one word's kind and a name,
// which a head line of parts may give beside its date.
bool credit_by(std::string_view part);
// The zone after a time ("09:30 EEST") or of an ISO timestamp ("T09:30:00+03:00").
std::string zone_after_numeric(std::string_view rest);
// The first full date of a line whose first words are a date; `date_end`,
// when given, receives where the date's words end.
bool read_date_words(std::string_view line, std::optional<Date>& date, std::string& zone, const MetadataWords& words,
                     std::size_t* date_end = nullptr);
// The longest of `labels` that starts `line` and is followed by a non-letter.
std::string_view leading_label(std::string_view line, const std::vector<std::string>& labels);
// The line after a date label ("Published: "); `updated` tells an update's label.
std::string_view strip_lead(std::string_view line, bool& updated, const MetadataWords& words);
// Whether words of a sentence follow a labelled date.
bool sentence_follows(std::string_view rest, const MetadataWords& words);
// "Final version, updated after the forum: 11 December 2026, 09:30 EET.": an update's
// date after a label of a few words of its own; kept in `updated_date` (when none is yet),
// which stands in when no publication date is written. Never a dateline: gives false.
bool read_qualified_update(std::string_view line, const MetadataWords& words, std::optional<Date>* updated_date,
                           std::string* updated_zone);
// A dateline: a short line whose first words are a full date (into `meta`).
bool read_dateline(std::string_view line, DocumentMeta& meta, const MetadataWords& words,
                   std::optional<Date>* updated_date = nullptr, std::string* updated_zone = nullptr);

// The month (1..12) a month word of another language names ("décembre", "DEZ", "dic.",
// "févr.", "декабря", "Δεκ."): the lexicon's dateline_months, else ICU's names of every
// locale, compared without case, accents or a closing dot; an ICU word that names two
// months is read in the light of `languages` (those of the line's other calendar words),
// else left unread: 0 (foreign_head.cpp).
int foreign_month(std::string_view word, const MetadataWords& words, std::span<const std::uint16_t> languages = {});
// "à 18h02", "- 08:31 h": a clock written with its hour's letter after a slashed date, as
// French, Spanish and Portuguese write it, tells the date day first (foreign_head.cpp).
bool day_first_clock_after(std::string_view rest);
// "3-dic-2026", "04-DEZ-2026 10:15": a day, a month word of another language and the year
// joined by dashes, alone on a head line or after a date label (foreign_head.cpp).
bool read_dashed_foreign_date(std::string_view line, DocumentMeta& meta, const MetadataWords& words);
// "2026年11月30日", "2026년 11월 30일": a date in Chinese, Japanese or Korean characters on a short
// head line, as an outlet of East Asia prints it over its English pages (foreign_head.cpp).
bool read_cjk_date(std::string_view line, DocumentMeta& meta);
// "Weekend edition | 5-6 December 2026", "Week of 30 November - 6 December 2026": an edition's
// days, of a week at most, on a head line of `head` (the article's first lines); its first day
// dates the article when nothing else does (head_title.cpp).
bool read_edition_span(std::string_view head, DocumentMeta& meta);
// The title again when the outlet prints more than its name above the headline: a motto
// under the masthead, or the date line between masthead and headline. `heads`: the head
// lines other than bylines and datelines; `before`: how many of them came before the first
// byline or dateline (head_title.cpp).
void headline_under_masthead(const std::vector<std::string_view>& heads, std::size_t before, DocumentMeta& meta,
                             const MetadataWords& words);

// "Paris, le 4 novembre 2026", "Madrid, 4 de noviembre de 2026", "Москва, 3 декабря 2026 г.",
// "2026. december 3.": a place, then a date in another language (foreign_month) or of another
// calendar ("3 ธ.ค. พ.ศ. 2569", "۱۲ آذر ۱۴۰۵", converted to the Gregorian date); a publication
// label ("Birt: 12. nóvember 2026") or nothing may stand for the place; a weekday on the line
// chooses among a month word's readings (foreign_dateline.cpp).
bool read_foreign_dateline(std::string_view line, DocumentMeta& meta, const MetadataWords& words);
// "jeudi 03/12/2026", "Thứ Năm, 03/12/2026 - 10:15 (GMT+7)", "Thu 12-03-2026": a weekday in any
// language ICU knows, then a date whose day and month could be either way round: the
// reading that falls on that weekday (foreign_dateline.cpp).
bool read_weekday_numeric_date(std::string_view line, DocumentMeta& meta, const MetadataWords& words);
// The parts of a head line between bars, dots and dashes ("Ana Lopez | May 3, 2024") (byline.cpp).
std::vector<std::string_view> byline_parts(std::string_view line);
// "Senior Correspondent", "DEFENCE EDITOR": a writer's title after the name, no outlet (byline.cpp).
bool writer_title(std::string_view s, const MetadataWords& words);
// "By Ana Lopez, The Harbour Post - Mar. 4, 2024": the writer, outlet and date of a byline;
// `updated_date`: an update's date on its line, which stands in when no publication date is
// written (byline.cpp).
bool read_byline(std::string_view line, DocumentMeta& meta, const MetadataWords& lexicon_words,
                 std::optional<Date>* updated_date = nullptr, std::string* updated_zone = nullptr);
// "Baltic Wire · Explainers · By Ana Lopez, Tallinn": the outlet and a section or two before
// the byline's label (byline.cpp).
bool read_byline_after_masthead(std::string_view line, DocumentMeta& meta, const MetadataWords& lexicon_words,
                                std::optional<Date>* updated_date, std::string* updated_zone);
// Words beside a dateline that name its author, place or agency, not a sentence (metadata.cpp).
bool name_words(std::string_view s);
// Whether only a time, a zone and an agency follow a dateline's date up to the story's dash (metadata.cpp).
bool only_time_after(std::string_view rest, const MetadataWords& words);
// "Mardi 24 Novembre 2026 - 07:30 (GMT+1) · Reading time: 4 min", "Sat | 28.11.26 | 14:15 BTT":
// a line of parts, one a date, the others a weekday it falls on, a clock and zone or a
// reading time (clocked_date_parts.cpp).
bool read_clocked_date_parts(std::string_view line, DocumentMeta& meta, const MetadataWords& words);
// "ATHENS | 04/03/2026 | 13:20 EET": a slashed date whose order only the
// zone beside it tells (month first in the lexicon's month_first_zones,
// else day first); without a zone such a date stays unread.
bool read_zoned_slash_date(std::string_view line, DocumentMeta& meta, const MetadataWords& words);

// A wire's dateline without its year in the first `head_bytes` of `text`
// ("TALLINN, April 24 (Meridian Wire) -"), the year from the copyright line
// or the text's dates; false when there is none or no year to give it.
bool read_yearless_wire_dateline(std::string_view text, std::size_t head_bytes, DocumentMeta& meta);

// A head line that is only a slashed date whose day and month could be either
// way round ("Published: 04/09/2025"): the reading that puts more of the
// text's dates in the weeks before it; a tie leaves it unread (slash_dateline.cpp).
bool read_ambiguous_slash_date(std::string_view text, std::size_t head_bytes, std::size_t head_lines,
                               DocumentMeta& meta, const MetadataWords& words);

// A date the end of an article gives under a label ("First published on
// 14 March 2024") or in a wire's closing stamp, for articles whose head has
// none; `edited` gets a last-edited label's date, which stands in only when
// no other date is found (closing_dateline.cpp).
void read_closing_dateline(std::string_view text, DocumentMeta& meta, const MetadataWords& words,
                           std::optional<Date>& edited);
// "No. 47", "Issue 310", "Version 3", "Press release 41/26": an issue's, version's or release's
// number, which a masthead or header gives beside its date (closing_dateline.cpp).
bool issue_marker(std::string_view part);
// "4 min read", "Reading time: 4 min", "Listen: 3 min 40 s": a story's reading or playing
// time, which a head line of parts gives beside its date (closing_dateline.cpp).
bool duration_part(std::string_view part);
// "Bulletin DTG 011200ZDEC26": a military date-time group anywhere in `head`
// (the article's first lines) gives the publication date (closing_dateline.cpp).
bool read_dtg_stamp(std::string_view head, DocumentMeta& meta, const MetadataWords& words);

}  // namespace newsgraph::document_detail
