// Session 11, round 2 (R1): constructions of exercise and agreement news
// that left both ends recognised but unrelated. Each row is written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("r1 s11: a nation's contingent drawn from named bodies", "[relate][s11][participates_in]") {
  check_relation_rows({
      // the demonym before the group noun no longer hides the noun from the pattern
      {"Cyber Coalition opened on Monday. The Danish contingent, drawn from the Danish Defence Intelligence Service "
       "and the Danish Agency for Digital Government, is the smallest team.",
       {"Danish Defence Intelligence Service participates_in Cyber Coalition",
        "Danish Agency for Digital Government participates_in Cyber Coalition"},
       {}},
      {"Locked Shields began in Tallinn. Kenya's delegation, made up of officers from the Kenya Defence Forces, arrived late.",
       {"Kenya Defence Forces participates_in Locked Shields"},
       {}},
  });
}

TEST_CASE("r1 s11: signed but not ratified is still signed", "[relate][s11][party_to]") {
  check_relation_rows({
      {"Ghana, which has signed but not ratified the Budapest Convention, sent an observer.",
       {"Ghana party_to Budapest Convention"},
       {}},
      {"Peru has signed but not yet ratified the Malabo Convention, officials said.",
       {"Peru party_to Malabo Convention"},
       {}},
      // a plain denial still cancels the verb
      {"Peru has not signed the Malabo Convention, officials said.",
       {},
       {"Peru party_to Malabo Convention"}},
  });
}

TEST_CASE("r1 s11: a relative clause after an exercise's place and time is the exercise's", "[relate][s11][participates_in]") {
  check_relation_rows({
      {"Kenya hosted the drill Iron Mesa in Mombasa in March 2025, which was organised by the African Union "
       "and in which teams from Uganda, Burundi and Rwanda took part.",
       {"Uganda participates_in Iron Mesa", "African Union organises Iron Mesa"},
       {}},
      {"Cyber Coalition opened on Monday. Peru later staged the exercise Andes Shield in Lima, which was run by the Peruvian Army "
       "with teams from Chile.",
       {"Peruvian Army organises Andes Shield", "Chile participates_in Andes Shield"},
       {"Chile participates_in Cyber Coalition"}},
  });
}

TEST_CASE("r1 s11: a speaker list that opens with a role before the name", "[relate][s11][participates_in]") {
  check_relation_rows({
      {"The Riga Cyber Summit opened on Tuesday. Among the keynote speakers were the head of the Latvian Defence Forces' "
       "Cyber Command, Colonel Janis Berzins, and Olena Kovalenko, the deputy head of Poland's Ministry of Digital Affairs.",
       {"Janis Berzins participates_in Riga Cyber Summit", "Olena Kovalenko participates_in Riga Cyber Summit"},
       {}},
      {"The Riga Cyber Summit opened on Tuesday. Among the guests was the Canadian ambassador to Latvia, Anne Roy.",
       {"Anne Roy participates_in Riga Cyber Summit"},
       {}},
  });
}

TEST_CASE("r1 s11: an exercise held under a nation's or body's command", "[relate][s11][organises]") {
  check_relation_rows({
      {"The second drill, codenamed Cyber Coalition, took place in Riga in May under Latvian command, with 90 specialists taking part.",
       {"Latvia organises Cyber Coalition"},
       {}},
      {"Locked Shields was run from Tallinn under Estonia's leadership.", {"Estonia organises Locked Shields"}, {}},
      {"Cyber Coalition was held in Tartu under the command of Allied Command Transformation.",
       {"Allied Command Transformation organises Cyber Coalition"},
       {}},
      // troops under a nation's command say nothing of who ran the exercise
      {"Troops serving under Polish command took part in Locked Shields.", {}, {"Poland organises Locked Shields"}},
  });
}

TEST_CASE("r1 s11: both commands, the two ministries: the two bodies just named", "[relate][s11][participates_in]") {
  check_relation_rows({
      {"Poland's Cyberspace Defence Forces Component Command and Latvia's Cyber Command will cooperate closely. "
       "Both commands took part, in October, in the exercise Locked Shields.",
       {"Cyberspace Defence Forces Component Command participates_in Locked Shields",
        "Latvia's Cyber Command participates_in Locked Shields"},
       {}},
  });
}

TEST_CASE("r1 s11: a regional adjective before 'cyber drill' names no exercise", "[relate][s11][participates_in]") {
  check_relation_rows({
      {"Zambia hosted Lake Guard 2026 in May. CERT teams from Kenya and Malawi took part in an East African cyber drill.",
       {},
       {"Kenya participates_in East African", "Zambia organises East African"}},
      {"Teams from Fiji joined the exercise Coral Net in Suva. It was the largest Pacific cyber drill so far.",
       {"Fiji participates_in Coral Net"},
       {"Fiji participates_in Pacific"}},
  });
}
