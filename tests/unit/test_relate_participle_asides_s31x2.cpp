// Session 31 (x2): a participle's aside between a subject and its verb ("X, established in
// Riga in 2011, works with Y") is cut out as a subject's asides are. Texts written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("asides s31x2: a participle's aside between the subject and the verb", "[relate][s31-x2]") {
  check_relation_rows({
      {"CERT.LV, established in Riga in 2011, works with Ukraine, Georgia and Moldova.",
       {"CERT.LV cooperates_with Ukraine", "CERT.LV cooperates_with Moldova", "CERT.LV located_in Riga"},
       {"CERT.LV cooperates_with Ukraine 2011"}},
      {"CERT.LV, founded in 2011, joined FIRST in 2014.",
       {"CERT.LV member_of Forum of Incident Response and Security Teams 2014"},
       {}},
      {"CERT.LV, set up in 2011, joined FIRST in 2014.",
       {"CERT.LV member_of Forum of Incident Response and Security Teams 2014"},
       {}},
      {"CERT.LV, headquartered in Riga, has cooperated with CERT-EE since 2015.",
       {"CERT.LV cooperates_with CERT-EE 2015", "CERT.LV located_in Riga"},
       {}},
  });
}
