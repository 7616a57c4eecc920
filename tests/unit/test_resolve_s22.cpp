// Session 22: more organisations' head words, and a nation's body named with
// the nation after "of" in two ways ("Embassy of the Republic of Estonia",
// "Embassy of Estonia") is one node. Texts written for the test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "article_graph.hpp"
#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// The labels of the organisation nodes of one article written for the test.
std::vector<std::string> body_labels(const std::string& body) {
  return node_labels(article_graph(article(body)), NodeType::Organisation);
}

}  // namespace

TEST_CASE("s22: establishments, inspectorates, embassies and courts are organisations", "[recognise][s22]") {
  check_entity_rows({
      {"The Norwegian Defence Research Establishment, based in Kjeller, hosted the talks.",
       {"Norwegian Defence Research Establishment:Organisation"},
       {}},
      {"The Defence Cyber Inspectorate and the Atlantic Observatory sent observers.",
       {"Defence Cyber Inspectorate:Organisation", "Atlantic Observatory:Organisation"},
       {}},
      {"The European Parliament's Subcommittee on Security and Defence heard the director on Monday.",
       {"Subcommittee on Security and Defence:Organisation"},
       {}},
      // an occasion's head word alone, or with a number, names none
      {"Cyber Defence Digest - Week 44\n\nThe forum in Tallinn was busy.", {}, {"Week:Event"}},
      {"The Embassy of Finland in Tallinn said the International Criminal Court had replied.",
       {"Embassy of Finland:Organisation", "International Criminal Court:Organisation"},
       {}},
  });
}

TEST_CASE("s22: a body named with its nation after 'of' in two ways is one node", "[resolve][s22]") {
  CHECK(body_labels("The Embassy of the Republic of Estonia in Canberra opened in 2021. The Embassy of Estonia "
                    "hosted the talks on Monday.") == std::vector<std::string>{"Embassy of the Republic of Estonia"});
  // two nations' embassies stay two
  CHECK(body_labels("The Embassy of Estonia and the Embassy of Latvia hosted the talks on Monday.").size() == 2);
}
