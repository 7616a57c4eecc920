// Group relations in wordings news writers use beside the plain verb: an
// exercise described after its name by who runs it ("X, the drill the agency
// organises every spring"), people "from" nations meeting for an event, a
// nation's team "at" an exercise or "returned from" it, a body acting as the
// red team, "the participation of X in Y", nations that "make up" a grouping,
// agreements "A concluded with B", an agreement "signed in a city by" its
// parties. Every text written for this test; negatives beside the positives.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("group wording: who runs an exercise, said after its name", "[relate][group][organises]") {
  check_relation_rows({
      {"Poland fielded a team in Cyber Flag last April, the defensive exercise the Polish Cyber Command runs every year.",
       {"Polish Cyber Command organises Cyber Flag"},
       {"Poland organises Cyber Flag"}},
      {"Finland joined Baltic Ember, a regional drill that Estonia hosts each autumn.",
       {"Estonia organises Baltic Ember", "Finland participates_in Baltic Ember"},
       {"Finland organises Baltic Ember"}},
      // the apposition tells what the exercise is, not who runs it
      {"Latvia joined Baltic Ember, the drill that NATO allies praise.",
       {"Latvia participates_in Baltic Ember"},
       {"North Atlantic Treaty Organization organises Baltic Ember"}},
  });
}

TEST_CASE("group wording: people from nations meet for an event", "[relate][group][participates_in]") {
  check_relation_rows({
      {"Defence officials from Chile, Peru and Ghana met in Lima on Monday for the third Pacific Cyber Dialogue.",
       {"Chile participates_in Pacific Cyber Dialogue", "Peru participates_in Pacific Cyber Dialogue",
        "Ghana participates_in Pacific Cyber Dialogue"},
       {}},
      // people from a nation meeting elsewhere take no part in the event named later
      {"Officials from Chile met in Lima on Monday. The Pacific Cyber Dialogue opens in May.",
       {},
       {"Chile participates_in Pacific Cyber Dialogue"}},
  });
}

TEST_CASE("group wording: a nation's team at an exercise, back from it, or its red team", "[relate][group][participates_in]") {
  check_relation_rows({
      {"The Slovenian team at Cyber Flag finished fourth.",
       {"Slovenia participates_in Cyber Flag"},
       {}},
      {"Austrian cyber specialists returned from Locked Shields last month.",
       {"Austria participates_in Locked Shields"},
       {}},
      {"Locked Shields opened on Monday. The Latvian Cyber Command acted as the red team.",
       {"Latvian Cyber Command participates_in Locked Shields"},
       {}},
      // a team of a nation at home is no part in the exercise the story names
      {"Locked Shields opened on Monday. The Latvian Cyber Command acted as a mediator.",
       {},
       {"Latvian Cyber Command participates_in Locked Shields"}},
      {"Officials welcomed the participation of Georgia in Cyber Flag.",
       {"Georgia participates_in Cyber Flag"},
       {}},
  });
}

TEST_CASE("group wording: members make up a grouping, agreements concluded with partners", "[relate][group][member_of]") {
  check_relation_rows({
      {"Brazil, Russia, India, China and South Africa make up BRICS.",
       {"Brazil member_of BRICS", "India member_of BRICS"},
       {}},
      {"The deal follows similar agreements Chile concluded with Peru and Ghana.",
       {"Chile cooperates_with Peru", "Chile cooperates_with Ghana"},
       {"Peru cooperates_with Ghana"}},
      {"The Tallinn Cyber Accord was signed in Riga on Monday by Estonia and Latvia.",
       {"Estonia party_to Tallinn Cyber Accord 2025-06-16", "Latvia party_to Tallinn Cyber Accord 2025-06-16"},
       {}},
  });
}

TEST_CASE("group wording: the name an apposition gives is the subject", "[relate][group][organises]") {
  check_relation_rows({
      {"The drill, codenamed Amber Fox, ran from 3 to 7 March and was hosted by the Latvian Ministry of Defence.",
       {"Latvian Ministry of Defence organises Amber Fox"},
       {}},
      {"The exercise, dubbed Amber Fox, was organised by NATO.",
       {"North Atlantic Treaty Organization organises Amber Fox"},
       {}},
      // what the subject before the noun did, it did with the named exercise
      {"Latvia joined the drill, codenamed Amber Fox, and praised its scenario.",
       {"Latvia participates_in Amber Fox"},
       {"Latvia organises Amber Fox"}},
  });
}

TEST_CASE("group wording: both sides stand for the pair named last", "[relate][group][participates_in]") {
  check_relation_rows({
      {"The partnership between Japan and NATO is older. Both sides adopted the Tallinn Cyber Programme in 2023.",
       {"Japan party_to Tallinn Cyber Programme 2023", "North Atlantic Treaty Organization party_to Tallinn Cyber Programme 2023"},
       {}},
      // three named together are no pair
      {"Japan, Chile and NATO held a workshop. Both sides adopted the Tallinn Cyber Programme in 2023.",
       {},
       {"Japan party_to Tallinn Cyber Programme 2023", "Chile party_to Tallinn Cyber Programme 2023"}},
  });
}

TEST_CASE("group wording: companions after 'with' between a subject and its verb", "[relate][group][member_of]") {
  check_relation_rows({
      {"India and Australia, with Japan and the United States, make up the Quadrilateral Security Dialogue.",
       {"India member_of Quadrilateral Security Dialogue", "Japan member_of Quadrilateral Security Dialogue",
        "United States member_of Quadrilateral Security Dialogue"},
       {}},
      // "with" and a possessive after it: the possessor does not join
      {"Estonia, with Latvia's support, joined NATO in 2004.",
       {},
       {"Latvia member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("group wording: who says so closing a sentence is no argument", "[relate][group][participates_in]") {
  check_relation_rows({
      {"Cyber Coalition drew 300 participants, according to the Latvian Ministry of Defence.",
       {},
       {"Latvian Ministry of Defence participates_in Cyber Coalition"}},
      // a fronted attribution keeps its apposition
      {"According to Mari Tamm, a spokesperson for the Latvian Ministry of Defence, the talks went well.",
       {"Mari Tamm affiliated_with Latvian Ministry of Defence"},
       {}},
  });
}

TEST_CASE("group wording: a body running its own exercise, and the exercise's date", "[relate][group][organises]") {
  check_relation_rows({
      // the sentence names no exercise but says when the one it runs took place:
      // the teams of the next sentence took part then
      {"Cyber Coalition tests grids. The Latvian Cyber Command ran its first regional exercise from 20 to 24 October 2024. "
       "Teams from Chile and Peru defended the networks.",
       {"Latvian Cyber Command organises Cyber Coalition 2024-10-20", "Chile participates_in Cyber Coalition 2024-10-20"},
       {}},
      // "ran an exercise": not its own, not the one named
      {"Cyber Coalition tests grids. The Latvian Cyber Command ran an exercise in October.",
       {},
       {"Latvian Cyber Command organises Cyber Coalition"}},
  });
}

TEST_CASE("group wording: guests and chairs of an event", "[relate][group][participates_in]") {
  check_relation_rows({
      {"The Nordic Cyber Forum opened in Oslo on Monday. Among the guests were Carlo Ferrante and Ivana Horvat.",
       {"Carlo Ferrante participates_in Nordic Cyber Forum", "Ivana Horvat participates_in Nordic Cyber Forum"},
       {}},
      {"The Nordic Cyber Forum opened in Oslo on Monday. The meeting was chaired by Carlo Ferrante, who heads the agency.",
       {"Carlo Ferrante participates_in Nordic Cyber Forum"},
       {}},
      // a nation named with the guest is not a guest
      {"The Nordic Cyber Forum opened in Oslo on Monday. Among the guests were Italy's envoy, Carlo Ferrante, and Ivana Horvat.",
       {},
       {"Italy participates_in Nordic Cyber Forum"}},
  });
}
