// Session 14 recall of located_in and affiliated_with: a base "near" or
// "outside" another town does not hide the base ("based at X near Y").
// Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("places s14: a base named with a town near it", "[relate][located_in][s14]") {
  check_relation_rows({
      {"The Signals Brigade, based at Camp Crame near Quezon City, sent two teams.",
       {"Signals Brigade located_in Camp Crame"},
       {}},
      {"The Cyber Defence Wing, headquartered at Curragh Camp outside Kildare, trains reservists.",
       {"Cyber Defence Wing located_in Curragh Camp"},
       {}},
      {"The Cyber Defence Wing, headquartered at Curragh Camp, trains reservists.",
       {"Cyber Defence Wing located_in Curragh Camp"},
       {}},
      // the town the base is near is not where the unit is
      {"The Signals Brigade, based at Camp Crame near Quezon City, sent two teams.",
       {},
       {"Signals Brigade located_in Quezon City"}},
  });
}

TEST_CASE("places s14: a body after its, an opening verb, a kind of body after X-based", "[relate][located_in][s14]") {
  check_relation_rows({
      {"The drill was run by the general staff at the offices of its Cyber Security Directorate in Valletta.",
       {"Malta's Cyber Security Directorate located_in Valletta"},
       {}},
      {"The company inaugurated its Secure Systems Laboratory in Turin on Monday.",
       {"Secure Systems Laboratory located_in Turin"},
       {}},
      {"The minister unveiled the Baltic Cyber Institute in Tartu last week.",
       {"Baltic Cyber Institute located_in Tartu"},
       {}},
      {"The treaty was welcomed by the Nairobi-based alliance Digital Africa Network.",
       {"Digital Africa Network located_in Nairobi"},
       {}},
      {"The Regional Cyber Office, the civilian office based here in Chisinau, has two advisers.",
       {"Regional Cyber Office located_in Chisinau"},
       {}},
      // a town the verb's subject sits in is not where the unveiled body is
      {"In Turin the company unveiled its Secure Systems Laboratory.",
       {},
       {"Secure Systems Laboratory located_in Turin"}},
  });
}

TEST_CASE("places s14: an exercise in apposition with its kind and town", "[relate][located_in][s14]") {
  check_relation_rows({
      {"In May the navy ran Harbour Lock 2026, a national exercise in Gdynia with the coast guard.",
       {"Harbour Lock located_in Gdynia"},
       {}},
      {"Ministers met at Cyber Horizon, an annual conference in Lisbon, on Tuesday.",
       {"Cyber Horizon located_in Lisbon"},
       {}},
      // the place a drill is "in" must follow the kind noun, not another word
      {"The navy ran Harbour Lock 2026, a national exercise in which teams from Gdynia took part.",
       {},
       {"Harbour Lock located_in Gdynia"}},
  });
}

TEST_CASE("places s14: a person named after a body's head of a unit or its deputy", "[relate][affiliated_with][s14]") {
  check_relation_rows({
      {"Airbus's head of secure networks for the Nordic region, Lars Holm, welcomed the award.",
       {"Lars Holm affiliated_with Airbus"},
       {"Lars Holm leads Airbus"}},
      {"NATO's deputy commander for partnerships, Admiral Rosa Mendes, opened the session.",
       {"Rosa Mendes affiliated_with North Atlantic Treaty Organization"},
       {}},
      // only the person right after the role, not one named later in the clause
      {"Airbus's head of secure networks, Lars Holm, thanked Anna Berg for her work.",
       {},
       {"Anna Berg affiliated_with Airbus"}},
  });
}

TEST_CASE("places s14: a second role of a person, after 'and a'", "[relate][affiliated_with][s14]") {
  check_relation_rows({
      {"Mara Ionescu is a former adviser to the Romanian Senate's defence committee and a columnist for the Financial Times.",
       {"Mara Ionescu affiliated_with Financial Times"},
       {}},
      {"Piet Claes was an officer in the Belgian Army and a correspondent for Reuters in Kabul.",
       {"Piet Claes affiliated_with Reuters"},
       {}},
      // a second role needs a role noun before the body
      {"Mara Ionescu is a former aide to the committee and a frequent critic of the Financial Times.",
       {},
       {"Mara Ionescu affiliated_with Financial Times"}},
  });
}

TEST_CASE("places s14: 'the Latvian capital' places the one town of that nation the text names", "[relate][located_in][s14]") {
  check_relation_rows({
      {"Minister Jonas Ozols flew to Riga on Monday. It was his first trip to the Latvian capital this year.",
       {"Riga located_in Latvia"},
       {}},
      {"The talks moved to Vilnius. Lithuania's capital has hosted three such rounds.",
       {"Vilnius located_in Lithuania"},
       {}},
      // two towns of the nation: which one is the capital is not said
      {"Minister Jonas Ozols flew to Riga and Daugavpils. It was his first trip to the Latvian capital.",
       {},
       {"Riga located_in Latvia", "Daugavpils located_in Latvia"}},
      // a capital without "capital" is not placed by this rule
      {"Minister Jonas Ozols flew to Riga. Latvian officials met him.",
       {},
       {"Riga located_in Latvia"}},
  });
}

TEST_CASE("places s14: a town with its region before a time word, an exercise before 'in Town with'", "[relate][located_in][s14]") {
  check_relation_rows({
      {"The drill will take place in Norfolk, Virginia, later this month.",
       {"Norfolk located_in Virginia"},
       {}},
      {"Last spring we ran a joint exercise, Iron Gate, in Tartu with the Latvians.",
       {"Iron Gate located_in Tartu"},
       {}},
      {"The first joint drill, Iron Gate, is scheduled for 8-12 May in Tartu.",
       {"Iron Gate located_in Tartu"},
       {}},
      // a list of towns is no town and its region
      {"Teams met in Tartu, Riga, and Vilnius last year.",
       {},
       {"Tartu located_in Riga", "Riga located_in Vilnius"}},
  });
}

TEST_CASE("places s14: a junior office after a nation's possessive, without a comma", "[relate][affiliated_with][s14]") {
  check_relation_rows({
      {"The pact was signed by Estonia's state secretary for digital policy Mari Tamm on Friday.",
       {"Mari Tamm affiliated_with Estonia"},
       {}},
      {"The text was initialled by Poland's deputy minister of digital affairs Anna Nowak and others.",
       {"Anna Nowak affiliated_with Poland"},
       {}},
      // the next person in a list has an office of her own
      {"It was signed by Estonia's state secretary for defence Mari Tamm and Latvian Deputy Minister of Defence Ilze Berzina.",
       {"Mari Tamm affiliated_with Estonia"},
       {"Ilze Berzina affiliated_with Estonia"}},
  });
}
