// Publication dates, session 40 (helper r3): a head line of parts, one a date and the
// others a weekday, a clock with its zone or a reading time ("Mardi 1 Décembre 2026 —
// 07:30 (GMT+1) · Reading time: 4 min", "Sat | 28.11.26 | 14:15 BTT"); a slashed date with
// a two-digit year whose order nothing tells ("HARARE, 2/12/26") is read only the way
// the text's own dates tell, never guessed month first.
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
const std::string kPubHeadS40r3 = "The Quayside Gazette\nFerry operators rehearse a ransomware attack\n";
const std::string kPubBodyS40r3 = "\nThe port authority ran the drill on Tuesday with two ferry companies.\n";
// a body whose dates with a month fall in the weeks before 2 December 2026
const std::string kPubDatedBodyS40r3 =
    "\nThe port authority ran the drill on Tuesday. Its new director took office on 1 November.\n";
}  // namespace

TEST_CASE("s40-r3: a date among a clock, a weekday and a reading time", "[s40][publication_dates]") {
  check_meta_rows({
      {kPubHeadS40r3 + "Mardi 1 D\xC3\xA9" "cembre 2026 \xE2\x80\x94 07:30 (GMT+1) \xC2\xB7 Reading time: 4 min" + kPubBodyS40r3,
       MetaField::published, "2026-12-01"},
      {kPubHeadS40r3 + "Tue | 01.12.26 | 14:15 CET" + kPubBodyS40r3, MetaField::published, "2026-12-01"},
      {kPubHeadS40r3 + "01.12.26 | 09:30 EAT" + kPubBodyS40r3, MetaField::published, "2026-12-01"},
      {kPubHeadS40r3 + "1 December 2026 | 14h20 | 3 min read" + kPubBodyS40r3, MetaField::published, "2026-12-01"},
      // a weekday the date does not fall on: no date
      {kPubHeadS40r3 + "Mon | 01.12.26 | 14:15 CET" + kPubBodyS40r3, MetaField::published, ""},
      // a part that is neither a clock nor a weekday: not this line's kind
      {kPubHeadS40r3 + "01.12.26 | Harbour desk" + kPubBodyS40r3, MetaField::published, ""},
  });
}

TEST_CASE("s40-r3: the formats news sites print still read", "[s40][publication_dates]") {
  check_meta_rows({
      {kPubHeadS40r3 + "Published 3:45 PM EST, Tue December 1, 2026" + kPubBodyS40r3, MetaField::published, "2026-12-01"},
      {kPubHeadS40r3 + "01.12.2026 | 14:20" + kPubBodyS40r3, MetaField::published, "2026-12-01"},
      {kPubHeadS40r3 + "2026-12-01T09:30:00+03:00" + kPubBodyS40r3, MetaField::published, "2026-12-01"},
      {kPubHeadS40r3 + "Updated: Dec 1, 2026" + kPubBodyS40r3, MetaField::published, "2026-12-01"},
      {kPubHeadS40r3 + "1 Dec 2026 \xE2\x80\x94 09:12 GMT" + kPubBodyS40r3, MetaField::published, "2026-12-01"},
      {kPubHeadS40r3 + "Posted on December 1st, 2026 by Ana Lopez" + kPubBodyS40r3, MetaField::published, "2026-12-01"},
      {"<html><head><meta property=\"article:published_time\" content=\"2026-12-01T09:30:00Z\"></head><body>"
       "<h1>Ferry operators rehearse</h1><p>The port authority ran the drill on Tuesday.</p></body></html>",
       MetaField::published, "2026-12-01", DocumentFormat::Html},
      {"<html><body><h1>Ferry operators rehearse</h1><p>By Ana Lopez <time datetime=\"2026-12-01T09:30:00+01:00\">"
       "Tuesday</time></p><p>The port authority ran the drill on Tuesday.</p></body></html>",
       MetaField::published, "2026-12-01", DocumentFormat::Html},
      {"---\ntitle: Ferry operators rehearse\ndate: 2026-12-01\n---\n" + kPubBodyS40r3, MetaField::published,
       "2026-12-01", DocumentFormat::Markdown},
  });
}

TEST_CASE("s40-r3: a slashed date with a two-digit year is not guessed", "[s40][publication_dates]") {
  check_meta_rows({
      // nothing tells the order: no date rather than a wrong one
      {kPubHeadS40r3 + "HARARE, 2/12/26" + kPubBodyS40r3, MetaField::published, ""},
      {kPubHeadS40r3 + "Posted 2/3/27" + kPubBodyS40r3, MetaField::published, ""},
      // the text's own dates fall in the weeks before 2 December, not 12 February
      {kPubHeadS40r3 + "HARARE, 2/12/26" + kPubDatedBodyS40r3, MetaField::published, "2026-12-02"},
      // a 12-hour clock tells month first, a number over 12 the day
      {kPubHeadS40r3 + "Posted 12/01/26 9:30 AM EST" + kPubBodyS40r3, MetaField::published, "2026-12-01"},
      {kPubHeadS40r3 + "HARARE, 22/11/26" + kPubBodyS40r3, MetaField::published, "2026-11-22"},
  });
}
