// Session 14, extraction speed: the short cuts taken where a sentence cannot
// hold what a slower reading looks for must give what that reading gives.
// Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string_view>

#include "document/dateline.hpp"
#include "entity_rows.hpp"
#include "extract_fixtures.hpp"
#include "graph_fixtures.hpp"
#include "io/graph_json.hpp"
#include "lexicon/lexicon.hpp"
#include "paraphrase_rows.hpp"
#include "recognise/tokens.hpp"
#include "relate/matcher.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// An event's length ("a five-day drill", "after two days of talks") is looked
// for only in sentences with "-day" or "days" in any case.
TEST_CASE("s14: an event's length is read in any case, and only where it is written", "[relate][dating][s14]") {
  check_relation_rows({
      // a capitalised length still counts back from the closing day (Monday 16 June - 4)
      {"The Navy on Monday concluded Exercise Iron Reef, a Five-Day naval drill held near Brest. "
       "Sailors from Chile and Peru took part in Iron Reef.",
       {"Chile participates_in Iron Reef 2025-06-12"},
       {"Chile participates_in Iron Reef 2025-06-16"}},
      {"The Navy on Monday concluded Exercise Iron Reef, a FIVE-DAY naval drill held near Brest. "
       "Sailors from Chile and Peru took part in Iron Reef.",
       {"Chile participates_in Iron Reef 2025-06-12"},
       {"Chile participates_in Iron Reef 2025-06-16"}},
      // talks counted in days, in a capitalised headline style
      {"The Pacific Cyber Forum closed in Lima on Tuesday after Three Days of talks. "
       "Delegations from Chile and Peru attended the Pacific Cyber Forum.",
       {"Chile participates_in Pacific Cyber Forum 2025-06-15"},
       {"Chile participates_in Pacific Cyber Forum 2025-06-17"}},
      // a weekday is no length: the closing day stays the date
      {"The Navy on Monday concluded Exercise Iron Reef near Brest. "
       "Sailors from Chile and Peru took part in Iron Reef.",
       {"Chile participates_in Iron Reef 2025-06-16"},
       {"Chile participates_in Iron Reef 2025-06-12"}},
  });
}

namespace {

// Items of every word a pattern cannot do without (its first alternative), each `times` over.
std::vector<detail::Item> required_words(const RelationPattern& p, int times) {
  std::vector<detail::Item> items;
  for (int n = 0; n < times; ++n)
    for (const auto& e : p.elements) {
      if (e.kind != PatternElement::Words || e.optional || e.or_end || e.words.empty()) continue;
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

const RelationPattern* first_pattern(const Lexicon& lex, bool surface) {
  for (const auto& p : lex.patterns)
    if (p.name.starts_with("surface_") == surface && !p.required_ids.empty()) return &p;
  return nullptr;
}

}  // namespace

// index_words() finds the patterns a clause's words trigger from its distinct
// words, and keeps the surface_ ones apart by a table read once per lexicon.
TEST_CASE("s14: index_words marks the patterns of the kind asked, however often a word repeats", "[relate][s14]") {
  const Lexicon& lex = *default_lexicon();
  const RelationPattern* surface = first_pattern(lex, true);
  const RelationPattern* clause = first_pattern(lex, false);
  REQUIRE(surface != nullptr);
  REQUIRE(clause != nullptr);
  for (int times : {1, 3}) {
    INFO("each word " << times << " times");
    auto items = required_words(*surface, times);
    auto more = required_words(*clause, times);
    items.insert(items.end(), more.begin(), more.end());
    auto all = detail::index_words(items, lex, nullptr, detail::PatternKinds::All);
    auto surface_only = detail::index_words(items, lex, nullptr, detail::PatternKinds::Surface);
    auto clause_only = detail::index_words(items, lex, nullptr, detail::PatternKinds::Clause);
    CHECK(all.may_match(surface->index));
    CHECK(all.may_match(clause->index));
    CHECK(surface_only.may_match(surface->index));
    CHECK_FALSE(surface_only.may_match(clause->index));
    CHECK(clause_only.may_match(clause->index));
    CHECK_FALSE(clause_only.may_match(surface->index));
    // every pattern marked is of the kind asked, and All is the two kinds together
    for (std::uint32_t pi = 0; pi < lex.patterns.size(); ++pi) {
      bool is_surface = lex.patterns[pi].name.starts_with("surface_");
      if (surface_only.may_match(pi)) CHECK(is_surface);
      if (clause_only.may_match(pi)) CHECK_FALSE(is_surface);
      CHECK(all.may_match(pi) == (surface_only.may_match(pi) || clause_only.may_match(pi)));
    }
  }
  // without the words of one element it cannot do without, it is not marked
  auto items = required_words(*clause, 1);
  const auto& needed = clause->required_ids.back();
  std::erase_if(items, [&](const detail::Item& it) {
    return std::find(needed.begin(), needed.end(), lex.word_id(it.key)) != needed.end();
  });
  auto fewer = detail::index_words(items, lex, nullptr, detail::PatternKinds::Clause);
  CHECK_FALSE(fewer.may_match(clause->index));
}

// The graph writer tests the last bytes of a string (after its 8-byte words)
// in one padded word too: a byte to escape or check at any place of a string
// of any length is still escaped, and the graph reads back the same.
TEST_CASE("s14: a string's last bytes are escaped at every length and place", "[json][s14]") {
  const std::string specials[] = {"\"", "\\", "\n", std::string(1, '\x01'), "\xC3\xA9", "\xFF"};
  for (std::size_t length = 1; length <= 19; ++length)
    for (std::size_t at = 0; at < length; ++at)
      for (const auto& special : specials) {
        std::string label(length, 'a');
        label.replace(at, 1, special);
        KnowledgeGraph g;
        g.add_node(NodeType::Nation, label, {label + "b"});
        std::string json = test::to_json(g);
        INFO("length " << length << " at " << at << " byte " << static_cast<int>(static_cast<unsigned char>(special[0])));
        KnowledgeGraph back = read_graph_json_text(json, "s14.json");
        REQUIRE(back.node_count() == 1);
        // an invalid byte reads back as U+FFFD, every other as written
        std::string want = special == "\xFF" ? std::string(label).replace(at, 1, "\xEF\xBF\xBD") : label;
        CHECK(back.node(0).label == want);
        REQUIRE(back.node(0).aliases.size() == 1);
        CHECK(back.node(0).aliases[0] == want + "b");
      }
}

// leading_label() compares a label's first byte before the rest: the longest
// label that starts the line and is followed by a non-letter, as before.
TEST_CASE("s14: the longest date label that starts a line", "[document][s14]") {
  const std::vector<std::string> labels = {"Posted", "Published", "Published on", "Updated", "P", "Last revised"};
  struct Row {
    const char* line;
    const char* label;
  };
  const Row rows[] = {
      {"Published on 4 May 2024", "Published on"},
      {"Published: 4 May 2024", "Published"},
      {"Posted 3 May", "Posted"},
      {"Last revised 2 June 2025", "Last revised"},
      {"P. 12", "P"},
      {"Publishedx 4 May", ""},          // a letter after the label: no label
      {"published 4 May", ""},           // labels are matched in their case
      {"Published", ""},                 // nothing after it
      {"Updated", ""},
      {"", ""},
      {"Valdora, 4 May 2024", ""},
  };
  for (const auto& row : rows) {
    INFO(row.line);
    CHECK(document_detail::leading_label(row.line, labels) == row.label);
  }
}

namespace {

bool names_entity(const Lexicon& lex, const std::string& text, const std::string& name) {
  auto doc = recognise(text, segment_sentences(text), lex);
  return has(entity_names(doc), name);
}

}  // namespace

// Lower-case heads are looked up only for words with the length and first
// letter of a head's first word (a table built per lexicon and indexing): a
// head added to a lexicon and indexed is found, in another lexicon it is not.
TEST_CASE("s14: lower-case heads are found by their first word's shape, per lexicon", "[recognise][s14]") {
  const std::string hackathon = "Teams met at the Andean cyber hackathon in Lima on Monday.";
  const std::string forum = "Ministers met at the Andean 5G hackfest in Lima on Monday.";
  const Lexicon& shipped = *default_lexicon();
  CHECK(names_entity(shipped, "Ministers will meet at an Andean defence ministerial meeting in Cusco.",
                     "Andean defence ministerial meeting:Event"));
  CHECK_FALSE(names_entity(shipped, hackathon, "Andean cyber hackathon:Event"));
  CHECK_FALSE(names_entity(shipped, forum, "Andean 5G hackfest:Event"));
  Lexicon more = shipped;
  more.lowercase_heads["Event"].push_back("hackathon");
  more.lowercase_heads["Event"].push_back("5g hackfest");  // a first word that opens with a digit
  more.index();
  CHECK(names_entity(more, hackathon, "Andean cyber hackathon:Event"));
  CHECK(names_entity(more, forum, "Andean 5G hackfest:Event"));
  // the shipped lexicon again: its own table, not the last one built
  CHECK_FALSE(names_entity(shipped, hackathon, "Andean cyber hackathon:Event"));
  CHECK(names_entity(shipped, "Ministers will meet at an Andean defence ministerial meeting in Cusco.",
                     "Andean defence ministerial meeting:Event"));
}

// An appointing verb is looked up only a few tokens before a person's name:
// the name right after the verb, after a title, after two words, still dates the post.
TEST_CASE("s14: an appointing verb before a person's name dates the post, at every reach", "[relate][dating][s14]") {
  check_relation_rows({
      {"The Peruvian government on Tuesday appointed Ana Ruiz as director of the Andean Signals Agency.",
       {"Ana Ruiz leads Andean Signals Agency 2025-06-17"},
       {}},
      {"The Peruvian government on Tuesday appointed Colonel Ana Ruiz as director of the Andean Signals Agency.",
       {"Ana Ruiz leads Andean Signals Agency 2025-06-17"},
       {}},
      {"The Peruvian government on Tuesday appointed retired Colonel Ana Ruiz as director of the Andean Signals Agency.",
       {"Ana Ruiz leads Andean Signals Agency 2025-06-17"},
       {}},
      {"Ana Ruiz was appointed director of the Andean Signals Agency on Tuesday.",
       {"Ana Ruiz leads Andean Signals Agency 2025-06-17"},
       {}},
  });
}

// A region before a lower-case noun is looked up only when the word after
// the run of capitalised words is such a noun: at the sentence's end, before
// a comma or another word, the region stays a place.
TEST_CASE("s14: a region qualifies only the noun right after its name", "[recognise][places][s14]") {
  check_entity_rows({
      {"Officials want drills focused on the North Sea area.", {}, {"North Sea:Place"}},
      {"Officials want drills focused on the North Sea regions in May.", {}, {"North Sea:Place"}},
      {"Ships sailed to the North Sea", {"North Sea:Place"}, {}},
      {"Crews from the North Sea, in May, trained.", {"North Sea:Place"}, {}},
      {"Crews from the North Sea trained in May.", {"North Sea:Place"}, {}},
  });
}

// A name's span is cut at "of", "for", "on" or "and" by the title and head
// words before them; spans with no "of", "for" or "on" skip the titles and
// heads (read only there) and cut at "and" as before.
TEST_CASE("s14: coordinated and linked names are cut as before", "[recognise][s14]") {
  check_entity_rows({
      {"Andean Signals Agency and Peru signed a data deal on Monday.",
       {"Andean Signals Agency:Organisation", "Peru:Nation"},
       {"Andean Signals Agency and Peru:Organisation"}},
      {"Officials of the Andean Bank of Development met on Monday.", {"Andean Bank of Development:Organisation"}, {}},
      {"Vice Minister of National Defense Ana Ruiz visited Lima on Monday.", {"Ana Ruiz:Person"}, {}},
  });
}

// A name the document gave (an acronym defined, a surname after the full
// name) is found again where the first scan left it; only spans ending with a
// capitalised word are looked up.
TEST_CASE("s14: an acronym and a surname the document gave are found again", "[recognise][s14]") {
  auto doc = analyse("The Andean Port Directorate (APD) met on Monday. Later the APD issued a note, and APD staff left.");
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].label == "Andean Port Directorate");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[1].mentions.size() == 2);
  auto person = analyse("Captain Rosa Ibarra visited the port. Ibarra said the drill went well.");
  REQUIRE(person.sentences.size() == 2);
  CHECK(person.sentences[1].mentions.size() == 1);
}

// The words around a name the scan could not type are read as views of the
// token keys (no copies): a speaker, an outlet told or reporting, a two-word role.
TEST_CASE("s14: the words around a name type it, read without copies", "[recognise][s14]") {
  check_entity_rows({
      {"The drill went well, according to Tomas Varga.", {"Tomas Varga:Person"}, {}},
      {"Officials told the Lima Ledger on Monday that the drill went well.", {"Lima Ledger:Organisation"}, {}},
      {"The port's chief executive Tomas Varga opened the drill.", {"Tomas Varga:Person"}, {}},
  });
}

// A plain word's letters and capitals are counted while its end is found:
// capitals, all-capitals (two letters or more) as before, at every place.
TEST_CASE("s14: plain words are classified as they are scanned", "[recognise][tokens][s14]") {
  const WordSet none;
  struct Row {
    const char* word;
    bool capital, all_caps;
  };
  const Row rows[] = {{"NATO", true, true}, {"Nato", true, false}, {"nato", false, false}, {"A", true, false},
                      {"U2", true, false},  {"CERT7", true, true}, {"3D", false, false}, {"2024", false, false},
                      {"EU", true, true},   {"eU", false, false}};
  for (const auto& row : rows)
    for (const std::string& shape : {std::string("%"), std::string("said %!"), std::string("(%)"), std::string("% and")}) {
      std::string text = shape;
      std::size_t at = text.find('%');
      text.replace(at, 1, row.word);
      INFO(text);
      auto toks = tokenize(text, 0, text.size(), none);
      auto it = std::find_if(toks.begin(), toks.end(), [&](const Token& t) { return t.text == row.word; });
      REQUIRE(it != toks.end());
      CHECK(it->word);
      CHECK(it->capital == row.capital);
      CHECK(it->all_caps == row.all_caps);
    }
}

// A two-word noun before a name ("war games, named X") is looked up in a key
// kept from call to call: it still types the name an exercise.
TEST_CASE("s14: a two-word exercise noun types the name after it", "[recognise][exercise][s14]") {
  check_entity_rows({
      {"Bolivia and Peru held naval war games, named River Guard, on the lake.", {"River Guard:Exercise"}, {}},
      {"Bolivia and Peru ran a war game, dubbed Salt Guard, on the lake.", {"Salt Guard:Exercise"}, {}},
  });
}
