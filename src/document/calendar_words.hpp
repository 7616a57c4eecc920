// Internal to src/document/: the month and weekday names of every locale ICU
// ships (full and abbreviated, format and stand-alone forms), of the Gregorian
// calendar and of the Persian and Islamic ones, folded into one table built
// once per process; and the conversion of a date of another calendar (the
// Thai Buddhist era, the Persian and Islamic calendars) to the Gregorian one
// through icu::Calendar (calendar_words.cpp).
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/date.hpp"

namespace newsgraph::document_detail {

enum class CalendarKind : std::uint8_t { Month, Weekday, PersianMonth, IslamicMonth };

// One reading of a word: "listopada" is month 11 in Polish and month 10 in Croatian.
struct CalendarReading {
  CalendarKind kind = CalendarKind::Month;
  std::uint8_t value = 0;      // a month 1..12, a weekday 0 (Monday) .. 6
  std::uint16_t language = 0;  // an index of calendar_language()
  std::uint16_t weight = 0;    // how many of ICU's locales (regions) speak that language
};

// The key of a calendar word: case folded, the accents of Latin, Greek and
// Cyrillic letters dropped (the marks of other scripts are letters: Thai's
// vowels stay), dots dropped ("févr." as "fevr", "ΔΕΚ." as "δεκ").
std::string calendar_fold(std::string_view word);

// The readings of `word` (folded here) in the table; empty when it names no month or weekday.
std::span<const CalendarReading> calendar_readings(std::string_view word);

// The language code ("pl", "sr_Latn") of a reading's language index.
std::string_view calendar_language(std::uint16_t language);

// How long building the table took (milliseconds; built on the first call of either).
double calendar_table_build_ms();

// The languages the words of `context` are calendar words of: the languages of a head line.
std::vector<std::uint16_t> calendar_languages_of(std::span<const std::string_view> context);

// The value of `kind` that `word` names, read in the light of `languages` (those of the
// line's other calendar words): the only reading; else the only one in a language of
// the line; else the one far more of ICU's locales give (three times the weight of the
// next); else 0 for a month (-1 for a weekday): an ambiguous word stays unread.
int calendar_value(std::string_view word, CalendarKind kind, std::span<const std::uint16_t> languages = {});

// All the values of `kind` that `word` may name (an ambiguous word's readings, for a
// weekday on the line to choose among).
std::vector<int> calendar_values(std::string_view word, CalendarKind kind);

// The calendars outlets print beside or instead of the Gregorian one.
enum class OtherCalendar : std::uint8_t { None, Buddhist, Persian, Islamic };
// ICU's name of a calendar ("buddhist", "persian", "islamic-umalqura").
const char* icu_calendar_name(OtherCalendar calendar);
// The month of the Persian or Islamic calendar that the first words of `words` name
// ("آذر", "Azar", "Muharram", "جمادى الآخرة": one word or a few), with `calendar` and
// `used` (how many words); or a Gregorian month in Latin letters transliterated from the
// Cyrillic or Greek ("dekabrya", "dekemvriou"; `calendar` None). 0 when none. Their table
// is built on the first call only.
int other_calendar_month(std::span<const std::string_view> words, OtherCalendar& calendar, std::size_t& used);
// The calendar whose era `word` names ("พ.ศ.", "BE", "AH", "هـ", "AP"), from ICU's era
// names of those calendars in every language; None for any other word.
OtherCalendar era_calendar(std::string_view word);

// The Gregorian date of a day of another calendar through icu::Calendar: `calendar` is
// ICU's name of it ("buddhist", "persian", "islamic-umalqura"); nullopt when ICU
// has no such date.
std::optional<Date> gregorian_from(const char* calendar, int year, int month, int day);

// `s` with the digits of other scripts ("٣", "۱۴۰۵", "३") written as ASCII digits.
std::string ascii_digits(std::string_view s);

}  // namespace newsgraph::document_detail
