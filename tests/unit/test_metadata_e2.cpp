// Metadata, session 27 (e2): a labelled credit after a byline ("Editor: B",
// "Photo: C") names another contributor, never the writer's outlet.
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("e2: a labelled credit after the byline is no outlet", "[document][metadata][e2]") {
  const std::string story = "\n\nLatvia hosted exercise Baltic Kite on Friday, with teams from its neighbours.\n";
  check_meta_rows({
      {"Harbour drill ends\n\nReporter: Maris Ozols | Editor: Ilze Berzina" + story, MetaField::source, ""},
      {"Harbour drill ends\n\nAuthor: Maris Ozols | Photo: Baltic Images" + story, MetaField::source, ""},
      {"Harbour drill ends\n\nReporter: Maris Ozols | Editor: Ilze Berzina" + story, MetaField::author, "Maris Ozols"},
      // an outlet's name after the bar is still the outlet
      {"Harbour drill ends\n\nBy Maris Ozols | Riga Harbour News" + story, MetaField::source, "Riga Harbour News"},
  });
}
