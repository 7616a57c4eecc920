// Anaphora and definite descriptions in wordings written for session 33 (helper a3):
// "the Union" is the body the noun heads (the European Union), not a body whose
// name only has the noun as a modifier (its cybersecurity agency).
// Texts are the test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("'the Union' is the European Union, not an agency named after it", "[recognise][anaphora][s33-a3]") {
  check_relation_rows({
      {"The European Union and Japan agreed on Tuesday to widen their cyber cooperation. The European Union Agency "
       "for Cybersecurity (ENISA) will run a course in Athens. The Union and Japan have cooperated on capacity "
       "building since 2018.",
       {"Japan cooperates_with European Union 2018"},
       {"Japan cooperates_with European Union Agency for Cybersecurity"}},
      // lower case, with the agency named last
      {"The European Union signed a partnership with Norway in 2023. The European Union Agency for Cybersecurity "
       "opened an office in Brussels. Officials said the union and Japan have cooperated on cyber training since "
       "2019.",
       {"Japan cooperates_with European Union 2019"},
       {"Japan cooperates_with European Union Agency for Cybersecurity"}},
  });
}

TEST_CASE("'the agency' is still the body the noun heads", "[recognise][anaphora][s33-a3]") {
  check_relation_rows({
      {"The European Union Agency for Cybersecurity opened a training centre in Athens. The agency has worked "
       "with Japan since 2020.",
       {"European Union Agency for Cybersecurity cooperates_with Japan 2020"},
       {"European Union cooperates_with Japan"}},
  });
}
