// Names, session 25 (e): an exercise named by one unknown word after a lower-case
// "exercise", crosshead lines in capitals, three-part Vietnamese names.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25e: one unknown capitalised word right after a lower-case 'exercise' that ends the phrase names an exercise",
          "[recognise][s25e]") {
  check_entity_rows({
      {"Thailand took part in exercise Kestrelwing last year.", {"Kestrelwing:Exercise"}, {}},
      {"Brunei sent two patrol boats to exercise Sandpiper.", {"Sandpiper:Exercise"}, {}},
      {"Cambodia observed the exercise Marlinfield, which ended on Friday.", {"Marlinfield:Exercise"}, {}},
      // a word that goes on into a clause is no name of the exercise
      {"After the exercise Halvorsen said the teams had done well.", {}, {"Halvorsen:Exercise"}},
      {"Laos joined the exercise Monday.", {}, {"Monday:Exercise"}},
      // a place's head word closing the phrase right after the noun: the exercise's name
      {"Tonga sent a patrol boat during exercise Koro Sea.", {"Koro Sea:Exercise"}, {"Koro Sea:Place"}},
      {"Samoa joined the drill Lagoon Island in May.", {"Lagoon Island:Exercise"}, {}},
      {"Fiji held the exercise in the Koro Sea.", {"Koro Sea:Place"}, {"Koro Sea:Exercise"}},
  });
  check_relation_rows({
      {"Thailand took part in exercise Kestrelwing in May.", {"Thailand participates_in Kestrelwing 2025-05"}, {}},
  });
}

TEST_CASE("s25e: a short crosshead in capitals made of ordinary words names nothing", "[recognise][s25e]") {
  const std::string text =
      "RIGA, 4 May 2025 - Latvia hosted exercise Baltic Kite.\n\n"
      "WHO TOOK PART\n\n"
      "Estonia and Lithuania took part in the exercise.\n\n"
      "WHAT WAS SIGNED\n\n"
      "Latvia and Estonia signed a memorandum.\n\n"
      "WHAT COMES NEXT\n\n"
      "The next drill is planned for 2026.\n";
  auto names = entity_names(analyse(text));
  INFO(::Catch::Detail::stringify(names));
  CHECK_FALSE(has(names, "World Health Organization:Organisation"));
  for (const auto& n : names) {
    INFO(n);
    CHECK(n.find("Took") == std::string::npos);
    CHECK(n.find("Signed") == std::string::npos);
    CHECK(n.find("Comes") == std::string::npos);
  }
  CHECK(has(names, "Latvia:Nation"));
  CHECK(has(names, "Baltic Kite:Exercise"));
  // a shouted line of names the gazetteer knows still names them
  check_entity_rows({
      {"RIGA, 4 May 2025 - Latvia hosted exercise Baltic Kite.\n\nNATO AND LATVIA\n\nThe alliance praised the drill.\n",
       {"North Atlantic Treaty Organization:Organisation"},
       {}},
  });
}

TEST_CASE("s25e: a family name written first before two given parts stays in a name after a portfolio",
          "[recognise][s25e]") {
  check_entity_rows({
      {"Vietnam's Minister of Public Security Nguyen Van Hoa met Japanese officials on Tuesday.",
       {"Nguyen Van Hoa:Person"},
       {"Van Hoa:Person"}},
      {"Minister of National Defence Pham Duc Long visited Tokyo.", {"Pham Duc Long:Person"}, {"Duc Long:Person"}},
      // a portfolio word before two name words stays the portfolio's
      {"Minister for Digital Development Ana Lim spoke.", {"Ana Lim:Person"}, {"Development Ana Lim:Person"}},
  });
}
