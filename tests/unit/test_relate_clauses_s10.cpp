// Session 10: what a relative clause says is read wherever the clause
// stands. ", which ..." after a noun in apposition to a name speaks of that
// name; after a noun with no name it still relates the names inside it;
// ", whose ...," is cut out like ", which ...," so the main verb meets its
// subject, and keeps ", whose" for the patterns that read it.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a which-clause after a noun in apposition to a name speaks of the name", "[relate][clauses][s10]") {
  check_relation_rows({
      {"Amber Shield, the navy's biggest cyber exercise, which was hosted by Poland, drew teams from ten nations.",
       {"Poland organises Amber Shield"},
       {}},
      // the apposition still closes with its comma: what it says of the name is read too
      {"Halvard Analytics, a Bergen-based security firm, which is owned by Nordvik Group, found the flaw.",
       {"Halvard Analytics located_in Bergen"},
       {}},
      // an apposition opened by a possessive name ("X, Poland's ..."), and a who-clause after a person's title
      {"Teams trained at Iron Lynx, Poland's largest cyber exercise, which was held in Gdansk last month.",
       {"Iron Lynx located_in Gdansk"},
       {"Poland located_in Gdansk"}},
      {"General Tomas Varga, Slovakia's chief of cyber defence, who held talks with Colonel Ana Ruiz in Madrid, "
       "spoke first.",
       {"Tomas Varga met_with Ana Ruiz"},
       {"Slovakia met_with Ana Ruiz"}},
      // "in Gdansk, Poland,": the place and its country stay inside the clause, which closes after them
      {"Iron Lynx, the navy's largest drill, which was held in Gdansk, Poland, was organised by the Polish Navy.",
       {"Polish Navy organises Iron Lynx", "Iron Lynx located_in Gdansk"},
       {}},
  });
}

TEST_CASE("a which-clause after a noun that is no apposition of a name gives no name its subject",
          "[relate][clauses][s10]") {
  check_relation_rows({
      // the noun is the object of another verb, not what the earlier name stands for
      {"Teams from Amber Shield, the navy's biggest cyber exercise, watched the ministry's drill, which was hosted by "
       "Poland.",
       {},
       {"Poland organises Amber Shield"}},
      // a list before the noun: the noun is not the last name's apposition
      {"The Estonian Cyber Command, the Latvian Cyber Agency and the host team, which is led by Colonel Jan Kowalski, "
       "met in Riga.",
       {},
       {"Jan Kowalski leads Latvian Cyber Agency", "Jan Kowalski leads Estonian Cyber Command"}},
      // with no list the same clause does speak of the name
      {"The Latvian Cyber Agency, the host team, which is led by Colonel Jan Kowalski, met in Riga.",
       {"Jan Kowalski leads Latvian Cyber Agency"},
       {}},
  });
}

TEST_CASE("a which-clause with no name before it still relates the names inside it", "[relate][clauses][s10]") {
  check_relation_rows({
      {"The statement, which followed talks between Minister Ana Lopes and Minister Karl Berg, gave no details.",
       {"Ana Lopes met_with Karl Berg"},
       {}},
  });
}

TEST_CASE("a whose-clause is cut out so the main verb meets its subject", "[relate][clauses][s10]") {
  check_relation_rows({
      {"The Danish Cyber Agency, whose director Lars Holm chaired the opening session, agreed to work with the "
       "Swedish Civil Contingencies Agency.",
       {"Danish Cyber Agency cooperates_with Swedish Civil Contingencies Agency",
        "Lars Holm leads Danish Cyber Agency"},
       {"Lars Holm cooperates_with Swedish Civil Contingencies Agency"}},
      // the leader named in apposition to the noun stays inside the clause
      {"The Bundeswehr's Cyber Command, whose commander, General Anna Richter, opened the drill, hosted 200 analysts.",
       {"Anna Richter leads Bundeswehr's Cyber Command"},
       {}},
      {"Norway, whose Cyber Defence Force sent two officers, attended the summit.",
       {"Norway's Cyber Defence Force part_of Norway"},
       {}},
  });
}
