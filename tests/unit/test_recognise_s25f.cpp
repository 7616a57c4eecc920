// Exercises, session 25 (f1): a name that a copula or an apposition calls an
// exercise is one also when a participle follows the exercise noun, with or
// without an adverb before it ("a cyber exercise first held in 2024", "an
// exercise held in Suva", "a drill jointly run by"). Each text is read as
// published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25f: an exercise noun followed by a participle types the name it describes", "[recognise][exercises][s25f]") {
  check_relation_rows({
      // an apposition after a copula
      {"The largest drill in the region is Coral Wave, a cyber incident exercise first held in 2019. "
       "Malta and Cyprus took part in Coral Wave in May.",
       {"Malta participates_in Coral Wave 2025-05", "Cyprus participates_in Coral Wave 2025-05"},
       {}},
      {"Its flagship event is Harbour Lantern, a crisis management exercise held in Valletta every spring. "
       "Estonia hosted Harbour Lantern on 3 June.",
       {"Estonia organises Harbour Lantern 2025-06-03"},
       {}},
      // a copula alone
      {"Reef Sentinel is a regional cyber exercise jointly run by Fiji and Tonga. Samoa took part in Reef Sentinel in March.",
       {"Samoa participates_in Reef Sentinel 2025-03"},
       {}},
      {"Steppe Beacon was a tabletop exercise led by Kazakhstan. Mongolia took part in Steppe Beacon in April.",
       {"Mongolia participates_in Steppe Beacon 2025-04"},
       {}},
      // not a person's role: "exercise planner" is no exercise
      {"Kari Nordmann is an exercise planner based in Oslo. Kari Nordmann met Tomas Berg on Monday.",
       {"Kari Nordmann met_with Tomas Berg 2025-06-16"},
       {}},
  });
}

TEST_CASE("s25f: a plain name listed beside bodies after a participant-list word is a body", "[recognise][participants][s25f]") {
  check_relation_rows({
      {"Estonia hosted the Harbour Lantern exercise on 3 June. "
       "Participants included Elering, Eesti Energia, the Estonian Defence Forces and the Latvian National Armed Forces.",
       {"Elering participates_in Harbour Lantern 2025-06-03", "Eesti Energia participates_in Harbour Lantern 2025-06-03",
        "Estonian Defence Forces participates_in Harbour Lantern 2025-06-03"},
       {}},
      {"Finland hosted the Boreal Switch exercise on 10 June. "
       "Participants included the Finnish Defence Forces, Fingrid and Elisa.",
       {"Fingrid participates_in Boreal Switch 2025-06-10", "Elisa participates_in Boreal Switch 2025-06-10",
        "Finnish Defence Forces participates_in Boreal Switch 2025-06-10"},
       {}},
      {"Participants in the Amber Reef exercise included Telia, Tet and the Latvian National Armed Forces.",
       {"Telia participates_in Amber Reef", "Tet participates_in Amber Reef"},
       {}},
  });
}

TEST_CASE("s25f: a body's acronym after its name in its own language, in the brackets after the English name", "[recognise][acronyms][s25f]") {
  check_relation_rows({
      {"The Network Operations Command (Comando per le Operazioni in Rete, COR) will train Albanian officers. "
       "The COR is commanded by Major General Fabrizio Orlandi.",
       {"Fabrizio Orlandi leads Network Operations Command"},
       {}},
      {"The Coastal Cyber Unit (Unidad Costera de Ciberdefensa, UCCD) trains naval officers. "
       "The UCCD hosted the Biscay Lattice exercise on 3 June.",
       {"Coastal Cyber Unit organises Biscay Lattice 2025-06-03"},
       {}},
      {"The Joint Operations Centre (Centro de Operaciones Conjuntas, CEOC) opened in May. "
       "Colonel Ana Ruiz leads the CEOC.",
       {"Ana Ruiz leads Joint Operations Centre"},
       {}},
  });
}

TEST_CASE("s25f: a name goes on through 'in the' when its acronym needs the words after", "[recognise][acronyms][s25f]") {
  check_relation_rows({
      {"A cell from the Dutch Armed Forces in the Caribbean Zone (DAFCZ) took part in the Harbour Lantern exercise in May.",
       {"Dutch Armed Forces in the Caribbean Zone participates_in Harbour Lantern 2025-05"},
       {"Dutch Armed Forces participates_in Harbour Lantern 2025-05"}},
      {"The Italian Navy Command in the Central Mediterranean Area (CMAI) hosted the Ionian Lattice exercise on 3 June.",
       {"Italian Navy Command in the Central Mediterranean Area organises Ionian Lattice 2025-06-03"},
       {}},
      // the acronym the words before "in" already give: the name stops there
      {"Teams from the Estonian Defence Forces in the Tallinn Garrison (EDF) took part in the Amber Reef exercise in May.",
       {"Estonian Defence Forces participates_in Amber Reef 2025-05"},
       {}},
  });
}

TEST_CASE("s25f: an engineer's title ('Eng.', 'Engr.', 'Ing.') holds the sentence and is no part of the name", "[recognise][titles][s25f]") {
  check_relation_rows({
      {"The talks were attended by Eng. Salim bin Nasser Al Harthy, Director General of the Oman Cyber Centre, and officials.",
       {"Salim bin Nasser Al Harthy leads Oman Cyber Centre"},
       {}},
      {"The delegation was headed by Engr. Musa Obi Danjuma, Director General of the Nigerian Cyber Agency.",
       {"Musa Obi Danjuma leads Nigerian Cyber Agency"},
       {}},
      {"The exercise was directed by Ing. Carla Rojas Vega, Director of the Andean Cyber Centre, in May.",
       {"Carla Rojas Vega leads Andean Cyber Centre"},
       {}},
  });
}

TEST_CASE("s25f: a name after 'the ROLE of a long body name (ACRONYM),' is a person's", "[recognise][roles][s25f]") {
  check_relation_rows({
      {"The Moldovan delegation included the director of the National Agency for Digital Certification and Cyber Defence (ANCCD), Dorin Vrabie.",
       {"Dorin Vrabie leads National Agency for Digital Certification and Cyber Defence"},
       {}},
      {"Also present was the head of the Service for Special Communications and Information Protection of Ukraine, Ostap Melnyk.",
       {"Ostap Melnyk leads Service for Special Communications and Information Protection of Ukraine"},
       {}},
  });
}

TEST_CASE("s25f: 'X, currently deputy head of ...': an adverb before the role after a person's name", "[recognise][roles][s25f]") {
  check_relation_rows({
      {"The Minister has appointed Zorvan Tekell, currently deputy head of mission at the Embassy of Latvia in Oslo, as ambassador.",
       {"Zorvan Tekell affiliated_with Embassy of Latvia"},
       {}},
      {"The ministry has named Mirela Vantok, currently an adviser at the Moldovan Cyber Agency, as its envoy.",
       {"Mirela Vantok affiliated_with Moldovan Cyber Agency"},
       {}},
      {"The board appointed Orvald Strenn, previously deputy commander at the Estonian Defence League, as chair.",
       {"Orvald Strenn affiliated_with Estonian Defence League"},
       {}},
  });
}

TEST_CASE("s25f: a panel or contact list's line, a titled name and its role after a comma, is no headline", "[recognise][lines][s25f]") {
  check_relation_rows({
      {"Speakers\n\n"
       "Brig. Gen. Arvo Tamsalu, Commander of the Baltic Cyber Defence Component Command (BCDCC), Estonian Defence Forces",
       {"Arvo Tamsalu leads Baltic Cyber Defence Component Command", "Estonian Defence Forces part_of Estonia"},
       {}},
      {"Speakers\n\n"
       "Col. Ilze Kalnina, Director of the National Cyber Range Centre, Latvian National Armed Forces",
       {"Ilze Kalnina leads National Cyber Range Centre"},
       {}},
      {"Speakers\n\n"
       "Dr. Marten Oksvik, Head of Research, Norwegian Defence Research Establishment",
       {"Marten Oksvik affiliated_with Norwegian Defence Research Establishment"},
       {}},
  });
}

TEST_CASE("s25f: a business centre is a place, where offices are", "[recognise][places][s25f]") {
  check_relation_rows({
      {"Northwake Systems opened an office in the Olivia Business Centre in Gdansk in February.",
       {"Olivia Business Centre located_in Gdansk"},
       {}},
      {"The company moved its team to the Ulemiste Business Centre in Tallinn in March.",
       {"Ulemiste Business Centre located_in Tallinn"},
       {}},
  });
}
