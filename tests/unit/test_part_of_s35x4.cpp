// Relations and names, session 35 (x4): part_of in shapes news uses for units and
// bodies: a team "is set up within" a body (a timeline's present tense); "Kenya's national
// response team KE-CIRT" (an owner's kind of body, then its name);
// "the Minister of Defence of Moldova, X" (the title's nation after it names its ministry);
// every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s35-x4: a body set up within another, in a timeline's present tense", "[relate][part_of][s35-x4]") {
  check_relation_rows({
      {"2012 - The Ghana National CERT (GHCERT) is set up within the Ministry of Communications.",
       // (the team's name mentions Ghana, whose the ministry is: session 40)
       {"Ghana National CERT part_of Ghana's Ministry of Communications 2012"},
       {}},
      {"In 2017 the Kivu Response Team is established within the Congolese Posts Authority, which regulates telecoms.",
       {"Kivu Response Team part_of Congolese Posts Authority 2017"},
       {}},
  });
}

TEST_CASE("s35-x4: an owner's kind of body, then its name, with no comma", "[relate][part_of][s35-x4]") {
  check_relation_rows({
      {"Kenya's national response team KE-CIRT met officials from Tanzania on Monday.",
       {"KE-CIRT part_of Kenya"},
       {}},
      {"The drill was watched by Peru's national cyber agency PECERT and by observers from Chile.",
       {"PECERT part_of Peru"},
       {"PECERT part_of Chile"}},
      // a list of owners' bodies: each item its own owner's
      {"The defenders were Kenya's response team KE-CIRT, Uganda's UG-CERT and Rwanda's RW-CSIRT.",
       {"KE-CIRT part_of Kenya"},
       {"UG-CERT part_of Kenya", "RW-CSIRT part_of Kenya"}},
  });
}

TEST_CASE("s35-x4: a minister's title with its nation after it names that nation's ministry",
          "[relate][part_of][leads][s35-x4]") {
  check_relation_rows({
      {"On Friday the Ministry of Defence of Moldova signed a memorandum with Latvia's Ministry of Defence. "
       "The Latvian delegation met the Minister of Defence of Moldova, Ion Ceban, in Chisinau.",
       {"Ion Ceban leads Ministry of Defence of Moldova"},
       {"Ion Ceban leads Latvia's Ministry of Defence", "Latvia's Ministry of Defence part_of Moldova"}},
  });
}

// Session 35, helper y1: a place no gazetteer knows named with a venue noun ("the Zall-Herr
// barracks", "the Drashovica naval base") is located in the place after "in"/"near".
TEST_CASE("s35-y1: a barracks or base in a city is located there", "[relations][s35-y1]") {
  check_relation_rows({
      {"The new range opened on Monday at the Zall-Herr barracks in Tirana.", {"Zall-Herr located_in Tirana"}, {}},
      {"Cadets trained at the Drashovica naval base in Albania last week.", {"Drashovica located_in Albania"}, {}},
      {"Officers from Skopje visited the Krivolak range on Friday.", {}, {"Krivolak located_in Skopje"}},
  });
}
