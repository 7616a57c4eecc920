// Relations, session 32 (z1): who organised and who took part, by general
// machinery: co-organisers brought in by "in cooperation with" and the like, a
// list going on after a short aside, "they" for the teams just counted, teams
// "of" a body, a team made up of bodies' personnel. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s32-z1: a co-organiser after 'in cooperation with' organises too", "[relate][organises][s32-z1]") {
  check_relation_rows({
      {"Latvia held the cyber exercise Daugava Bastion 2026 this week. The drill, held from 12 to 16 July, was "
       "organised by the Latvian National Armed Forces in cooperation with the European Defence Agency.",
       {"Latvian National Armed Forces organises Daugava Bastion", "European Defence Agency organises Daugava Bastion"},
       {}},
      {"In April 2026, CERT.LV conducted the national exercise Daugava Bastion in Riga, in partnership with the "
       "Latvian National Armed Forces.",
       {"CERT.LV organises Daugava Bastion", "Latvian National Armed Forces organises Daugava Bastion"},
       {}},
      {"The exercise Nemunas Relay was organised by the Lithuanian Armed Forces in collaboration with the European "
       "Defence Agency.",
       {"European Defence Agency organises Nemunas Relay"},
       {}},
      // a companion with an apposition of its own: the apposition stays the companion's
      {"The exercise Nemunas Relay was organised by the Lithuanian Armed Forces in cooperation with the European "
       "Defence Agency, the Brussels-based body.",
       {},
       {"Lithuanian Armed Forces located_in Brussels"}},
  });
}

TEST_CASE("s32-z1: a list of participants goes on after a short aside", "[relate][participates_in][s32-z1]") {
  check_relation_rows({
      {"In May, the Estonian Defence Forces conducted the exercise Saaremaa Shield in Tartu. Teams came from Latvia, "
       "Lithuania and Poland, and - for the first time - from Japan.",
       {"Latvia participates_in Saaremaa Shield", "Poland participates_in Saaremaa Shield",
        "Japan participates_in Saaremaa Shield"},
       {}},
      {"In June, the Latvian National Armed Forces conducted the exercise Daugava Bastion in Riga. Teams came from the "
       "Bank of Latvia, the State Police and, as guest teams, from Finland's Traficom and Sweden's MSB.",
       {"Bank of Latvia participates_in Daugava Bastion", "State Police participates_in Daugava Bastion",
        "Finnish Transport and Communications Agency participates_in Daugava Bastion",
        "Swedish Civil Contingencies Agency participates_in Daugava Bastion"},
       {}},
  });
}

TEST_CASE("s32-z1: teams counted, then where they came from", "[relate][participates_in][s32-z1]") {
  check_relation_rows({
      {"In July, the Lithuanian Armed Forces conducted the exercise Nemunas Relay in Kaunas. Nine teams took part. "
       "They came from the Bank of Lithuania and the State Police.",
       {"Bank of Lithuania participates_in Nemunas Relay", "State Police participates_in Nemunas Relay"},
       {}},
  });
}

TEST_CASE("s32-z1: teams of bodies, and a team made up of bodies' personnel", "[relate][participates_in][s32-z1]") {
  check_relation_rows({
      {"In June, the Latvian National Armed Forces conducted the exercise Daugava Bastion in Riga. Teams of the Bank of "
       "Latvia and the State Police took part.",
       {"Bank of Latvia participates_in Daugava Bastion", "State Police participates_in Daugava Bastion"},
       {}},
      {"In May, the Latvian National Armed Forces conducted the exercise Daugava Bastion in Riga. The Estonian team was "
       "made up of personnel of the Estonian Defence Forces and of the Bank of Estonia.",
       {"Estonian Defence Forces participates_in Daugava Bastion", "Bank of Estonia participates_in Daugava Bastion"},
       {}},
      {"In May, the Latvian National Armed Forces conducted the exercise Daugava Bastion in Riga. The Polish "
       "delegation was drawn from the Polish Cyberspace Defence Forces.",
       {"Polish Cyberspace Defence Forces participates_in Daugava Bastion"},
       {}},
  });
}

TEST_CASE("s32-z1: an exercise or meeting spoken of as 'it' or 'the meeting' co-organised with a body",
          "[relate][organises][s32-z1]") {
  check_relation_rows({
      {"In June, the Latvian National Armed Forces conducted the exercise Daugava Bastion in Riga. Since 2024 it has "
       "been co-organised with the European Defence Agency.",
       {"European Defence Agency organises Daugava Bastion"},
       {}},
      {"The Baltic Cyber Forum took place in Tallinn on Monday. The closed-door meeting was co-organised with the "
       "Embassy of Finland in Tallinn.",
       {"Embassy of Finland organises Baltic Cyber Forum"},
       {}},
  });
}

TEST_CASE("s32-z1: a list repeating 'by' after a possessive goes on", "[relate][participates_in][s32-z1]") {
  check_relation_rows({
      {"In June, the Latvian National Armed Forces conducted the exercise Daugava Bastion in Riga. Estonia was "
       "represented by its Information System Authority and by the Estonian Defence Forces.",
       {"Information System Authority participates_in Daugava Bastion",
        "Estonian Defence Forces participates_in Daugava Bastion"},
       {}},
  });
}

TEST_CASE("s32-z1: a team 'fielded by' a body in a reduced relative", "[relate][participates_in][s32-z1]") {
  check_relation_rows({
      {"In April, the Estonian Defence Forces conducted the exercise Saaremaa Shield in Tartu. The winning blue team "
       "was a joint one fielded by Latvia and Poland.",
       {"Latvia participates_in Saaremaa Shield", "Poland participates_in Saaremaa Shield"},
       {}},
      {"In April, the Estonian Defence Forces conducted the exercise Saaremaa Shield in Tartu. Latvia and Lithuania "
       "took part, with the Latvian team fielded by CERT.LV.",
       {"CERT.LV participates_in Saaremaa Shield"},
       {}},
  });
}

TEST_CASE("s32-z1: 'all three signatories' stands for the three nations that signed", "[relate][participates_in][s32-z1]") {
  check_relation_rows({
      {"Estonia, Latvia and Lithuania signed the Baltic Framework on Cyber Incident Response in Riga in May. Poland "
       "hosted the framework's first tabletop exercise, Vistula Lantern, in Gdansk last October, with teams from all "
       "three signatories.",
       {"Estonia participates_in Vistula Lantern", "Latvia participates_in Vistula Lantern",
        "Lithuania participates_in Vistula Lantern"},
       {}},
  });
}

TEST_CASE("s32-z1: a body 'is hosting' or 'is running' an exercise organises it", "[relate][organises][s32-z1]") {
  check_relation_rows({
      {"NATO's Allied Command Transformation is running Cyber Coalition 2026 this week.",
       {"Allied Command Transformation organises Cyber Coalition"},
       {}},
      {"Germany's Cyber and Information Domain Service is hosting the exercise Elbe Trace this week.",
       {"Cyber and Information Domain Service organises Elbe Trace"},
       {}},
  });
}
