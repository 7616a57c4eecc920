// Session 16: cooperation, taking part and membership stated the ways news
// prose states them. Every text written for this test; negatives beside the
// positives. Read as published on 18 June 2025 unless a row says otherwise.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s16: the two parties a sentence gives a bilateral deal cooperate", "[relate][s16][cooperates_with]") {
  check_relation_rows({
      {"Peru and Chile signed the Andes Memorandum on Cyber Incident Response on Tuesday.",
       {"Peru cooperates_with Chile 2025-06-17", "Peru party_to Andes Memorandum on Cyber Incident Response"},
       {}},
      {"Uruguay signed the Montevideo Roadmap on Cyber Training with Paraguay in March.",
       {"Uruguay cooperates_with Paraguay 2025-03"},
       {}},
      // a charter is no deal between two: its signers need not work together
      {"Estonia and Japan signed the Tallinn Cyber Charter on Monday.",
       {"Estonia party_to Tallinn Cyber Charter"},
       {"Estonia cooperates_with Japan"}},
      // three signers: not read as pairs
      {"Peru, Chile and Bolivia signed the Lima Memorandum on Cyber Defence on Monday.",
       {"Bolivia party_to Lima Memorandum on Cyber Defence"},
       {"Peru cooperates_with Chile", "Chile cooperates_with Bolivia"}},
      // a body and its own state are one side
      {"The Brazilian Army and Brazil signed the Amazon Roadmap on Cyber Training.",
       {"Brazil party_to Amazon Roadmap on Cyber Training"},
       {"Brazil cooperates_with Brazilian Army"}},
  });
}
