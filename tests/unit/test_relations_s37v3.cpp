// Session 37, helper v3: relation recall on ordinary news (located_in, party_to,
// leads, member_of). Every text written for this test.
#include <catch2/catch.hpp>

#include "article_graph.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s37-v3: a nation's minister leads the bare ministry of that portfolio", "[relate][leads][s37-v3]") {
  auto g = article_graph(article(
      "The charter was signed at a forum that the Ministry of Posts and Digital Economy organised in Hanoi "
      "with teams from Laos and Cambodia. Vietnam's Minister of Posts and Digital Economy, Nguyen Manh Hung, "
      "signed for Hanoi, and Laos's Minister of Technology and Communications, Boviengkham Vongdara, for Vientiane."));
  auto edges = edge_lines(g);
  CHECK(contains(edges, "Nguyen Manh Hung leads Ministry of Posts and Digital Economy"));
  CHECK(contains(edges, "Ministry of Posts and Digital Economy part_of Vietnam"));
  CHECK_FALSE(contains(edges, "Boviengkham Vongdara leads Ministry of Posts and Digital Economy"));
}

TEST_CASE("s37-v3: a ministry two nations' ministers are named with stays neither's", "[relate][leads][s37-v3]") {
  auto g = article_graph(article(
      "The Ministry of Digital Affairs and Posts hosted the talks in Tallinn. Estonia's Minister of Digital Affairs and Posts, Kadri "
      "Saar, met Latvia's Minister of Digital Affairs and Posts, Ilze Berzina, on Monday."));
  auto edges = edge_lines(g);
  CHECK_FALSE(contains(edges, "Kadri Saar leads Ministry of Digital Affairs and Posts"));
  CHECK_FALSE(contains(edges, "Ilze Berzina leads Ministry of Digital Affairs and Posts"));
}

TEST_CASE("s37-v3: a body's seat told by its headquarters after a passive or by sits in", "[relate][located_in][s37-v3]") {
  auto g = article_graph(article(
      "The drill, Red Lotus, was organised by the Andean Cyber Command from 3 to 7 May at its headquarters in Cusco. "
      "The Regional Cyber Centre, which sits in Panama City, sent observers. "
      "ThaiCERT is part of the Electronic Transactions Development Agency and sits in Bangkok."));
  auto edges = edge_lines(g);
  CHECK(contains(edges, "Andean Cyber Command located_in Cusco"));
  CHECK(contains(edges, "Regional Cyber Centre located_in Panama City"));
  CHECK(contains(edges, "ThaiCERT located_in Bangkok"));
  CHECK_FALSE(contains(edges, "Electronic Transactions Development Agency located_in Bangkok"));
}

TEST_CASE("s37-v3: memberships told among founding states, by a second since or a gapped subject", "[relate][member_of][s37-v3]") {
  auto g = article_graph(article(
      "Thailand is among ASEAN's founding states. "
      "Norway has been a member of the Council of Europe since it was set up in 1949 and of the OSCE since 1975. "
      "Laos has been a member of ASEAN since 1997, and Myanmar since 1997. "
      "Peru has been a member of the Andean Community since 1969 and Bolivia since 1971."));
  auto edges = edge_lines(g);
  CHECK(contains(edges, "Thailand member_of Association of Southeast Asian Nations"));
  CHECK(contains(edges, "Norway member_of Organization for Security and Co-operation in Europe"));
  CHECK(contains(edges, "Myanmar member_of Association of Southeast Asian Nations"));
  CHECK(contains(edges, "Bolivia member_of Andean Community"));
  CHECK_FALSE(contains(edges, "Laos member_of Organization for Security and Co-operation in Europe"));
}

TEST_CASE("s37-v3: the ministers of two nations who meet and then sign make both nations parties", "[relate][party_to][s37-v3]") {
  auto g = article_graph(article(
      "On Friday, the interior ministers of Chile and Peru, Carolina Ruiz and Juan Quispe, held talks at Tacna, close "
      "to the border, and signed the Declaration of Tacna on Cyber Crime Cooperation. "
      "Later the two heads of the Bolivian and Argentine bodies met in Salta and signed the Salta Memorandum on Cyber Skills."));
  auto edges = edge_lines(g);
  CHECK(contains(edges, "Chile party_to Declaration of Tacna on Cyber Crime Cooperation"));
  CHECK(contains(edges, "Peru party_to Declaration of Tacna on Cyber Crime Cooperation"));
  // demonyms before a noun name bodies, not the parties themselves
  CHECK_FALSE(contains(edges, "Bolivia party_to Salta Memorandum on Cyber Skills"));
}

TEST_CASE("s37-v3: places told by a town aside or as a town of a nation", "[relate][located_in][s37-v3]") {
  auto g = article_graph(article(
      "The Atacama Cyber Range, in the northern town of Calama, opened on Monday. "
      "For readers new to the region: Tacna is the Peruvian city across the border."));
  auto edges = edge_lines(g);
  CHECK(contains(edges, "Atacama Cyber Range located_in Calama"));
  CHECK(contains(edges, "Tacna located_in Peru"));
}

TEST_CASE("s37-v3: heads told by a title after as, a possessive leadership, a command taken over", "[relate][leads][s37-v3]") {
  auto g = article_graph(article(
      "The drill was the first for Siti Aminah as Chief Executive of the Cyber Security Agency of Brunei. "
      "Under Samuel Kufuor's leadership, the Data Protection Commission has doubled its staff. "
      "Colonel Lena Horvat took over command of the Centre for Cyber Defence on 1 November."));
  auto edges = edge_lines(g);
  CHECK(contains(edges, "Siti Aminah leads Cyber Security Agency of Brunei"));
  CHECK(contains(edges, "Samuel Kufuor leads Data Protection Commission"));
  bool horvat = false;
  for (const auto& e : edges) horvat |= e.starts_with("Lena Horvat leads ") && e.ends_with("Centre for Cyber Defence");
  CHECK(horvat);
}

TEST_CASE("s37-v3: a member told after an apposed subject or among participating states", "[relate][member_of][s37-v3]") {
  auto g = article_graph(article(
      "Botswana's national response team, BWCIRT, became a member of AfricaCERT in July. "
      "The OSCE's 57 participating states, among them Mongolia, agreed the text."));
  auto edges = edge_lines(g);
  CHECK(contains(edges, "BWCIRT member_of African Network of Computer Security Incident Response Teams"));
  CHECK(contains(edges, "Mongolia member_of Organization for Security and Co-operation in Europe"));
  CHECK_FALSE(contains(edges, "Botswana member_of African Network of Computer Security Incident Response Teams"));
}

TEST_CASE("s37-v3: a seat told by whose offices, a firm named after its town and trade", "[relate][located_in][s37-v3]") {
  auto g = article_graph(article(
      "The Danube Cyber Directorate, whose offices are in Ruse, ran the scenario. "
      "The Cluj-Napoca cyber start-up Secure Carpathia built the platform."));
  auto edges = edge_lines(g);
  CHECK(contains(edges, "Danube Cyber Directorate located_in Ruse"));
  CHECK(contains(edges, "Secure Carpathia located_in Cluj-Napoca"));
}

TEST_CASE("s37-v3: in a labelled participant line the owner of a unit takes no part itself", "[relate][participates_in][s37-v3]") {
  auto g = article_graph(article(
      "Exercise Teal Heron 2026 was held in Pokhara from 24 to 26 February. The teams taking part were:\n\n"
      "Sri Lanka: the Sri Lanka Army's Cyber Security Regiment and the Sri Lanka CERT\n\n"
      "Maldives: the Maldives National Defence Force"));
  auto edges = edge_lines(g);
  CHECK(contains(edges, "Cyber Security Regiment participates_in Teal Heron"));
  // the lexicon knows the team by its full name (organisations_national_asia.json)
  CHECK(contains(edges, "Sri Lanka Computer Emergency Readiness Team participates_in Teal Heron"));
  CHECK_FALSE(contains(edges, "Sri Lanka Army participates_in Teal Heron"));
}

TEST_CASE("s37-v3: a unit's base in a place locates the unit", "[relate][located_in][s37-v3]") {
  auto g = article_graph(article(
      "The drill took place at the Navy's Coastal Squadron base in Birzebbuga. "
      "Officials met at the Cyber Policy Office compound in Mosta."));
  auto edges = edge_lines(g);
  bool squadron = false;
  for (const auto& e : edges) squadron |= e.starts_with("Coastal Squadron located_in ");
  CHECK(squadron);
  // a compound is where a body receives guests, not said to be its seat
  CHECK_FALSE(contains(edges, "Cyber Policy Office located_in Mosta"));
}
