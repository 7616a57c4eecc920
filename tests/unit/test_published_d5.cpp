// Publication dates, helper d5 (session 27): header forms written for the test.
#include "published_rows.hpp"

using namespace newsgraph::testing;

namespace {
const std::string kBody = "\n\nThe coast guard said on Monday that the patrol boats had returned to the harbour.\n";
}

TEST_CASE("d5: an update's date on the byline's line stands in for the publication", "[document][published][d5]") {
  check_published({
      {"Patrol boats return\n\nBy Meera Nair | Updated: Mar 3, 2026, 21:40 IST" + kBody, "2026-03-03"},
      {"Patrol boats return\n\nBy Meera Nair | Last updated 3 March 2026 21:40" + kBody, "2026-03-03"},
      // a publication date written later wins over the update
      {"Patrol boats return\n\nBy Meera Nair | Updated: Mar 5, 2026\nPublished: Mar 3, 2026" + kBody, "2026-03-03"},
  });
}
