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
