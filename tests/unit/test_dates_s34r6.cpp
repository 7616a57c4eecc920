// Dates, session 34 (helper r6): a slashed publication date whose order is
// ambiguous ("12/2/2026") is read month first when a 12-hour clock follows
// it ("4:45 PM"), as the lands that write both do; without the clock, or
// with a 24-hour one, it stays unread (which is the month is not told).
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"
#include "published_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s34-r6: an ambiguous slashed date before a 12-hour clock is month first", "[document][s34-r6]") {
  check_published({
      {"Harbor board approves port cyber plan\n\nPosted: 3/4/2026 9:15 AM\n\nThe port authority approved a plan.\n",
       "2026-03-04"},
      {"Senate panel backs cyber budget\n\nUpdated 10/11/2026, 11:02 p.m.\n\nA Senate panel backed the budget.\n",
       "2026-10-11"},
      {"Guard unit opens range\n\nPublished: 6/7/2026 | 12:30 PM\n\nThe Guard opened a cyber range.\n", "2026-06-07"},
      // an unambiguous one reads as before, the clock or not
      {"Guard unit opens range\n\nPosted: 11/30/2026 4:45 PM\n\nThe Guard opened a cyber range.\n", "2026-11-30"},
      {"Guard unit opens range\n\nPosted: 30/11/2026 16:45\n\nThe Guard opened a cyber range.\n", "2026-11-30"},
  });
}

TEST_CASE("s34-r6: an ambiguous slashed date with no 12-hour clock stays unread", "[document][s34-r6]") {
  check_published({
      {"Harbor board approves port cyber plan\n\nPosted: 3/4/2026 09:15\n\nThe port authority approved a plan.\n", ""},
      {"Harbor board approves port cyber plan\n\nPosted: 3/4/2026\n\nThe port authority approved a plan.\n", ""},
  });
}

// "from 10/19 to 10/23", "on 5/14": a slashed day with no year after a date cue, read month
// first only when a second number of 13 to 31 rules the other order out.
TEST_CASE("s34-r6: a yearless slashed day after a date cue is month first", "[dating][s34-r6]") {
  check_relation_rows({
      {"The Ohio National Guard hosted Exercise Buckeye Shield from 5/14 to 5/18 at Camp Perry.",
       {"Ohio National Guard organises Buckeye Shield 2025-05-14"}},
      {"Teams from the Kentucky National Guard took part in exercise Bluegrass Sentry, which ran from 4/21 through 4/25.",
       {"Kentucky National Guard participates_in Bluegrass Sentry 2025-04-21"}},
      {"On 6/16 the Texas Military Department signed the Memorandum on Cyber Training with the Chilean Army.",
       {"Texas Military Department party_to Memorandum on Cyber Training 2025-06-16"}},
  });
}

TEST_CASE("s34-r6: a slashed pair that may be read either way, or no cue, gives no date", "[dating][s34-r6]") {
  check_relation_rows({
      // 5/6: the 5th of June or the 6th of May
      {"The Ohio National Guard hosted Exercise Buckeye Shield from 5/6 to 5/9 at Camp Perry.",
       {"Ohio National Guard organises Buckeye Shield undated"}},
      // "24/7" is no date
      {"The Ohio National Guard hosted Exercise Buckeye Shield at Camp Perry and kept its range open 24/7.",
       {"Ohio National Guard organises Buckeye Shield undated"}},
  });
}

// A membership with a relative clause right after the body telling the member joined it (its
// subject a pronoun), or a founding member's body with its creation in an aside, is dated by it.
TEST_CASE("s34-r6: a member_of is dated by the joining a clause after the body tells", "[dating][s34-r6]") {
  check_relation_rows({
      {"Chile has been a member of the OAS since 1948 and of Mercosur, which it joined as an associate in 1996.",
       {"Chile member_of Organization of American States 1948", "Chile member_of Southern Common Market 1996"},
       {"Chile member_of Southern Common Market 1948"}},
      {"Kazakhstan is a founding member of the Collective Security Treaty Organization, established in 1992, and "
       "has been a member of the Organization of Turkic States since 2009.",
       {"Kazakhstan member_of Collective Security Treaty Organization 1992",
        "Kazakhstan member_of Organization of Turkic States 2009"}},
      {"Estonia is a member of NATO, which it joined in 2004.", {"Estonia member_of North Atlantic Treaty Organization 2004"}},
      {"Brazil is a member of Mercosur, which it co-founded with Argentina, Paraguay and Uruguay in 1991.",
       {"Brazil member_of Southern Common Market 1991"}},
  });
}

TEST_CASE("s34-r6: another's joining or a plain member's body's creation dates no membership", "[dating][s34-r6]") {
  check_relation_rows({
      // the clause's subject is another nation: its joining, not Ghana's
      {"Ghana is a member of the African Union, which Morocco rejoined in 2017.",
       {"Ghana member_of African Union undated"}},
      // not a founding member: the body's creation is not when Malaysia joined
      {"Malaysia is a member of ASEAN, created in 1967.", {"Malaysia member_of Association of Southeast Asian Nations undated"}},
  });
}
