// Memberships in ordinary news wording, written for session 32 (helper y1): an
// act sentence ("X's accession to NATO was completed in 2017") dates only its own
// subject's membership, never the undated one of a neighbouring sentence about
// another nation. Texts are the test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("another nation's accession does not date a membership next to it", "[relate][s32-y1]") {
  check_relation_rows({
      // the act sentence right after names its own subject and body
      {"Officials met on Monday. Hungary is one of the 27 members of the European Union. Montenegro's accession to "
       "NATO was completed in 2017.",
       {"Hungary member_of European Union undated", "Montenegro member_of North Atlantic Treaty Organization 2017"},
       {"Hungary member_of European Union 2017"}},
      // the act sentence right before
      {"Officials met on Monday. Montenegro's accession to NATO was completed in 2017. Hungary is one of the 27 "
       "members of the European Union.",
       {"Hungary member_of European Union undated", "Montenegro member_of North Atlantic Treaty Organization 2017"},
       {"Hungary member_of European Union 2017"}},
  });
}

TEST_CASE("an act sentence still dates the membership of its own subject", "[relate][s32-y1]") {
  check_relation_rows({
      {"Officials met on Monday. Portugal is a member of the European Union. Portugal's accession to the European "
       "Union was completed in 1986.",
       {"Portugal member_of European Union 1986"}, {}},
      // an act sentence that names no owner speaks of the fact before it
      {"Officials met on Monday. Portugal is a member of the European Union. Its accession was completed in 1986.",
       {"Portugal member_of European Union 1986"}, {}},
  });
}

TEST_CASE("'joined both X and Y' joins each body", "[relate][s32-y1]") {
  check_relation_rows({
      {"The Baltic states, Estonia, Latvia and Lithuania, joined both NATO and the European Union in 2004.",
       {"Estonia member_of North Atlantic Treaty Organization 2004", "Estonia member_of European Union 2004",
        "Lithuania member_of North Atlantic Treaty Organization 2004", "Lithuania member_of European Union 2004"},
       {}},
      // a refusal stays out
      {"Norway has twice refused to join either the European Union or NATO's rival blocs.", {},
       {"Norway member_of European Union"}},
  });
}

TEST_CASE("'As a NATO member since 2023, X' and 'X is among the EU's members'", "[relate][s32-y1]") {
  check_relation_rows({
      {"As a NATO member since 2023, Finland must spend more on defence.",
       {"Finland member_of North Atlantic Treaty Organization 2023"}, {}},
      {"As an EU member state since 1995, Finland must follow the rules on state aid.",
       {"Finland member_of European Union 1995"}, {}},
      // a clause that only opens with "as" tells no membership
      {"As NATO allies since 2004 gathered in Riga, Finland spoke first.", {},
       {"Finland member_of North Atlantic Treaty Organization"}},
      {"Finland and Sweden are among the European Union's members that back the plan.",
       {"Finland member_of European Union", "Sweden member_of European Union"}, {}},
      {"Canada is among NATO's founding members.", {"Canada member_of North Atlantic Treaty Organization"}, {}},
      {"Finland and Sweden are among the European Union's harshest critics.", {}, {"Finland member_of European Union"}},
  });
}

TEST_CASE("an aspiring, would-be or prospective member is no member yet", "[relate][s32-y1]") {
  check_relation_rows({
      {"Georgia, an aspiring NATO member, sent observers to the drill.", {},
       {"Georgia member_of North Atlantic Treaty Organization"}},
      {"Georgia, a would-be NATO member, sent observers to the drill.", {},
       {"Georgia member_of North Atlantic Treaty Organization"}},
      {"Moldova, a prospective member of the European Union, sent observers.", {}, {"Moldova member_of European Union"}},
      // a plain member still is one
      {"Estonia, a NATO member, sent observers to the drill.", {"Estonia member_of North Atlantic Treaty Organization"},
       {}},
  });
}

TEST_CASE("'joined X in 2017, followed by Y in 2020' and 'joined X in 2023 and Y in 2024'", "[relate][s32-y1]") {
  check_relation_rows({
      {"Montenegro joined NATO in 2017, followed by North Macedonia in 2020.",
       {"Montenegro member_of North Atlantic Treaty Organization 2017",
        "North Macedonia member_of North Atlantic Treaty Organization 2020"},
       {"North Macedonia member_of North Atlantic Treaty Organization 2017"}},
      {"Finland joined NATO in April 2023 and Sweden in March 2024.",
       {"Finland member_of North Atlantic Treaty Organization 2023-04",
        "Sweden member_of North Atlantic Treaty Organization 2024-03"},
       {"Sweden member_of North Atlantic Treaty Organization 2023-04"}},
      // a name after "and" with no time of its own is no gapped subject
      {"Finland joined NATO in April 2023 after talks with Turkey and Sweden.", {},
       {"Sweden member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("'X, the last NATO member to ratify ...': an apposition with 'the'", "[relate][s32-y1]") {
  check_relation_rows({
      {"Hungary, the last NATO member to ratify the accession, voted on Monday.",
       {"Hungary member_of North Atlantic Treaty Organization"}, {}},
      {"Sweden, the newest NATO ally, raised its flag.", {"Sweden member_of North Atlantic Treaty Organization"}, {}},
  });
}

TEST_CASE("a second body joined in a gapped clause is no member", "[relate][s32-y1]") {
  check_relation_rows({
      {"Bulgaria joined NATO in 2004 and the European Union in 2007.",
       {"Bulgaria member_of North Atlantic Treaty Organization 2004", "Bulgaria member_of European Union 2007"},
       {"European Union member_of North Atlantic Treaty Organization"}},
  });
}
