// Agreements and who is party to them, in wordings written for session 30
// (helper g2): a signing still to come is no party_to; signing verbs of other
// house styles are. Each row: a text, the relations it must give and those it
// must not (paraphrase_rows.hpp), read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a signing still to come makes no party", "[relate][s30-g2]") {
  check_relation_rows({
      {"Hungary will sign the Szeged Declaration on Cyber Defence next month.", {},
       {"Hungary party_to Szeged Declaration on Cyber Defence"}},
      {"Poland and Ukraine agreed to sign a cyber defence memorandum by the end of the year.", {},
       {"Poland party_to cyber defence memorandum", "Ukraine party_to cyber defence memorandum"}},
      {"Officials said Serbia is set to formally ratify the Nis Convention on Cyber Crime in the autumn.", {},
       {"Serbia party_to Nis Convention on Cyber Crime"}},
      {"Montenegro's accession to the Budapest Convention was completed in 2010.",
       {"Montenegro party_to Budapest Convention 2010"}, {}},
  });
}

TEST_CASE("who hosts or welcomes a signing is no party to it", "[relate][s30-g2]") {
  check_relation_rows({
      {"Austria, which hosted the signing of the Graz Memorandum on Cyber Training, stayed out.", {},
       {"Austria party_to Graz Memorandum on Cyber Training"}},
      {"On Friday Canada welcomed the signing of the Halifax Charter on Cyber Norms by Norway.", {},
       {"Canada party_to Halifax Charter on Cyber Norms"}},
  });
}

TEST_CASE("signing verbs of other house styles make parties", "[relate][s30-g2]") {
  check_relation_rows({
      {"Slovakia and Czechia initialled the Bratislava Agreement on Cyber Defence on Monday.",
       {"Slovakia party_to Bratislava Agreement on Cyber Defence 2025-06-16",
        "Czechia party_to Bratislava Agreement on Cyber Defence 2025-06-16"}, {}},
      {"Cabo Verde and Portugal sealed the Mindelo Memorandum on Cyber Training on 5 March.",
       {"Portugal party_to Mindelo Memorandum on Cyber Training 2025-03-05"}, {}},
      {"Norway and Iceland have put their names to the Akureyri Arrangement on Cyber Defence.",
       {"Iceland party_to Akureyri Arrangement on Cyber Defence"}, {}},
      {"Portugal put its name to the Evora Declaration on Cyber Resilience on Wednesday.",
       {"Portugal party_to Evora Declaration on Cyber Resilience 2025-06-18"}, {}},
      {"Estonia renewed its Narva Memorandum on Cyber Range Cooperation with Finland on Tuesday.",
       {"Estonia party_to Narva Memorandum on Cyber Range Cooperation 2025-06-17"}, {}},
      {"The Daugava Arrangement on Cyber Defence, agreed by Lithuania and Latvia in 2023, runs until 2028.",
       {"Latvia party_to Daugava Arrangement on Cyber Defence 2023"}, {}},
      {"The Fjord Declaration on Arctic Cyber Security, endorsed by Norway and Denmark last year, was renewed.",
       {"Denmark party_to Fjord Declaration on Arctic Cyber Security 2024"}, {}},
  });
}

TEST_CASE("an agreement signed by the officials of nations has the nations as parties", "[relate][s30-g2]") {
  check_relation_rows({
      {"The Gauja Declaration on Cyber Resilience was signed by the defence ministers of Latvia, Lithuania and "
       "Estonia on Friday.",
       {"Latvia party_to Gauja Declaration on Cyber Resilience 2025-06-13",
        "Estonia party_to Gauja Declaration on Cyber Resilience 2025-06-13"}, {}},
      {"The Andes Pact on Cyber Norms, signed by representatives from Peru and Chile in Lima, enters into force in May.",
       {"Peru party_to Andes Pact on Cyber Norms", "Chile party_to Andes Pact on Cyber Norms"}, {}},
      {"The Coral Sea Cyber Compact was signed in 2019 between Australia and New Zealand.",
       {"New Zealand party_to Coral Sea Cyber Compact 2019"}, {}},
  });
}

TEST_CASE("the agreement named before and signed by the officials of nations", "[relate][s30-g2]") {
  check_relation_rows({
      {"Leaders praised the Neman Declaration on Cyber Resilience. The declaration was signed by the foreign "
       "ministers of Poland and Lithuania on Monday.",
       {"Poland party_to Neman Declaration on Cyber Resilience 2025-06-16"}, {}},
  });
}

TEST_CASE("a description with its title in apposition is the titled agreement", "[relate][s30-g2]") {
  const std::string text =
      "Finland and Sweden signed a bilateral agreement on cyber defence, the Kvarken Arrangement, on Monday.";
  check_relation_rows({{text, {"Finland party_to Kvarken Arrangement 2025-06-16", "Sweden party_to Kvarken Arrangement"},
                        {"Finland party_to bilateral agreement on cyber defence"}}});
  check_relation_rows({{"Peru and Bolivia inked a memorandum on border cyber security (the Titicaca Memorandum) in May.",
                        {"Bolivia party_to Titicaca Memorandum"}, {}}});
}

TEST_CASE("an agreement titled by an initialism and a nation joined by a hyphen keeps both", "[relate][s30-g2]") {
  const std::string text = "Norway and the United States signed the U.S.-Norway Cyber Range Roadmap in 2023.";
  check_relation_rows({{text, {"Norway party_to U.S.-Norway Cyber Range Roadmap 2023",
                               "United States party_to U.S.-Norway Cyber Range Roadmap 2023"}, {}}});
  check_relation_rows({{"The U.K.-Ghana Cyber Skills Compact was signed in Accra in 2024.",
                        {"Ghana party_to U.K.-Ghana Cyber Skills Compact", "United Kingdom party_to U.K.-Ghana Cyber Skills Compact"},
                        {}}});
  // before a demonym the compound is no part of an exercise's name
  check_relation_rows({{"Japanese troops took part in the U.S.-Philippine Kamandag exercise in April.",
                        {"Japan participates_in Kamandag 2025-04"}, {}}});
}

TEST_CASE("a treaty's subject 'in the Field of' stays in its title", "[relate][s30-g2]") {
  check_relation_rows({
      {"Georgia and Armenia signed an Agreement on Cooperation in the Field of Information Security on Monday.",
       {"Georgia party_to Agreement on Cooperation in the Field of Information Security 2025-06-16"}, {}},
      {"Uzbekistan ratified the Memorandum on Partnership in the Area of Cyber Defence in 2024.",
       {"Uzbekistan party_to Memorandum on Partnership in the Area of Cyber Defence 2024"}, {}},
  });
}

TEST_CASE("a formal title names its parties after 'between' and then its subject", "[relate][s30-g2]") {
  const std::string title = "Memorandum of Cooperation between Japan and the Republic of Chile on Cyber Range Training";
  check_relation_rows({
      {"Japan and Chile signed the " + title + " in Santiago on Monday.", {"Japan party_to " + title + " 2025-06-16"}, {}},
      // no subject after the parties: the parties are no part of a name
      {"The Agreement on Cyber Defence between Peru and Chile was signed on Monday.",
       {"Peru party_to Agreement on Cyber Defence 2025-06-16"}, {"Peru party_to Agreement on Cyber Defence between"}},
  });
}

TEST_CASE("the parties a formal title names after 'between' are its parties", "[relate][s30-g2]") {
  check_relation_rows({
      {"The Memorandum of Understanding between Kenya and Uganda on Cyber Incident Response was signed on Monday.",
       {"Kenya party_to Memorandum of Understanding between Kenya and Uganda on Cyber Incident Response 2025-06-16",
        "Uganda party_to Memorandum of Understanding between Kenya and Uganda on Cyber Incident Response 2025-06-16"},
       {}},
  });
}
