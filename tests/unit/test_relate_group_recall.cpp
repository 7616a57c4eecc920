// Group relations in wordings unseen news text uses (session 9): a quantifier
// floated off a subject list ("A and B are both members of X"), an exercise
// described by who "has run" it. Every text written for this test; negatives
// (hedged, negated, a reference that still points back) beside the positives.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("group recall: 'are both members of', with companions after the organisation", "[relate][group][member_of]") {
  check_relation_rows({
      {"Estonia and Latvia are both members of the Quartet Group, alongside Finland and Norway.",
       {"Estonia member_of Quartet Group", "Latvia member_of Quartet Group", "Finland member_of Quartet Group",
        "Norway member_of Quartet Group"},
       {}},
      {"Chile and Peru were all members of the Andean Cyber Alliance.",
       {"Chile member_of Andean Cyber Alliance", "Peru member_of Andean Cyber Alliance"},
       {}},
      // a wish to join is no membership
      {"Estonia and Latvia are both keen to join the Quartet Group.",
       {},
       {"Estonia member_of Quartet Group", "Latvia member_of Quartet Group"}},
      // "both countries" as a subject still points back to the pair named before
      {"Estonia and Latvia signed the pact in May. Both countries joined the Quartet Group in 2004.",
       {"Estonia member_of Quartet Group 2004", "Latvia member_of Quartet Group 2004"},
       {}},
  });
}

TEST_CASE("group recall: an exercise that a body 'has run'", "[relate][group][organises]") {
  check_relation_rows({
      {"Specialists gathered for Harbour Shield, a defensive exercise that the Danish Cyber Command has run since 2019.",
       {"Danish Cyber Command organises Harbour Shield"},
       {}},
      {"Specialists gathered for Harbour Shield, an exercise that the Danish Cyber Command has never run.",
       {},
       {"Danish Cyber Command organises Harbour Shield"}},
      {"Specialists gathered for Harbour Shield, an exercise that the Danish Cyber Command has praised.",
       {},
       {"Danish Cyber Command organises Harbour Shield"}},
  });
}

TEST_CASE("group recall: bodies that sign a protocol or agree to work together", "[relate][group][cooperates_with]") {
  check_relation_rows({
      {"Estonia and Latvia signed a data-sharing protocol in May.",
       {"Estonia cooperates_with Latvia 2025-05"},
       {}},
      {"The Ghana Cyber Security Authority agreed to work with the Nigerian Communications Commission.",
       {"Ghana Cyber Security Authority cooperates_with Nigerian Communications Commission"},
       {}},
      // negated or hedged: no cooperation yet
      {"Estonia has not agreed to work with Latvia.",
       {},
       {"Estonia cooperates_with Latvia"}},
      {"Estonia may agree to work with Latvia.",
       {},
       {"Estonia cooperates_with Latvia"}},
      // agreeing to work on something is no partner
      {"Estonia agreed to work on a new strategy with the help of Latvia.",
       {},
       {"Estonia cooperates_with Latvia"}},
  });
}
