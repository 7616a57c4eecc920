// National institutions of every region (organisations_national_*.json): armed
// forces, parliaments, CERTs, regulators and security services under their own
// names, acronyms and native names, each part of its nation.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using newsgraph::testing::analyse;
using newsgraph::testing::entity_names;
using newsgraph::testing::has;
using newsgraph::testing::related;
using newsgraph::testing::relations_of;

TEST_CASE("national bodies: names with no generic word are organisations [s37-v4]", "[lexicon][s37-v4]") {
  auto names = entity_names(analyse("Delegates of the Jogorku Kenesh visited Tatmadaw units, while UZCERT and tunCERT "
                                    "briefed the Storting and the Majlisi Oli on Thursday."));
  for (const char* want : {"Jogorku Kenesh:Organisation", "Tatmadaw:Organisation", "UZCERT:Organisation",
                           "tunCERT:Organisation", "Majlisi Oli:Organisation"})
    CHECK(has(names, want));
}

TEST_CASE("national bodies: a native name and the English one are one body [s37-v4]", "[lexicon][s37-v4]") {
  auto doc = analyse("The Fuerza Armada Nacional Bolivariana hosted the drill. Officers of the Bolivarian National Armed "
                     "Forces said it went well, and SEBIN watched.");
  int bolivarian = 0;
  for (const auto& e : doc.entities)
    if (e.label == "Bolivarian National Armed Forces") ++bolivarian;
  CHECK(bolivarian == 1);
  CHECK_FALSE(has(entity_names(doc), "Fuerza Armada Nacional Bolivariana:Organisation"));
  CHECK(has(entity_names(doc), "Bolivarian National Intelligence Service:Organisation"));
}

TEST_CASE("national bodies: a nation's service in lower case stays a description [s37-v4]", "[lexicon][s37-v4]") {
  // "the Mexican army", "the Chilean navy": no entry is written as a nation's word and a service's common noun
  auto names = entity_names(analyse("Units of the Mexican army and the Chilean navy joined the exercise."));
  CHECK_FALSE(has(names, "Mexican Army:Organisation"));
  CHECK_FALSE(has(names, "Chilean Navy:Organisation"));
}

TEST_CASE("national bodies: a telecoms regulator's acronym and its CERT [s37-v4]", "[lexicon][s37-v4]") {
  auto names = entity_names(analyse("Engineers of ZICTA and MACRA met staff of mwCERT and CERT-MU in Lilongwe."));
  for (const char* want : {"Zambia Information and Communications Technology Authority:Organisation",
                           "Malawi Communications Regulatory Authority:Organisation", "mwCERT:Organisation",
                           "CERT-MU:Organisation"})
    CHECK(has(names, want));
}

TEST_CASE("national bodies: a force named after its nation is part of it [s37-v4]", "[lexicon][s37-v4]") {
  auto r = relations_of("The Lesotho Defence Force and the Namibian Defence Force trained together near Maseru in May.");
  CHECK(related(r, "Lesotho Defence Force", "Lesotho"));
  CHECK(related(r, "Namibian Defence Force", "Namibia"));
}

TEST_CASE("national bodies: another nation's listed acronym in brackets ends [s37-v4]", "[lexicon][s37-v4]") {
  // a name written after one nation with the acronym of another nation's listed body:
  // two merges that each chose the other once made a cycle that never ended
  auto names = entity_names(analyse("Chile's Cyber Defence Centre (UZCERT) and Peru's Cyber Unit (MACRA) signed a memorandum."));
  CHECK(has(names, "Chile:Nation"));
  CHECK(has(names, "Peru:Nation"));
}
