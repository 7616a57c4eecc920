// Roles, session 21: taking up a post that is not the head of a body
// ("becomes chief technology officer of X on 1 November") is serving in it,
// dated by the clause. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s21: an officer's post taken is affiliation, dated", "[relate][roles][s21]") {
  check_relation_rows({
      {"Jane Ruiz becomes chief technology officer of Europol on 1 November.",
       {"Jane Ruiz affiliated_with Europol 2025-11-01"},
       {"Jane Ruiz leads Europol"}},
      {"Jane Ruiz was appointed chief of staff of the Estonian Defence Forces in May.",
       {"Jane Ruiz affiliated_with Estonian Defence Forces 2025-05"},
       {"Jane Ruiz leads Estonian Defence Forces"}},
      {"Tomas Berg became a senior adviser to the Latvian Ministry of Defence in 2023.",
       {"Tomas Berg affiliated_with Latvian Ministry of Defence 2023"},
       {}},
      // said in June of November: the coming one, with "will" or the scheduling present
      {"Jane Ruiz will become director of Europol on 1 November.",
       {"Jane Ruiz leads Europol 2025-11-01"},
       {"Jane Ruiz leads Europol 2024-11-01"}},
      {"Jane Ruiz will take over as director of Europol in November.",
       {"Jane Ruiz leads Europol 2025-11"},
       {}},
      // a past appointment stays in the past
      {"Jane Ruiz became director of Europol on 1 November.",
       {"Jane Ruiz leads Europol 2024-11-01"},
       {}},
      // the head's post is still leading
      {"Jane Ruiz becomes director of Europol on 1 November.",
       {"Jane Ruiz leads Europol 2025-11-01"},
       {}},
      // a post someone else took says nothing of the subject
      {"Jane Ruiz said Tomas Berg would become chief of staff of Europol.",
       {},
       {"Jane Ruiz affiliated_with Europol"}},
  });
}

TEST_CASE("s21: a role noun qualified by a few words before a comma and a name is that person", "[relate][roles][s21]") {
  check_relation_rows({
      {"Tomas Berg held talks with Austria's national cyber security coordinator, Eva Huber, on Monday.",
       {"Tomas Berg met_with Eva Huber 2025-06-16", "Eva Huber affiliated_with Austria"},
       {"Tomas Berg met_with Austria"}},
      {"The forum was opened by Tomas Berg, who held talks on its margins with Latvia's top cyber coordinator, Eva Huber.",
       {"Tomas Berg met_with Eva Huber"},
       {}},
      // no comma and person after the noun: nothing is merged
      {"Tomas Berg praised Austria's cyber coordinator in Vienna.",
       {},
       {"Tomas Berg met_with Austria"}},
  });
}

TEST_CASE("s21: the head of a body's office or unit, then the person, serves the body", "[relate][roles][s21]") {
  check_relation_rows({
      {"Tomas Berg held talks with the head of the OSCE office in Astana, Ambassador Luca Fenzi.",
       {"Luca Fenzi affiliated_with Organization for Security and Co-operation in Europe", "Tomas Berg met_with Luca Fenzi"},
       {"Tomas Berg leads Organization for Security and Co-operation in Europe",
        "Luca Fenzi leads Organization for Security and Co-operation in Europe"}},
      {"Tomas Berg met the head of the Europol cyber unit, Luca Fenzi, in Tallinn.",
       {"Luca Fenzi affiliated_with Europol", "Tomas Berg met_with Luca Fenzi"},
       {"Luca Fenzi leads Europol"}},
      // the head of the body itself still leads it
      {"Tomas Berg met the director of Europol, Luca Fenzi, in Tallinn.",
       {"Luca Fenzi leads Europol"},
       {}},
  });
}

TEST_CASE("s21: a press release's contact line ties the person to the body after the role", "[relate][roles][s21]") {
  check_relation_rows({
      {"Revontuli Security Oyj opened an office in Tallinn.\n\nMedia contact: Sanna Lehtinen, Head of Communications, Revontuli Security Oyj\n",
       {"Sanna Lehtinen affiliated_with Revontuli Security Oyj"},
       {}},
      {"Press contact Jan Berg, Press Officer, Delft University of Technology\n",
       {"Jan Berg affiliated_with Delft University of Technology"},
       {}},
      {"Jan Berg, senior analyst, Recorded Future, said the attack was new.",
       {"Jan Berg affiliated_with Recorded Future"},
       {}},
      // a body named with the role is the role's, not a second one
      {"Jan Berg, Head of Europol's cyber unit, spoke in Riga.",
       {},
       {"Jan Berg affiliated_with Riga"}},
  });
}

TEST_CASE("s21: heading a described body named after a comma, a body's new head after a colon, academic titles", "[relate][roles][s21]") {
  check_relation_rows({
      {"Tonga's delegation was led by Ana Fifita, who heads the national computer emergency response team, CERT Tonga.",
       {"Ana Fifita leads CERT Tonga"},
       {}},
      {"Europol got a new director on 12 January: Ioana Dumitrescu-Hagi, a former prosecutor.",
       {"Ioana Dumitrescu-Hagi leads Europol 2026-01-12"},
       {}},
      {"The lab was opened by the Rector of the University of Tartu, Professor Maarten Hoekstra.",
       {"Maarten Hoekstra leads University of Tartu"},
       {}},
      // a new director someone else got says nothing of the person after another colon
      {"Europol got a new building on Monday: Ioana Dumitrescu-Hagi opened it.",
       {},
       {"Ioana Dumitrescu-Hagi leads Europol"}},
  }, Date{2026, 3, 12});
}
