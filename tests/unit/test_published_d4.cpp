// Publication dates, helper d4: the header date formats of news sites and
// press offices around the world, each on a header written for the test.
#include "published_rows.hpp"

using namespace newsgraph::testing;

namespace {
const std::string kBody = "\n\nThe navy said on Tuesday that the drill had ended and the crews were back in port.\n";
}

TEST_CASE("d4: numeric header dates", "[document][published][d4]") {
  check_published({
      {"Harbour drill ends\n\n2026-04-16" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n2026/04/16" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n16.04.2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n16. 4. 2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n2026. 4. 16." + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n2026.04.16" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n2026.04.16 (Thu)" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n2026. 4. 16. (Thu) 10:30" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n16/04/2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n16-Apr-2026" + kBody, "2026-04-16"},
      // which number is the month no cue tells
      {"Harbour drill ends\n\n04/05/2026" + kBody, ""},
  });
}

TEST_CASE("d4: header dates with a time, a zone or a label", "[document][published][d4]") {
  check_published({
      {"Harbour drill ends\n\nApr 16, 2026 | 10:30 IST" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nThursday 16 April 2026 08:00 WIB" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPosted: 16.04.2026 10:30" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nDate: 2026/04/16" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPublished on 16-Apr-2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nUpdated 2026.04.16 (Thu) 10:30" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPublished: 16/04/2026 10:30 CET" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPosted on Apr 16, 2026 at 10:30 IST" + kBody, "2026-04-16"},
  });
}

TEST_CASE("d4: e-mail and press release headers", "[document][published][d4]") {
  check_published({
      {"From: Press Office <press@navy.example>\nDate: Thu, 16 Apr 2026 09:12:00 +0700\nSubject: Drill ends" + kBody,
       "2026-04-16"},
      {"From: Press Office\nSent: Thursday, April 16, 2026 9:12 AM\nTo: Newsdesk\nSubject: Drill ends" + kBody,
       "2026-04-16"},
      {"Press release 41/26\n\nNavy Press Office, 16 April 2026" + kBody, "2026-04-16"},
      {"Press release 41/26 | 16 April 2026" + kBody, "2026-04-16"},
      {"16 April 2026\n\nHarbour drill ends" + kBody, "2026-04-16"},
      {"April 16, 2026\nFOR IMMEDIATE RELEASE\n\nHarbour drill ends" + kBody, "2026-04-16"},
  });
}

TEST_CASE("d4: labels in another case or with a space before the colon, and more header forms", "[document][published][d4]") {
  check_published({
      {"Harbour drill ends\n\nTHURSDAY, APRIL 16, 2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n16 APR 2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nApr. 16, 2026 10:30 a.m. IST" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nLast Updated : 16 Apr 2026, 10:30 AM IST" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPublished : 16 Apr 2026, 10:30 AM IST" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPublished - April 16, 2026 10:30 am IST" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPublished Date: 16 April 2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nJakarta, 16 April 2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n2026-04-16T10:30:00+07:00" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nThu 16 Apr 2026 09.12 BST" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n16 April 2026 / 10:30" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPosted 16/04/2026 at 10:30" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nDate : 16.04.2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPublication Date: 2026-04-16" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nUpdated: April 16, 2026 | Published: April 15, 2026" + kBody, "2026-04-15"},
      {"Harbour drill ends\n\n[16.04.2026]" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n(16 April 2026)" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nSeoul, April 16 (Hanbit) -- The navy said on Tuesday that it had ended the drill in 2026." , ""},
      {"Harbour drill ends\n\nDated: 16th April 2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nThursday, 16th April, 2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nNR 41/2026 | 16.04.2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPress Release No. 41/2026\nDate: 16 April 2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n16 Apr 2026 — 10:30 AEST" + kBody, "2026-04-16"},
      // an update's label in capitals is still an update's
      {"Harbour drill ends\n\nUPDATED: April 16, 2026 | PUBLISHED: April 15, 2026" + kBody, "2026-04-15"},
  });
}

TEST_CASE("d4: more header forms already read", "[document][published][d4]") {
  check_published({
      {"Harbour drill ends\n\n2026-04-16 10:30:00" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nThu, 04/16/2026 - 10:30" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\n16 April 2026 at 10:30 GMT+7" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nPosted: 16-04-2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nRelease date: 16. 4. 2026" + kBody, "2026-04-16"},
      {"Harbour drill ends\n\nSENT: Thu 16/04/2026 09:12" + kBody, "2026-04-16"},
  });
}
