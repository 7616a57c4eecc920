// Session 38 (lead): words that look like names but are none. A kind of drill in
// a headline ("Cyber drill ..."), a plural acronym ("MPs praise ..."), a name that
// qualifies the noun after a verb of running ("ran IT security at ..."); and bodies
// and agreements named by their head word (Telecom, Compacts, Accords).
// Every text written for this test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph::testing;

TEST_CASE("s38-lead: a kind of drill or a plural acronym before a drill is no exercise", "[entities][exercises][s38-lead]") {
  check_entity_rows({
      {"Cyber drill brings island coast guards to Apia", {}, {"Cyber:Exercise"}},
      {"Naval drill ends in Mombasa after four days.", {}, {"Naval:Exercise"}},
      {"Fijian MPs praise cyber drill but ask for more money", {}, {"MPs:Exercise"}},
      {"NGOs welcome regional cyber exercise in Suva", {}, {"NGOs:Exercise"}},
      // a name of the same shape is still an exercise
      {"Officials said the Coral Lantern drill brings island coast guards to Apia.", {"Coral Lantern:Exercise"}, {}},
  });
}

TEST_CASE("s38-lead: a name that qualifies a noun after 'ran' is no exercise", "[entities][exercises][s38-lead]") {
  check_entity_rows({
      {"Her deputy, Ana Moli, previously ran IT security at a bank. She met the minister on the sidelines of the drill.",
       {"Ana Moli:Person"},
       {"IT:Exercise"}},
      // after a hosting verb an unknown name that a later "the exercise" points to stays an exercise
      {"Samoa hosted Tala Reef last week. The exercise drew nine teams.", {"Tala Reef:Exercise"}, {}},
  });
}

TEST_CASE("s38-lead: telecom operators and plural agreement heads", "[entities][heads][s38-lead]") {
  check_entity_rows({
      {"She previously headed security at Vanuatu Telecom.", {"Vanuatu Telecom:Organisation"}, {}},
      {"The two states entered into the Compacts of Free Association in 1986.",
       {"Compacts of Free Association:Agreement"},
       {"Compacts of Free Association:Organisation"}},
      {"Both parties signed the Matignon Accords in 1988.", {"Matignon Accords:Agreement"}, {}},
  });
}

TEST_CASE("s38-lead: FSM and RMI are nations' abbreviations", "[entities][nations][s38-lead]") {
  check_entity_rows({
      {"Teams from Palau, the FSM and the RMI took part in the drill.", {"Micronesia:Nation", "Marshall Islands:Nation"},
       {"FSM:Organisation"}},
  });
}
