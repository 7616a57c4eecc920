// Session 16 recall of part_of and located_in: a body whose name opens with
// its owner's name or acronym. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("parts s16: a body named after the organisation it belongs to", "[relate][part_of][s16]") {
  check_relation_rows({
      {"The Southern African Development Community (SADC) met on Monday, and the SADC Secretariat drafted the text.",
       {"SADC Secretariat part_of Southern African Development Community"},
       {}},
      {"Officials of the African Union said the African Union Commission would publish the plan.",
       {"African Union Commission part_of African Union"},
       {}},
      {"The Organisation of Eastern Caribbean States (OECS) welcomed the report, which the OECS Cyber Coordination Centre wrote.",
       {"OECS Cyber Coordination Centre part_of Organisation of Eastern Caribbean States"},
       {}},
      // a name opening with another body's without a body word is no unit of it
      {"The Organisation of Eastern Caribbean States (OECS) welcomed the OECS Digital Agenda Review last week.",
       {},
       {"OECS Digital Agenda Review part_of Organisation of Eastern Caribbean States"}},
      // a joint body of two is no body of the first
      {"NATO and Ukraine met at the NATO-Ukraine Council in Brussels.",
       {},
       {"NATO-Ukraine Council part_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("parts s16: a national team, CERT or bureau named with its nation", "[relate][part_of][s16]") {
  check_relation_rows({
      {"Chile and Peru signed a memorandum that lets the Chilean Computer Emergency Response Team exchange alerts.",
       {"Chilean Computer Emergency Response Team part_of Chile"},
       {}},
      {"The Peruvian Cyber Incident Bureau and Chile met in Lima.",
       {"Peruvian Cyber Incident Bureau part_of Peru"},
       {}},
  });
}

TEST_CASE("parts s16: a body named beside its owner's possessive and a body noun", "[relate][part_of][s16]") {
  check_relation_rows({
      {"The drill drew Malta's national response team, CSIRTMalta, and two banks.",
       {"CSIRTMalta part_of Malta"},
       {}},
      {"Norway sent its army, and Malta joined with its national incident response team, CSIRTMalta.",
       {"CSIRTMalta part_of Malta"},
       {}},
      {"Malta took part through CSIRTMalta, its national computer security incident response team.",
       {"CSIRTMalta part_of Malta"},
       {}},
      // "its" with no body noun after it says nothing of the name beside it
      {"Malta took part through CSIRTMalta, its oldest partner in the region.",
       {},
       {"CSIRTMalta part_of Malta"}},
  });
}

TEST_CASE("places s16: an event opening a story filed from a dateline place", "[relate][located_in][s16]") {
  check_relation_rows({
      {"Harbour cyber drill closes\n\nVALLETTA, March 4 (Island Wire) - Teams from six nations closed the Coral Ward "
       "exercise on Tuesday. Coral Ward was organised by the Armed Forces of Malta.",
       {"Coral Ward located_in Valletta"},
       {}},
      // an event the text places elsewhere is not at the dateline
      {"Harbour cyber drill closes\n\nVALLETTA, March 4 (Island Wire) - Teams from six nations closed the Coral Ward "
       "exercise on Tuesday. Coral Ward was held in Gozo.",
       {"Coral Ward located_in Gozo"},
       {"Coral Ward located_in Valletta"}},
      // no dateline, no place
      {"Teams from six nations closed the Coral Ward exercise on Tuesday. Valletta hosted a summit in May.",
       {},
       {"Coral Ward located_in Valletta"}},
  });
}

TEST_CASE("places s16: based and held with more verb forms", "[relate][located_in][s16]") {
  check_relation_rows({
      {"The Regional Cyber Office has been based in Chisinau since 2021.",
       {"Regional Cyber Office located_in Chisinau"},
       {}},
      {"The exercise, code-named Coral Ward, ran from Monday to Wednesday in Valletta.",
       {"Coral Ward located_in Valletta"},
       {}},
  });
}

TEST_CASE("places s16: an event placed by a margin, a day of it, a gathering or a visit", "[relate][located_in][s16]") {
  check_relation_rows({
      {"The two chiefs met in Valletta last week, on the sidelines of the Mediterranean Cyber Summit.",
       {"Mediterranean Cyber Summit located_in Valletta"},
       {}},
      {"The accord was signed in Valletta on the opening day of the Mediterranean Cyber Summit.",
       {"Mediterranean Cyber Summit located_in Valletta"},
       {}},
      {"Ministers gathered in Valletta on Monday and Tuesday for the annual Mediterranean Cyber Summit.",
       {"Mediterranean Cyber Summit located_in Valletta"},
       {}},
      {"The delegation travelled to Tartu to visit the Maritime Cyber Training Centre (MCTC).",
       {"Maritime Cyber Training Centre located_in Tartu"},
       {}},
      // a place the visitors came from is not where the body is
      {"The delegation from Tartu visited the Maritime Cyber Training Centre (MCTC).",
       {},
       {"Maritime Cyber Training Centre located_in Tartu"}},
  });
}

TEST_CASE("parts s16: a possessive owner before own or new", "[relate][part_of][s16]") {
  check_relation_rows({
      {"Officials said Estonia's new Cyber Defence Wing had been formally established on 2 February.",
       {"Cyber Defence Wing part_of Estonia"},
       {}},
      {"Finland's own Cyber Response Unit sent a team to the drill.",
       {"Finland's Cyber Response Unit part_of Finland"},
       {}},
  });
}

TEST_CASE("parts s16: X and its unit", "[relate][part_of][s16]") {
  check_relation_rows({
      // the body named right before "and its" owns the unit, not the nation named earlier
      {"Experts came from Finland, from the Chilean Navy and its Cordillera Cyber Centre.",
       {"Cordillera Cyber Centre part_of Chilean Navy"},
       {"Cordillera Cyber Centre part_of Finland"}},
  });
}

TEST_CASE("parts s16: the lexicon's owner of a body where one sentence names both", "[relate][part_of][s16]") {
  check_relation_rows({
      {"NATO planners gathered at the Supreme Headquarters Allied Powers Europe on Monday.",
       {"Supreme Headquarters Allied Powers Europe part_of North Atlantic Treaty Organization"},
       {}},
      // named apart, the text says nothing of the one belonging to the other
      {"Planners gathered at the Supreme Headquarters Allied Powers Europe on Monday. Sweden joined NATO in 2024.",
       {},
       {"Supreme Headquarters Allied Powers Europe part_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("places s16: a body in a neighbouring country", "[relate][located_in][s16]") {
  check_relation_rows({
      {"Latvia also funds the Baltic Cyber Range Centre in neighbouring Estonia.",
       {"Baltic Cyber Range Centre located_in Estonia"},
       {}},
  });
}

TEST_CASE("parts s16: a counterpart named by its nation, a unit under a body inside a relative clause", "[relate][part_of][s16]") {
  check_relation_rows({
      {"The Maltese centre swaps alerts with CSIRT-PT, its Portuguese counterpart.",
       {"CSIRT-PT part_of Portugal"},
       {}},
      {"Chile's Joint Staff (EMCO) opened it. Teams met the Chilean side, which was led by CSIRT-CL, the response team that sits under EMCO.",
       {"CSIRT-CL part_of Chile's Joint Staff"},
       {}},
  });
}

TEST_CASE("places s16: a later iteration of an exercise placed", "[relate][located_in][s16]") {
  check_relation_rows({
      {"Malta hosts the exercise Coral Ward every spring. The 2025 iteration was staged in Valletta from 1 to 5 May.",
       {"Coral Ward located_in Valletta"},
       {}},
  });
}

TEST_CASE("places s16: an exercise run at a body's facilities in a town", "[relate][located_in][s16]") {
  check_relation_rows({
      {"The Armed Forces of Malta ran Coral Ward, the largest naval cyber exercise to date, at its facilities in Valletta.",
       {"Coral Ward located_in Valletta"},
       {}},
      // facilities named without a town place nothing
      {"The Armed Forces of Malta ran Coral Ward, the largest naval cyber exercise to date, at its facilities.",
       {},
       {"Coral Ward located_in Valletta"}},
  });
}

TEST_CASE("places s16: an event a title names before the dateline", "[relate][located_in][s16]") {
  check_relation_rows({
      {"Harbour Ledger | Cyber & Networks\n\nMalta debuts Coral Ward, a naval cyber drill built around port systems\n\n"
       "By Jane Roe\nOct 28, 2025, 09:14 AM ET\n\nVALLETTA, Malta - The navy ran its first multinational cyber exercise "
       "last week.\n\nThe drill, dubbed Coral Ward, drew 300 people.",
       {"Coral Ward located_in Valletta"},
       {}},
  });
}
