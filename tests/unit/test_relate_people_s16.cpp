// Session 16: people's posts in the wordings of news prose (leads,
// affiliated_with, met_with). Every text written for this test; negatives
// beside the positives.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s16: an office's title with its portfolio after it is the office of the text's nation", "[relate][s16][leads]") {
  check_relation_rows({
      {"Norway hosted the drill in Bodo. Minister of Defence Ola Brekke opened it on Monday.",
       {"Ola Brekke leads Norway"},
       {}},
      {"Norway hosted the drill in Bodo. The Minister for Digital Affairs, Ola Brekke, opened it on Monday.",
       {"Ola Brekke leads Norway"},
       {}},
      // a deputy of the office is no leader of the nation
      {"Norway hosted the drill in Bodo. Vice Minister of Defence Ola Brekke opened it on Monday.",
       {"Ola Brekke affiliated_with Norway"},
       {"Ola Brekke leads Norway"}},
      // the ministry the text names is the office's body
      {"Norway's Ministry of Defence hosted the drill in Bodo. Minister of Defence Ola Brekke opened it on Monday.",
       {"Ola Brekke leads Norway's Ministry of Defence"},
       {"Ola Brekke leads Norway"}},
  });
}

TEST_CASE("s16: a secretary of a portfolio is an office of the text's nation", "[relate][s16][leads]") {
  check_relation_rows({
      {"Norway hosted the drill in Bodo. Defence Secretary Ola Brekke opened it on Monday.", {"Ola Brekke leads Norway"}, {}},
      {"Norway hosted the drill in Bodo. Interior Cabinet Secretary Ola Brekke opened it on Monday.",
       {"Ola Brekke leads Norway"},
       {}},
  });
}

TEST_CASE("s16: an office whose holder the text names after it is not the text's nation's", "[relate][s16][leads]") {
  check_relation_rows({
      // the nation after the name
      {"Norway hosted the drill in Bodo. Secretary of Defence Ola Brekke of Chile visited it on Monday.",
       {},
       {"Ola Brekke leads Norway"}},
      // the person's own post after the name
      {"Norway hosted the drill in Bodo. Joint Secretary Ola Brekke, head of the range team, visited it on Monday.",
       {},
       {"Ola Brekke leads Norway"}},
      // the body after the title
      {"Norway hosted the drill in Bodo. Ola Brekke, Assistant Secretary at the Bodo Cyber Institute, said it went well.",
       {"Ola Brekke affiliated_with Bodo Cyber Institute"},
       {"Ola Brekke affiliated_with Norway"}},
      // no portfolio: a bare title says nothing of the nation
      {"Norway hosted the drill in Bodo. Secretary Ola Brekke opened it on Monday.", {}, {"Ola Brekke leads Norway"}},
  });
}

TEST_CASE("s16: its first or new head is the head of the body spoken of", "[relate][s16][leads]") {
  check_relation_rows({
      {"The Harbour Cyber Institute opened in Split in May. Its first director is Colonel Ivo Maric, a signals officer.",
       {"Ivo Maric leads Harbour Cyber Institute"},
       {}},
      {"The Harbour Cyber Institute opened in Split in May. Its new head, Dr Ivo Maric, said it would train 50 analysts.",
       {"Ivo Maric leads Harbour Cyber Institute"},
       {}},
      // the modifier read by the pattern that names the appointment
      {"The Harbour Cyber Institute opened in Split and appointed Colonel Ivo Maric as its first director.",
       {"Ivo Maric leads Harbour Cyber Institute"},
       {}},
      // a modifier before no role: no one is its head
      {"The Harbour Cyber Institute opened in Split in May. Its first exercise, with Ivo Maric as a guest, ran in June.",
       {},
       {"Ivo Maric leads Harbour Cyber Institute"}},
  });
}

TEST_CASE("s16: who ran a unit of a body is of that body, not its head", "[relate][s16][affiliated_with]") {
  check_relation_rows({
      {"Mirko Basic, who ran the cyber department of the Croatian Armed Forces until last year, said the drill was useful.",
       {"Mirko Basic affiliated_with Croatian Armed Forces"},
       {"Mirko Basic leads Croatian Armed Forces"}},
      {"Mirko Basic, who previously headed the signals branch of the Croatian Armed Forces, said the drill was useful.",
       {"Mirko Basic affiliated_with Croatian Armed Forces"},
       {"Mirko Basic leads Croatian Armed Forces"}},
      // the body itself run: its head
      {"Mirko Basic, who ran the Croatian Armed Forces until last year, said the drill was useful.",
       {"Mirko Basic leads Croatian Armed Forces"},
       {}},
      // someone else runs the unit
      {"Mirko Basic said the army ran the cyber department of the Croatian Armed Forces from Zagreb.",
       {},
       {"Mirko Basic affiliated_with Croatian Armed Forces"}},
  });
}

TEST_CASE("s16: a head's title with a function after it heads a unit of the body", "[relate][s16][affiliated_with]") {
  check_relation_rows({
      {"The deal was signed by Maria Costa, the Harbour Cyber Agency's Director of Procurement, on Monday.",
       {"Maria Costa affiliated_with Harbour Cyber Agency"},
       {"Maria Costa leads Harbour Cyber Agency"}},
      {"Maria Costa, Head of Threat Research at the Harbour Cyber Agency, said the deal was useful.",
       {"Maria Costa affiliated_with Harbour Cyber Agency"},
       {"Maria Costa leads Harbour Cyber Agency"}},
      // the body's own head
      {"The deal was signed by Maria Costa, the Harbour Cyber Agency's Director, on Monday.",
       {"Maria Costa leads Harbour Cyber Agency"},
       {}},
  });
}

TEST_CASE("s16: a titled name is still the gazetteer's person", "[relate][s16][leads]") {
  check_relation_rows({
      {"Finland is a NATO member. Anna Virtanen will meet Secretary General Mark Rutte on Friday.",
       {"Mark Rutte leads North Atlantic Treaty Organization"},
       {}},
      // the document names no body the gazetteer says the person leads
      {"Anna Virtanen will meet Secretary General Mark Rutte on Friday in Helsinki.",
       {},
       {"Mark Rutte leads North Atlantic Treaty Organization"}},
  });
}
