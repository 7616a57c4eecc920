// Relations, session 25 (e): hosts of an exercise named with their guests' teams,
// signing on behalf of a party, receiving a delegation, meetings of untitled people.
// Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25e: a host that receives guests' teams at an exercise organises it", "[relate][s25e]") {
  check_relation_rows({
      {"Slovenia hosted teams from several allied nations at exercise Karst Beacon in May.",
       {"Slovenia organises Karst Beacon 2025-05"},
       {}},
      {"Croatia welcomed teams from Hungary and Austria at exercise Drava Shield in April.",
       {"Croatia organises Drava Shield 2025-04", "Hungary participates_in Drava Shield 2025-04"},
       {"Hungary organises Drava Shield"}},
      {"Thailand received delegations from Laos and Myanmar at exercise Mekong Lantern in May.",
       {"Thailand organises Mekong Lantern 2025-05", "Laos participates_in Mekong Lantern 2025-05"},
       {}},
      {"Norway will host delegations from Denmark, Iceland and the Faroe Islands at exercise Fjord Lantern.",
       {"Norway organises Fjord Lantern"},
       {"Denmark organises Fjord Lantern"}},
  });
}

TEST_CASE("s25e: an exercise's name before kind words and its noun is the object, not a modifier", "[relate][s25e]") {
  check_relation_rows({
      {"Slovakia joined the Tatra Lantern cyber exercise in April. Poland hosted the Vistula Kite drill in May.",
       {"Slovakia participates_in Tatra Lantern 2025-04"},
       {}},
      {"Hungary joined the Puszta Shield cyber-defence exercise in March. Romania hosted exercise Carpathian Owl in May.",
       {"Hungary participates_in Puszta Shield 2025-03"},
       {}},
      {"Austria joined the Alpine Owl command-post drill in May. Italy hosted exercise Adriatic Kite in April.",
       {"Austria participates_in Alpine Owl 2025-05"},
       {}},
      {"Czechia joined the Vltava Kite staff exercise in May. Germany hosted the Elbe Wolf drill in April.",
       {"Czechia participates_in Vltava Kite 2025-05"},
       {}},
      // a body before a noun of its own still qualifies it
      {"Slovakia joined NATO cyber exercises in April.",
       {},
       {"Slovakia member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("s25e: who signs on behalf of a nation or body makes it a party to the agreement", "[relate][s25e]") {
  check_relation_rows({
      {"A memorandum of understanding on border security was signed in Skopje on Tuesday. The memorandum was signed by "
       "Elena Petrovska on behalf of North Macedonia and by Arben Hoxha on behalf of Albania.",
       {"North Macedonia party_to memorandum of understanding on border security",
        "Albania party_to memorandum of understanding on border security"},
       {}},
      {"Nikola Ilic signed the Danube Cyber Charter on behalf of Serbia on Monday.",
       {"Serbia party_to Danube Cyber Charter"},
       {}},
      {"On behalf of Montenegro, Ana Vukovic signed the Adriatic Data Accord.",
       {"Montenegro party_to Adriatic Data Accord"},
       {}},
      // "on behalf" is no topic of the declaration
      {"Bulgaria signed a joint declaration on behalf of the Three Seas Initiative.",
       {"Three Seas Initiative party_to joint declaration"},
       {"Bulgaria party_to joint declaration on behalf"}},
  });
  check_entity_rows({
      {"Greece signed a joint declaration on behalf of the regional group.", {}, {"joint declaration on behalf:Agreement"}},
  });
}

TEST_CASE("s25e: who receives a delegation from or of a nation or body meets it", "[relate][s25e]") {
  check_relation_rows({
      {"Cambodia received a delegation from Laos on Tuesday.", {"Cambodia met_with Laos 2025-06-17"}, {}},
      {"Defence Minister Tea Seiha received a high-level military delegation of Thailand in Phnom Penh.",
       {"Tea Seiha met_with Thailand"},
       {}},
      {"The Philippine Coast Guard welcomed a delegation from the Japan Coast Guard in May.",
       {"Philippine Coast Guard met_with Japan Coast Guard 2025-05"},
       {}},
      // the same, said of the delegation
      {"A delegation from Laos was received by Cambodia on Tuesday.", {"Cambodia met_with Laos 2025-06-17"}, {}},
      {"A military delegation of Bhutan was welcomed by Defence Minister Tea Seiha.", {"Tea Seiha met_with Bhutan"}, {}},
      // guests' teams at an exercise take part in it; their host meets no one
      {"Malaysia received teams from Brunei at exercise Sabah Kite in May.", {}, {"Malaysia met_with Brunei"}},
  });
}

TEST_CASE("s25e: a two-word name that meets a known person, or whom one meets, is a person", "[relate][s25e]") {
  check_relation_rows({
      {"Jana Novak met Dorin Plesca in Chisinau on Tuesday.", {"Jana Novak met_with Dorin Plesca 2025-06-17"}, {}},
      {"Vlad Munteanu met with Anna Berg on Monday.", {"Vlad Munteanu met_with Anna Berg 2025-06-16"}, {}},
      {"Marek Kowal held talks with Ion Ciobotaru in Warsaw.", {"Marek Kowal met_with Ion Ciobotaru"}, {}},
  });
  check_entity_rows({
      {"Jana Novak met Dorin Plesca in Chisinau on Tuesday.", {"Dorin Plesca:Person"}, {}},
      // a name that goes on into a noun is no person's
      {"Jana Novak met Digital Sahel officials in Bamako.", {}, {"Digital Sahel:Person"}},
  });
}

TEST_CASE("s25e: a delegation received on a visit takes no part in the story's exercise", "[relate][s25e]") {
  check_relation_rows({
      {"Latvia hosted exercise Amber Kite in May. On Tuesday, Estonia received a delegation from Finland.",
       {"Latvia organises Amber Kite 2025-05", "Estonia met_with Finland 2025-06-17"},
       {"Finland participates_in Amber Kite"}},
      // the exercise named in the clause: the delegation came for it
      {"Latvia hosted exercise Amber Kite in May. Riga received a delegation from Finland for exercise Amber Kite.",
       {"Finland participates_in Amber Kite"},
       {}},
  });
}
