// Session 19: a fronted participle names who organised the exercise the
// clause is about ("Hosted by the Philippine Navy, Exercise Sea Lantern
// drew ..."). Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("organises s19: hosted by X, the exercise ...", "[relate][organises][s19]") {
  check_relation_rows({
      {"Hosted by the Philippine Navy, Exercise Sea Lantern brought together navies from eight countries.",
       {"Philippine Navy organises Sea Lantern"},
       {}},
      {"Jointly run by Japan and Australia, Exercise Pacific Relay tested undersea cable defences.",
       {"Japan organises Pacific Relay", "Australia organises Pacific Relay"},
       {}},
      // the clause's subject is no exercise: nothing organised
      {"Led by Japan, the team won Exercise Sea Lantern.",
       {},
       {"Japan organises Sea Lantern"}},
  });
}

TEST_CASE("places s19: a place hosts a body, a city is the capital of a nation", "[relate][located_in][s19]") {
  check_relation_rows({
      {"Estonia's capital Tallinn hosts the CCDCOE.",
       {"NATO Cooperative Cyber Defence Centre of Excellence located_in Tallinn"},
       {}},
      {"Vilnius, which hosted a NATO summit in 2023, is the capital of Lithuania.",
       {"Vilnius located_in Lithuania"},
       {}},
      // denied: nothing
      {"Riga is not the capital of Estonia.",
       {},
       {"Riga located_in Estonia"}},
      // a nation hosting an exercise organises it, as before
      {"Estonia hosted Exercise Locked Shields.",
       {"Estonia organises Locked Shields"},
       {"Locked Shields located_in Estonia"}},
  });
}

TEST_CASE("cooperation s19: launching a dialogue or a joint working group", "[relate][cooperates_with][s19]") {
  check_relation_rows({
      {"India and France launched a bilateral cyber dialogue in 2019.",
       {"India cooperates_with France 2019"},
       {}},
      {"India launched a cyber dialogue with France in 2019.",
       {"India cooperates_with France 2019"},
       {}},
      {"Kenya and Ghana set up a joint task force on ransomware in May 2025.",
       {"Kenya cooperates_with Ghana 2025-05"},
       {}},
      // denied, or with no nation or body: nothing
      {"India and France did not launch a dialogue.",
       {},
       {"India cooperates_with France"}},
  });
}
