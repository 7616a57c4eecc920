// Session 20: a role set after a list is its last member's ("A and B, chief
// executive of X"), with one-word and two-word roles; a role whose object is a
// nation's body ("the chief executive of the Chilean agency, B") is B's, not the
// name's before it; and CERT-In is a name. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("roles s20: an apposition after a list is the last member's", "[relate][leads][s20]") {
  check_relation_rows({
      {"The deal was signed by Ana Vidal and by Tomas Ruiz, chief executive of the Andean Cyber Institute.",
       {"Tomas Ruiz leads Andean Cyber Institute"},
       {"Ana Vidal leads Andean Cyber Institute", "Ana Vidal affiliated_with Andean Cyber Institute"}},
      {"Ana Vidal, Director of the Lima Cyber Centre, and Tomas Ruiz, chief executive of the Andean Cyber Institute, "
       "signed the deal.",
       {"Ana Vidal leads Lima Cyber Centre", "Tomas Ruiz leads Andean Cyber Institute"},
       {"Ana Vidal leads Andean Cyber Institute", "Ana Vidal affiliated_with Andean Cyber Institute",
        "Tomas Ruiz leads Lima Cyber Centre"}},
      // one person: the apposition is still read
      {"Tomas Ruiz, chief executive of the Andean Cyber Institute, signed the deal.",
       {"Tomas Ruiz leads Andean Cyber Institute"},
       {}},
  });
}

TEST_CASE("roles s20: the holder named after a role of a nation's body", "[relate][leads][s20]") {
  check_relation_rows({
      {"The arrangement was signed by Ana Vidal, Director of the Lima Cyber Centre, and by the chief executive of the "
       "Chilean agency, Tomas Ruiz.",
       {"Ana Vidal leads Lima Cyber Centre"},
       {"Ana Vidal * Chile", "Tomas Ruiz leads Chile"}},
  });
}

TEST_CASE("roles s20: CERT-In after a role", "[relate][leads][s20]") {
  check_relation_rows({
      {"Arvind Rao, Director General of CERT-In, said the deal matters.",
       {"Arvind Rao leads Indian Computer Emergency Response Team"},
       {}},
  });
}

TEST_CASE("roles s20: a company named by its Systems or Software head word", "[relate][leads][s20]") {
  check_relation_rows({
      {"Andes Systems chief executive Tomas Ruiz said deliveries would begin in May.",
       {"Tomas Ruiz leads Andes Systems"},
       {}},
      {"The Chilean navy signed a contract with Condor Software in 2025.",
       {"Chile cooperates_with Condor Software 2025"},
       {}},
  });
}
