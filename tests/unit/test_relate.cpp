#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("membership in active and passive voice, with coordinated subjects", "[relate]") {
  auto r = relations_of("Chile and Peru joined NATO in 2021. Mexico was formally admitted into the European Union.\n\nIt was news.");
  CHECK(has(r, "Chile member_of North Atlantic Treaty Organization 2021"));
  CHECK(has(r, "Peru member_of North Atlantic Treaty Organization 2021"));
  // Another admission, to something else: the date of the sentence before is not its date.
  CHECK(has(r, "Mexico member_of European Union"));
}

TEST_CASE("negated and planned statements give no edge", "[relate]") {
  auto r = relations_of("Iceland did not join NATO. Brazil plans to join the European Union. Chile would join ASEAN.");
  CHECK(r.empty());
}

TEST_CASE("participation and organisation, with the date of the clause", "[relate]") {
  auto r = relations_of("Last year, Kenya took part in Cyber Flag, hosted by the United States.", Date{2024, 5, 2});
  CHECK(has(r, "Kenya participates_in Cyber Flag 2023"));
  // hosting the exercise that took place last year
  CHECK(has(r, "United States organises Cyber Flag 2023"));
}

TEST_CASE("a relative date without a publication date gives no date", "[relate]") {
  auto r = relations_of("Last year, Kenya took part in Cyber Flag.");
  CHECK(has(r, "Kenya participates_in Cyber Flag"));
}

TEST_CASE("possessives and appositions give structure and roles", "[relate]") {
  auto r = relations_of(
      "Chile's Coastal Operations Command joined Cyber Flag. "
      "Ana Ruiz, the Director of the Coastal Operations Command, spoke. "
      "Luis Vega, the deputy director of the Harbour Institute, agreed.");
  CHECK(has(r, "Coastal Operations Command part_of Chile"));
  CHECK(has(r, "Coastal Operations Command participates_in Cyber Flag"));
  CHECK(has(r, "Ana Ruiz leads Coastal Operations Command"));
  CHECK(has(r, "Luis Vega affiliated_with Harbour Institute"));
}

TEST_CASE("titles before names give leads", "[relate]") {
  auto r = relations_of("Kenyan President Amani Odera met with NATO Secretary General Pia Lund in Oslo.", Date{2024, 1, 9});
  CHECK(has(r, "Amani Odera leads Kenya"));
  CHECK(has(r, "Pia Lund leads North Atlantic Treaty Organization"));
  CHECK(has(r, "Amani Odera met_with Pia Lund"));
}

TEST_CASE("places: city and nation, capital of, based in", "[relate]") {
  auto r = relations_of("The drill took place in the Chilean capital of Santiago. The Andes Cyber Institute, based in Lima, Peru, trains staff.");
  CHECK(has(r, "Santiago located_in Chile"));
  CHECK(has(r, "Andes Cyber Institute located_in Lima"));
  CHECK(has(r, "Lima located_in Peru"));
}

TEST_CASE("lists after such as share the relation", "[relate]") {
  auto r = relations_of("The participating nations include the members of the Five Eyes, such as Canada and Australia.");
  CHECK(has(r, "Canada member_of Five Eyes"));
  CHECK(has(r, "Australia member_of Five Eyes"));
}

TEST_CASE("a journalist's outlet from a byline and a predicate", "[relate]") {
  auto r = relations_of("By Noor Haddad, The Gulf Ledger\n\nNoor Haddad is a correspondent for The Gulf Ledger.");
  CHECK(has(r, "Noor Haddad affiliated_with Gulf Ledger"));
}

TEST_CASE("the two who met adopt an agreement for what they lead", "[relate]") {
  auto r = relations_of(
      "Chilean President Amani Odera met with NATO Secretary General Pia Lund, where the two signed the Andean Security Partnership Programme.");
  CHECK(has(r, "Chile party_to Andean Security Partnership Programme"));
  CHECK(has(r, "North Atlantic Treaty Organization party_to Andean Security Partnership Programme"));
}

TEST_CASE("the same relation at two times is two edges", "[relate]") {
  auto r = relations_of("Kenya took part in Cyber Flag in 2019 and again in March of this year.", Date{2024, 6, 1});
  CHECK(has(r, "Kenya participates_in Cyber Flag 2019"));
  CHECK(has(r, "Kenya participates_in Cyber Flag 2024-03"));
}

TEST_CASE("a date of another fact later in the sentence is not the edge's", "[relate]") {
  auto r = relations_of("Chile joined the Andes Cyber Institute, a training centre founded in 1999.");
  CHECK(has(r, "Chile member_of Andes Cyber Institute"));
}

TEST_CASE("a hyphenated role word matches its pattern", "[relate]") {
  auto r = relations_of("Lee Jun-il, the director-general of the Harbour Bureau, spoke.");
  CHECK(has(r, "Lee Jun-il leads Harbour Bureau"));
}
