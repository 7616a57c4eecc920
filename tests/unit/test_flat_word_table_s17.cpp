// WordSet and WordMap (util/flat_word_table.hpp): flat open-addressing
// tables that replaced std::unordered_set/map. Checked against the standard
// containers on many words (growth, collisions of the slot bits), and for
// the guarantees the lexicon relies on: look-up by string_view, references
// stable while the table grows, iteration in insertion order, copies.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "util/flat_word_table.hpp"
#include "util/word_key.hpp"

using namespace newsgraph;

namespace {
// Deterministic words of 1 to 20 letters, many sharing prefixes and lengths.
std::vector<std::string> sample_words(std::size_t n) {
  std::vector<std::string> out;
  std::uint64_t x = 88172645463325252ull;
  for (std::size_t i = 0; i < n; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    std::string w(1 + x % 20, 'a');
    for (std::size_t k = 0; k < w.size(); ++k) w[k] = static_cast<char>('a' + (x >> (3 * k % 60)) % 5);
    out.push_back(w);
  }
  return out;
}
}  // namespace

TEST_CASE("a WordSet holds what a std::set holds", "[flat_word_table]") {
  std::vector<std::string> words = sample_words(5000);
  WordSet set;
  std::set<std::string> reference;
  for (std::size_t i = 0; i < words.size(); i += 2) {
    bool added = set.insert(words[i]).second;
    CHECK(added == reference.insert(words[i]).second);
  }
  CHECK(set.size() == reference.size());
  for (const auto& w : words) {
    CAPTURE(w);
    CHECK(set.count(std::string_view(w)) == reference.count(w));
    CHECK((set.find(w) != set.end()) == (reference.count(w) == 1));
  }
  CHECK(set.count("") == 0);
  set.insert("");
  CHECK(set.count("") == 1);
}

TEST_CASE("a WordMap finds values by string, string_view, WordKey and literal", "[flat_word_table]") {
  WordMap<int> months;
  months["march"] = 3;
  months.emplace("may", 5);
  months.insert({"june", 6});
  CHECK(months.try_emplace(std::string("march"), 99).second == false);  // present: kept
  CHECK(months.at("march") == 3);
  CHECK(months.find(std::string_view("may"))->second == 5);
  CHECK(months.find(WordKey("june"))->second == 6);
  CHECK(months.count(std::string("july")) == 0);
  CHECK(months.find("jun") == months.end());
  CHECK_THROWS_AS(months.at("july"), std::out_of_range);
  months["march"] += 10;
  CHECK(months.at("march") == 13);
  CHECK(months.size() == 3);
}

TEST_CASE("WordMap entries stay in place while the table grows", "[flat_word_table]") {
  std::vector<std::string> words = sample_words(3000);
  WordMap<std::string> map;
  std::string& first = map["first entry"];
  first = "kept";
  std::map<std::string, std::string> reference{{"first entry", "kept"}};
  for (const auto& w : words) {
    map[w] += "x";
    reference[w] += "x";
  }
  CHECK(first == "kept");
  CHECK(&first == &map.find("first entry")->second);
  CHECK(map.size() == reference.size());
  for (const auto& [k, v] : reference) CHECK(map.at(k) == v);
}

TEST_CASE("WordSet and WordMap iterate in insertion order", "[flat_word_table]") {
  WordSet set;
  for (const char* w : {"since", "until", "from", "since", "between"}) set.insert(w);
  std::vector<std::string> seen(set.begin(), set.end());
  CHECK(seen == std::vector<std::string>{"since", "until", "from", "between"});
  WordMap<int> map;
  for (const char* w : {"third", "first", "second", "first"}) map.emplace(w, static_cast<int>(map.size()));
  std::vector<std::pair<std::string, int>> pairs;
  for (const auto& [k, v] : map) pairs.emplace_back(k, v);
  CHECK(pairs == std::vector<std::pair<std::string, int>>{{"third", 0}, {"first", 1}, {"second", 2}});
}

TEST_CASE("a copied or cleared WordSet looks up on its own", "[flat_word_table]") {
  WordSet a;
  for (const auto& w : sample_words(300)) a.insert(w);
  WordSet b = a;
  b.insert("only in b");
  CHECK(b.count("only in b") == 1);
  CHECK(a.count("only in b") == 0);
  for (const auto& w : sample_words(300)) CHECK(b.count(w) == 1);
  a.clear();
  CHECK(a.empty());
  CHECK(a.count(sample_words(1).front()) == 0);
  a.insert("again");
  CHECK(a.count("again") == 1);
  CHECK(a.size() == 1);
}

TEST_CASE("erasing from a WordMap keeps the others and their order", "[flat_word_table]") {
  WordMap<int> map;
  std::vector<std::string> words = sample_words(200);
  for (const auto& w : words) map.emplace(w, static_cast<int>(w.size()));
  std::size_t before = map.size();
  CHECK(map.erase(words[7]) == 1);
  CHECK(map.erase(words[7]) == 0);
  CHECK(map.erase("not there at all") == 0);
  CHECK(map.size() == before - 1);
  CHECK(map.count(words[7]) == 0);
  for (const auto& w : words)
    if (w != words[7]) CHECK(map.at(w) == static_cast<int>(w.size()));
  std::vector<std::string> order;
  for (const auto& [k, v] : map) order.push_back(k);
  std::vector<std::string> expected;
  WordSet seen;
  for (const auto& w : words)
    if (w != words[7] && seen.insert(w).second) expected.push_back(w);
  CHECK(order == expected);
}
