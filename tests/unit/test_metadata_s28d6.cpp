// Metadata, session 28 (helper d6): a place and a full date after a label that no head
// reader takes ("Published Oslo, 19 March 2026 (summary edition)") keep the year written.
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s28-d6: a yearless-looking wire line that writes its year keeps it", "[document][metadata][s28-d6]") {
  const std::string body =
      "Chapter 4: Partners\n\nIn March 2025 the office joined the network. In May 2025 it hosted a course. In "
      "June 2025 it sent two experts to Tallinn. In October 2025 it signed a memorandum.\n";
  check_meta_rows({
      {"NORTHERN SECURITY OFFICE\n\nYEARLY REVIEW 2025\nIssued Bergen, 4 May 2026 (short edition)\n\n" + body,
       MetaField::published, "2026-05-04"},
  });
}

// A wiki page's closing "This page was last edited on ..." (temporal.json other_date_labels)
// is an update: it stands in for the publication date only when the page gives no other.
TEST_CASE("s28-d6: a closing 'last edited' date stands in for a page with no other", "[document][metadata][s28-d6]") {
  const std::string page = "# Amber Beacon\n\nAmber Beacon is a cyber defence exercise held in Narva.\n\n";
  check_meta_rows({
      {page + "*This page was last edited on 2 October 2026, at 11:05 (UTC).*\n", MetaField::published, "2026-10-02"},
      {"Published: 14 May 2026\n\n" + page + "This page was last edited on 2 October 2026, at 11:05 (UTC).\n",
       MetaField::published, "2026-05-14"},
  });
}
