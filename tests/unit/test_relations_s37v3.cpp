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
