// People and their bodies, session 31 (x1): recall families of unseen text (a
// minutes' or panel's list line naming a person and the body they came for).
// Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s31-x1: a labelled list line names a person and their body", "[relate][affiliated_with][s31-x1]") {
  check_relation_rows({
      {"ATTENDANCE\nLatvia: Ms Ilze Ozola-Berzina, Information Technology Security Incident Response Institution (CERT.LV)\n"
       "Estonia: Mr Kalev Tamm-Saar, Information System Authority (RIA)\n",
       {"Ilze Ozola-Berzina affiliated_with CERT.LV", "Kalev Tamm-Saar affiliated_with Information System Authority"},
       {}},
      // the line's nation closes it; a rank before the name
      {"Chair: Cdr Pedro Alves-Rocha, Cyber Defence Centre (CCD), Portugal\n",
       {"Pedro Alves-Rocha affiliated_with Portugal's Cyber Defence Centre"},
       {}},
      // a unit then the body it belongs to: the person is listed for the last
      {"Panel:\n- Lt Col Jonas Berg-Lund, Cyber Planning Unit, Swedish Armed Forces\n",
       {"Jonas Berg-Lund affiliated_with Swedish Armed Forces"},
       {"Jonas Berg-Lund affiliated_with Cyber Planning Unit"}},
      // a role after a dash stays the body's line
      {"The committee met on Monday.\nSecretariat: Mr Tomas Rimas, National Cyber Security Centre (NKSC) - rapporteur\n",
       {"Tomas Rimas affiliated_with National Cyber Security Centre"},
       {}},
  });
}

TEST_CASE("s31-x1: an office held in a body, then the person, serves that body", "[relate][affiliated_with][s31-x1]") {
  check_relation_rows({
      {"The accord was witnessed by the Secretary of State in the Ministry of Foreign Affairs, Ms Kadi Saar-Lember, who arrived on Monday.",
       {"Kadi Saar-Lember affiliated_with Ministry of Foreign Affairs"},
       {}},
      {"On Friday, the State Secretary at the Federal Ministry of the Interior, Dr Petra Lang, opened the forum.",
       {"Petra Lang affiliated_with Federal Ministry of the Interior"},
       {}},
      // a place after "in" is where the office sits, no body of the person's
      {"The Defence Attaché in Tallinn, Colonel Jan Berg, laid a wreath.",
       {},
       {"Jan Berg affiliated_with Tallinn"}},
  });
}

TEST_CASE("s31-x1: a word of tenure between a body's possessive and the title", "[relate][leads][s31-x1]") {
  check_relation_rows({
      {"Mark Tane, the GCSB's current Director-General, praised the report.",
       {"Mark Tane leads Government Communications Security Bureau"},
       {}},
      {"Liis Kask, ENISA's new Executive Director, opened the meeting.",
       {"Liis Kask leads European Union Agency for Cybersecurity"},
       {}},
  });
}

TEST_CASE("s31-x1: honours after a name keep its apposition", "[relate][leads][s31-x1]") {
  check_relation_rows({
      {"Dame Ruth Harker, DBE, who led the Government Communications Security Bureau for a decade, died on Monday.",
       {"Ruth Harker leads Government Communications Security Bureau"},
       {}},
      {"Sir Alan Moss, KCB, who commanded the Royal Navy, spoke at the ceremony.",
       {"Alan Moss leads Royal Navy"},
       {}},
      {"Anna Berg, CNZM, OBE, who headed the NCSC, retired in May.",
       {"Anna Berg leads National Cyber Security Centre"},
       {}},
  });
}

TEST_CASE("s31-x1: a bracketed caption line names a person, their title and body", "[relate][leads][s31-x1]") {
  check_relation_rows({
      {"The drill ended on Monday.\n[SUPER: Jonas Berg, Director, NCSC]\n",
       {"Jonas Berg leads National Cyber Security Centre"},
       {}},
      {"The drill ended on Monday.\n[CAPTION: Mari Tamm, Chief Executive, Information System Authority]\n",
       {"Mari Tamm leads Information System Authority"},
       {}},
  });
}
