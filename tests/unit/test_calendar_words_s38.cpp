// Session 38 (helper d1): publication dates in article heads in any language, from ICU's
// month and weekday names of every locale (document/calendar_words.hpp), with the Thai
// Buddhist era and the Persian and Islamic calendars converted through icu::Calendar.
#include "document/calendar_words.hpp"
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;
using namespace newsgraph::document_detail;

namespace {
const std::string kBody = "\nThe coast guard opened a rescue centre near the port on Tuesday.\n";
const std::string kHead = "Port gets a rescue centre\n";
}  // namespace

TEST_CASE("s38-d1: ICU's month and weekday names of every locale, folded", "[document][s38-d1]") {
  CHECK(calendar_value("décembre", CalendarKind::Month) == 12);
  CHECK(calendar_value("DÉC.", CalendarKind::Month) == 12);
  CHECK(calendar_value("ΔΕΚΕΜΒΡΊΟΥ", CalendarKind::Month) == 12);
  CHECK(calendar_value("декабря", CalendarKind::Month) == 12);
  CHECK(calendar_value("Aralık", CalendarKind::Month) == 12);
  CHECK(calendar_value("ธ.ค.", CalendarKind::Month) == 12);
  CHECK(calendar_value("ม.ค.", CalendarKind::Month) == 1);  // Thai's vowels are letters: not folded into "มค"
  CHECK(calendar_value("mi\xC3\xA9rcoles", CalendarKind::Weekday) == 2);
  CHECK(calendar_value("Perşembe", CalendarKind::Weekday) == 3);
  CHECK(calendar_value("Readers", CalendarKind::Month) == 0);
  // "listopada": November in Polish, October in Croatian; the line's language chooses
  CHECK(calendar_values("listopada", CalendarKind::Month).size() == 2);
  CHECK(calendar_value("listopada", CalendarKind::Month) == 0);
  std::vector<std::string_view> croatian = {"utorak"};
  CHECK(calendar_value("listopada", CalendarKind::Month, calendar_languages_of(croatian)) == 10);
  // "mar": March in some sixty languages, May in one: the clear majority reads it
  CHECK(calendar_value("mar", CalendarKind::Month) == 3);
  CHECK(calendar_table_build_ms() > 0);
}

TEST_CASE("s38-d1: other calendars converted through ICU", "[document][s38-d1]") {
  auto thai = gregorian_from(icu_calendar_name(OtherCalendar::Buddhist), 2569, 12, 3);
  REQUIRE(thai);
  CHECK(thai->iso() == "2026-12-03");
  auto persian = gregorian_from(icu_calendar_name(OtherCalendar::Persian), 1405, 9, 12);
  REQUIRE(persian);
  CHECK(persian->iso() == "2026-12-03");
  CHECK(ascii_digits("\xD9\xA3 / \xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB5") == "3 / 1405");
  CHECK(era_calendar("พ.ศ.") == OtherCalendar::Buddhist);
  CHECK(era_calendar("AH") == OtherCalendar::Islamic);
  CHECK(era_calendar("Tuesday") == OtherCalendar::None);
  OtherCalendar calendar = OtherCalendar::None;
  std::size_t used = 0;
  std::vector<std::string_view> azar = {"\xD8\xA2\xD8\xB0\xD8\xB1", "1405"};  // آذر
  CHECK(other_calendar_month(azar, calendar, used) == 9);
  CHECK(calendar == OtherCalendar::Persian);
  CHECK(used == 1);
}

TEST_CASE("s38-d1: datelines in many languages", "[document][metadata][s38-d1]") {
  check_meta_rows({
      {"Le Courrier de Lomé\nmercredi 2 décembre 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-02"},
      {"MADRID, 3 de diciembre de 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Lisboa, 3 de dezembro de 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Berlin, 3. Dezember 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Den Haag, 3 december 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Warszawa, 3 grudnia 2026 r.\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Praha, 3. prosince 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Ankara, 3 Aralık 2026 Perşembe\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Jakarta, 3 Desember 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Москва, 3 декабря 2026 г.\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Αθήνα, 3 Δεκεμβρίου 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      // Russian in Latin letters: ICU's transliteration of its Cyrillic names
      {"Moskva, 3 dekabrya 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Київ, 3 грудня 2026 р.\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Vilnius, 3 gruodžio 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      // Arabic with its own digits and comma
      {"القاهرة، ٣ ديسمبر ٢٠٢٦\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      // a weekday chooses between a word's two readings: Croatian Saturday, 3 October
      {"Zagreb, subota 3. listopada 2026.\n\n" + kHead + kBody, MetaField::published, "2026-10-03"},
      {"Gdańsk, wtorek 3 listopada 2026\n\n" + kHead + kBody, MetaField::published, "2026-11-03"},
  });
}

TEST_CASE("s38-d1: year-first dates and East Asian dates", "[document][metadata][s38-d1]") {
  check_meta_rows({
      {"2026. december 3.\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Vilnius, 2026 m. gruodžio 3 d.\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Rīga, 2026. gada 3. decembris\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"東京新聞\n2026年12月3日\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"2026년 12월 3일\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
  });
}

TEST_CASE("s38-d1: a weekday tells a numeric date's order", "[document][metadata][s38-d1]") {
  check_meta_rows({
      // 2 December 2026 is a Wednesday, 12 February 2026 a Thursday
      {"Le Courrier de Lomé\nmercredi 02/12/2026\n\n" + kHead + kBody, MetaField::published, "2026-12-02"},
      {"Báo Hải Phòng\nThứ Tư, 02/12/2026 - 10:15 (GMT+7)\n\n" + kHead + kBody, MetaField::published, "2026-12-02"},
      {"Harbour News\nWednesday 12-02-2026\n\n" + kHead + kBody, MetaField::published, "2026-12-02"},
      // 3 December and 12 March 2026 are both Thursdays: the weekday cannot tell
      {"Le Courrier de Lomé\njeudi 03/12/2026\n\n" + kHead + kBody, MetaField::published, ""},
      // a weekday that fits neither reading
      {"Le Courrier de Lomé\nlundi 02/12/2026\n\n" + kHead + kBody, MetaField::published, ""},
  });
}

TEST_CASE("s38-d1: dates of other calendars in a head", "[document][metadata][s38-d1]") {
  check_meta_rows({
      // the Thai Buddhist era: 2569 BE is 2026
      {"กรุงเทพฯ, 3 ธันวาคม 2569\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"3 ธ.ค. พ.ศ. 2569\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Bangkok, 3 December B.E. 2569\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      // the Persian calendar, in Persian digits and in Latin letters
      {"تهران، ۱۲ آذر ۱۴۰۵\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Tehran, 12 Azar 1405\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
  });
}

TEST_CASE("s38-d1: head lines that are no dates", "[document][metadata][s38-d1]") {
  check_meta_rows({
      {"Harbour News\nChile may join the drill in 2026\n\n" + kHead + kBody, MetaField::published, ""},
      {"Harbour News\nMay 2026 bring calmer seas\n\n" + kHead + kBody, MetaField::published, ""},
      {"Harbour News\nFuel costs 12.03 a litre\n\n" + kHead + kBody, MetaField::published, ""},
      {"Harbour News\nFinal score 3-1\n\n" + kHead + kBody, MetaField::published, ""},
      {"Harbour News\nThe 3 ago 2026 plan\n\n" + kHead + kBody, MetaField::published, ""},
      // a year past 2400 with no month word and no era is no date
      {"Harbour News\nRoom 12, 3 floors, 2569 m2\n\n" + kHead + kBody, MetaField::published, ""},
      // an ambiguous month word with no weekday or language to choose stays unread
      {"Split, 3. srp 2026.\n\n" + kHead + kBody, MetaField::published, ""},
  });
}
