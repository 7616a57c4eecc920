// Session 18: broader readings of who a person works for. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("affiliation s18: person of a body before any verb or preposition", "[relate][affiliated_with][s18]") {
  check_relation_rows({
      {"Colonel Pavel Marek of the Baltic Cyber Centre led the drill.",
       {"Pavel Marek affiliated_with Baltic Cyber Centre"},
       {}},
      {"Ambassador Helena Voss of Austria opened the forum in Vienna.",
       {"Helena Voss affiliated_with Austria"},
       {}},
      {"Pavel Marek of the Baltic Cyber Centre, who joined last year, ran the exercise.",
       {"Pavel Marek affiliated_with Baltic Cyber Centre"},
       {}},
      {"Pavel Marek, from the Baltic Cyber Centre, said the drill went well.",
       {"Pavel Marek affiliated_with Baltic Cyber Centre"},
       {}},
  });
}

TEST_CASE("affiliation s18: a body or nation named before the role or the name", "[relate][affiliated_with][s18]") {
  check_relation_rows({
      {"Pavel Marek, a former Microsoft engineer, said the flaw was old.",
       {"Pavel Marek affiliated_with Microsoft"},
       {}},
      {"Austria's Helena Voss said the forum would meet again in May.",
       {"Helena Voss affiliated_with Austria"},
       {}},
      {"Austrian diplomat Helena Voss said the forum would meet again in May.",
       {"Helena Voss affiliated_with Austria"},
       {}},
      // a head of state the lexicon knows leads the nation: no weaker affiliation beside it
      {"Russia's Vladimir Putin said the deal was overdue.",
       {"Vladimir Putin leads Russia"},
       {"Vladimir Putin affiliated_with Russia"}},
  });
}

TEST_CASE("affiliation s18: the head of a nation's delegation", "[relate][affiliated_with][s18]") {
  check_relation_rows({
      {"The Austrian delegation was headed by Ambassador for Cyber Affairs Helena Voss.",
       {"Helena Voss affiliated_with Austria"},
       {}},
      {"Chile's delegation was led by Deputy Minister Rodrigo Fuentes, who met the host on Monday.",
       {"Rodrigo Fuentes affiliated_with Chile"},
       {}},
      // the body the sentence names for her is her affiliation, not the delegation's nation
      {"The Austrian delegation was led by the director of the Baltic Cyber Centre, Helena Voss.",
       {"Helena Voss leads Baltic Cyber Centre"},
       {"Helena Voss affiliated_with Austria"}},
      {"The Austrian delegation was led by Helena Voss, an analyst at the Baltic Cyber Centre.",
       {"Helena Voss affiliated_with Baltic Cyber Centre"},
       {"Helena Voss affiliated_with Austria"}},
  });
}

TEST_CASE("affiliation s18: a possessive head of a field heads a unit of the body", "[relate][affiliated_with][s18]") {
  check_relation_rows({
      {"\"Nothing is settled,\" said Helena Voss, the Baltic Cyber Centre's head of threat analysis.",
       {"Helena Voss affiliated_with Baltic Cyber Centre"},
       {"Helena Voss leads Baltic Cyber Centre"}},
      {"\"Nothing is settled,\" said Helena Voss, the Baltic Cyber Centre's director of communications.",
       {"Helena Voss affiliated_with Baltic Cyber Centre"},
       {"Helena Voss leads Baltic Cyber Centre"}},
      // the title alone, or a field that is the whole body, still reads leads
      {"\"Nothing is settled,\" said Helena Voss, the Baltic Cyber Centre's director.",
       {"Helena Voss leads Baltic Cyber Centre"},
       {}},
      {"\"Nothing is settled,\" said Helena Voss, Austria's head of state.",
       {"Helena Voss leads Austria"},
       {}},
  });
}
