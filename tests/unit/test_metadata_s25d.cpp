// Metadata, session 25 (d2): a line naming the kind of text before its date
// ("Press release, 12 February 2026") at the top or the bottom of a page is
// the publication date.
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25d: a press release's kind before its date dates the page", "[document][metadata][s25d]") {
  const std::string head = "Malta and Cyprus agree on cyber drills\n\n";
  const std::string body = "Malta and Cyprus signed a memorandum on joint cyber drills on Tuesday.\n\n";
  check_meta_rows({
      {head + "Press release, 3 March 2026\n\n" + body, MetaField::published, "2026-03-03"},
      {head + "Media release - 3 March 2026\n\n" + body, MetaField::published, "2026-03-03"},
      {head + body + "The next drill is planned for the autumn.\n\nNews release, 3 March 2026\n", MetaField::published,
       "2026-03-03"},
      // a sentence about a press release is no dateline
      {head + "A press release, issued on 3 March 2026, said the drills would start soon.\n\n" + body,
       MetaField::published, ""},
  });
}
