// Tables whose rows are participations, session 23: under a header naming
// nations or teams, each row's nations and bodies take part in the exercise
// the story is about (or the one the row names); a host's row organises it;
// an observer's row, or a table of something else, states no part taken.
// Texts written for the test, read as Markdown articles.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "article_graph.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// "source type target" of every edge of one Markdown article.
std::vector<std::string> edges_of(const std::string& body) {
  return edge_lines(article_graph("# Exercise review\n\n*By Ana Ruiz, 12 March 2026*\n\n" + body + "\n", "doc.md",
                                  DocumentFormat::Markdown));
}

}  // namespace

TEST_CASE("s23: a table's rows of nations and teams take part in the story's exercise", "[relate][s23]") {
  auto edges = edges_of(
      "Amber Wolf 2026 ran from 2 to 6 March in Tartu.\n\n| Nation | Team | Role |\n|---|---|---|\n"
      "| Estonia | CERT-EE | host |\n| Latvia | CERT.LV | blue team |\n| Finland | NCSC-FI | observer |\n\n"
      "The drill went well.");
  CHECK(contains(edges, "Estonia organises Amber Wolf"));
  CHECK(contains(edges, "Latvia participates_in Amber Wolf"));
  CHECK(contains(edges, "CERT.LV participates_in Amber Wolf"));
  CHECK_FALSE(contains(edges, "Finland participates_in Amber Wolf"));
  // a table of dates and places names no participants
  auto agenda = edges_of(
      "Amber Wolf 2026 ran from 2 to 6 March in Tartu.\n\n| Date | Meeting | Place |\n|---|---|---|\n"
      "| 4 March | Estonia briefing | Tallinn |\n");
  CHECK_FALSE(contains(agenda, "Estonia participates_in Amber Wolf"));
}
