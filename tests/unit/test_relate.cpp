
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("membership in active and passive voice, with coordinated subjects", "[relate]") {
  check_relation_rows(
      {
          // Another admission, to something else: the date of the sentence before is not its date.
          {"Chile and Peru joined NATO in 2021. Mexico was formally admitted into the European Union.\n\nIt was news.",
           {"Chile member_of North Atlantic Treaty Organization 2021",
            "Peru member_of North Atlantic Treaty Organization 2021", "Mexico member_of European Union undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("negated and planned statements give no edge", "[relate]") {
  auto r = relations_of("Iceland did not join NATO. Brazil plans to join the European Union. Chile would join ASEAN.");
  CHECK(r.empty());
}

TEST_CASE("participation and organisation, with the date of the clause", "[relate]") {
  check_relation_rows({
      // hosting the exercise that took place last year
      {"Last year, Kenya took part in Cyber Flag, hosted by the United States.",
       {"Kenya participates_in Cyber Flag 2023", "United States organises Cyber Flag 2023"},
       {},
       Date{2024, 5, 2}},
  });
}

TEST_CASE("a relative date without a publication date gives no date", "[relate]") {
  check_relation_rows(
      {
          {"Last year, Kenya took part in Cyber Flag.", {"Kenya participates_in Cyber Flag undated"}, {}},
      },
      std::nullopt);
}

TEST_CASE("possessives and appositions give structure and roles", "[relate]") {
  check_relation_rows(
      {
          {"Chile's Coastal Operations Command joined Cyber Flag. "
           "Ana Ruiz, the Director of the Coastal Operations Command, spoke. "
           "Luis Vega, the deputy director of the Harbour Institute, agreed.",
           {"Coastal Operations Command part_of Chile undated",
            "Coastal Operations Command participates_in Cyber Flag undated",
            "Ana Ruiz leads Coastal Operations Command undated", "Luis Vega affiliated_with Harbour Institute undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("titles before names give leads", "[relate]") {
  check_relation_rows({
      {"Kenyan President Amani Odera met with NATO Secretary General Pia Lund in Oslo.",
       {"Amani Odera leads Kenya undated", "Pia Lund leads North Atlantic Treaty Organization undated",
        "Amani Odera met_with Pia Lund undated"},
       {},
       Date{2024, 1, 9}},
  });
}

TEST_CASE("places: city and nation, capital of, based in", "[relate]") {
  check_relation_rows(
      {
          {"The drill took place in the Chilean capital of Santiago. The Andes Cyber Institute, based in Lima, Peru, "
           "trains staff.",
           {"Santiago located_in Chile undated", "Andes Cyber Institute located_in Lima undated",
            "Lima located_in Peru undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("lists after such as share the relation", "[relate]") {
  check_relation_rows(
      {
          {"The participating nations include the members of the Five Eyes, such as Canada and Australia.",
           {"Canada member_of Five Eyes undated", "Australia member_of Five Eyes undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("a journalist's outlet from a byline and a predicate", "[relate]") {
  check_relation_rows(
      {
          {"By Noor Haddad, The Gulf Ledger\n\nNoor Haddad is a correspondent for The Gulf Ledger.",
           {"Noor Haddad affiliated_with Gulf Ledger undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("the two who met adopt an agreement for what they lead", "[relate]") {
  check_relation_rows(
      {
          {"Chilean President Amani Odera met with NATO Secretary General Pia Lund, where the two signed the Andean "
           "Security Partnership Programme.",
           {"Chile party_to Andean Security Partnership Programme undated",
            "North Atlantic Treaty Organization party_to Andean Security Partnership Programme undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("the same relation at two times is two edges", "[relate]") {
  check_relation_rows({
      {"Kenya took part in Cyber Flag in 2019 and again in March of this year.",
       {"Kenya participates_in Cyber Flag 2019", "Kenya participates_in Cyber Flag 2024-03"},
       {},
       Date{2024, 6, 1}},
  });
}

TEST_CASE("a date of another fact later in the sentence is not the edge's", "[relate]") {
  check_relation_rows(
      {
          {"Chile joined the Andes Cyber Institute, a training centre founded in 1999.",
           {"Chile member_of Andes Cyber Institute undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("a hyphenated role word matches its pattern", "[relate]") {
  check_relation_rows(
      {
          {"Lee Jun-il, the director-general of the Harbour Bureau, spoke.",
           {"Lee Jun-il leads Harbour Bureau undated"},
           {}},
      },
      std::nullopt);
}
