// Relations, session 23: a pattern whose object may be left out ("became a
// member") takes the body written right after "of" when there is one, not the
// story's latest. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s23: a member of the body written after 'of', not of the story's latest body", "[relate][s23]") {
  check_relation_rows({
      {"Nordlys Security Oyj, a Finnish maker of cyber ranges, signed a contract with NATO. Nordlys became a "
       "member of the European Cyber Security Organisation (ECSO) in December.",
       {"Nordlys Security Oyj member_of European Cyber Security Organisation 2024-12"},
       {"Nordlys Security Oyj member_of North Atlantic Treaty Organization"}},
      // the body left out: still the story's
      {"Finland applied to join NATO in May 2022. Finland became a full member in April 2023.",
       {"Finland member_of North Atlantic Treaty Organization 2023-04"},
       {}},
  });
}

TEST_CASE("s23: 'the fair' stands for an event an apposition called so, or whose name says no kind", "[relate][s23]") {
  check_relation_rows({
      {"Baltex 2025, the defence fair, opened in Riga on Monday. The fair, organised by the Baltic Defence "
       "Foundation, closes on Friday.",
       {"Baltic Defence Foundation organises Baltex"},
       {}},
      {"Baltex 2025 opened in Riga on Monday. The fair, organised by the Baltic Defence Foundation, closes on Friday.",
       {"Baltic Defence Foundation organises Baltex"},
       {}},
      // a summit is no fair
      {"The Nordic Cyber Summit opened in Riga on Monday. The fair, organised by the Baltic Defence Foundation, "
       "closes on Friday.",
       {},
       {"Baltic Defence Foundation organises Nordic Cyber Summit"}},
  });
}

TEST_CASE("s23: exhibitors at a fair and those among the ones taking part", "[relate][s23]") {
  check_relation_rows({
      {"Baltex 2025 opened in Riga on Monday. Estonia, Finland and Poland are among those exhibiting for the "
       "first time.",
       {"Estonia participates_in Baltex", "Finland participates_in Baltex", "Poland participates_in Baltex"},
       {}},
      {"Baltex 2025 opened in Riga on Monday. Lithuania is exhibiting at Baltex with a cyber pavilion.",
       {"Lithuania participates_in Baltex"},
       {}},
      {"Exercise Amber Wolf began on Monday. Latvia was among those taking part.",
       {"Latvia participates_in Amber Wolf"},
       {}},
      // what a nation showed is no event it took part in
      {"Baltex 2025 opened in Riga on Monday. Russia has exhibited aggression towards its neighbours.",
       {},
       {"Russia participates_in Baltex"}},
  });
}

TEST_CASE("s23: one word with an edition's year after 'exercise' is an exercise, a body's own", "[relate][s23]") {
  check_relation_rows({
      {"Finland's exercise Kilpi 2025 began on Monday.", {"Finland organises Kilpi"}, {}},
      {"Finland hosts its national exercise Kilpi 2025 in June.", {"Finland organises Kilpi"}, {}},
      {"The Polish army's annual drill Tarcza 2025 ended on Friday. Latvia took part.",
       {"Latvia participates_in Tarcza"},
       {}},
      // a weekday after the noun is no name
      {"Finland's exercise on Monday 16 June drew 30 teams.", {}, {"Finland organises Monday"}},
  });
}

TEST_CASE("s23: who launched a dialogue organises it, and 'the sides' are its two nations", "[relate][s23]") {
  check_relation_rows({
      {"The third round of the Latvian-Japanese Cyber Dialogue took place in Tokyo on Monday. The dialogue, which "
       "Latvia and Japan launched in Riga in 2022, brought together experts from Latvia's CERT.LV and the Latvian "
       "Cyber Command. During the dialogue the sides signed a Letter of Intent on Cyber Training.",
       {"Latvia organises Latvian-Japanese Cyber Dialogue 2022", "Japan organises Latvian-Japanese Cyber Dialogue 2022",
        "Latvia party_to Letter of Intent on Cyber Training", "Japan party_to Letter of Intent on Cyber Training"},
       {"CERT.LV party_to Letter of Intent on Cyber Training"}},
      // two bodies are the sides when no nations were named with them
      {"ENISA and Europol met in Athens on Monday. The sides signed a Memorandum of Understanding on Cyber Threats.",
       {"European Union Agency for Cybersecurity party_to Memorandum of Understanding on Cyber Threats",
        "Europol party_to Memorandum of Understanding on Cyber Threats"},
       {}},
  });
}

TEST_CASE("s23: what was done during an event the document dates takes its day", "[relate][s23]") {
  check_relation_rows({
      {"The Latvian-Japanese Cyber Dialogue took place in Tokyo on Monday. Latvia and Japan said on Tuesday that it "
       "went well. During the dialogue the sides signed a Letter of Intent on Cyber Training.",
       {"Latvia party_to Letter of Intent on Cyber Training 2025-06-16"},
       {"Latvia party_to Letter of Intent on Cyber Training 2025-06-17"}},
      {"Exercise Amber Wolf was held from 2 to 6 June in Riga. The exercise drew 30 teams, its organisers said on "
       "Friday. Colonel Ivo Tamm met with General Anna Berg during the exercise.",
       {"Ivo Tamm met_with Anna Berg 2025-06-02"},
       {"Ivo Tamm met_with Anna Berg 2025-06-13"}},
  });
}

TEST_CASE("s23: the organisers at or from a body, or apposed to it, name who organises", "[relate][s23]") {
  check_relation_rows({
      {"Amber Net 25, a four-day defensive exercise, opened on Monday. Organisers at the Latvian Cyber Defence Unit "
       "said the scenario simulates an attack on a power grid.",
       {"Latvian Cyber Defence Unit organises Amber Net 2025-06-16"},
       {}},
      {"Amber Net 25, a four-day defensive exercise, opened on Monday. The organisers, the Latvian Cyber Defence "
       "Unit, said the scenario simulates an attack.",
       {"Latvian Cyber Defence Unit organises Amber Net"},
       {}},
      // a body the organisers thanked is not one of them
      {"Amber Net 25, a four-day defensive exercise, opened on Monday. The organisers thanked the Latvian Cyber "
       "Defence Unit.",
       {},
       {"Latvian Cyber Defence Unit organises Amber Net"}},
  });
}

TEST_CASE("s23: what was attended by someone attended nothing", "[relate][s23]") {
  check_relation_rows({
      {"Exercise Amber Wolf began on Monday. The minister held talks at the Latvian Cyber Command, which were also "
       "attended by General Ivo Tamm.",
       {},
       {"Latvian Cyber Command participates_in Amber Wolf"}},
      {"Exercise Amber Wolf began on Monday. Latvia was represented by Colonel Ivo Tamm.",
       {"Latvia participates_in Amber Wolf"},
       {}},
  });
}

TEST_CASE("s23: a name apposed after a noun's short phrase, and a coming month the finder put last year",
          "[relate][s23]") {
  check_relation_rows({
      {"The Swedish Armed Forces will lead a first joint exercise under the arrangement, Nordic Sentinel, scheduled "
       "for 8-12 September in Boden.",
       {"Swedish Armed Forces organises Nordic Sentinel 2025-09-08", "Nordic Sentinel located_in Boden"},
       {}},
      // written in March about September: the coming September, not the last
      {"The Swedish Armed Forces will lead a joint exercise, Nordic Sentinel, in September.",
       {"Swedish Armed Forces organises Nordic Sentinel 2026-09"},
       {"Swedish Armed Forces organises Nordic Sentinel 2025-09"},
       Date{2026, 3, 12}},
      {"The Swedish Armed Forces led a joint exercise, Nordic Sentinel, in September.",
       {"Swedish Armed Forces organises Nordic Sentinel 2025-09"},
       {},
       Date{2026, 3, 12}},
  });
}

TEST_CASE("s23: a retired officer's '(Ret.)' keeps the sentence and the title's holder", "[relate][s23]") {
  check_relation_rows({
      {"The National Cyber Security Agency (NCSA) signed a memorandum. The signing was carried out by Head of NCSA "
       "Lieutenant General (Ret.) Janis Ozols and the Director of Europol, Anna Berg.",
       {"Janis Ozols leads National Cyber Security Agency", "Anna Berg leads Europol"},
       {}},
      {"The memorandum was signed by Head of NCSA Lieutenant General Janis Ozols (ret.) on Monday.",
       {},
       {"Janis Ozols leads Monday"}},
  });
}

TEST_CASE("s23: bodies that will continue their cooperation cooperate", "[relate][s23]") {
  check_relation_rows({
      {"The ministers confirmed that the Latvian Coast Guard and the Estonian Border Guard would continue their "
       "cooperation on maritime awareness.",
       {"Latvian Coast Guard cooperates_with Estonian Border Guard"},
       {}},
      {"Estonia will continue its close cyber cooperation with Finland.", {"Estonia cooperates_with Finland"}, {}},
      // one body continuing its own work cooperates with no one
      {"The Latvian Coast Guard will continue its patrols, the ministers confirmed.",
       {},
       {"Latvian Coast Guard cooperates_with Latvia"}},
  });
}

TEST_CASE("s23: who runs an exercise by an apposition is dated by what follows the verb", "[relate][s23]") {
  check_relation_rows({
      {"Some 300 specialists have gathered in Tromso this week for Polar Lantern, a defensive exercise that the "
       "Norwegian Cyber Defence Force has run every autumn since 2022.",
       {"Norwegian Cyber Defence Force organises Polar Lantern 2022"},
       {"Norwegian Cyber Defence Force organises Polar Lantern 2025-06"}},
  });
}

TEST_CASE("s23: the nation of the person a deal was signed with is its party", "[relate][s23]") {
  check_relation_rows({
      {"Australia's Minister for Cyber Security, Renee Kowalczyk, arrived on Tuesday. Renee Kowalczyk signed the "
       "Trans-Tasman Memorandum with Hamish Rangi, New Zealand's Minister for the GCSB, on Wednesday.",
       {"Australia party_to Trans-Tasman Memorandum 2025-06-18", "New Zealand party_to Trans-Tasman Memorandum 2025-06-18"},
       {}},
      // a person of no known nation is no party
      {"Estonia signed the Baltic Memorandum with Ivo Tamm on Wednesday.", {"Estonia party_to Baltic Memorandum"},
       {"Ivo Tamm party_to Baltic Memorandum"}},
  });
}

TEST_CASE("s23: a nation's accession with its alliance left out", "[relate][s23]") {
  check_relation_rows({
      {"Finland's accession to NATO in April 2023 and Sweden's accession in March 2024 changed the region.",
       {"Finland member_of North Atlantic Treaty Organization 2023-04",
        "Sweden member_of North Atlantic Treaty Organization 2024-03"},
       {}},
      // no body in the story: no membership
      {"Sweden's accession in March 2024 changed the region.", {}, {"Sweden member_of *"}},
  });
}
