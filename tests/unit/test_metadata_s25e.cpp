// Metadata, session 25 (e): a crosshead after a wire dateline that opens the story
// is part of the story, never the outlet's masthead.
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25e: a line after a dateline that opens the story names no outlet", "[document][metadata][s25e]") {
  const std::string opening = "RIGA, 4 May 2025 - Latvia hosted exercise Baltic Kite on Friday, with teams from its neighbours.\n\n";
  check_meta_rows({
      {opening + "WHO TOOK PART\n\nEstonia and Lithuania took part in the exercise.\n", MetaField::source, ""},
      {opening + "THE RESULTS\n\nThe teams did well.\n", MetaField::source, ""},
      // a masthead above the headline still names the outlet
      {"THE HARBOUR POST\n\nPorts test their cyber plans\n\n" + opening, MetaField::source, "THE HARBOUR POST"},
  });
}
