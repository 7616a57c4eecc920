// Relations, session 35 (x2): who took part and who organised, in shapes of
// ordinary news prose: "the defending teams were A, B and C" without a verb of
// taking part, "X were the youngest team in Y", and a list member written as a
// nation's possessive with a few words describing its body ("Latvia's national
// response team CERT.LV"): the body is the member, not the nation; "Its team" after
// "A joined B"; "X, a meeting ... attended by A"; "Teams - A, B"; "A for Sweden; B
// for Iceland"; "X took place in C from ..., hosted by A". Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s35-x2: 'the defending teams were A, B and C' take part", "[relate][participates_in][s35-x2]") {
  check_relation_rows({
      {"Kenya hosted Rift Falcon 2026, a cyber exercise, in Nairobi. The defending teams were the Uganda "
       "Communications Commission, Tanzania and the Rwanda Information Society Authority.",
       {"Uganda Communications Commission participates_in Rift Falcon", "Tanzania participates_in Rift Falcon",
        "Rwanda Information Society Authority participates_in Rift Falcon"},
       {}},
      {"Peru staged Condor Shield 2026, a regional cyber drill, in Lima. The competing nations included Chile, "
       "Bolivia and Ecuador.",
       {"Chile participates_in Condor Shield", "Bolivia participates_in Condor Shield",
        "Ecuador participates_in Condor Shield"},
       {}},
  });
}

TEST_CASE("s35-x2: 'X were the youngest team in Y' takes part", "[relate][participates_in][s35-x2]") {
  check_relation_rows({
      {"Cadets from the University of Lisbon were the only student team in Atlantic Quay 2026, a naval cyber "
       "exercise held in Porto.",
       {"University of Lisbon participates_in Atlantic Quay"},
       {}},
      // a team in a city is no exercise
      {"The Lisbon Police were the best team in Porto.", {}, {"Lisbon Police participates_in *"}},
  });
}

TEST_CASE("s35-x2: a nation's described body in a list of participants is the member",
          "[relate][participates_in][organises][s35-x2]") {
  check_relation_rows({
      {"Norway hosted Fjord Signal 2026, a cyber exercise, in Bergen. The defending teams were Iceland's national "
       "response team CERT-IS, Sweden's computer emergency team CERT-SE and the Danish army.",
       {"CERT-IS participates_in Fjord Signal", "CERT-SE participates_in Fjord Signal"},
       {"Iceland participates_in Fjord Signal", "Sweden participates_in Fjord Signal"}},
      {"Sapphire Reef 2026, a maritime cyber drill, was organised by Thailand's national response team "
       "ThaiCERT in Phuket.",
       {"ThaiCERT organises Sapphire Reef"},
       {"Thailand organises Sapphire Reef"}},
  });
}

TEST_CASE("s35-x2: 'Its team took part' after 'A joined B' is the nation's team",
          "[relate][participates_in][s35-x2]") {
  check_relation_rows({
      {"Montenegro joined NATO in 2017 and has been a partner of the European Defence Agency since 2019. Its "
       "delegation took part in Cyber Coalition in November.",
       {"Montenegro participates_in Cyber Coalition"},
       {"NATO participates_in Cyber Coalition", "European Defence Agency participates_in Cyber Coalition"}},
      // a body opening the sentence before keeps its own team
      {"The Slovak Armed Forces hosted a NATO delegation in May. Its team took part in Cyber Coalition in November.",
       {"Armed Forces of the Slovak Republic participates_in Cyber Coalition"},
       {"NATO participates_in Cyber Coalition"}},
  });
}

TEST_CASE("s35-x2: 'X, a meeting of ... attended by A, B and C' take part", "[relate][participates_in][s35-x2]") {
  check_relation_rows({
      {"In May, Norway hosted the Nordic Cyber Forum, a three-day meeting of regulators in Bergen attended by "
       "CERT-SE, the Finnish Defence Forces and the Danish Defence.",
       {"CERT-SE participates_in Nordic Cyber Forum 2025-05", "Finnish Defence Forces participates_in Nordic Cyber Forum",
        "Danish Defence participates_in Nordic Cyber Forum"},
       {}},
      // "attended by" outside the apposition of the event names no one taking part
      {"In May, Norway hosted the Nordic Cyber Forum, a meeting in Bergen. Iceland was not attended by anyone.", {},
       {"Iceland participates_in Nordic Cyber Forum"}},
  });
}

TEST_CASE("s35-x2: a caption's 'Teams - A, B and C' take part", "[relate][participates_in][s35-x2]") {
  check_relation_rows({
      {"Kenya hosted Rift Falcon 2025, a cyber exercise, last week.\n\nTeams - Uganda, Tanzania, Rwanda and Burundi.",
       {"Uganda participates_in Rift Falcon", "Tanzania participates_in Rift Falcon",
        "Burundi participates_in Rift Falcon"},
       {}},
      // a dash after other nouns lists no teams
      {"Kenya hosted Rift Falcon 2025, a cyber exercise, last week.\n\nSponsors - Uganda and Tanzania.", {},
       {"Uganda participates_in Rift Falcon"}},
  });
}

TEST_CASE("s35-x2: 'Defending teams: A for X, B for Y, and C (semicolons)' take part, not X and Y",
          "[relate][participates_in][s35-x2]") {
  check_relation_rows({
      {"Norway hosted Arctic Lantern 2025, a cyber exercise, last week. Defending teams: CERT-SE for Sweden; CERT-IS "
       "for Iceland; Finland's National Cyber Security Centre; and the Danish Defence, which sent 12 officers.",
       {"CERT-SE participates_in Arctic Lantern", "CERT-IS participates_in Arctic Lantern",
        "Finland's National Cyber Security Centre participates_in Arctic Lantern",
        "Danish Defence participates_in Arctic Lantern"},
       {"Sweden participates_in Arctic Lantern"}},
  });
}

TEST_CASE("s35-x2: 'X took place in C from ... , hosted by A' organises", "[relate][organises][s35-x2]") {
  check_relation_rows({
      {"The second, Andes Relay 2025, took place in Cusco from 3 to 5 May, hosted by the Peruvian Army, with teams "
       "from Chile and Bolivia.",
       {"Peruvian Army organises Andes Relay 2025-05-03", "Chile participates_in Andes Relay"},
       {"Chile organises Andes Relay"}},
  });
}
