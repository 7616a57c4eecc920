// Publication dates, session 23 (d): datelines with Nordic and Dutch month
// words ("12. nóvember 2026", "3 mars 2026", "12 mei 2026"), a foreign date
// after a publication label ("Birt:", "Publiceret:") or alone on its line,
// and one after a bar in a meta line. Texts written for the test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "published_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

std::string story(const std::string& head) {
  return "Ministers sign a fisheries pact\n\n" + head + "\n\nThe ministry said on Monday that Iceland and Norway signed a pact.\n";
}

}  // namespace

TEST_CASE("s23d: Nordic and Dutch month words in a dateline", "[document][metadata][s23]") {
  check_published({
      {story("Reykjav\xC3\xADk, 12. n\xC3\xB3vember 2026"), "2026-11-12"},
      {story("Oslo, 4. desember 2026"), "2026-12-04"},
      {story("Stockholm, 3 mars 2026"), "2026-03-03"},
      {story("Den Haag, 12 mei 2026"), "2026-05-12"},
      {story("Helsinki, 7 augusti 2026 10:00 EET"), "2026-08-07"},
      // a sentence after the date: no dateline
      {story("Oslo, 4. desember 2026 the ministers met in a hall"), ""},
      // a day the month has not
      {story("Reykjav\xC3\xADk, 31. febr\xC3\xBA" "ar 2026"), ""},
  });
}

TEST_CASE("s23d: a foreign date after a publication label or alone on its line", "[document][metadata][s23]") {
  check_published({
      {story("Birt: 12. n\xC3\xB3vember 2026"), "2026-11-12"},
      {story("Publiceret: 12. november 2026"), "2026-11-12"},
      {story("Publicerad: 3 mars 2026"), "2026-03-03"},
      {story("12. n\xC3\xB3vember 2026"), "2026-11-12"},
      // an update's label alone does not make the publication date here
      {story("Updated: 12. n\xC3\xB3vember 2026"), ""},
      // a line starting with a day and a month word but no year
      {story("12 mei the ministers met"), ""},
  });
}

TEST_CASE("s23d: a foreign date after a bar in a meta line", "[document][metadata][s23]") {
  check_published({
      {story("News | 12. November 2026 | Ministry for Foreign Affairs"), "2026-11-12"},
      {story("Ministry for Foreign Affairs | 12. n\xC3\xB3vember 2026"), "2026-11-12"},
      // after a headline's words, only a labelled date
      {story("Iceland and Norway sign a pact on fish | 12. n\xC3\xB3vember 2026"), ""},
  });
}

TEST_CASE("s23d: a wire's closing time stamp dates the story", "[document][metadata][s23]") {
  const std::string body = "SPAIN: NAVY DRILL ENDS\n\n(MW) - MADRID, OCT 9 - Spain said on Monday that it hosted a drill.\n\n";
  check_published({
      {body + "09-OCT-26 18:05 CET\n", "2026-10-09"},
      {body + "MW 09-OCT-26 18:05\n", "2026-10-09"},
      // no time: a code, not a stamp
      {body + "Ref. 09-OCT-26\n", ""},
      {body + "09-OCT-26\n", ""},
      // no month's name between the dashes
      {body + "09-XYZ-26 18:05\n", ""},
  });
}

TEST_CASE("s23d: a foreign or dotted-day date after a ministry's name in a meta line", "[document][metadata][s23]") {
  check_published({
      {story("Ministry for Foreign Affairs \xC2\xB7 12. n\xC3\xB3vember 2026"), "2026-11-12"},
      {story("Prime Minister's Office \xE2\x80\xA2 12. November 2026"), "2026-11-12"},
      // words of a sentence after the date
      {story("Ministry for Foreign Affairs \xC2\xB7 12. n\xC3\xB3vember 2026 the ministers met in a hall"), ""},
  });
}
