// Relations, session 29 (f13): wording families of relation recall that recur
// across sets. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s29-f13: an edition under a heading is the page's exercise, not one named in passing",
          "[relate][located_in][s29-f13]") {
  check_relation_rows({
      {"Bothnia Gate is a cyber defence exercise organised by the Finnish Defence Forces.\n\n"
       "The first edition of Bothnia Gate was held in Vaasa in 2021. No edition was held in 2023 because "
       "the forces were preparing for Crossed Swords.\n\n"
       "Third edition\n\n"
       "The third edition took place in Oulu in September 2024. Teams from Estonia and Denmark took part.",
       {"Bothnia Gate located_in Oulu", "Estonia participates_in Bothnia Gate",
        "Denmark participates_in Bothnia Gate"},
       {"Crossed Swords located_in Oulu", "Estonia participates_in Crossed Swords"}},
  });
}

TEST_CASE("s29-f13: nations took part in a named drill, including A and B", "[relate][participates_in][s29-f13]") {
  check_relation_rows({
      {"Latvia hosted the cyber exercise Baltic Lantern in May. About thirty countries took part in Baltic "
       "Lantern, including Kenya and Chile.",
       {"Kenya participates_in Baltic Lantern", "Chile participates_in Baltic Lantern"},
       {"Kenya organises Baltic Lantern"}},
      {"Latvia hosted the cyber exercise Baltic Lantern in May. Eleven agencies participated in the Baltic "
       "Lantern drill, among them Peru's Digital Security Office and Kenya.",
       {"Kenya participates_in Baltic Lantern"},
       {}},
  });
}

TEST_CASE("s29-f13: an occasion that saw the participation of nations, including A", "[relate][participates_in][s29-f13]") {
  check_relation_rows({
      // the examples close the relative clause: they took part, the drill was not held in them
      {"In March, Chile staged the naval cyber exercise Pacific Lantern 2025 in Valparaiso, which saw the "
       "participation of nine countries, including Kenya and Peru.",
       {"Kenya participates_in Pacific Lantern", "Peru participates_in Pacific Lantern",
        "Pacific Lantern located_in Valparaiso"},
       {"Pacific Lantern located_in Kenya", "Pacific Lantern located_in Peru"}},
      {"Latvia hosted the cyber exercise Baltic Lantern in May, with the involvement of a dozen nations, "
       "such as Kenya and Chile.",
       {"Kenya participates_in Baltic Lantern", "Chile participates_in Baltic Lantern"},
       {}},
  });
}

TEST_CASE("s29-f13: organisations took part, including the firms A and B", "[relate][participates_in][s29-f13]") {
  check_relation_rows({
      {"Latvia hosted the cyber exercise Baltic Lantern in May. Some 40 organisations took part, including "
       "the power companies Northgrid Energy and Vidzeme Power, and the Daugava Port Authority.",
       {"Northgrid Energy participates_in Baltic Lantern", "Vidzeme Power participates_in Baltic Lantern",
        "Daugava Port Authority participates_in Baltic Lantern"},
       {}},
  });
}

TEST_CASE("s29-f13: an aside in brackets inside a list of members", "[relate][member_of][s29-f13]") {
  check_relation_rows({
      {"The Coral Sea Council, which is based in Suva, groups Fiji, France (on behalf of New Caledonia), "
       "Tonga and Samoa.",
       {"Fiji member_of Coral Sea Council", "France member_of Coral Sea Council", "Tonga member_of Coral Sea Council",
        "Samoa member_of Coral Sea Council"},
       {"New Caledonia member_of Coral Sea Council"}},
  });
}

TEST_CASE("s29-f13: leader titles: general manager, chairperson, commanding officer", "[relate][leads][s29-f13]") {
  check_relation_rows({
      {"On Monday, the Baltic Grid Agency's general manager, Anna Kask, met Latvian officials in Riga.",
       {"Anna Kask leads Baltic Grid Agency"},
       {}},
      {"The drill was backed by NordCERT, the regional network of response teams, whose chairperson, "
       "Dr Ragna Holm, opened it.",
       {"Ragna Holm leads NordCERT"},
       {}},
      {"Major Tiit Oja, commanding officer of the Estonian Defence Forces' Cyber Command, told reporters "
       "that the drill went well.",
       {"Tiit Oja leads Estonian Defence Forces' Cyber Command"},
       {"Tiit Oja affiliated_with Estonian Defence Forces' Cyber Command"}},
  });
}

TEST_CASE("s29-f13: a byline line of a name and the outlet's web address", "[relate][affiliated_with][s29-f13]") {
  check_relation_rows({
      {"Latvia joins cyber drill\n\nRuta Kalnina, Daugava Times.lv\n\nLatvia took part in the exercise Baltic "
       "Lantern, the Daugava Times learned.",
       {"Ruta Kalnina affiliated_with Daugava Times"},
       {}},
      {"Latvia joins cyber drill\n\nAnna Berg, Daugava Times.com · 2025.06.18 09:10\n\nLatvia took part in the "
       "exercise Baltic Lantern, the Daugava Times learned.",
       {"Anna Berg affiliated_with Daugava Times"},
       {}},
  });
}

TEST_CASE("s29-f13: 'her predecessor, B' led the one body the possessor leads", "[relate][leads][s29-f13]") {
  check_relation_rows({
      {"Major General Anna Berg will take command of Belgium's Cyber Command on July 1. She is the deputy "
       "head of the intelligence service. Her predecessor, Lieutenant General Marc Peeters, is retiring.",
       {"Marc Peeters leads Belgium's Cyber Command"},
       {}},
      {"Anna Berg has led the Harbour Security Service since March. She spoke about Romania. Your "
       "predecessor, Marc Peeters, spent a lot of time in Bucharest.",
       {"Marc Peeters leads Harbour Security Service"},
       {}},
      // no possessive: the noun says nothing of whose
      {"Anna Berg has led the Harbour Security Service since March. A predecessor, Marc Peeters, spoke too.",
       {},
       {"Marc Peeters leads Harbour Security Service"}},
  });
}

TEST_CASE("s29-f13: two bodies that exchange threat data or liaison staff cooperate", "[relate][cooperates_with][s29-f13]") {
  check_relation_rows({
      {"The Harbour Agency and the Delta Institute have been exchanging threat indicators since 2024.",
       {"Harbour Agency cooperates_with Delta Institute 2024"},
       {}},
      {"The ministers agreed that the Harbour Agency and the Delta Institute would exchange liaison staff from "
       "the summer.",
       {"Harbour Agency cooperates_with Delta Institute"},
       {}},
      // one body sharing, or sharing something that is no exchange of data or people
      {"The Harbour Agency shares threat data. Estonia and Latvia share a border.",
       {},
       {"Estonia cooperates_with Latvia"}},
  });
}

TEST_CASE("s29-f13: a drill 'run every spring by' a body is organised by it", "[relate][organises][s29-f13]") {
  check_relation_rows({
      {"Exercise Baltic Lantern ended on Friday. The drill, run every spring by the Latvian Ministry of Defence, "
       "was held in Riga.",
       {"Latvian Ministry of Defence organises Baltic Lantern"},
       {}},
      {"The Baltic Lantern exercise, hosted each autumn by the Estonian Defence Forces, drew 30 teams.",
       {"Estonian Defence Forces organises Baltic Lantern"},
       {}},
  });
}
