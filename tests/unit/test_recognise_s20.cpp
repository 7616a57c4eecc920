// Session 20, recognition: nations' bodies named with the English possessive
// ("the Philippines' Cyber Command"), French names that only look like a
// demonym, role phrases that are no organisation, and "predecessor" as a
// person cue. Texts written for the test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a body of a nation whose name ends in -s is labelled with the possessive apostrophe alone", "[recognise][s20]") {
  check_entity_rows({
      {"MANILA - The Philippines has formed a new Cyber Command, the military said on Tuesday. "
       "The Cyber Command will report to the Ministry of Defence.",
       {"Philippines' Cyber Command:Organisation", "Philippines' Ministry of Defence:Organisation"},
       {"Philippines's Cyber Command:Organisation", "Philippines's Ministry of Defence:Organisation"}},
      {"The Philippines' Cyber Command held a drill with the Netherlands' National Cyber Security Centre on Monday.",
       {"Philippines' Cyber Command:Organisation", "Netherlands' National Cyber Security Centre:Organisation"},
       {"Philippines's Cyber Command:Organisation", "Netherlands's National Cyber Security Centre:Organisation"}},
      // other nations keep "'s"
      {"TALLINN - Estonia has formed a new Cyber Command, the military said on Tuesday.",
       {"Estonia's Cyber Command:Organisation"},
       {"Estonia' Cyber Command:Organisation"}},
      {"NICOSIA - Cyprus has formed a new Cyber Command, the military said on Tuesday.",
       {"Cyprus's Cyber Command:Organisation"},
       {"Cyprus' Cyber Command:Organisation"}},
  });
}

TEST_CASE("a capitalised span closing with a role word is a role, not an organisation", "[recognise][s20]") {
  check_entity_rows({
      {"Jane Smith, the Press Officer of the Estonian Defence League, said the drill began on Monday.",
       {"Jane Smith:Person", "Estonian Defence League:Organisation"},
       {"Press Officer:Organisation"}},
      {"Mark Lee, the Chief Information Officer of the Harbour Cyber Agency, said the network held.",
       {"Mark Lee:Person", "Harbour Cyber Agency:Organisation"},
       {"Information Officer:Person", "Chief Information Officer:Organisation"}},
      {"The Liaison Officer of the Baltic Cyber Centre met Estonian officials in Tallinn.",
       {"Baltic Cyber Centre:Organisation"},
       {"Liaison Officer:Organisation", "Liaison Officer:Person"}},
      {"The Estonian Press Officer, Anne Lee, said the drill began on Monday.",
       {"Anne Lee:Person", "Estonia:Nation"},
       {"Estonian Press Officer:Organisation"}},
      // names that close with other words, or join words with "of", stay names
      {"Officials from the Office of the Data Protection Commissioner met Anne Lee on Monday.",
       {"Office of the Data Protection Commissioner:Organisation", "Anne Lee:Person"},
       {}},
      {"The Harbour Cyber Agency hired Anne Lee as its Programme Manager in May.",
       {"Harbour Cyber Agency:Organisation", "Anne Lee:Person"},
       {"Programme Manager:Organisation"}},
  });
}

TEST_CASE("a name after 'predecessor' or 'successor' is a person's", "[recognise][s20]") {
  check_entity_rows({
      {"Raul Kask took over the Harbour Cyber Agency in March. His predecessor, Kuusk, retired.",
       {"Kuusk:Person"},
       {"Kuusk:Organisation", "Kuusk:Place"}},
      {"Maris Lauri now heads the Harbour Cyber Agency. Her successor, Vaher, starts in May.",
       {"Vaher:Person"},
       {"Vaher:Organisation", "Vaher:Place"}},
      {"Kask was named as the successor of Ilves at the Harbour Cyber Agency.",
       {"Ilves:Person"},
       {}},
      // a name before the noun is no cue: "the Tallinn successor" is no person
      {"The Harbour Cyber Agency said its Tallinn successor body opens in May.",
       {"Harbour Cyber Agency:Organisation"},
       {"Tallinn:Person"}},
  });
}

TEST_CASE("two nations' bodies of one name in one document are two entities", "[recognise][s20]") {
  check_entity_rows({
      {"Estonia's Ministry of Finance and Latvia's Ministry of Finance signed a deal on Monday.",
       {"Latvia's Ministry of Finance:Organisation", "Ministry of Finance:Organisation"},
       {}},
      // one nation's body named twice stays one
      {"Estonia's Ministry of Finance signed a deal on Monday. Estonia's Ministry of Finance said it was final.",
       {"Ministry of Finance:Organisation"},
       {"Estonia's Ministry of Finance:Organisation"}},
  });
}
