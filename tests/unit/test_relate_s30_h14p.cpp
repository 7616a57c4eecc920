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
