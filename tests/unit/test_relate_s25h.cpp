// Relations, session 25 (e2): precision and names gaps of issue 3. Each text
// is read as published on Wednesday 18 June 2025 unless it says otherwise.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25h: a bare minister is not the nation the dateline's story visits", "[relate][leads][s25h]") {
  check_relation_rows({
      // a story filed from a city of another nation: the nation visited is not the minister's
      {"HANOI, June 18, 2025 -\n\nDefence Minister Bui Quang Minh travelled to Japan on Monday.\n\n"
       "Japan and Vietnam agreed to expand training. Japan will host a seminar in Kyoto.",
       {"Bui Quang Minh leads Vietnam"},
       {"Bui Quang Minh leads Japan"}},
      {"HANOI, June 18, 2025 -\n\nDeputy Foreign Minister Do Thi Lan spoke at a forum in Osaka, Japan, on Tuesday.\n\n"
       "Japan has pledged funds to the programme.",
       {},
       {"Do Thi Lan * Japan"}},
      // a visit: the place visited is not the visitor's nation
      {"Defence Minister Halvard Brekke visited Tokyo on Monday. Japan is the region's largest economy, "
       "and Japan buys Norwegian gas.",
       {},
       {"Halvard Brekke leads Japan"}},
      // the story's own nation still gives its bare minister
      {"OSLO, June 18, 2025 -\n\nNorway will buy new frigates. Defence Minister Halvard Brekke said Norway "
       "needed them by 2030.",
       {"Halvard Brekke leads Norway"},
       {}},
  });
}

TEST_CASE("s25h: a signing a party only expects gives no party_to", "[relate][party_to][s25h]") {
  check_relation_rows({
      {"The ministers discussed the Prut Data Accord, which Moldova expects to sign next year.",
       {},
       {"Moldova party_to Prut Data Accord"}},
      {"Georgia expects to sign the Black Sea Cyber Charter in the autumn.", {}, {"Georgia party_to Black Sea Cyber Charter"}},
      {"Georgia is expected to sign the Black Sea Cyber Charter in the autumn.",
       {},
       {"Georgia party_to Black Sea Cyber Charter"}},
      // a signing still to come is no party_to either (s30-g2: the gold of the sets leaves "will sign" out,
      // unlike "will take part")
      {"Moldova will sign the Prut Data Accord next year.", {}, {"Moldova party_to Prut Data Accord"}},
  });
}

TEST_CASE("s25h: who coordinated a party's participation does not organise the exercise", "[relate][organises][s25h]") {
  check_relation_rows({
      {"Armenia joined Cyber Coalition last year. Armenia's participation in the exercise was coordinated by the "
       "Armenian Cyber Security Agency.",
       {"Armenia participates_in Cyber Coalition"},
       {"Armenian Cyber Security Agency organises Cyber Coalition"}},
      {"The involvement of Georgia in Locked Shields was managed by the Georgian Defence Forces.",
       {},
       {"Georgian Defence Forces organises Locked Shields"}},
      {"The Moldovan team at Cyber Europe was led by the Information Technology Service.",
       {},
       {"Information Technology Service organises Cyber Europe"}},
      // the exercise itself, or a phrase set apart after it, is still what was coordinated
      {"Cyber Coalition was coordinated by Allied Command Transformation.",
       {"Allied Command Transformation organises Cyber Coalition"},
       {}},
      {"Latvia sent a team to Locked Shields in April, hosted by the Latvian Cyber Defence Unit.",
       {"Latvian Cyber Defence Unit organises Locked Shields"},
       {}},
  });
}

TEST_CASE("s25h: known bodies whose names hold 'and' or a spaced dash stay whole", "[relate][names][s25h]") {
  check_relation_rows({
      {"US Army Europe and Africa took part in Locked Shields in April.",
       {"U.S. Army Europe and Africa participates_in Locked Shields"},
       {"U.S. Army Europe participates_in Locked Shields"}},
      {"The Organisation of Islamic Cooperation - Computer Emergency Response Team (OIC-CERT) signed the Kuala Lumpur "
       "Cyber Accord with Malaysia.",
       {"Organisation of Islamic Cooperation - Computer Emergency Response Team party_to Kuala Lumpur Cyber Accord"},
       {"Computer Emergency Response Team member_of Organisation of Islamic Cooperation",
        "Computer Emergency Response Team party_to Kuala Lumpur Cyber Accord"}},
  });
}

TEST_CASE("s25h: 'both exercises' are the two the story named last", "[relate][participates_in][s25h]") {
  check_relation_rows({
      {"NATO ran Cyber Coalition in November and Locked Shields in April. Latvia took part in both exercises.",
       {"Latvia participates_in Cyber Coalition", "Latvia participates_in Locked Shields"},
       {}},
      {"The alliance held Cyber Coalition and Locked Shields last year. Moldova joined both drills as an observer.",
       {"Moldova participates_in Cyber Coalition", "Moldova participates_in Locked Shields"},
       {}},
      // one exercise named before: "both exercises" names no two
      {"NATO ran Cyber Coalition in November. Latvia took part in both exercises.",
       {},
       {"Latvia participates_in Locked Shields"}},
  });
}

TEST_CASE("s25h: two unknown personal names meeting are people who met", "[relate][met_with][s25h]") {
  check_relation_rows({
      {"Dorel Vasilache met Ion Ceban in Chisinau on Tuesday.", {"Dorel Vasilache met_with Ion Ceban 2025-06-17"}, {}},
      {"On Monday, Radu Petre Munteanu met with Elena Gheorghiu to discuss the grid.",
       {"Radu Petre Munteanu met_with Elena Gheorghiu 2025-06-16"},
       {}},
      // a body or a place is no person, even with two capitalised words
      {"Border Police met Ion Ceban at the crossing.", {}, {"Border Police met_with Ion Ceban"}},
  });
}
