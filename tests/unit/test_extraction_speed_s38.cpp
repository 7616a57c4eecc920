// Session 38, extraction speed (helper s5): each short cut must give what the
// slower reading it replaces gave. Texts written for these tests.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "document/dateline.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/written_key.hpp"
#include "util/errors.hpp"

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
  CHECK(lex.phrase_key("Harbour Defence Agency") == "harbour defense agency");  // (spelling variants unified)
  CHECK(lex.phrase_key("  two   spaces  ") == "two spaces");
  CHECK(lex.phrase_key("").empty());
}

namespace {

// The entities of `text` read into an empty lexicon, validated against the schema or not.
std::vector<LexEntity> entities_read(std::string_view text, bool validate) {
  Lexicon lex;
  add_lexicon_json(lex, text, "s38.json", validate);
  return lex.entities;
}

}  // namespace

// A shipped file (unvalidated) is parsed in place in a copy of its text and its
// entries read in one pass over their members: the same entities as the
// validated reading, escapes, repeated members (the first counts) and towns included.
TEST_CASE("s38: lexicon entries read in place, in one pass", "[lexicon][s38-s5]") {
  const std::string text = R"({"entities": [
      {"type": "Organisation", "label": "Quay \"North\" Flotilla", "aliases": ["QNF", "Flotilla Nord\u00e9"],
       "located_in": "Marrowby", "references": ["r1"]},
      {"label": "Marrowby", "type": "Place", "part_of": "Velland", "label": "Second Label"},
      {"label": "Velland", "type": "Nation", "demonyms": ["Vellandic"], "peoples": ["Vellanders"], "leads": "x"}],
    "towns": [{"label": "Old Fenwick", "type": "Place", "aliases": ["Fenwick"]}]})";
  const auto checked = entities_read(text, true);
  const auto in_place = entities_read(text, false);
  REQUIRE(in_place.size() == 4);
  REQUIRE(checked.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(in_place[i].label == checked[i].label);
    CHECK(in_place[i].type == checked[i].type);
    CHECK(in_place[i].aliases == checked[i].aliases);
    CHECK(in_place[i].demonyms == checked[i].demonyms);
    CHECK(in_place[i].peoples == checked[i].peoples);
    CHECK(in_place[i].located_in == checked[i].located_in);
    CHECK(in_place[i].part_of == checked[i].part_of);
    CHECK(in_place[i].leads == checked[i].leads);
    CHECK(in_place[i].references == checked[i].references);
    CHECK(in_place[i].town == checked[i].town);
  }
  CHECK(in_place[0].label == "Quay \"North\" Flotilla");
  CHECK(in_place[0].type == NodeType::Organisation);
  CHECK(in_place[0].aliases == std::vector<std::string>{"QNF", "Flotilla Nord\xC3\xA9"});
  CHECK(in_place[1].label == "Marrowby");  // the first "label"
  CHECK(in_place[1].part_of == "Velland");
  CHECK(in_place[2].peoples == std::vector<std::string>{"Vellanders"});
  CHECK(in_place[3].town);
  // a text with a NUL is read by the copying parse, which ends the text there as before
  const std::string nul = std::string(R"({"entities": [{"label": "Old Fenwick", "type": "Place"}]})") + '\0' + "x";
  REQUIRE(entities_read(nul, false).size() == 1);
  CHECK(entities_read(nul, false)[0].label == "Old Fenwick");
  CHECK_THROWS_AS(entities_read(R"({"entities": [)", false), InputError);
}

// The index keys each name once as written and goes on from that key to the
// name key (the ministry swaps): the same key name_key_of() gives.
TEST_CASE("s38: a name key goes on from the written key", "[lexicon][s38-s5]") {
  const Lexicon& lex = *default_lexicon();
  const std::string names[] = {"Defence Ministry", "the Interior Ministry", "Norwegian Defence Ministry",
                               "Ministry for Foreign Affairs", "Harbour Board's", "St. Elmo Port Authority", ""};
  for (const auto& name : names) {
    INFO(name);
    CHECK(name_key_from_written(lex, written_name_key(lex, name)) == lex.name_key_of(name));
  }
  CHECK(written_name_key(lex, "the Interior Ministry") == "interior ministry");
  CHECK(name_key_from_written(lex, "interior ministry") == "ministry of interior");
  CHECK(name_key_from_written(lex, "norwegian defence ministry") == "norwegian ministry of defence");
}
