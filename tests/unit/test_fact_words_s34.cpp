// Session 34 (s1): another_fact() searches a clause opener of several words
// ("came into force", temporal.json clause_openers) only where its first word
// stands as a word; found or not, the answer is the one a search gives.
#include <catch2/catch.hpp>

#include "relate/dating.hpp"

using namespace newsgraph;

TEST_CASE("s34-s1: an opener of several words is found where its first word stands", "[relate][dating][s34-s1]") {
  CHECK(detail::another_fact(" and the accord came into force "));
  CHECK(detail::another_fact(" , the rules took effect "));
  CHECK(detail::another_fact(" as the treaty entered into force at midnight "));
  CHECK(detail::another_fact(" , according to the ministry "));
}

TEST_CASE("s34-s1: without its first word, or cut, no opener of several words is read", "[relate][dating][s34-s1]") {
  CHECK_FALSE(detail::another_fact(" at the palace "));
  CHECK_FALSE(detail::another_fact(" at the palace into force "));  // the rest of a phrase alone
  CHECK_FALSE(detail::another_fact(" overcame into force "));       // "came" inside a longer word
  CHECK_FALSE(detail::another_fact(" came into forces "));          // the phrase's last word longer
  CHECK_FALSE(detail::another_fact(" ACCORDING TO the ministry "));  // matched as written: upper case is none
}
