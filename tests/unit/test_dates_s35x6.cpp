// Dates, session 35 (helper x6): membership years in a factbox's brackets,
// and the verbs that tell a founder helped create a body.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// "founding members of the WTO (1995)": a year alone in brackets right after the body.
TEST_CASE("s35-x6: a year in brackets after the body dates the membership", "[dating][s35-x6]") {
  check_relation_rows({
      {"Kenya is a member of the African Union (2002).", {"Kenya member_of African Union 2002"}},
      {"Latvia and Lithuania are founding members of the Baltic Defence College (1998) and of the Nordic-Baltic Eight.",
       {"Latvia member_of Baltic Defence College 1998", "Lithuania member_of Baltic Defence College 1998",
        "Latvia member_of Nordic-Baltic Eight undated"}},
  });
}

TEST_CASE("s35-x6: a bracket that holds more than a year dates no membership", "[dating][s35-x6]") {
  check_relation_rows({
      {"Kenya is a member of the African Union (AU).", {"Kenya member_of African Union undated"}},
      {"Kenya is a member of the African Union (55 states).", {"Kenya member_of African Union undated"}},
  });
}

TEST_CASE("s35-x6: a founder that helped create the body joined it then", "[dating][s35-x6]") {
  check_relation_rows({
      {"Ghana is a founding member of ECOWAS, which it helped create in 1975.",
       {"Ghana member_of Economic Community of West African States 1975"}},
      {"Chile is a member of the Pacific Alliance, which it helped establish in 2011.",
       {"Chile member_of Pacific Alliance 2011"}},
  });
}

// "A has been a partner since 1995, and B and C have cooperated since 2022": the time of the
// clause before ", and" yields to the one of the match's own clause.
TEST_CASE("s35-x6: a time before ', and' yields to the later clause's own", "[dating][s35-x6]") {
  check_relation_rows({
      {"Chile has been a NATO partner through the Partnership for Peace since 1998, and CSIRT-CL and NATO's "
       "Communications and Information Agency have cooperated on exercises since 2021.",
       {"CSIRT-CL cooperates_with Communications and Information Agency 2021"},
       {"CSIRT-CL cooperates_with Communications and Information Agency 1998"}},
      // the first clause keeps its own
      {"Chile has been a NATO partner through the Partnership for Peace since 1998, and CSIRT-CL and NATO's "
       "Communications and Information Agency have cooperated on exercises since 2021.",
       {"Chile party_to Partnership for Peace 1998"}},
  });
}

// "since the 2007 attacks", "since its 2019 reform": the year before the event's noun.
TEST_CASE("s35-x6: since a year's event dates the state", "[dating][s35-x6]") {
  check_relation_rows({
      {"CERT-EE has cooperated with the Cybersecurity and Infrastructure Security Agency since the 2019 floods.",
       {"CERT-EE cooperates_with Cybersecurity and Infrastructure Security Agency 2019"}},
      {"Estonia has been a party to the Budapest Convention since 2003, and CERT-EE has cooperated with the "
       "Cybersecurity and Infrastructure Security Agency since the 2007 attacks on Tallinn.",
       {"CERT-EE cooperates_with Cybersecurity and Infrastructure Security Agency 2007"},
       {"CERT-EE cooperates_with Cybersecurity and Infrastructure Security Agency 2003"}},
  });
}

// "has cooperated with A since 2023, and with B since 2024": each partner's own time.
TEST_CASE("s35-x6: a gapped partner takes the time right after it", "[dating][s35-x6]") {
  check_relation_rows({
      {"The Romanian National Cyber Security Directorate has cooperated with Moldova's Information Technology and "
       "Cyber Security Service since 2021, and with Ukraine's State Service of Special Communications and "
       "Information Protection since 2024.",
       {"Romanian National Cyber Security Directorate cooperates_with Information Technology and Cyber Security Service 2021",
        "Romanian National Cyber Security Directorate cooperates_with State Service of Special Communications and Information Protection 2024"},
       {"Romanian National Cyber Security Directorate cooperates_with State Service of Special Communications and Information Protection 2021"}},
  });
}

// "took part in X in April, as we have done since 2024": the point and the habit's start.
TEST_CASE("s35-x6: a habit told in the perfect after a dated taking part adds its start", "[dating][s35-x6]") {
  check_relation_rows({
      {"In May, Latvia's CERT.LV took part in Locked Shields as part of a joint team with Estonia's Information "
       "System Authority, an arrangement the two agencies have used since 2020.",
       {"Information System Authority participates_in Locked Shields 2025-05",
        "Information System Authority participates_in Locked Shields 2020"}},
  });
}
