// Session 20, resolution of nations' bodies across documents: two articles,
// each about one nation's body of a name many nations use ("Ministry of
// Finance", "Computer Emergency Response Team"), give two nodes; the same
// nation's body named in two articles gives one; a label two nations'
// bodies would share names the nation. Texts written for the test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "document/document.hpp"
#include "extract_fixtures.hpp"
#include "resolve_fixtures.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// The labels of the organisations whose label or alias is `name`.
std::vector<std::string> bodies_named(const KnowledgeGraph& g, const std::string& name) {
  std::vector<std::string> out;
  for (NodeId v = 0; v < g.node_count(); ++v) {
    const NodeProps& n = g.node(v);
    if (n.type != NodeType::Organisation) continue;
    bool named = n.label == name;
    for (const auto& a : n.aliases) named = named || a == name;
    if (named) out.push_back(n.label);
  }
  return out;
}

struct BodyRow {
  std::vector<std::string> texts;  // one article each
  std::string name;                // a name of the bodies
  std::vector<std::string> labels; // the labels of the nodes with that name, in graph order
};

void check_body_rows(const std::vector<BodyRow>& rows) {
  for (const auto& row : rows) {
    INFO(row.texts.front() << " | " << row.texts.back());
    CHECK(bodies_named(graph_of(row.texts), row.name) == row.labels);
  }
}

}  // namespace

TEST_CASE("two nations' bodies of a name not in the generic word list stay two nodes across documents", "[resolve][s20]") {
  check_body_rows({
      {{"Estonia's Ministry of Finance approved the budget on Monday.",
        "The Philippines' Ministry of Finance approved the budget on Tuesday."},
       "Ministry of Finance",
       {"Estonia's Ministry of Finance", "Philippines' Ministry of Finance"}},
      {{"Latvia's Computer Emergency Response Team warned banks on Monday.",
        "Kenya's Computer Emergency Response Team warned banks on Tuesday."},
       "Computer Emergency Response Team",
       {"Kenya's Computer Emergency Response Team", "Latvia's Computer Emergency Response Team"}},
      {{"The Ministry of Finance of Estonia approved the budget on Monday. The Ministry of Finance said it was final.",
        "Chile's Ministry of Finance approved the budget on Tuesday."},
       "Ministry of Finance",
       {"Ministry of Finance", "Ministry of Finance of Estonia"}},
      // one nation's body in two articles: one node
      {{"Estonia's Ministry of Finance approved the budget on Monday.",
        "Estonia's Ministry of Finance said on Tuesday that the Ministry of Finance would hire."},
       "Ministry of Finance",
       {"Ministry of Finance"}},
      // a bare name joins the one nation's body so named
      {{"Estonia's Tax Board approved the budget on Monday.",
        "The Tax Board said on Tuesday that the budget was final."},
       "Tax Board",
       {"Tax Board"}},
      // not a ministry's name, which every nation's government has (s28-e4: cues.json nation_wide_names)
      {{"Estonia's Ministry of Finance approved the budget on Monday.",
        "The Ministry of Finance said on Tuesday that the budget was final."},
       "Ministry of Finance",
       {"Estonia's Ministry of Finance", "Ministry of Finance"}},
      // a body with a specific name is no nation's body of a shared name
      {{"The Tallinn Cyber Finance Group opened an office on Monday.",
        "The Tallinn Cyber Finance Group said on Tuesday that it would hire."},
       "Tallinn Cyber Finance Group",
       {"Tallinn Cyber Finance Group"}},
  });
}
