// Relations, session 28 (f8): precision and recall gaps of heldout13's
// articles 01-05, by wording family. Each text is read as published on
// Wednesday 18 June 2025 unless it says otherwise.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s28-f8: a deputy's post read by a cue leads nothing", "[relate][leads][s28-f8]") {
  check_relation_rows({
      {"Colonel Mart Kask was until now deputy director of the Estonian Information System Authority, "
       "which runs the state's networks.",
       {"Mart Kask affiliated_with Estonian Information System Authority"},
       {"Mart Kask leads Estonian Information System Authority"}},
      {"Ilze Berzina, who was until last year vice chairman of the Latvian Cyber Council, spoke first.",
       {},
       {"Ilze Berzina leads Latvian Cyber Council"}},
  });
}

TEST_CASE("s28-f8: a nation's possessive opening an apposition is no second object", "[relate][leads][s28-f8]") {
  check_relation_rows({
      {"Colonel Mart Kask was until now deputy director of the Estonian Information System Authority (RIA), "
       "Estonia's civilian cyber agency.",
       {},
       {"Mart Kask leads Estonia", "Mart Kask affiliated_with Estonia"}},
      {"Karl Sepp, the head of the Cyber Range Office, Finland's training body, opened the course.",
       {},
       {"Karl Sepp leads Finland", "Karl Sepp affiliated_with Finland"}},
  });
}

TEST_CASE("s28-f8: a three-word role after the last of two people is the last one's", "[relate][s28-f8]") {
  check_relation_rows({
      {"On the last day, Mr Olsen and Karla Vint, chief executive officer of CERT-EE, signed the "
       "Tartu Memorandum on Incident Sharing.",
       {"Karla Vint leads CERT-EE"},
       {"Olsen * CERT-EE"}},
      {"Mr Berg and Anna Tamm, chief information officer of the Estonian Defence Forces, met in Tartu.",
       {},
       {"Berg * Estonian Defence Forces"}},
  });
}

TEST_CASE("s28-f8: the second of two memberships in one predicate", "[relate][member_of][s28-f8]") {
  check_relation_rows({
      {"Latvia has been a NATO member since 2004 and an EU member since 2008.",
       {"Latvia member_of North Atlantic Treaty Organization", "Latvia member_of European Union"},
       {}},
      {"Latvia is a founding member of the Baltic Defence College and a sponsoring nation of the "
       "NATO Cooperative Cyber Defence Centre of Excellence.",
       {"Latvia member_of NATO Cooperative Cyber Defence Centre of Excellence"},
       {}},
      // a partner nation is no organisation it is a member of
      {"Latvia is a member of the EU and a partner of Japan.", {"Latvia member_of European Union"}, {"Latvia * Japan"}},
  });
}

TEST_CASE("s28-f8: an exercise that was the first to involve a body", "[relate][participates_in][s28-f8]") {
  check_relation_rows({
      {"Exercise Amber Tide ran for three days. The exercise was also the first to involve the Latvian Cyber "
       "Defence Unit.",
       {"Latvian Cyber Defence Unit participates_in Amber Tide"},
       {}},
      {"Exercise Amber Tide was the first to include the Estonian Defence Forces.",
       {"Estonian Defence Forces participates_in Amber Tide"},
       {}},
  });
}

TEST_CASE("s28-f8: who will succeed a body's head leads the body", "[relate][leads][s28-f8]") {
  check_relation_rows({
      {"The Estonian Information System Authority said on Monday that its deputy director general, Ms Kadri "
       "Tamm, will succeed its director general when he retires in the autumn.",
       {"Kadri Tamm leads Estonian Information System Authority"},
       {}},
      {"Kadri Tamm will replace the Latvian Cyber Defence Unit's commander in March.",
       {"Kadri Tamm leads Latvian Cyber Defence Unit"},
       {}},
  });
}

TEST_CASE("s28-f8: 'the cell', 'the regional CERT' point back to the body named so", "[relate][references][s28-f8]") {
  check_relation_rows({
      {"The German-Danish Cyber Response Cell (GDCRC) has been operational since 1 April. Last week the cell "
       "took part in its first exercise, Amber Tide, in which Danish units defended a port.",
       {"German-Danish Cyber Response Cell participates_in Amber Tide"},
       {}},
      {"Amber Tide was the first drill to draw the Nordic Regional Computer Emergency Response Team (Nordic "
       "Regional CERT). The regional CERT belongs to the Nordic Council and is funded by its member states. "
       "Its director, Mr Lars Berg, said the team coped.",
       // the short form in brackets is the same body, labelled by the full name
       {"Nordic Regional Computer Emergency Response Team part_of Nordic Council",
        "Lars Berg leads Nordic Regional Computer Emergency Response Team"},
       {"Lars Berg leads Nordic Council"}},
      // no body named so: "the cell" stands for nothing
      {"The Danish Ministry of Defence announced the drill on Monday. The cell took part in the exercise "
       "Amber Tide.",
       {},
       {"Danish Ministry of Defence participates_in Amber Tide"}},
  });
}

TEST_CASE("s28-f8: a place's nation after its comma is no object of a role", "[relate][leads][s28-f8]") {
  check_relation_rows({
      {"She succeeded Major General Piet Kool, who now heads the cyber directorate of NATO's Allied Command "
       "Transformation (ACT) in Norfolk, United States.",
       {"Piet Kool affiliated_with Allied Command Transformation"},
       {"Piet Kool leads United States", "Piet Kool affiliated_with United States"}},
      {"Anna Berg, who directs the Baltic Cyber Centre in Riga, Latvia, spoke first.",
       {"Anna Berg leads Baltic Cyber Centre"},
       {"Anna Berg leads Latvia"}},
  });
}

TEST_CASE("s28-f8: 'X, the EU body based in Y': the name qualifying a noun opens an apposition", "[relate][located_in][s28-f8]") {
  check_relation_rows({
      {"Representatives of the Baltic Cyber Agency (BCA), the EU body headquartered in Riga, attended the "
       "last day.",
       {"Baltic Cyber Agency located_in Riga"},
       {}},
      {"The Nordic Cyber Centre, the NATO agency based in Oslo, sent two analysts.",
       {"Nordic Cyber Centre located_in Oslo"},
       {}},
      // a list stays a list
      {"Exercise Amber Tide was organised by Latvia, the UK and Estonia.",
       {"Latvia organises Amber Tide", "United Kingdom organises Amber Tide", "Estonia organises Amber Tide"},
       {}},
  });
}

TEST_CASE("s28-f8: an exchange of officers between two bodies is cooperation", "[relate][cooperates_with][s28-f8]") {
  check_relation_rows({
      {"Cooperation in the cyber domain began in 2019 with exchanges of liaison officers between the Estonian "
       "Defence Forces and the Latvian National Armed Forces.",
       {"Estonian Defence Forces cooperates_with Latvian National Armed Forces 2019"},
       {}},
      {"The memorandum provides for the exchange of instructors between Estonia and Latvia.",
       {"Estonia cooperates_with Latvia"},
       {}},
  });
}

TEST_CASE("s28-f8: an adjective with its complement after an object is no noun the object qualifies", "[relate][part_of][s28-f8]") {
  check_relation_rows({
      {"The drill was run by the Latvian Cyber Defence Unit, the unit of the Latvian National Armed Forces "
       "responsible for military networks.",
       {"Latvian Cyber Defence Unit part_of Latvian National Armed Forces"},
       {}},
      {"The Baltic Cyber Centre, a unit of the Estonian Defence Forces accountable to the minister, ran the drill.",
       {"Baltic Cyber Centre part_of Estonian Defence Forces"},
       {}},
  });
}
