// The shipped gazetteer of real bodies, exercises and nation names
// (src/lexicon/data/*.json): a name it lists is found with its type and,
// for a national body, the nation it belongs to; a name many nations'
// bodies share stays unbound without a nation beside it.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using newsgraph::testing::analyse;
using newsgraph::testing::entity_names;
using newsgraph::testing::has;
using newsgraph::testing::relations_of;

TEST_CASE("gazetteer: a nation's other names are that nation", "[lexicon][g1]") {
  auto names = entity_names(analyse("Officials from the DR Congo and Ivory Coast visited the range in Accra last week."));
  CHECK(has(names, "Democratic Republic of the Congo:Nation"));
  CHECK(has(names, "Côte d'Ivoire:Nation"));
  CHECK_FALSE(has(names, "Republic of the Congo:Nation"));
  names = entity_names(analyse("Observers came from the Democratic Republic of Congo, not from Congo-Brazzaville."));
  CHECK(has(names, "Democratic Republic of the Congo:Nation"));
  CHECK(has(names, "Republic of the Congo:Nation"));
}

TEST_CASE("gazetteer: named cyber exercises are exercises", "[lexicon][g1]") {
  auto names = entity_names(analyse("Teams from Oman and Kenya took part in Defence Cyber Marvel this spring, "
                                    "weeks after the ITU CyberDrill in Muscat."));
  CHECK(has(names, "Defence Cyber Marvel:Exercise"));
  CHECK(has(names, "CyberDrill:Exercise"));
  names = entity_names(analyse("Guardsmen from Vermont trained at Cyber Yankee before CWIX opened in Poland."));
  CHECK(has(names, "Cyber Yankee:Exercise"));
  CHECK(has(names, "CWIX:Exercise"));
}
