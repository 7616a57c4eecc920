// Session 38, extraction speed (helper s5): each short cut must give what the
// slower reading it replaces gave. Texts written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "document/dateline.hpp"
#include "lexicon/lexicon.hpp"

using namespace newsgraph;

// leading_label() skips a label whose first byte, case folded, differs from the
// line's before any other test: labels of other letters, empty labels, a line
// that opens with a byte equal to a label's only once case is folded ('@' and
// '`' fold alike), and colon labels that take either case still read as before.
TEST_CASE("s38: leading labels with the first-byte filter", "[document][s38-s5]") {
  const std::vector<std::string> labels = {"", "Released:", "Release date", "released on", "@", "Filed", "F"};
  struct Row {
    const char* line;
    const char* label;
  };
  const Row rows[] = {
      {"Released: 3 March 2026", "Released:"},
      {"RELEASED: 3 March 2026", "RELEASED:"},        // a colon label takes either case
      {"released: 3 March 2026", "released:"},
      {"Release date 3 March 2026", "Release date"},
      {"release date 3 March 2026", ""},              // no colon: matched in its case
      {"released on 3 March 2026", "released on"},
      {"Released on 3 March 2026", ""},
      {"Filed 3 March", "Filed"},
      {"F 3 March", "F"},
      {"filed 3 March", ""},
      {"@ 3 March", "@"},
      {"` 3 March", ""},                                // folds like '@' but is another byte
      {"3 March 2026", ""},
      {"", ""},
      {"Filed", ""},                                    // nothing after the label
  };
  for (const auto& row : rows) {
    INFO(row.line);
    CHECK(document_detail::leading_label(row.line, labels) == row.label);
  }
  CHECK(document_detail::leading_label("Released: today", {}).empty());
  CHECK(document_detail::leading_label("Released: today", {""}).empty());
}

// phrase_key() writes the keys of phrase_keys() into one string: the same
// words, joined by single spaces, for plain phrases and for ones the tokenizer
// cuts (dots, hyphens, apostrophes, accents, punctuation alone).
TEST_CASE("s38: a phrase's key is its word keys joined", "[lexicon][s38-s5]") {
  const Lexicon& lex = *default_lexicon();
  const std::string phrases[] = {"Harbour Defence Agency", "  two   spaces  ", "St. Elmo's Bay", "Kraków-based Unit",
                                 "U.S. Coast Guard", "O'Neill , Ltd.", "", " ", "--", "Fjord 7 Command"};
  for (const auto& phrase : phrases) {
    INFO(phrase);
    std::string joined;
    for (const auto& k : lex.phrase_keys(phrase)) joined += (joined.empty() ? "" : " ") + k;
    CHECK(lex.phrase_key(phrase) == joined);
  }
  CHECK(lex.phrase_key("Harbour Defence Agency") == "harbour defence agency");
  CHECK(lex.phrase_key("  two   spaces  ") == "two spaces");
  CHECK(lex.phrase_key("").empty());
}
