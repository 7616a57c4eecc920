// Dates, session 11: publication dates in house styles (a press release's
// "For immediate release:", a dateline in another language, a slashed date
// whose zone tells its order, a timeline's items that are no dateline) and
// the dates of relations on unseen wording.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "extract_fixtures.hpp"
#include "metadata_rows.hpp"

using namespace newsgraph;
using newsgraph::testing::check_meta_rows;
using newsgraph::testing::MetaField;

TEST_CASE("s11: publication dates in house styles", "[document][metadata][s11]") {
  check_meta_rows({
      // a press release's label before its date
      {"MINISTRY OF DIGITAL AFFAIRS\n\nPRESS RELEASE\nFor immediate release: Friday, 6 March 2026\n\n"
       "The ministry opened a cyber range yesterday.\n",
       MetaField::published, "2026-03-06"},
      {"FOR IMMEDIATE RELEASE\n\nValdora, 14 May 2025 - The agency signed a memorandum today.\n", MetaField::published,
       "2025-05-14"},
      // a dateline in French, Spanish, German
      {"COMMUNIQUE DE PRESSE\nLyon, le 12 octobre 2025\n\nThe command hosted a drill on Monday.\n",
       MetaField::published, "2025-10-12"},
      {"NOTA DE PRENSA\nSevilla, 3 de febrero de 2026\n\nThe agency met its partners on Monday.\n",
       MetaField::published, "2026-02-03"},
      {"PRESSEMITTEILUNG\nBonn, 7. Mai 2024\n\nThe office hosted a meeting on Monday.\n", MetaField::published,
       "2024-05-07"},
      // a sentence with a foreign-looking word is no dateline
      {"Valdora drill report\n\nVisitors, le 12 octobre 2025 was the day the forum opened in Lyon.\n",
       MetaField::published, ""},
      // a slashed date: its zone tells the order; no zone, no date
      {"THE HARBOUR POST\n\nVALDORA | 05/04/2026 | 09:10 CET\n\nThe navy ran a drill on Friday.\n",
       MetaField::published, "2026-04-05"},
      {"THE HARBOUR POST\n\nPORTLAND | 05/04/2026 | 09:10 EDT\n\nThe navy ran a drill on Friday.\n",
       MetaField::published, "2026-05-04"},
      {"THE HARBOUR POST\n\nVALDORA | 05/04/2026\n\nThe navy ran a drill on Friday.\n", MetaField::published, ""},
      // a timeline's items in plain text: the update line stands in
      {"Valdora timeline\n\nUpdated: 2 March 2026\n\n- 4 June 2019 - Valdora joins the alliance.\n",
       MetaField::published, "2026-03-02"},
      // a wire dateline names its place before the date
      {"Drill ends\n\nVALDORA, 14 May 2025 - The navy ended a drill.\n", MetaField::published, "2025-05-14"},
  });
}

TEST_CASE("s11: an item of a timeline is no dateline, the update line stands in", "[document][metadata][s11]") {
  const char* text =
      "# How Valdora built its cyber agency\n\n_Last updated: 2026-03-02T10:00:00Z_\n\n"
      "Valdora has come a long way. The list below covers the main steps.\n\n"
      "- **4 June 2019** - Valdora joins the alliance.\n- **2021** - The agency opens.\n"
      "- **30 November 2022** - Valdora and Norland sign a memorandum on cyber assistance in the capital, and the "
      "ministry of public administration signs for Valdora at a ceremony attended by both ministers.\n";
  auto doc = read_document_bytes(text, "doc", DocumentFormat::Markdown);
  REQUIRE(doc.meta.published);
  CHECK(doc.meta.published->iso() == "2026-03-02");
}

namespace {
struct DatedRow {
  const char* text;
  Date published;
  const char* expected;  // a relation with its date
  bool present;
};

void check_dated_rows(const std::vector<DatedRow>& rows) {
  for (const auto& row : rows) {
    auto r = newsgraph::testing::relations_of(row.text, row.published);
    INFO(row.text);
    for (const auto& x : r) UNSCOPED_INFO(x);
    CHECK(newsgraph::testing::has(r, row.expected) == row.present);
  }
}
}  // namespace

TEST_CASE("s11: an event's one date reaches its participants however far off", "[relate][dating][s11]") {
  check_dated_rows({
      // the only date the text gives the exercise dates the teams named four sentences on
      {"Exercise Andean Shield began in Lima on 4 March. The scenario was a blackout. Officials called it realistic. "
       "The red team was drawn from cadets. The organisers praised the planners. Teams from Chile and Peru took part "
       "in Andean Shield.",
       Date{2024, 3, 8}, "Chile participates_in Andean Shield 2024-03-04", true},
      // two editions, two dates: the far-off taking part stays undated
      {"Andean Shield was held in Lima in March 2023. The scenario was a blackout. Officials called it realistic. "
       "Andean Shield was held in Quito in May 2024. The organisers praised the planners. The red team was drawn "
       "from cadets. The hosts were pleased. Chile took part in Andean Shield.",
       Date{2024, 6, 8}, "Chile participates_in Andean Shield 2024-05", false},
      {"Andean Shield was held in Lima in March 2023. The scenario was a blackout. Officials called it realistic. "
       "Andean Shield was held in Quito in May 2024. The organisers praised the planners. The red team was drawn "
       "from cadets. The hosts were pleased. Chile took part in Andean Shield.",
       Date{2024, 6, 8}, "Chile participates_in Andean Shield 2023-03", false},
  });
}

TEST_CASE("s11: a wire dateline's day is the story's, not its facts'", "[relate][dating][s11]") {
  // 14 May 2025 is a Wednesday: "on Tuesday" is the 13th
  check_dated_rows({
      {"LIMA, May 14 (Harbour Wire) - Chile joined NATO on Tuesday, officials said.", Date{2025, 5, 14},
       "Chile member_of North Atlantic Treaty Organization 2025-05-13", true},
      {"LIMA, May 14 (Harbour Wire) - Chile joined NATO on Tuesday, officials said.", Date{2025, 5, 14},
       "Chile member_of North Atlantic Treaty Organization 2025-05-14", false},
      // with no time of its own the fact keeps what it had
      {"LIMA, May 14 (Harbour Wire) - Chile joined NATO, officials said.", Date{2025, 5, 14},
       "Chile member_of North Atlantic Treaty Organization 2025-05-14", true},
  });
}

TEST_CASE("s11: closing an event dates it like ending it", "[relate][dating][s11]") {
  // 8 March 2024 is a Friday
  check_dated_rows({
      {"The agency closed Exercise Andean Shield in Lima on Friday. The scenario was a blackout. Officials called "
       "it realistic. The red team was drawn from cadets. Teams from Chile and Peru took part in Andean Shield.",
       Date{2024, 3, 9}, "Chile participates_in Andean Shield 2024-03-08", true},
  });
}

TEST_CASE("s11: a dated lede's unnamed exercise is the one the next sentence names", "[relate][dating][s11]") {
  // 8 March 2024 is a Friday
  check_dated_rows({
      {"Cyber teams from three countries wrapped up a three-day exercise on Friday. The drill, known as Exercise "
       "Andean Shield, was hosted by Chile. Teams from Peru took part in Andean Shield.",
       Date{2024, 3, 9}, "Peru participates_in Andean Shield 2024-03-06", true},  // its first day (session 12)
      // a lede with no event noun says nothing of the exercise
      {"Cyber teams from three countries wrapped up their work on Friday. The drill, known as Exercise Andean "
       "Shield, was hosted by Chile. Teams from Peru took part in Andean Shield.",
       Date{2024, 3, 9}, "Peru participates_in Andean Shield 2024-03-08", false},
      // the next sentence speaks of another occasion ("the summit"), not the dated exercise
      {"In June, Chile hosted a tabletop exercise with Peru. Not all liked the results of the Andean Cyber Summit. "
       "Peru took part in the Andean Cyber Summit.",
       Date{2024, 9, 9}, "Peru participates_in Andean Cyber Summit 2024-06", false},
  });
}
