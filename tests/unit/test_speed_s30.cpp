// Session 30 (helper s7), extraction speed: rules that ask every token of
// every document a question must answer it as the slower reading did.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "paraphrase_rows.hpp"
#include "relate/dating.hpp"
#include "relate/matcher.hpp"
#include "util/word_key.hpp"

using namespace newsgraph;

// possessed_predecessors_led_it() asks every token whether it is "predecessor" or
// "successor", now of its WordKey (by length first, then the bytes): the rule still
// finds both, and no word of another length or spelling passes for them.
TEST_CASE("s30: a possessive predecessor or successor in apposition led the body", "[relate][s30-s7]") {
  WordKey key("predecessor");
  CHECK(key == "predecessor");
  CHECK(key != "successor");
  CHECK(WordKey("prodecessor") != "predecessor");  // same length, one byte differs
  CHECK(WordKey("successors") != "successor");
  testing::check_relation_rows({
      {"Nina Kos heads the Andean Signals Agency. Her predecessor, Colonel Pablo Ruiz, retired in May.",
       {"Nina Kos leads Andean Signals Agency", "Pablo Ruiz leads Andean Signals Agency"}, {}},
      {"Pablo Ruiz heads the Andean Signals Agency. His successor, Nina Kos, starts in May.",
       {"Nina Kos leads Andean Signals Agency"}, {}},
      {"Nina Kos heads the Andean Signals Agency. Her agreement, Colonel Pablo Ruiz said, was final.", {},
       {"Pablo Ruiz leads Andean Signals Agency"}},
  });
}

// split_subject_asides() now tries only the asides whose first byte is the
// word's after "NAME,": asides of one and of two words are still found, and a
// word with an aside's initial that is no aside ("backing", "led" alone)
// cuts nothing.
TEST_CASE("s30: an aside after a subject's comma is found by its first word", "[relate][s30-s7]") {
  testing::check_relation_rows({
      {"Exercise Salt Harbour ran in Lima in May 2021. Chile, backed by Peru, took part in Salt Harbour.",
       {"Chile participates_in Salt Harbour"},
       {"Peru participates_in Salt Harbour"}},
      {"Exercise Salt Harbour ran in Lima in May 2021. Chile, rather than Peru, took part in Salt Harbour.",
       {"Chile participates_in Salt Harbour"},
       {"Peru participates_in Salt Harbour"}},
      {"Exercise Salt Harbour ran in Lima in May 2021. Chile, besides Peru, took part in Salt Harbour.",
       {"Chile participates_in Salt Harbour"},
       {"Peru participates_in Salt Harbour"}},
      {"Exercise Salt Harbour ran in Lima in May 2021. Chile, along with Peru, took part in Salt Harbour.",
       {"Chile participates_in Salt Harbour", "Peru participates_in Salt Harbour"},
       {}},
  });
}

// event_noun_at() reads the words after "the" without copying them, and builds
// a two-word noun ("war game") in a kept buffer only when the one word is none:
// "The exercise began on ..." and "The war game began on ..." still date the
// exercise the sentence before named; "The war began on ..." does not.
TEST_CASE("s30: an event noun after 'the' dates the event named before, one word or two", "[relate][s30-s7]") {
  testing::check_relation_rows({
      {"Estonia will host Exercise Iron Gate in Tallinn. The exercise began on 4 May 2025.",
       {"Estonia organises Iron Gate 2025-05-04"}, {}},
      {"Estonia will host Exercise Iron Gate in Tallinn. The war game began on 4 May 2025.",
       {"Estonia organises Iron Gate 2025-05-04"}, {}},
      {"Estonia will host Exercise Iron Gate in Tallinn. The war began on 4 May 2025.",
       {"Estonia organises Iron Gate"}, {"Estonia organises Iron Gate 2025-05-04"}},
  });
}

// words_of() now reserves its vector at once (a word per five bytes): the words
// and their offsets are those of the text, however many more words it has
// than that (one-letter words), and an empty text has none.
TEST_CASE("s30: words_of gives every run of letters and digits in lower case with its offsets", "[relate][s30-s7]") {
  std::string lower;
  auto ws = detail::words_of("On 4 May, NATO's Cyber-Week 2025 opened.", lower);
  std::vector<std::string> texts;
  for (const auto& w : ws) texts.emplace_back(w.text);
  CHECK(texts == std::vector<std::string>{"on", "4", "may", "nato", "s", "cyber", "week", "2025", "opened"});
  REQUIRE(ws.size() == 9);
  CHECK(ws[3].start == 10);
  CHECK(ws[3].end == 14);
  CHECK(lower == "on 4 may, nato's cyber-week 2025 opened.");
  std::string dense;
  for (int k = 0; k < 300; ++k) dense += "A b ";
  auto many = detail::words_of(dense, lower);
  REQUIRE(many.size() == 600);
  CHECK(many[599].text == "b");
  CHECK(many[599].start == 1198);
  CHECK(detail::words_of("", lower).empty());
  CHECK(detail::words_of("-- , .", lower).empty());
}

// candidate_patterns() counts the bits of its blocks inline now (to reserve its
// list): the list is every pattern marked in any clause, in order, once, for
// full, empty and sparse blocks and clauses of different lengths.
TEST_CASE("s30: candidate_patterns lists each pattern marked in any clause once, in order", "[relate][s30-s7]") {
  detail::ClauseWords first, second;
  first.patterns = {~std::uint64_t{0}, 0, std::uint64_t{1} << 63};
  second.patterns = {1, 0x8000000000000001u, 0, 0x10};
  auto out = detail::candidate_patterns(first, {second});
  std::vector<std::uint32_t> expected;
  for (std::uint32_t k = 0; k < 64; ++k) expected.push_back(k);
  for (std::uint32_t k : {64u, 127u, 191u, 196u}) expected.push_back(k);
  CHECK(out == expected);
  CHECK(out.capacity() == expected.size());  // reserved for exactly the bits set
  detail::ClauseWords none;
  CHECK(detail::candidate_patterns(none, {}).empty());
}
