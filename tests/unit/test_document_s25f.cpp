// Publication dates, session 25 (f1): a parliamentary paper gives its date
// with the day it was presented or tabled ("Presented: 24 August 2026",
// "Tabled on 3 March 2026"). Texts written for the test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "published_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

std::string paper(const std::string& head) {
  return "Senate Standing Committee on Defence\n\nCyber resilience in the Baltic region\n\n" + head +
         "\n\n2.1 The Committee heard that Latvia and Estonia held a joint drill last month.\n";
}

}  // namespace

TEST_CASE("s25f: a committee paper's presented or tabled date is its publication date", "[document][metadata][s25f]") {
  check_published({
      {paper("Presented: 3 March 2026"), "2026-03-03"},
      {paper("March 2026\nPresented: 3 March 2026"), "2026-03-03"},
      {paper("Tabled on 12 May 2025"), "2025-05-12"},
      {paper("Date tabled: 4 February 2026"), "2026-02-04"},
      {paper("Date presented: 19 October 2026"), "2026-10-19"},
  });
}
