// Session 37 (lead): an agreement named by its own kind of document ("Understanding",
// "Communiqué", "Covenant", "Principles", "Consensus", "Agenda"... in cues.json
// head_words.Agreement; alone at a sentence's start they name nothing), and "all
// allies" as every ally, not the last list the story named. Every text written for this test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph::testing;

TEST_CASE("s37-lead: documents named as understandings, communiques, covenants and principles are agreements",
          "[entities][agreements][s37-lead]") {
  check_entity_rows({
      {"Laos and Cambodia adopted the Vientiane Understanding on Border Data on Monday.",
       {"Vientiane Understanding on Border Data:Agreement"},
       {"Vientiane:Place"}},
      {"The Honiara Communique on Cable Security was signed by two ministers.",
       {"Honiara Communique on Cable Security:Agreement"},
       {}},
      {"Chile endorsed the Valparaiso Principles on Maritime Cyber Safety.",
       {"Valparaiso Principles on Maritime Cyber Safety:Agreement"},
       {}},
      // the kind of document alone names nothing
      {"Understanding between the two agencies has grown, the minister said.", {}, {"Understanding:Agreement"}},
  });
  check_relation_rows({
      {"Samoa and Niue signed the Apia Covenant on Ocean Cables in March 2026.",
       {"Samoa party_to Apia Covenant on Ocean Cables 2026-03", "Niue party_to Apia Covenant on Ocean Cables 2026-03"},
       {}},
  });
}

TEST_CASE("s37-lead: 'all allies' are every ally, not the nations the story listed last", "[relate][references][s37-lead]") {
  check_relation_rows({
      {"Officials of Peru, Chile and Mexico attended the workshop as partners. In 2019 all Allies adopted the Cyber "
       "Resilience Pledge.",
       {},
       {"Peru party_to Cyber Resilience Pledge", "Chile party_to Cyber Resilience Pledge",
        "Mexico party_to Cyber Resilience Pledge"}},
      // a counted or determined group is the list
      {"Peru, Chile and Mexico met in Lima. All three countries signed the Lima Compact on Data Sharing.",
       {"Peru party_to Lima Compact on Data Sharing", "Mexico party_to Lima Compact on Data Sharing"},
       {}},
  });
}
