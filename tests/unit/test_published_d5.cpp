// Publication dates, helper d5 (session 27): header forms written for the test.
#include "published_rows.hpp"

using namespace newsgraph::testing;

namespace {
const std::string kBody = "\n\nThe coast guard said on Monday that the patrol boats had returned to the harbour.\n";
}

TEST_CASE("d5: an update's date on the byline's line stands in for the publication", "[document][published][d5]") {
  check_published({
      {"Patrol boats return\n\nBy Meera Nair | Updated: Mar 3, 2026, 21:40 IST" + kBody, "2026-03-03"},
      {"Patrol boats return\n\nBy Meera Nair | Last updated 3 March 2026 21:40" + kBody, "2026-03-03"},
      // a publication date written later wins over the update
      {"Patrol boats return\n\nBy Meera Nair | Updated: Mar 5, 2026\nPublished: Mar 3, 2026" + kBody, "2026-03-03"},
  });
}

TEST_CASE("d5: a publication date told with its publisher between label and date", "[document][published][d5]") {
  check_published({
      {"# Harbour Forum 2026\n\n**Transcript.** Recorded in Tallinn on Thursday 5 March 2026; published by the forum "
       "secretariat on 9 March 2026. The forum is run by the city." + kBody,
       "2026-03-09"},
      {"Harbour Forum 2026\n\nNotes of the panel. Released by the Ministry of Defence on 9 March 2026." + kBody,
       "2026-03-09"},
      // a sentence, not a publisher, between the label's words and the date
      {"Harbour Forum 2026\n\nNotes of the panel. Published by the ministry, which said on 9 March 2026 that it "
       "agreed." + kBody,
       ""},
  });
}

#include "article_graph.hpp"

namespace {
// "source type target date" of every edge with a date, "source type target" of one without.
std::vector<std::string> dated_edge_lines(const newsgraph::KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (auto [it, end] = boost::edges(g.storage()); it != end; ++it) {
    const auto& e = g.edge(*it);
    out.push_back(g.node(g.source(*it)).label + " " + std::string(newsgraph::to_string(e.type)) + " " +
                  g.node(g.target(*it)).label + (e.date ? " " + e.date->iso() : ""));
  }
  return out;
}
}  // namespace

TEST_CASE("d5: a headline's co-signers cooperate on the lede's day", "[dating][d5]") {
  const std::string text =
      "Council of the EU\nPRESS RELEASE 12/26\n27/03/2026 11:30\n\n"
      "EU and Chile sign Security and Defence Partnership with a strong cyber component\n\n"
      "The European Union and Chile yesterday signed the EU-Chile Security and Defence Partnership, the framework "
      "for their cooperation in crisis management.\n";
  auto lines = dated_edge_lines(article_graph(text));
  INFO(::Catch::Detail::stringify(lines));
  CHECK(contains(lines, "Chile cooperates_with European Union 2026-03-26"));
  CHECK_FALSE(contains(lines, "Chile cooperates_with European Union"));
}
