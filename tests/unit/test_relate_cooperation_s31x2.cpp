// Session 31 (x2): cooperation said by joint activities with a modifier, by a clause
// after two names, by "it" after a nation's body. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("cooperation s31x2: joint drills with a modifier", "[relate][cooperates_with][s31-x2]") {
  check_relation_rows({
      {"Under the memorandum, CERT-EE and CERT.LV have run joint incident-handling drills every quarter.",
       {"CERT-EE cooperates_with CERT.LV"},
       {}},
      {"Estonia and Latvia have conducted joint red-team drills since 2019.",
       {"Estonia cooperates_with Latvia 2019"},
       {}},
      {"CERT-EE has held joint cyber range exercises with CERT.LV since 2021.",
       {"CERT-EE cooperates_with CERT.LV 2021"},
       {}},
  });
}

TEST_CASE("cooperation s31x2: it after an opening preposition is no party", "[relate][cooperates_with][s31-x2]") {
  check_relation_rows({
      {"Estonia signed the memorandum in May. Under it, CERT-EE and CERT.LV have run joint incident-handling drills "
       "every quarter.",
       {"CERT-EE cooperates_with CERT.LV"},
       {"Estonia cooperates_with CERT.LV", "Estonia cooperates_with CERT-EE"}},
  });
}

TEST_CASE("cooperation s31x2: a which-clause of two names, the second after an article", "[relate][cooperates_with][s31-x2]") {
  check_relation_rows({
      {"The ministers reviewed cooperation between CERT-EE and the Latvian Computer Emergency Response Team "
       "(CERT.LV), which have conducted joint drills since 2022.",
       {"CERT-EE cooperates_with Latvian Computer Emergency Response Team 2022"},
       {}},
      {"Estonia and the Netherlands, which have both sent teams to Locked Shields since 2015, signed a memorandum.",
       {"Estonia participates_in Locked Shields", "Netherlands participates_in Locked Shields"},
       {}},
  });
}

TEST_CASE("cooperation s31x2: it after a nation's body is the body", "[relate][cooperates_with][s31-x2]") {
  check_relation_rows({
      {"Japan's National Police Agency sent two officials; it has worked with Interpol on incident response since 2022.",
       {"Japan's National Police Agency cooperates_with Interpol 2022"},
       {"Japan cooperates_with Interpol"}},
      {"Estonia's Information System Authority sent observers, and it has cooperated with CERT.LV since 2019.",
       {"Information System Authority cooperates_with CERT.LV 2019"},
       {"Estonia cooperates_with CERT.LV"}},
  });
}

TEST_CASE("cooperation s31x2: serving or training side by side", "[relate][cooperates_with][s31-x2]") {
  check_relation_rows({
      {"\"Estonian and Latvian soldiers have served side by side in Latvia since 2017,\" said the minister.",
       {"Estonia cooperates_with Latvia 2017"},
       {}},
      {"The Estonian Defence Forces and the Latvian National Armed Forces have trained side by side since 2019.",
       {"Estonian Defence Forces cooperates_with Latvian National Armed Forces 2019"},
       {}},
      {"Finland and Sweden have stood shoulder to shoulder in cyber defence since 2022.",
       {"Finland cooperates_with Sweden 2022"},
       {}},
  });
}

TEST_CASE("cooperation s31x2: two bodies that exchanged staff or information", "[relate][cooperates_with][s31-x2]") {
  check_relation_rows({
      {"Estonia and Latvia have exchanged instructors since 2023.", {"Estonia cooperates_with Latvia 2023"}, {}},
      {"The NCSC and CERT.LV have exchanged expertise since 2021.",
       {"National Cyber Security Centre cooperates_with CERT.LV 2021"},
       {}},
      {"CERT-EE and CERT.LV regularly exchange threat information.", {"CERT-EE cooperates_with CERT.LV"}, {}},
      {"Estonia and Latvia have exchanged views on cyber defence.", {}, {"Estonia cooperates_with Latvia"}},
      {"\"Estonia and Latvia share the same threat actors and the same grid,\" she said.", {}, {"Estonia cooperates_with Latvia"}},
  });
}

TEST_CASE("cooperation s31x2: a history of cooperation", "[relate][cooperates_with][s31-x2]") {
  check_relation_rows({
      {"Estonia and Latvia have a long history of cooperation in cyber defence.", {"Estonia cooperates_with Latvia"}, {}},
      {"Finland and Sweden share a proud tradition of defence cooperation.", {"Finland cooperates_with Sweden"}, {}},
  });
}

TEST_CASE("cooperation s31x2: a round or session of two parties' dialogue", "[relate][cooperates_with][s31-x2]") {
  check_relation_rows({
      {"Estonia and Latvia held the fifth round of their bilateral cyber dialogue in Tallinn.",
       {"Estonia cooperates_with Latvia"},
       {}},
      {"Japan and Australia convened the third session of their cyber policy dialogue in Canberra on Monday.",
       {"Japan cooperates_with Australia 2025-06-16"},
       {}},
  });
}

TEST_CASE("cooperation s31x2: a second partner after 'and with'", "[relate][cooperates_with][s31-x2]") {
  check_relation_rows({
      {"The NCSC works closely with CERT.LV, which sits in the ministry, and with CERT-EE.",
       {"National Cyber Security Centre cooperates_with CERT.LV", "National Cyber Security Centre cooperates_with CERT-EE"},
       {}},
      {"Minister Lina Varga met with Jonas Auk and with Mirela Dunca.",
       {"Jonas Auk met_with Lina Varga", "Mirela Dunca met_with Lina Varga"},
       {}},
  });
}

TEST_CASE("cooperation s31x2: a which-clause of a list of three names", "[relate][cooperates_with][s31-x2]") {
  check_relation_rows({
      {"Ukraine, Georgia and Moldova, which have worked with CERT.LV as partners since 2019, took part.",
       {"Ukraine cooperates_with CERT.LV 2019", "Georgia cooperates_with CERT.LV 2019", "Moldova cooperates_with CERT.LV 2019"},
       {}},
      {"Finland, Sweden and Norway, which all sent teams to Locked Shields, signed the pact.",
       {"Finland participates_in Locked Shields", "Sweden participates_in Locked Shields"},
       {}},
  });
}
