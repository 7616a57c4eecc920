// Session 14: people's roles, meetings and taking part, in wordings that
// refer back to a body named earlier ("the Chilean command", "the Singapore
// agency"). Every text written for this test; negatives beside the positives.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s14: a nation and a description point back to that nation's body", "[relate][s14][leads]") {
  check_relation_rows({
      {"Peru signed the pact with the Cyber Response Agency of Ecuador on Monday. The pact was signed by the chief "
       "executive of the Ecuador agency, Marta Quiroga.",
       {"Marta Quiroga leads Cyber Response Agency of Ecuador"},
       {"Marta Quiroga leads Ecuador"}},
      {"The Cyber Security Authority of Ghana opened a lab in Accra. The Ghanaian authority's director, Kofi "
       "Mensah-Boateng, said it would train 200 analysts.",
       {"Kofi Mensah-Boateng leads Cyber Security Authority of Ghana"},
       {"Kofi Mensah-Boateng leads Ghana"}},
      // the description fits no body of that nation: nothing is pointed to
      {"The Cyber Security Authority of Ghana opened a lab in Accra. The Ghanaian ministry's director, Kofi "
       "Mensah-Boateng, said it would train 200 analysts.",
       {},
       {"Kofi Mensah-Boateng leads Cyber Security Authority of Ghana"}},
      // a name that opens with the nation
      {"The Ghana Cyber Security Authority opened a lab in Accra. The Ghanaian authority's director, Kofi Mensah-Boateng, "
       "said it would train 200 analysts.",
       {"Kofi Mensah-Boateng leads Ghana Cyber Security Authority"},
       {"Kofi Mensah-Boateng leads Ghana undated"}},
  });
}

TEST_CASE("s14: talks held somewhere or sometime with someone", "[relate][s14][met_with]") {
  check_relation_rows({
      {"Tomas Varga held talks on the sidelines with Peter Omondi.", {"Tomas Varga met_with Peter Omondi"}, {}},
      {"Tomas Varga, who held talks on Monday with Peter Omondi, said the range would open in May.",
       {"Tomas Varga met_with Peter Omondi 2025-06-16"},
       {}},
      {"Estonia held talks in Tallinn on Friday with Finland about a shared range.", {"Estonia met_with Finland"}, {}},
      // talks planned or denied are no meeting
      {"Tomas Varga plans to hold talks on Monday with Peter Omondi.", {}, {"Tomas Varga met_with Peter Omondi"}},
      {"Tomas Varga never held talks in Tallinn with Peter Omondi.", {}, {"Tomas Varga met_with Peter Omondi"}},
  });
}

TEST_CASE("s14: attending another occasion is not taking part in the exercise", "[relate][s14][participates_in]") {
  check_relation_rows({
      {"Locked Shields ended in Tallinn on Friday. Finland's defence minister, Peter Omondi, attended the ceremony and "
       "met the organisers.",
       {},
       {"Peter Omondi participates_in Locked Shields"}},
      {"Locked Shields ended in Tallinn on Friday. Estonia attended a reception for the winners.",
       {},
       {"Estonia participates_in Locked Shields"}},
      // the exercise's own noun, alone or qualified, is the exercise left out
      {"Locked Shields ended in Tallinn on Friday. Finland's defence minister, Peter Omondi, attended the exercise.",
       {"Peter Omondi participates_in Locked Shields"},
       {}},
      {"Locked Shields ended in Tallinn on Friday. Estonia also took part.", {"Estonia participates_in Locked Shields"}, {}},
  });
}

TEST_CASE("s14: people trained or provided for an exercise", "[relate][s14][participates_in]") {
  check_relation_rows({
      {"Exercise Harbour Shield ran in Gdynia last week. Analysts from Chile and Peru were trained in Gdynia, while mentors "
       "were provided by Spain.",
       {"Chile participates_in Harbour Shield", "Peru participates_in Harbour Shield", "Spain participates_in Harbour Shield"},
       {}},
      // people from a nation who only speak of it do not take part
      {"Exercise Harbour Shield ran in Gdynia last week. Experts from Chile said the range was too small.",
       {},
       {"Chile participates_in Harbour Shield"}},
      {"Exercise Harbour Shield ran in Gdynia last week. Instructors were not provided by Spain this time.",
       {},
       {"Spain participates_in Harbour Shield"}},
  });
}

TEST_CASE("s14: a list of demonyms before national response teams", "[relate][s14][participates_in]") {
  check_relation_rows({
      {"Harbour Shield, a three-day drill, took place last week in Gdynia. The Belgian, Dutch and Luxembourgish national "
       "CERTs took part, organisers said.",
       {"Belgium participates_in Harbour Shield", "Netherlands participates_in Harbour Shield",
        "Luxembourg participates_in Harbour Shield"},
       {}},
  });
}

TEST_CASE("s14: who led a delegation, and a body also represented", "[relate][s14][participates_in]") {
  check_relation_rows({
      {"The Baltic Cyber Dialogue took place in Riga on 3 May. The Finnish delegation was led by Ambassador Peter Omondi.",
       {"Peter Omondi participates_in Baltic Cyber Dialogue"},
       {}},
      {"Exercise Harbour Shield ran in Gdynia last week. The Polish Navy was also represented.",
       {"Polish Navy participates_in Harbour Shield"},
       {}},
      // denied: no one took part
      {"The Baltic Cyber Dialogue took place in Riga on 3 May. The Finnish delegation was not led by Ambassador Peter "
       "Omondi.",
       {},
       {"Peter Omondi participates_in Baltic Cyber Dialogue"}},
  });
}

TEST_CASE("s14: hosts named with an acronym of marks, or hosting this time", "[relate][s14][organises]") {
  check_relation_rows({
      {"Chile's National Computer Incident Response Team Coordination Centre (CL-CIRT/CC) hosted Exercise Andes Shield "
       "in Santiago.",
       {"National Computer Incident Response Team Coordination Centre organises Andes Shield"},
       {}},
      {"Officials met in Vilnius on Monday for the Baltic Cyber Ministerial, a yearly meeting hosted this time by "
       "Lithuania.",
       {"Lithuania organises Baltic Cyber Ministerial"},
       {}},
      // a long aside that names something else still stands between the name and the verb
      {"Chile's National Computer Incident Response Team Coordination Centre (with help from Peru) hosted Exercise Andes "
       "Shield in Santiago.",
       {},
       {"Peru organises Andes Shield"}},
  });
}

TEST_CASE("s14: she met someone a sentence after she was named", "[relate][s14][met_with]") {
  check_relation_rows({
      {"Anna Berg became director of the agency in May. One of her first acts was to sign a data-sharing deal. She also "
       "met the director of the European Cyber Centre, Peter Omondi, whose agency is based in Bucharest.",
       {"Anna Berg met_with Peter Omondi", "Peter Omondi leads European Cyber Centre"},
       {}},
      // two sentences naming no one: "she" is no longer the person named long before
      {"Anna Berg became director of the agency in May. The agency grew fast. Budgets rose as well. She also met "
       "Peter Omondi in Bucharest.",
       {},
       {"Anna Berg met_with Peter Omondi"}},
  });
}

TEST_CASE("s14: a university's rector leads it", "[relate][s14][leads]") {
  check_relation_rows({
      {"Peter Omondi, rector of the University of Tartu, opened the lab.",
       {"Peter Omondi leads University of Tartu"},
       {}},
      {"The University of Tartu's rector, Peter Omondi, opened the lab.", {"Peter Omondi leads University of Tartu"}, {}},
      // a former rector no longer leads it
      {"Peter Omondi, former rector of the University of Tartu, opened the lab.",
       {},
       {"Peter Omondi leads University of Tartu"}},
  });
}
