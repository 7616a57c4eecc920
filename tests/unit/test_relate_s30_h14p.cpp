// Relations, session 30 (h14p): precision on wordings unseen text uses, on sentences
// written for these tests. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30 h14p: a yes-no question states nothing", "[relate][s30-h14p]") {
  check_relation_rows({
      {"Did Chile take part in Exercise Grey Heron this year?", {}, {"Chile participates_in Grey Heron"}},
      {"Q: Will Peru join NATO before the summit?", {}, {"Peru member_of North Atlantic Treaty Organization"}},
      {"Has Ecuador taken part in Exercise Grey Heron?", {}, {"Ecuador participates_in Grey Heron"}},
      // a statement with a question after it still states
      {"Chile took part in Exercise Grey Heron, the ministry said.", {"Chile participates_in Grey Heron"}, {}},
  });
}

TEST_CASE("s30 h14p: nations listed after 'the body's member states' are more of the list, not members", "[relate][s30-h14p]") {
  check_relation_rows({
      {"Some 400 experts from EU member states, Switzerland and Serbia joined the drill.",
       {},
       {"Switzerland member_of European Union", "Serbia member_of European Union"}},
      {"Officers from NATO allies, Austria and Ireland attended the course.",
       {},
       {"Austria member_of North Atlantic Treaty Organization", "Ireland member_of North Atlantic Treaty Organization"}},
      // an apposition closed by a comma, or opened by "including", names members
      {"Two NATO allies, Poland and Romania, sent frigates.", {"Poland member_of North Atlantic Treaty Organization", "Romania member_of North Atlantic Treaty Organization"}, {}},
      {"EU member states, including Malta and Cyprus, backed the plan.",
       {"Malta member_of European Union", "Cyprus member_of European Union"},
       {}},
      {"Among the EU member states, Malta spends the least.", {"Malta member_of European Union"}, {}},
      {"NATO allies such as Norway sent ships.", {"Norway member_of North Atlantic Treaty Organization"}, {}},
  });
}
