// Metadata, session 31 (helper x4): publication dates in house styles no head reader
// took: a dateline in Polish, Czech, Slovak or Finnish ("Kraków, 4 marca 2026 r."), a
// labelled date in one part of a line of parts ("... · Published on the 9th of May
// 2026 · ..."), circulation and export labels, and a section's bar before a dotted
// date with a two-digit year ("Tributes | 4.3.26").
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
const std::string kBody = "\nThe agency opened a training centre in the port city.\n";
}

TEST_CASE("s31-x4: a dateline in Polish, Czech, Slovak or Finnish", "[document][metadata][s31-x4]") {
  check_meta_rows({
      {"BIURO PRASOWE\n\nKraków, 4 marca 2026 r.\n\nA new centre opens\n" + kBody, MetaField::published, "2026-03-04"},
      {"Gdańsk, 21 października 2025 roku\n\nPort drill ends\n" + kBody, MetaField::published, "2025-10-21"},
      {"TISKOVÁ ZPRÁVA\nBrno, 12. února 2026\n\nCentre opens\n" + kBody, MetaField::published, "2026-02-12"},
      {"Bratislava, 7. júna 2024\n\nCentre opens\n" + kBody, MetaField::published, "2024-06-07"},
      {"TIEDOTE\nHelsinki, 30. syyskuuta 2026\n\nCentre opens\n" + kBody, MetaField::published, "2026-09-30"},
  });
}

TEST_CASE("s31-x4: a labelled date in one part of a head line of parts", "[document][metadata][s31-x4]") {
  check_meta_rows({
      {"# Final table\n\n*Page kept by the scoring cell (SCORE) · Published on the 9th of May 2026 · Points are final.*\n" + kBody,
       MetaField::published, "2026-05-09", DocumentFormat::Markdown},
      {"Drill results\n\nmaintained by the range staff | Posted: 14 April 2025 | all times local\n" + kBody,
       MetaField::published, "2025-04-14"},
      {"Working Group - Record of the 4th meeting\nDoc.: WG/04/REC - Status: final - Circulated: 2026-03-17\n" + kBody,
       MetaField::published, "2026-03-17"},
      {"Board minutes\n\nCirculated on 2 February 2026\n" + kBody, MetaField::published, "2026-02-02"},
      // an export's date is no publication's, but stands in when none is written
      {"Harbour notes\npublic channel · 3 120 members · history exported 11.08.2026 09:02 (CEST)\n" + kBody,
       MetaField::published, "2026-08-11"},
      {"Harbour notes\nPublished: 2 August 2026\npublic channel · history exported 11.08.2026 09:02 (CEST)\n" + kBody,
       MetaField::published, "2026-08-02"},
  });
}

TEST_CASE("s31-x4: a section's bar before a dotted date with a two-digit year", "[document][metadata][s31-x4]") {
  check_meta_rows({
      {"THE VALLEY GAZETTE\nTributes | 4.3.26\n\nA life in signals\n" + kBody, MetaField::published, "2026-03-04"},
      {"Obituaries | 17.10.25\n\nA life in signals\n" + kBody, MetaField::published, "2025-10-17"},
      // a version number in a headline is no date
      {"Release notes | Tool 2.1.26 is out\n" + kBody, MetaField::published, ""},
  });
}
