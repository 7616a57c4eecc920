// Companions in a wire lede, written for session 33 (helper c2): the subject a
// trailing "alongside", "together with", "along with" joins is the one after the
// dateline ("TALLINN, Nov 20 (Wire) - Estonia competed alongside Poland ..."), in
// capitals or title case, with or without a date and an agency, after "-", "--",
// an en or em dash or a colon. Texts are the test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a trailing companion joins the subject after a wire dateline", "[relate][s33-c2]") {
  check_relation_rows({
      {"TALLINN, June 17 (Baltic Wire) - Estonia competed alongside Poland and Ukraine in Locked Shields.",
       {"Estonia participates_in Locked Shields", "Poland participates_in Locked Shields",
        "Ukraine participates_in Locked Shields"},
       {}},
      {"RIGA \u2014 Latvia trained alongside Finland and Sweden in Locked Shields.",
       {"Finland participates_in Locked Shields", "Sweden participates_in Locked Shields"}, {}},
      {"Warsaw, June 17 - Poland participated along with Germany in Locked Shields.",
       {"Germany participates_in Locked Shields"}, {}},
      {"VILNIUS, June 17 (Baltic Wire) -- Lithuania took part together with Latvia in Locked Shields.",
       {"Latvia participates_in Locked Shields"}, {}},
      {"NAIROBI, Kenya: Kenya took part alongside Rwanda and Uganda in Locked Shields.",
       {"Rwanda participates_in Locked Shields", "Uganda participates_in Locked Shields"}, {}},
      {"OTTAWA, June 17 (Wire) - Canada took part in Locked Shields together with the United Kingdom.",
       {"United Kingdom participates_in Locked Shields"}, {}},
  });
}

TEST_CASE("after a dateline, a relative clause keeps its own companion", "[relate][s33-c2]") {
  check_relation_rows({
      // the companion joins the relative clause's own subject (Slovakia), not the lede's (the Authority)
      {"BRATISLAVA - The Information System Authority invites journalists to Locked Shields, an exercise that "
       "Slovakia organises together with Czechia.",
       {"Slovakia organises Locked Shields", "Czechia participates_in Locked Shields"}, {}},
      {"LISBON, June 17 (Wire) - Locked Shields drew Spain alongside France.",
       {"Spain participates_in Locked Shields", "France participates_in Locked Shields"}, {}},
  });
}

TEST_CASE("a companion right after the subject a dateline opens joins it", "[relate][s33-c2]") {
  check_relation_rows({
      {"TALLINN, June 17 (Wire) - The CCDCOE together with CERT.LV organised Locked Shields.",
       {"NATO Cooperative Cyber Defence Centre of Excellence organises Locked Shields",
        "CERT.LV organises Locked Shields"},
       {}},
      {"TALLINN - CERT.LV alongside the CCDCOE ran Locked Shields.",
       {"NATO Cooperative Cyber Defence Centre of Excellence organises Locked Shields",
        "CERT.LV organises Locked Shields"},
       {}},
      {"RIGA, June 17 - Chile, along with Peru and Ghana, took part in Locked Shields.",
       {"Chile participates_in Locked Shields", "Peru participates_in Locked Shields",
        "Ghana participates_in Locked Shields"},
       {}},
  });
}
