// The calendar words of every locale ICU ships, in one table built once per
// process (a function's static: thread-safe), and dates of other calendars
// converted through icu::Calendar (calendar_words.hpp).
#include "document/calendar_words.hpp"

#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/timezone.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <unordered_map>

namespace newsgraph::document_detail {
namespace {

struct CalendarTable {
  std::unordered_map<std::string, std::vector<CalendarReading>> words;
  std::vector<std::string> languages;
  double build_ms = 0;
};

// A mark after a Latin, Greek or Cyrillic letter is an accent ("é", "ώ", "й"); in
// other scripts marks are letters of the word (Thai and Indic vowels) and stay.
bool accent_script(UChar32 base) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(base, &status);
  return script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC;
}

// A calendar word's key. Not names.cpp's name folding on purpose: marks of
// other scripts stay (Thai vowels), dots go ("janv."), and nothing is mapped
// to ASCII punctuation or composed again (keys are only compared with keys).
std::string fold_calendar_word(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (!nfd) return std::string(word);
  icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size())), status);
  icu::UnicodeString kept;
  UChar32 base = 0;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    bool mark = u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
    if (c == '.' || (mark && accent_script(base))) continue;
    if (!mark) base = c;
    kept.append(c);
  }
  kept.foldCase();  // (the key is compared only with keys: no need to compose it again)
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::string fold_words(std::string_view text);

// "es", "sr_Latn": a locale's language and script, the key its names are read under.
std::string language_key(const icu::Locale& locale) {
  std::string key = locale.getLanguage();
  if (locale.getScript()[0] != '\0') key += std::string("_") + locale.getScript();
  return key;
}

void add_reading(CalendarTable& table, const icu::UnicodeString& name, CalendarReading reading) {
  std::string utf8;
  name.toUTF8String(utf8);
  // "tháng 12", "1月": names with digits are read by other means; "Thứ Năm" is kept as "thu nam"
  if (utf8.empty() || utf8.find_first_of("0123456789") != std::string::npos) return;
  std::string key = fold_words(utf8);
  if (key.empty()) return;
  auto& readings = table.words[key];
  for (const auto& r : readings)
    if (r.kind == reading.kind && r.value == reading.value && r.language == reading.language) return;
  readings.push_back(reading);
}

// The month (or weekday) names of one language in one calendar, every context and width but the narrow.
void add_symbols(CalendarTable& table, const std::string& language, const char* calendar, CalendarReading base) {
  icu::Locale locale(language.c_str());
  UErrorCode status = U_ZERO_ERROR;
  locale.setKeywordValue("calendar", calendar, status);
  icu::DateFormatSymbols symbols(locale, status);
  if (U_FAILURE(status)) return;
  std::vector<std::pair<icu::UnicodeString, CalendarReading>> seen;  // the forms repeat across contexts: fold each once
  auto add = [&](const icu::UnicodeString& name, CalendarReading reading) {
    for (const auto& [n, r] : seen)
      if (r.kind == reading.kind && r.value == reading.value && n == name) return;
    seen.emplace_back(name, reading);
    add_reading(table, name, reading);
  };
  for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE})
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* months = symbols.getMonths(count, context, width);
      CalendarReading month = base;
      for (int32_t m = 0; m < count && m < 12; ++m) {
        month.value = static_cast<std::uint8_t>(m + 1);
        add(months[m], month);
      }
      if (base.kind != CalendarKind::Month) continue;
      const icu::UnicodeString* days = symbols.getWeekdays(count, context, width);
      CalendarReading weekday = base;
      weekday.kind = CalendarKind::Weekday;
      for (int32_t d = 1; d < count && d <= 7; ++d) {  // ICU: 1 = Sunday
        weekday.value = static_cast<std::uint8_t>((d + 5) % 7);
        add(days[d], weekday);
      }
    }
}

CalendarTable build_table() {
  auto start = std::chrono::steady_clock::now();
  CalendarTable table;
  int32_t count = 0;
  const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
  std::map<std::string, int> weight;  // a language's regions: "es" is spoken in twenty of ICU's locales
  for (int32_t i = 0; i < count; ++i) ++weight[language_key(locales[i])];
  for (const auto& [language, regions] : weight) {
    auto index = static_cast<std::uint16_t>(table.languages.size());
    table.languages.push_back(language);
    CalendarReading base{CalendarKind::Month, 0, index, static_cast<std::uint16_t>(regions)};
    add_symbols(table, language, "gregorian", base);
  }
  table.build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return table;
}

const CalendarTable& table() {
  static const CalendarTable built = build_table();
  return built;
}

const std::vector<std::string>& table_languages() { return table().languages; }
const CalendarTable& names_table() { return table(); }

// The month and era names of the Persian and Islamic calendars (and the Buddhist era),
// keyed by their folded words joined by single spaces.
struct OtherCalendarTable {
  std::unordered_map<std::string, std::pair<OtherCalendar, int>> months;
  std::unordered_map<std::string, OtherCalendar> eras;
};

std::string fold_words(std::string_view text) {
  std::string key;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    std::string word = calendar_fold(text.substr(i, j - i));
    if (!word.empty()) key += (key.empty() ? "" : " ") + word;
    i = j + 1;
  }
  return key;
}

// The symbols of one calendar in one language. (DateFormatSymbols' constructor with
// the calendar's type is marked internal but exported since ICU 2; the public way, a
// SimpleDateFormat for the locale's calendar keyword, costs ten times as much.)
void add_other_symbols(OtherCalendarTable& table, const std::string& language, OtherCalendar calendar) {
  UErrorCode status = U_ZERO_ERROR;
  const char* type = calendar == OtherCalendar::Buddhist ? "buddhist" : calendar == OtherCalendar::Persian ? "persian" : "islamic";
  auto symbols = std::make_unique<icu::DateFormatSymbols>(icu::Locale(language.c_str()), type, status);
  if (U_FAILURE(status)) return;
  auto add = [](auto& map, const icu::UnicodeString& name, auto value) {
    std::string utf8;
    name.toUTF8String(utf8);
    if (utf8.find_first_of("0123456789") != std::string::npos) return;
    std::string key = fold_words(utf8);
    if (!key.empty()) map.emplace(key, value);
  };
  int32_t count = 0;
  if (calendar != OtherCalendar::Buddhist)
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      const icu::UnicodeString* months = symbols->getMonths(count, icu::DateFormatSymbols::FORMAT, width);
      for (int32_t m = 0; m < count && m < 12; ++m) add(table.months, months[m], std::make_pair(calendar, m + 1));
    }
  // the era of today's dates is the last one ICU lists ("AH", "AP", "BE")
  for (const icu::UnicodeString* (icu::DateFormatSymbols::*eras)(int32_t&) const :
       {&icu::DateFormatSymbols::getEras, &icu::DateFormatSymbols::getEraNames}) {
    const icu::UnicodeString* names = ((*symbols).*eras)(count);
    if (count > 0) add(table.eras, names[count - 1], calendar);
  }
}

// "dekabrya", "dekemvriou": the Gregorian months of the Cyrillic and Greek scripts in Latin
// letters, as ICU's transliterators write them (None as their calendar: the Gregorian one).
void add_transliterated(OtherCalendarTable& table, const CalendarTable& names) {
  std::vector<std::unique_ptr<icu::Transliterator>> scripts;
  for (const char* id : {"Any-Latin", "Russian-Latin/BGN"}) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_SUCCESS(status) && t) scripts.push_back(std::move(t));
  }
  for (const auto& [key, readings] : names.words) {
    UChar32 first = 0;
    int32_t at = 0;
    U8_NEXT(key.data(), at, static_cast<int32_t>(key.size()), first);
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(first, &status);
    if (script != USCRIPT_CYRILLIC && script != USCRIPT_GREEK) continue;
    std::vector<int> months;
    for (const auto& r : readings)
      if (r.kind == CalendarKind::Month && std::find(months.begin(), months.end(), r.value) == months.end()) months.push_back(r.value);
    if (months.size() != 1) continue;
    for (const auto& t : scripts) {
      icu::UnicodeString latin = icu::UnicodeString::fromUTF8(key);
      t->transliterate(latin);
      std::string utf8;
      latin.toUTF8String(utf8);
      table.months.emplace(fold_words(utf8), std::make_pair(OtherCalendar::None, months[0]));
    }
  }
}

OtherCalendarTable build_other_table() {
  OtherCalendarTable table;
  for (const std::string& language : table_languages())
    for (OtherCalendar calendar : {OtherCalendar::Buddhist, OtherCalendar::Persian, OtherCalendar::Islamic})
      add_other_symbols(table, language, calendar);
  add_transliterated(table, names_table());
  return table;
}

const OtherCalendarTable& other_table() {
  static const OtherCalendarTable built = build_other_table();
  return built;
}

}  // namespace

std::string calendar_fold(std::string_view word) {
  bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) return fold_calendar_word(word);
  std::string out;
  for (char c : word)
    if (c != '.') out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  return out;
}

std::span<const CalendarReading> calendar_readings(std::string_view word) {
  const auto& words = table().words;
  auto it = words.find(calendar_fold(word));
  if (it == words.end()) return {};
  return it->second;
}

std::string_view calendar_language(std::uint16_t language) {
  const auto& languages = table().languages;
  return language < languages.size() ? std::string_view(languages[language]) : std::string_view{};
}

double calendar_table_build_ms() { return table().build_ms; }

std::vector<std::uint16_t> calendar_languages_of(std::span<const std::string_view> context) {
  std::vector<std::uint16_t> languages;
  for (std::string_view word : context)
    for (const auto& r : calendar_readings(word))
      if (std::find(languages.begin(), languages.end(), r.language) == languages.end()) languages.push_back(r.language);
  return languages;
}

int calendar_value(std::string_view word, CalendarKind kind, std::span<const std::uint16_t> languages) {
  constexpr int kClearMajority = 3;
  int none = kind == CalendarKind::Weekday ? -1 : 0;
  struct Value {
    int value = 0, weight = 0;
    bool in_line = false;
  };
  std::vector<Value> values;
  for (const auto& r : calendar_readings(word)) {
    if (r.kind != kind) continue;
    auto it = std::find_if(values.begin(), values.end(), [&](const Value& v) { return v.value == r.value; });
    if (it == values.end()) it = values.insert(values.end(), Value{r.value, 0, false});
    it->weight += r.weight;
    it->in_line = it->in_line || std::find(languages.begin(), languages.end(), r.language) != languages.end();
  }
  if (values.empty()) return none;
  if (values.size() == 1) return values[0].value;
  if (std::count_if(values.begin(), values.end(), [](const Value& v) { return v.in_line; }) == 1)
    return std::find_if(values.begin(), values.end(), [](const Value& v) { return v.in_line; })->value;
  std::sort(values.begin(), values.end(), [](const Value& a, const Value& b) { return a.weight > b.weight; });
  return values[0].weight >= kClearMajority * values[1].weight ? values[0].value : none;
}

std::vector<int> calendar_values(std::string_view word, CalendarKind kind) {
  std::vector<int> values;
  for (const auto& r : calendar_readings(word))
    if (r.kind == kind && std::find(values.begin(), values.end(), r.value) == values.end()) values.push_back(r.value);
  return values;
}

const char* icu_calendar_name(OtherCalendar calendar) {
  switch (calendar) {
    case OtherCalendar::Buddhist: return "buddhist";
    case OtherCalendar::Persian: return "persian";
    case OtherCalendar::Islamic: return "islamic-umalqura";  // the Saudi tables most outlets print
    case OtherCalendar::None: break;
  }
  return "gregorian";
}

int other_calendar_month(std::span<const std::string_view> words, OtherCalendar& calendar, std::size_t& used) {
  constexpr std::size_t kMaxWords = 3;  // "Dhuʻl-Qiʻdah", "جمادى الآخرة", "ذو القعدة"
  const auto& months = other_table().months;
  std::string key;
  int found = 0;
  for (std::size_t n = 0; n < words.size() && n < kMaxWords; ++n) {
    std::string word = calendar_fold(words[n]);
    if (word.empty()) break;
    key += (n ? " " : "") + word;
    if (auto it = months.find(key); it != months.end()) calendar = it->second.first, found = it->second.second, used = n + 1;
  }
  return found;
}

OtherCalendar era_calendar(std::string_view word) {
  const auto& eras = other_table().eras;
  auto it = eras.find(fold_words(word));
  return it == eras.end() ? OtherCalendar::None : it->second;
}

std::optional<Date> gregorian_from(const char* calendar, int year, int month, int day) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale("und");
  locale.setKeywordValue("calendar", calendar, status);
  std::unique_ptr<icu::Calendar> other(icu::Calendar::createInstance(*icu::TimeZone::getGMT(), locale, status));
  icu::Locale gregorian("und");
  gregorian.setKeywordValue("calendar", "gregorian", status);
  std::unique_ptr<icu::Calendar> civil(icu::Calendar::createInstance(*icu::TimeZone::getGMT(), gregorian, status));
  if (U_FAILURE(status) || !other || !civil) return std::nullopt;
  other->setLenient(false);
  other->clear();
  other->set(year, month - 1, day);
  UDate at = other->getTime(status);
  civil->setTime(at, status);
  if (U_FAILURE(status)) return std::nullopt;
  Date date{civil->get(UCAL_YEAR, status), civil->get(UCAL_MONTH, status) + 1, civil->get(UCAL_DATE, status)};
  if (U_FAILURE(status)) return std::nullopt;
  return date;
}

std::string ascii_digits(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    int32_t from = i;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c >= 0x80 && u_charType(c) == U_DECIMAL_DIGIT_NUMBER) out.push_back(static_cast<char>('0' + u_charDigitValue(c)));
    else out.append(s.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(i - from)));
  }
  return out;
}

}  // namespace newsgraph::document_detail
