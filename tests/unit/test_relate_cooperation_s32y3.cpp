// Session 32 (y3): cooperation said by a deal, accord or alliance "between X and Y", the common wire wording
// beside "partnership between". Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("cooperation s32y3: a deal or accord between two bodies", "[relate][cooperates_with][s32-y3]") {
  check_relation_rows({
      {"The deal between Hanwha and Saab was signed in Seoul on Friday.",
       {"Hanwha cooperates_with Saab"},
       {}},
      {"Under a deal signed last week between Japan and India, the two countries will share satellite data.",
       {"India cooperates_with Japan"},
       {}},
      {"The accord between Kenya and Somalia covers border patrols.",
       {"Kenya cooperates_with Somalia"},
       {}},
      {"A defence alliance between Poland and Lithuania was formed in 2019.",
       {"Lithuania cooperates_with Poland"},
       {}},
  });
}

TEST_CASE("cooperation s32y3: no deal between two bodies is said without one", "[relate][cooperates_with][s32-y3]") {
  check_relation_rows({
      {"Kenya signed a deal with Somalia. Talks on trade between Japan and India stalled.",
       {"Kenya cooperates_with Somalia"},
       {"India cooperates_with Japan"}},
  });
}

TEST_CASE("party_to s32y3: 'A and B, which signed X' is said of both", "[relate][party_to][s32-y3]") {
  check_relation_rows({
      {"Austria and Hungary, which signed the Danube Compact in 2021, want more trade.",
       {"Austria party_to Danube Compact 2021", "Hungary party_to Danube Compact 2021"},
       {}},
      {"Ministers from Chile and Peru, which ratified the Andes Treaty in 2019, met in Lima.",
       {"Chile party_to Andes Treaty", "Peru party_to Andes Treaty"},
       {}},
      {"Austria and Hungary, which hosted the Danube Summit, signed nothing.",
       {},
       {"Austria party_to Danube Summit"}},
  });
}

TEST_CASE("party_to s32y3: 'the pact between A and B' is not the pact named before", "[relate][party_to][s32-y3]") {
  check_relation_rows({
      {"Estonia signed the Tallinn Agreement in May. The pact between Greece and Cyprus was renewed in 2025.",
       {"Estonia party_to Tallinn Agreement", "Cyprus cooperates_with Greece"},
       {"Greece party_to Tallinn Agreement", "Cyprus party_to Tallinn Agreement"}},
      {"Estonia and Latvia signed the Riga Accord in May. The accord between the two took effect in June.",
       {"Estonia party_to Riga Accord", "Latvia party_to Riga Accord"},
       {}},
  });
}

TEST_CASE("party_to s32y3: 'A and B are both parties to X'", "[relate][party_to][s32-y3]") {
  check_relation_rows({
      {"Paraguay and Uruguay are both parties to the Andes Pact.",
       {"Paraguay party_to Andes Pact", "Uruguay party_to Andes Pact"},
       {}},
      {"Chile and Peru were both members of the Andes Council until 2020.",
       {"Chile member_of Andes Council", "Peru member_of Andes Council"},
       {}},
  });
}

TEST_CASE("party_to s32y3: 'X has been signed by 40 countries, including A and B'", "[relate][party_to][s32-y3]") {
  check_relation_rows({
      {"The Lima Convention has been signed by 40 countries, including Bolivia and Ecuador.",
       {"Bolivia party_to Lima Convention", "Ecuador party_to Lima Convention"},
       {}},
      {"The Quito Accord was ratified by 12 nations, among them Colombia.",
       {"Colombia party_to Quito Accord"},
       {}},
      {"The Quito Accord was rejected by 12 nations, including Colombia.",
       {},
       {"Colombia party_to Quito Accord"}},
  });
}

TEST_CASE("cooperation s32y3: a joint venture formed, a possessive cooperation", "[relate][cooperates_with][s32-y3]") {
  check_relation_rows({
      {"Airbus and Safran have formed a joint venture to build engines.",
       {"Airbus cooperates_with Safran"},
       {}},
      {"Sweden's cooperation with Norway has deepened since 2014.",
       {"Sweden cooperates_with Norway 2014"},
       {}},
      {"Germany's defence partnership with France has grown since 2019.",
       {"Germany cooperates_with France"},
       {}},
  });
}
