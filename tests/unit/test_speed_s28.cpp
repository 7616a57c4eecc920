// Session 28, extraction speed: the tables index_words() keeps for the
// matcher must give what scanning the clause's items gives.
#include <catch2/catch.hpp>

#include <random>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "relate/matcher.hpp"

using namespace newsgraph;

namespace {

// Items of the given words (keys view the strings, which outlive the items).
std::vector<detail::Item> items_of(const std::vector<std::string_view>& words) {
  std::vector<detail::Item> items;
  for (std::string_view w : words) {
    detail::Item it;
    it.key = KeyView(w);
    items.push_back(it);
  }
  return items;
}

// Every word (token) of the lexicon's patterns' word elements, and a few of no pattern.
std::vector<std::string_view> pattern_words(const Lexicon& lex) {
  static const std::vector<std::string> kOther = {"the", ",", "and", "zebra", "quietly", "."};
  std::vector<std::string_view> out(kOther.begin(), kOther.end());
  for (const auto& p : lex.patterns)
    for (const auto& e : p.elements)
      for (const auto& alt : e.words) {
        std::string_view w = alt;
        for (std::size_t pos = 0; pos <= w.size();) {
          std::size_t space = std::min(w.find(' ', pos), w.size());
          if (space > pos) out.push_back(w.substr(pos, space - pos));
          pos = space + 1;
        }
      }
  return out;
}

}  // namespace

// start_limit() from index_words()'s last position of each word is the scan
// of the items from the clause's end, for every pattern of the lexicon, on
// clauses of pattern words in any order, each indexed into the same tables
// after a longer one (whose positions must not stay behind).
TEST_CASE("s28: start_limit from the clause's word positions is the scan of its items", "[relate][s28-s5]") {
  const Lexicon& lex = *default_lexicon();
  const auto vocabulary = pattern_words(lex);
  REQUIRE(vocabulary.size() > 10);
  std::mt19937 rng(28);
  detail::ClauseWords words;  // reused, as relate.cpp reuses them sentence after sentence
  std::size_t limited = 0;   // checks where the bound is inside the clause (not 0, not its end)
  for (int round = 0; round < 300; ++round) {
    std::size_t length = round % 2 == 0 ? 60 : 1 + rng() % 12;  // a long clause, then a short one
    std::vector<std::string_view> ws;
    for (std::size_t k = 0; k < length; ++k) ws.push_back(vocabulary[rng() % vocabulary.size()]);
    auto items = items_of(ws);
    detail::index_words_into(words, items, lex, nullptr, detail::PatternKinds::All);
    for (const auto& p : lex.patterns) {
      std::size_t scanned = detail::start_limit(p, items);
      REQUIRE(detail::start_limit(p, items, words) == scanned);
      limited += scanned > 0 && scanned < items.size();
    }
  }
  CHECK(limited > 100);
  // emptied tables read as no word at all: the scan's answer, from the items
  auto items = items_of({"the", "zebra"});
  words.clear();
  for (const auto& p : lex.patterns) CHECK(detail::start_limit(p, items, words) == detail::start_limit(p, items));
}

// is_entity() tests its fields before its key (a refactor: the same answers):
// a name, a group or "the two" is one; a role item (its role index kept in
// `group`) and a plain word are not.
TEST_CASE("s28: is_entity reads a name, a group or the two, not a role or a word", "[relate][s28-s5]") {
  detail::Item word;
  word.key = KeyView("agreed");
  CHECK_FALSE(word.is_entity());
  detail::Item name;
  name.entity = 3;
  CHECK(name.is_entity());
  detail::Item group;
  group.group = {1, 2};
  CHECK(group.is_entity());
  detail::Item pair;
  pair.key = KeyView("<pair>");
  CHECK(pair.is_entity());
  detail::Item role;
  role.key = KeyView("<role>");
  role.group = {0};
  CHECK_FALSE(role.is_entity());
  role.entity = 2;  // even with an entity set, a role item is none
  CHECK_FALSE(role.is_entity());
}
