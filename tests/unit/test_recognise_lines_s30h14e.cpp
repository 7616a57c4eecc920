// Entities, session 30 (h14e): a Markdown programme's speaker items, "Name, Title,
// Body", have their list marks stripped and read as capitalised lines; a name, a
// comma and a title then a comma make the line a speaker's, not a headline.
#include <catch2/catch.hpp>

#include "article_graph.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30h14e: a Markdown speaker item, a name, a title and a body, is no headline", "[recognise][s30-h14e]") {
  std::string md =
      "# Harbour Cyber Forum\n\nupdated after the forum: 11 December 2026\n\n"
      "**10:30 - Panel: Lessons from the year**\n"
      "- Halyna Borysko-Lind, Deputy Head, State Service for Special Communications of Ukraine (SSSCU)\n"
      "- Tomas Varga, Director, Naval Academy\n"
      "- Ingrid Holm-Aas, Senior Adviser, Nordic Liaison Bureau\n";
  auto g = article_graph(md, "programme.md", DocumentFormat::Markdown);
  auto names = typed_labels(g);
  CHECK(contains(names, "Halyna Borysko-Lind:Person"));
  CHECK(contains(names, "Tomas Varga:Person"));
  CHECK(contains(names, "Ingrid Holm-Aas:Person"));
  auto edges = edge_lines(g);
  CHECK(contains(edges, "Tomas Varga leads Naval Academy"));
  CHECK(contains(edges, "Ingrid Holm-Aas affiliated_with Nordic Liaison Bureau"));
}
