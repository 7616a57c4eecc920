// Publication dates, session 10: a labelled dateline after a section's
// name and a bar ("World | Posted: 12 Mar 2025, 09:40 GMT").
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s10: a labelled dateline after a section name and a bar", "[document][metadata][s10]") {
  const std::string story = "\n\nPorts test their cyber plans\n\nThe port of Valdora ran a drill last week.\n";
  check_meta_rows({
      {"HARBOUR TECH REVIEW\nWorld | Posted: 12 Mar 2025, 09:40 GMT" + story, MetaField::published, "2025-03-12"},
      // a month and year after a bar ("Vol. 4 | March 2025") is no day of publication
      {"HARBOUR TECH REVIEW\nVol. 4, Issue 3 | March 2025" + story, MetaField::published, ""},
      // a section's name, then the date alone
      {"HARBOUR TECH REVIEW\nPorts & Shipping | 12 March 2025" + story, MetaField::published, "2025-03-12"},
      // a headline with a date after a bar is a title, not a dateline
      {"Valdora port drill ends | 12 March 2025\n\nText.\n", MetaField::published, ""},
      // a bar in a title is no dateline
      {"Ports | what the 12 March 2025 drill taught\n\nThe port of Valdora ran a drill.\n", MetaField::published, ""},
  });
}
