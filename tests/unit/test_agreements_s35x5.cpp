// Agreements and who is party to them, in wordings written for session 35 (helper x5): an
// agreement still being negotiated, drafted or planned has no parties yet. Texts are the
// test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("an agreement under talks, in draft or only planned has no parties yet", "[relate][s35-x5]") {
  check_relation_rows({
      {"Negotiations on the Danube Cyber Range Accord between Romania and Bulgaria resumed on Monday.",
       {},
       {"Romania party_to Danube Cyber Range Accord", "Bulgaria party_to Danube Cyber Range Accord"}},
      {"Talks over the Andes Memorandum on Incident Response between Peru and Chile stalled in May.",
       {}, {"Peru party_to Andes Memorandum on Incident Response"}},
      {"A draft of the Aegean Protocol on Cyber Exercises between Greece and Cyprus was leaked on Friday.",
       {}, {"Greece party_to Aegean Protocol on Cyber Exercises"}},
      {"The planned Carpathian Declaration on Cyber Defence between Slovakia and Hungary is still under review.",
       {}, {"Slovakia party_to Carpathian Declaration on Cyber Defence"}},
      {"The Sahel Arrangement on Threat Sharing, expected to be signed next year by Mali and Niger, covers incident data.",
       {}, {"Mali party_to Sahel Arrangement on Threat Sharing", "Niger party_to Sahel Arrangement on Threat Sharing"}},
      {"The Rhine Memorandum on Cyber Training between France and Germany entered into force in 2021.",
       {"France party_to Rhine Memorandum on Cyber Training 2021", "Germany party_to Rhine Memorandum on Cyber Training"},
       {}},
  });
}
