#include <catch2/catch.hpp>

#include "util/utf8.hpp"

using namespace newsgraph;

TEST_CASE("well-formed UTF-8 is told from what a strict reader refuses", "[utf8]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("Sj\xC3\xB6" "fartsverket \xE2\x80\x94 \xF0\x9F\x98\x80"));
  CHECK(is_valid_utf8(std::string_view("a\0b", 3)));
  CHECK_FALSE(is_valid_utf8("\xFF"));
  CHECK_FALSE(is_valid_utf8("\xC3"));                  // cut short
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));              // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));          // overlong, three bytes
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));          // a surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));      // above U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xE2\x80"));              // cut short at the end
}

TEST_CASE("each byte that starts no sequence becomes U+FFFD, the rest is kept", "[utf8]") {
  CHECK(replace_invalid_utf8("ok \xC3\xA9") == "ok \xC3\xA9");
  CHECK(replace_invalid_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(replace_invalid_utf8("\xE2\x80" "x") == "\xEF\xBF\xBD\xEF\xBF\xBD" "x");
  CHECK(is_valid_utf8(replace_invalid_utf8("\xED\xA0\x80\xF4\x90\x80\x80\xC0")));
}
