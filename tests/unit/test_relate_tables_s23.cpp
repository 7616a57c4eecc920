// Tables whose rows are participations, session 23: under a header naming
// nations or teams, each row's nations and bodies take part in the exercise
// the story is about (or the one the row names); a host's row organises it;
// an observer's row, or a table of something else, states no part taken.
// Texts written for the test, read as Markdown articles.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"

using namespace newsgraph;

namespace {

// "source type target" of every edge of one Markdown article.
std::vector<std::string> edges_of(const std::string& body) {
  auto lex = default_lexicon();
  GraphAssembler assembler(*lex);
  std::string bytes = "# Exercise review\n\n*By Ana Ruiz, 12 March 2026*\n\n" + body + "\n";
  assembler.add(extract_document(read_document_bytes(bytes, "doc.md", DocumentFormat::Markdown), *lex));
  KnowledgeGraph g = assembler.finish();
  std::vector<std::string> out;
  for (auto [it, end] = boost::edges(g.storage()); it != end; ++it)
    out.push_back(g.node(g.source(*it)).label + " " + std::string(to_string(g.edge(*it).type)) + " " +
                  g.node(g.target(*it)).label);
  return out;
}

bool has(const std::vector<std::string>& edges, const std::string& edge) {
  return std::find(edges.begin(), edges.end(), edge) != edges.end();
}

}  // namespace

TEST_CASE("s23: a table's rows of nations and teams take part in the story's exercise", "[relate][s23]") {
  auto edges = edges_of(
      "Amber Wolf 2026 ran from 2 to 6 March in Tartu.\n\n| Nation | Team | Role |\n|---|---|---|\n"
      "| Estonia | CERT-EE | host |\n| Latvia | CERT.LV | blue team |\n| Finland | NCSC-FI | observer |\n\n"
      "The drill went well.");
  CHECK(has(edges, "Estonia organises Amber Wolf"));
  CHECK(has(edges, "Latvia participates_in Amber Wolf"));
  CHECK(has(edges, "CERT.LV participates_in Amber Wolf"));
  CHECK_FALSE(has(edges, "Finland participates_in Amber Wolf"));
  // a table of dates and places names no participants
  auto agenda = edges_of(
      "Amber Wolf 2026 ran from 2 to 6 March in Tartu.\n\n| Date | Meeting | Place |\n|---|---|---|\n"
      "| 4 March | Estonia briefing | Tallinn |\n");
  CHECK_FALSE(has(agenda, "Estonia participates_in Amber Wolf"));
}
