// People, session 35 (x3): who leads what in shapes ordinary news uses: the nation
// written after a minister's title ("the Minister of Defence of Ruritania, X") picks
// that nation's ministry, not another one the text names; a bare "Science Minister X"
// in a text that names one "Ministry of Science, ..." leads it; a person leads or
// works for a body or a nation, never a place; "X of the Navy, who has headed Y"
// speaks of X; "the brokerage Z" names a firm. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s35-x3: the nation after a minister's title names the ministry", "[relate][leads][s35-x3]") {
  check_relation_rows({
      {"The Ministry of Defence of Montenegro signed a training plan with Croatia's Ministry of Defence on Friday. "
       "The NATO liaison officer, Colonel Erik Vos, later met the Minister of Defence of Montenegro, Milo Radonja.",
       {"Milo Radonja leads Ministry of Defence of Montenegro"},
       {"Milo Radonja leads Croatia's Ministry of Defence"}},
      {"Moldova's Ministry of Defence and the Ministry of Defence of Georgia agreed to share incident reports. "
       "Later the Minister of Defence of Georgia, Nino Beridze, spoke to reporters.",
       {"Nino Beridze leads Ministry of Defence of Georgia"},
       {"Nino Beridze leads Moldova's Ministry of Defence"}},
  });
}

TEST_CASE("s35-x3: a portfolio minister leads the one ministry named with that portfolio",
          "[relate][leads][s35-x3]") {
  check_relation_rows({
      {"On Monday, the Ministry of Education, Culture and Research signed a cyber skills plan with Latvia. "
       "Education Minister Ilona Sepp said schools would teach incident response from next year.",
       {"Ilona Sepp leads Ministry of Education, Culture and Research"},
       {}},
      {"The Ministry of Energy and Mines published a grid security plan on Tuesday. Energy Minister Tomas Ruiz "
       "said the plan would protect power stations in Peru.",
       {"Tomas Ruiz leads Ministry of Energy and Mines"},
       {}},
  });
}

TEST_CASE("s35-x3: nobody leads a place", "[relate][leads][s35-x3]") {
  check_relation_rows({
      {"Investors met Scotland's finance minister, Moira Baird, whose department funds the new cyber centre.",
       {},
       {"Moira Baird leads Scotland", "Moira Baird affiliated_with Scotland"}},
  });
}

TEST_CASE("s35-x3: 'who' after a person of a body speaks of the person", "[relate][leads][s35-x3]") {
  check_relation_rows({
      {"\"The drill was useful,\" said Colonel Mira Kovac of the Croatian Army, who has headed the Joint Cyber "
       "Centre since April.",
       {"Mira Kovac leads Croatia's Joint Cyber Centre"},
       {"Croatian Army leads Croatia's Joint Cyber Centre"}},
      {"\"We learned a lot,\" said Major Tariq Nasser from the Jordanian Air Force, who has commanded the Cyber "
       "Operations Command since 2022.",
       {"Tariq Nasser leads Jordan's Cyber Operations Command 2022"},
       {}},
  });
}

TEST_CASE("s35-x3: a brokerage before a name names a firm", "[relate][affiliated_with][s35-x3]") {
  check_relation_rows({
      {"\"Orders will double,\" said Ines Moreau, an analyst at the brokerage Lindqvist Partners.",
       {"Ines Moreau affiliated_with Lindqvist Partners"},
       {}},
  });
}

TEST_CASE("s35-x3: a body's officer for a field, named after a comma, serves the body",
          "[relate][affiliated_with][s35-x3]") {
  check_relation_rows({
      {"Chile's Ministry of Energy signed the grid contract on Monday. It was signed by the ministry's undersecretary "
       "for planning, Rosa Fuentes.",
       {"Rosa Fuentes affiliated_with Ministry of Energy"},
       {"Rosa Fuentes leads Ministry of Energy"}},
  });
}

TEST_CASE("s35-x3: a surname's particles after 'and' keep the list of people met", "[relate][met_with][s35-x3]") {
  check_relation_rows({
      {"Austria's defence minister, Karl Huber, and the Dutch state secretary for defence, Pieter de Vries, signed "
       "the declaration. Huber met Anna Maes and de Vries for talks before the signing.",
       {"Karl Huber met_with Pieter de Vries", "Karl Huber met_with Anna Maes"},
       {}},
      {"The Belgian envoy, Lotte van den Broek, arrived on Monday. Minister Jonas Petersen met Ole Berg and van den "
       "Broek in Copenhagen.",
       {"Jonas Petersen met_with Lotte van den Broek"},
       {}},
  });
}
