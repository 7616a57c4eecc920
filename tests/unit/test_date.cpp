#include <catch2/catch.hpp>

#include "graph/date.hpp"

using namespace newsgraph;

TEST_CASE("ISO dates at three precisions", "[date]") {
  CHECK(parse_iso_date("2023")->iso() == "2023");
  CHECK(parse_iso_date("2023-07")->iso() == "2023-07");
  CHECK(parse_iso_date("2023-07-17")->iso() == "2023-07-17");
  CHECK(parse_iso_date("2023-07")->precision() == DatePrecision::Month);
  CHECK(parse_iso_date("2024-02-29"));
  CHECK_FALSE(parse_iso_date("2023-02-29"));
  CHECK_FALSE(parse_iso_date("2023-13"));
  CHECK_FALSE(parse_iso_date("2023-7-1"));
  CHECK_FALSE(parse_iso_date("23"));
  CHECK_FALSE(parse_iso_date("2023-07-17T00:00"));
  CHECK_FALSE(parse_iso_date(""));
}

TEST_CASE("ISO dates written with zero padding, odd years too", "[date]") {
  CHECK(Date{5, 1, 2}.iso() == "0005-01-02");
  CHECK(Date{999, 12, 0}.iso() == "0999-12");
  CHECK(Date{9999, 0, 0}.iso() == "9999");
  CHECK(Date{2024, 10, 31}.iso() == "2024-10-31");
  CHECK(Date{12345, 1, 1}.iso() == "12345-01-01");
  CHECK(Date{-44, 3, 15}.iso() == "-044-03-15");
}

TEST_CASE("a partial date covers its whole month or year", "[date]") {
  CHECK(Date{2023}.first_day() == Date{2023, 1, 1});
  CHECK(Date{2023}.last_day() == Date{2023, 12, 31});
  CHECK(Date{2024, 2}.last_day() == Date{2024, 2, 29});
  CHECK(Date{2023, 7, 17}.last_day() == Date{2023, 7, 17});
  CHECK(Date{2023} < Date{2023, 1});
}
