// WordSet and WordMap tell a word from their keys by its first byte and
// length before hashing it (util/flat_word_table.hpp): the answers must be
// those of the tables without that filter, for keys moved in, keys of one
// first byte and length, first bytes that share a filter row ("a", "A", "!"),
// lengths past the filter's last bit, and after erase() and clear().
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "util/flat_word_table.hpp"

using namespace newsgraph;

TEST_CASE("a WordSet finds keys that were moved into it", "[flat_word_table][s29-s6]") {
  WordSet set;
  std::string long_key(40, 'q');  // past the small-string buffer: moving it empties the source
  std::string short_key = "drill";
  set.insert(std::move(long_key));
  set.emplace(std::move(short_key));
  CHECK(set.count(std::string(40, 'q')) == 1);
  CHECK(set.count("drill") == 1);
  CHECK(set.count("") == 0);
  WordMap<int> map;
  map.try_emplace(std::string(50, 'w'), 7);
  CHECK(map.find(std::string(50, 'w'))->second == 7);
}

TEST_CASE("a WordSet tells apart words of one first byte and length", "[flat_word_table][s29-s6]") {
  WordSet set{"summit", "signed", "abc"};
  CHECK(set.count("summit") == 1);
  CHECK(set.count("signed") == 1);
  CHECK(set.count("sailed") == 0);  // same first byte and length, another word
  CHECK(set.count("Abc") == 0);     // 'A' and 'a' share a row of the filter
  CHECK(set.count("!bc") == 0);     // and so does '!'
  CHECK(set.count("ab") == 0);
  CHECK(set.count("abcd") == 0);
}

TEST_CASE("a WordSet finds keys longer than the filter's lengths", "[flat_word_table][s29-s6]") {
  WordSet set;
  set.insert(std::string(70, 'x'));
  set.insert(std::string(80, 'x'));
  CHECK(set.count(std::string(70, 'x')) == 1);
  CHECK(set.count(std::string(80, 'x')) == 1);
  CHECK(set.count(std::string(63, 'x')) == 0);
  CHECK(set.count(std::string(90, 'x')) == 0);
}

TEST_CASE("a WordSet's filter follows erase and clear", "[flat_word_table][s29-s6]") {
  WordSet set{"exercise", "forum", "talks"};
  CHECK(set.erase("forum") == 1);
  CHECK(set.count("forum") == 0);
  CHECK(set.count("exercise") == 1);
  CHECK(set.count("talks") == 1);
  set.clear();
  CHECK(set.count("exercise") == 0);
  set.insert("forum");
  CHECK(set.count("forum") == 1);
  CHECK(set.count("talks") == 0);
}
