// Metadata, session 32 (helper z5): a web page's review date ("Page reviewed 2026/11/20")
// in a head line of parts stands in for its publication when none is written.
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
const std::string kBody = "\nThe agency opened a training centre in the port city.\n";
}

TEST_CASE("s32-z5: a page's review date in a head line of parts", "[document][metadata][s32-z5]") {
  check_meta_rows({
      {"HARBOUR DRILL - QUESTIONS AND ANSWERS\nPage reviewed 2025/10/14 | Version 2.1 | Kept by the drill office\n" + kBody,
       MetaField::published, "2025-10-14"},
      {"Drill office\nPage last updated: 3 March 2026 | Contact the office\n" + kBody, MetaField::published,
       "2026-03-03"},
      // a publication date written as well is the one read
      {"Drill office\nPublished: 2 February 2026\nPage last reviewed: 3 March 2026 | Contact the office\n" + kBody,
       MetaField::published, "2026-02-02"},
  });
}

// "Yerevan, 16.X.2026": a dotted date with its month in Roman numerals.
TEST_CASE("s32-z5: a dotted date with a Roman month", "[document][metadata][s32-z5]") {
  check_meta_rows({
      {"MINISTRY OF DEFENCE\n\nEXPLANATORY NOTE\n\nYerevan, 16.X.2026\nRef. N 01/14\n" + kBody, MetaField::published,
       "2026-10-16"},
      {"Warszawa, 3.IV.2025\n\nCentre opens\n" + kBody, MetaField::published, "2025-04-03"},
  });
}
