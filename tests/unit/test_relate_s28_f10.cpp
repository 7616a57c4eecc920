// Relations, session 28 (f10): wording families of taking part that recur
// across sets. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s28-f10: a gapped second 'represented by' clause takes part too", "[relate][participates_in][s28-f10]") {
  check_relation_rows({
      {"Latvia hosted the cyber exercise Baltic Lantern last week. Finland was represented by the Finnish "
       "Cyber Centre (FCC), and Estonia by its national team CERT-EE.",
       {"Estonia participates_in Baltic Lantern", "CERT-EE participates_in Baltic Lantern",
        "CERT-EE part_of Estonia"},
       {"Estonia participates_in Finnish Cyber Centre"}},
      {"Latvia hosted the cyber exercise Baltic Lantern last week. Norway was represented by its National "
       "Security Authority, Iceland by the Icelandic Cyber Agency.",
       {"Iceland participates_in Baltic Lantern", "Icelandic Cyber Agency participates_in Baltic Lantern"},
       {}},
  });
}

TEST_CASE("s28-f10: an opposing force that 'was played by' a body's people", "[relate][participates_in][s28-f10]") {
  check_relation_rows({
      {"Latvia hosted the cyber exercise Baltic Lantern last week. The opposing force was played by "
       "specialists of Redline Security, a private company from Gdansk.",
       {"Redline Security participates_in Baltic Lantern"},
       {}},
  });
}

TEST_CASE("s28-f10: a body sending incident handlers takes part", "[relate][participates_in][s28-f10]") {
  check_relation_rows({
      {"Latvia hosted the cyber exercise Baltic Lantern last week. Denmark's Centre for Cyber Security "
       "sent two incident handlers to Riga.",
       {"Denmark's Centre for Cyber Security participates_in Baltic Lantern"},
       {}},
  });
}

TEST_CASE("s28-f10: a subject set off by its apposition sends people", "[relate][participates_in][s28-f10]") {
  check_relation_rows({
      {"Latvia hosted the cyber exercise Baltic Lantern last week. Denmark's civilian cyber agency, the Centre "
       "for Cyber Security (CFCS), sent two incident handlers to Riga.",
       {"Centre for Cyber Security participates_in Baltic Lantern"},
       {}},
      {"Latvia hosted the cyber exercise Baltic Lantern last week. Estonia's army, the Estonian Defence Forces, "
       "sent a team of six.",
       {"Estonia participates_in Baltic Lantern"},
       {}},
  });
}

TEST_CASE("s28-f10: bodies that chair or co-chair a meeting organise it", "[relate][organises][s28-f10]") {
  check_relation_rows({
      // "it" after a story whose last subject was a body still speaks of the meeting
      {"NATO welcomed the step. The second Nordic-Baltic Cyber Dialogue was held in Riga in May. It was "
       "co-chaired by the Latvian Ministry of Defence and the Swedish Civil Contingencies Agency.",
       {"Latvian Ministry of Defence organises Nordic-Baltic Cyber Dialogue",
        "Swedish Civil Contingencies Agency organises Nordic-Baltic Cyber Dialogue"},
       {"North Atlantic Treaty Organization organises Nordic-Baltic Cyber Dialogue"}},
      {"The Arctic Cyber Conference, co-chaired by Iceland and Norway, closed on Friday.",
       {"Iceland organises Arctic Cyber Conference", "Norway organises Arctic Cyber Conference"},
       {}},
      {"The third Baltic Cyber Forum was hosted on Tuesday by the Lithuanian National Cyber Security Centre.",
       {"Lithuanian National Cyber Security Centre organises Baltic Cyber Forum"},
       {}},
  });
}

TEST_CASE("s28-f10: both people co-chairing a numbered meeting take part", "[relate][participates_in][s28-f10]") {
  check_relation_rows({
      {"Anna Berg co-chaired the fourth Finland-Estonia Cyber Dialogue in Helsinki with Estonian "
       "Undersecretary for Defence Policy Mari Tamm.",
       {"Anna Berg participates_in Finland-Estonia Cyber Dialogue",
        "Mari Tamm participates_in Finland-Estonia Cyber Dialogue"},
       {}},
  });
}

TEST_CASE("s28-f10: a body scoring highest in an exercise's strand took part", "[relate][participates_in][s28-f10]") {
  check_relation_rows({
      {"Latvia hosted the cyber exercise Baltic Lantern last week. Denmark's Centre for Cyber Security (CFCS) "
       "finished with the highest score in the forensics strand.",
       {"Denmark's Centre for Cyber Security participates_in Baltic Lantern"},
       {}},
      {"Latvia hosted the cyber exercise Baltic Lantern last week. The Lithuanian team recorded the fastest "
       "time in the malware round.",
       {"Lithuania participates_in Baltic Lantern"},
       {}},
      {"Latvia hosted the cyber exercise Baltic Lantern last week. Norway's NSM achieved the best result of "
       "any civilian agency.",
       {"Norwegian National Security Authority participates_in Baltic Lantern"},
       {}},
  });
}
