// Session 20: cooperation stated as a pledge or a widening ("said it would
// cooperate with", "agreed that A and B would expand cooperation", "pledged
// closer ties", "deepened their cooperation"), with the hedges that must still
// keep it out; and a kind noun's gap that must not reach across "and the".
// Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("cooperation s20: a reported would states a pledge to cooperate", "[relate][cooperates_with][s20]") {
  check_relation_rows({
      {"The Korea Internet & Security Agency (KISA) said it would cooperate with JPCERT on joint drills.",
       {"Korea Internet & Security Agency cooperates_with Japan Computer Emergency Response Team Coordination Center"},
       {}},
      {"The ministry said that Estonia would work closely with Finland on a new range.",
       {"Estonia cooperates_with Finland"},
       {}},
      {"Both sides agreed that Chile and Peru would cooperate on incident reporting.",
       {"Chile cooperates_with Peru"},
       {}},
      // a would that is not reported stays a hedge; a negated or hedged pledge states nothing
      {"Estonia would cooperate with Finland if it were asked.", {}, {"Estonia * Finland", "Finland * Estonia"}},
      {"Estonia said it would not cooperate with Russia.", {}, {"Estonia * Russia", "Russia * Estonia"}},
      {"Estonia said it would look into cooperating with Latvia.", {}, {"Estonia * Latvia", "Latvia * Estonia"}},
      // the reported would is read for cooperation only: a plan to take part is no participation
      {"Exercise Iron Lattice ran in Lima in May 2021. Chile said it would take part in Iron Lattice.",
       {},
       {"Chile participates_in Iron Lattice"}},
  });
}

TEST_CASE("cooperation s20: widening or pledging cooperation is cooperation", "[relate][cooperates_with][s20]") {
  check_relation_rows({
      {"Chile and Peru will expand cooperation on incident reporting.", {"Chile cooperates_with Peru"}, {}},
      {"Chile and Peru deepened their cooperation in 2021.", {"Chile cooperates_with Peru 2021"}, {}},
      {"Chile has strengthened its cyber cooperation with Peru.", {"Chile cooperates_with Peru"}, {}},
      {"Chile and Peru pledged closer cooperation on cyber defence.", {"Chile cooperates_with Peru"}, {}},
      {"Chile pledged deeper ties with Peru.", {"Chile cooperates_with Peru"}, {}},
      // no partner, another preposition, a hedge or a negation: nothing
      {"Chile will strengthen its cyber defences.", {}, {"Chile * Peru"}},
      {"Chile will strengthen cooperation within NATO.", {}, {"Chile cooperates_with North Atlantic Treaty Organization"}},
      {"Chile and Peru could expand cooperation.", {}, {"Chile * Peru", "Peru * Chile"}},
      {"Chile did not expand its cooperation with Peru.", {}, {"Chile * Peru", "Peru * Chile"}},
  });
}

TEST_CASE("cooperation s20: a kind noun's modifiers do not reach across 'and the'", "[relate][part_of][s20]") {
  check_relation_rows({
      {"The Federal Office for Information Security (BSI) and the Polish research institute NASK signed a memorandum.",
       {"NASK part_of Poland"},
       {"NASK part_of Federal Office for Information Security"}},
      {"The Chilean state agency Ciberdefensa Nacional issued a warning.", {"Ciberdefensa Nacional part_of Chile"}, {}},
  });
}

TEST_CASE("membership s20: a second member joining with the object left out", "[relate][member_of][s20]") {
  check_relation_rows({
      {"Kenya has been a member of the EAC since 2000, while Rwanda joined in 2007.",
       {"Kenya member_of East African Community", "Rwanda member_of East African Community 2007"},
       {"Rwanda member_of East African Community 2000"}},
      {"Chile joined the Andean Community in 1995, and Peru joined in 1999.",
       {"Chile member_of Andean Community 1995", "Peru member_of Andean Community 1999"},
       {}},
      // the second clause's own object, or a denial, is not the first one's
      {"Kenya joined the EAC in 2000, while Rwanda joined the African Union in 2007.",
       {"Rwanda member_of African Union 2007"},
       {"Rwanda member_of East African Community"}},
      {"Kenya is a member of the EAC, and Rwanda joined the talks last year.", {}, {"Rwanda member_of East African Community"}},
      {"Kenya is a member of the EAC, but Somalia has not joined.", {}, {"Somalia member_of East African Community"}},
  });
}

TEST_CASE("membership s20: regional communities are organisations", "[relate][member_of][s20]") {
  check_relation_rows({
      {"Tanzania joined the Southern African Development Community (SADC) in 1992.",
       {"Tanzania member_of Southern African Development Community 1992"},
       {}},
      // a name whose last word is "Community" is an organisation even when no list has it
      {"Ghana joined the West African Cyber Experts Community in 2021.",
       {"Ghana member_of West African Cyber Experts Community 2021"},
       {}},
  });
}
