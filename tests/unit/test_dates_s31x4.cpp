// Session 31, helper x4: dates of facts on unseen text (heldout15's families).
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// A post held "since" a day written without its year has begun: the day is on or before
// the publication, whatever the tense of the sentence ("opens", "will open"); and a
// since-day closing the aside of the subject is not the day of what the subject does.
TEST_CASE("s31-x4: a yearless since-day has begun and dates no occurrence", "[dating][s31-x4]") {
  check_relation_rows({
      {"Ana Lopez, RIA's director general since May 3, opens the forum in Tartu.",
       {"Ana Lopez leads RIA 2025-05-03"},
       {"Ana Lopez leads RIA 2026-05-03"}},
      {"Marta Kask, the commander of the Estonian Cyber Command since 1 September, will open the drill.",
       {"Marta Kask leads Estonian Cyber Command 2024-09-01"},
       {"Marta Kask leads Estonian Cyber Command 2025-09-01"}},
      {"Ana Lopez, RIA's director general since 2 June, opens Exercise Iron Heron in Tartu. Teams from Latvia and "
       "Finland take part in the exercise.",
       {"Ana Lopez leads RIA 2025-06-02", "Latvia participates_in Iron Heron"},
       {"Latvia participates_in Iron Heron 2025-06-02", "Iron Heron located_in Tartu 2025-06-02"}},
  });
}

// A unit's place in a body is a state, dated by no time of its clause; the unit's creation
// told in the same sentence dates it (temporal.json creation_words), a shared subject's
// earlier conjunct too; the creation of the body it belongs to does not.
TEST_CASE("s31-x4: a unit's part_of is dated by its creation in the same sentence", "[dating][s31-x4]") {
  check_relation_rows({
      {"The Latvian Cyber Unit was established in February 2022 and is subordinated to the Latvian Ministry of "
       "Defence.",
       {"Latvian Cyber Unit part_of Latvian Ministry of Defence 2022-02"},
       {}},
      {"The Vilnius Cyber Range was set up in 2020 and is run by the Lithuanian Armed Forces.",
       {"Vilnius Cyber Range part_of Lithuanian Armed Forces 2020"},
       {}},
      {"The Narva Cyber Range, which is run by the Estonian Defence Forces, has grown since its creation in 2021.",
       {"Narva Cyber Range part_of Estonian Defence Forces 2021"},
       {}},
      {"The Tartu Cyber Cell, which opened in July and is operated by the Estonian Defence Forces, trains reservists.",
       {"Tartu Cyber Cell part_of Estonian Defence Forces 2024-07"},
       {}},
      // the body's own founding is not the unit's
      {"The Latvian Cyber Unit is subordinated to the Latvian National Armed Forces, which were founded in 1991.",
       {"Latvian Cyber Unit part_of Latvian National Armed Forces undated"},
       {"Latvian Cyber Unit part_of Latvian National Armed Forces 1991"}},
      {"The Lithuanian Cyber Centre belongs to the Lithuanian Armed Forces, which have expanded since their founding "
       "in 1990.",
       {"Lithuanian Cyber Centre part_of Lithuanian Armed Forces undated"},
       {}},
  });
}

// A sentence that opens with a participle ("Born in ...", "Founded in ...") opens with an
// aside: its time is the aside's, and a time of the main clause's own dates the fact.
TEST_CASE("s31-x4: a time in an opening participial phrase is the phrase's", "[dating][s31-x4]") {
  check_relation_rows({
      {"Born in Tartu in 1961, Ana Lopez joined the Estonian Defence Forces in 1990.",
       {"Ana Lopez affiliated_with Estonian Defence Forces 1990"},
       {"Ana Lopez affiliated_with Estonian Defence Forces 1961"}},
      {"Founded in 2005, the Latvian CERT joined FIRST in 2012.",
       {"Latvian CERT member_of Forum of Incident Response and Security Teams 2012"},
       {"Latvian CERT member_of Forum of Incident Response and Security Teams 2005"}},
      {"Created in 2016, Estonia's Cyber Command joined the CCDCOE in 2019 as a member.",
       {"Estonia's Cyber Command member_of NATO Cooperative Cyber Defence Centre of Excellence 2019"},
       {"Estonia's Cyber Command member_of NATO Cooperative Cyber Defence Centre of Excellence 2016"}},
  });
}

// "cooperation between A and B, which have held joint drills since 2020": a relative clause
// in the plural perfect right after the pair says since when the two have worked together;
// one in the singular ("which has been a member since ...") is the second name's own.
TEST_CASE("s31-x4: a plural perfect since-clause after a cooperating pair dates it", "[dating][s31-x4]") {
  check_relation_rows({
      {"The ministers reviewed cooperation between CERT-EE and the Latvian CERT (CERT.LV), which have held joint "
       "drills since 2020.",
       {"CERT-EE cooperates_with Latvian CERT 2020"},
       {}},
      {"They discussed the cooperation between Estonia and Latvia, which have trained together since 2018.",
       {"Estonia cooperates_with Latvia 2018"},
       {}},
      {"They discussed the cooperation between Estonia and Latvia, which has been a NATO member since 2004.",
       {"Estonia cooperates_with Latvia undated"},
       {"Estonia cooperates_with Latvia 2004"}},
  });
}
