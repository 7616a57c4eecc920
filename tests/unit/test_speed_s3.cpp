// Session 26 (helper s3), extraction speed: index_words() reads a table of
// each word's patterns kept per kind (surface_ or clause patterns); the
// patterns it marks must be those it marked from the whole table.
#include <catch2/catch.hpp>

#include <string_view>

#include "lexicon/lexicon.hpp"
#include "paraphrase_rows.hpp"
#include "relate/matcher.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// Items of the first word of every word element of `p` (a clause that has them).
std::vector<detail::Item> first_words(const RelationPattern& p) {
  std::vector<detail::Item> items;
  for (const auto& e : p.elements) {
    if (e.kind != PatternElement::Words || e.words.empty()) continue;
    std::string_view w = e.words.front();
    for (std::size_t pos = 0; pos <= w.size();) {
      std::size_t space = std::min(w.find(' ', pos), w.size());
      detail::Item it;
      it.key = KeyView(w.substr(pos, space - pos));  // views the lexicon's pattern words
      items.push_back(it);
      pos = space + 1;
    }
  }
  return items;
}

}  // namespace

TEST_CASE("s3: every pattern a clause's words trigger is marked under its own kind only", "[relate][s3]") {
  const Lexicon& lex = *default_lexicon();
  std::size_t marked = 0;
  for (const auto& p : lex.patterns) {
    auto items = first_words(p);
    if (items.empty()) continue;
    bool surface = p.name.starts_with("surface_");
    auto all = detail::index_words(items, lex, nullptr, detail::PatternKinds::All);
    auto own = detail::index_words(items, lex, nullptr, surface ? detail::PatternKinds::Surface : detail::PatternKinds::Clause);
    auto other = detail::index_words(items, lex, nullptr, surface ? detail::PatternKinds::Clause : detail::PatternKinds::Surface);
    INFO(p.name);
    CHECK(own.may_match(p.index) == all.may_match(p.index));
    CHECK_FALSE(other.may_match(p.index));
    // whatever else these words trigger is split between the kinds the same way
    for (std::uint32_t pi = 0; pi < lex.patterns.size(); ++pi)
      if (all.may_match(pi) != (own.may_match(pi) || other.may_match(pi))) FAIL_CHECK("pattern " << pi);
    marked += all.may_match(p.index) ? 1 : 0;
  }
  CHECK(marked > 0);
}

// chunk_roles() reads an item's role once and sets up a lower-case title only
// after a name: the titles read before must still be read, and a word after
// a name that is no title must still give nothing.
TEST_CASE("s3: titles after a name or before 'of' are read as before", "[relate][s3]") {
  check_relation_rows({
      {"Tomas Varga met the Baltic Signals Board's chief executive Ilse Mertens in Vilnius.",
       {"Ilse Mertens leads Baltic Signals Board"}, {}},
      {"The head of the Baltic Signals Board, Ilse Mertens, visited Riga on Monday.",
       {"Ilse Mertens leads Baltic Signals Board"}, {}},
      {"The Baltic Signals Board's director general, Ilse Mertens, opened the session.",
       {"Ilse Mertens leads Baltic Signals Board"}, {}},
      // "of" two items on: a title of two words
      {"The chief executive of the Baltic Signals Board, Ilse Mertens, visited Riga on Monday.",
       {"Ilse Mertens leads Baltic Signals Board"}, {}},
      // a plain word after a body names no holder
      {"The Baltic Signals Board hosted talks with Ilse Mertens in Vilnius.", {},
       {"Ilse Mertens leads Baltic Signals Board", "Ilse Mertens affiliated_with Baltic Signals Board"}},
  });
}
