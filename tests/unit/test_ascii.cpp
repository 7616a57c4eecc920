#include <catch2/catch.hpp>

#include "util/ascii.hpp"

using namespace newsgraph;

TEST_CASE("ASCII lowering changes A-Z only and keeps every other byte", "[ascii]") {
  CHECK(ascii_lowered('Q') == 'q');
  CHECK(ascii_lowered('q') == 'q');
  CHECK(ascii_lowered('@') == '@');
  CHECK(ascii_lowered('[') == '[');
  CHECK(ascii_lowered(std::string_view("")).empty());
  CHECK(ascii_lowered(std::string_view("The Hague-2026, NATO's")) == "the hague-2026, nato's");
  // UTF-8 bytes (here "Ö" and "É") stay as they are: no locale, no partial folding.
  CHECK(ascii_lowered(std::string_view("\xC3\x96resund \xC3\x89IRE")) == "\xC3\x96resund \xC3\x89ire");
  CHECK(ascii_lowered(std::string_view("a\0B", 3)) == std::string("a\0b", 3));
  CHECK(equals_lowered("MoD", "mod"));
  CHECK_FALSE(equals_lowered("MoD", "mo"));
}
