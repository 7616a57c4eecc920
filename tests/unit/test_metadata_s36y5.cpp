// Metadata, session 36 (helper y5): publication date lines the head reader missed:
// a masthead's date in parts ("FRI | NOV 27 | 2026"), a year of two digits after an
// apostrophe or in a US slashed date, Catalan, Italian, German and Dutch datelines,
// foreign publication labels, a zone with a small letter ("ChST"), and an HTML
// element whose class or itemprop says it holds the date.
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
const std::string kBody = "\nThe river authority closed two locks for repairs on Tuesday.\n";
const std::string kHead = "Valley Courier\n";
}  // namespace

TEST_CASE("s36-y5: a masthead's date in parts, in any order", "[document][metadata][s36-y5]") {
  check_meta_rows({
      {kHead + "FRI | NOV 27 | 2026" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Friday \xC2\xB7 27 November \xC2\xB7 2026" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "2026 / Nov. 27 / Fri." + kBody, MetaField::published, "2026-11-27"},
      {kHead + "No. 88 | SAT | DEC 5 | 2026 | 08:15 WAT" + kBody, MetaField::published, "2026-12-05"},
      {kHead + "FRI. NOV 27. 2026" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Fri. 27. Nov. 2026" + kBody, MetaField::published, "2026-11-27"},
      // a weekday that does not fall on the date: no date
      {kHead + "MON | NOV 27 | 2026" + kBody, MetaField::published, ""},
      // no year: no date
      {kHead + "FRI | NOV 27" + kBody, MetaField::published, ""},
      // a section's name among the parts is no date's
      {kHead + "Rivers | NOV 27 | 2026 | Locks" + kBody, MetaField::published, ""},
  });
}

TEST_CASE("s36-y5: two-digit years after an apostrophe and in US slashed dates", "[document][metadata][s36-y5]") {
  check_meta_rows({
      {kHead + "On air: 27 Nov '26 \xC2\xB7 6 p.m. bulletin" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Updated Nov. 27 \xE2\x80\x99" "26, 9:10 EAT" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "published: 11/27/26 4:05 PM ChST" + kBody, MetaField::published, "2026-11-27"},
      // nothing tells this one's order (session 40: no longer guessed month first)
      {kHead + "Posted 2/3/27" + kBody, MetaField::published, ""},
      {kHead + "Posted 27/11/26" + kBody, MetaField::published, "2026-11-27"},
      {"---\ntitle: Locks close\ndate: 12/01/26 7:30 AM SST\n---\nValley Courier\n" + kBody, MetaField::published,
       "2026-12-01", DocumentFormat::Markdown},
      // dotted: month first only when the second number cannot be a month
      {kHead + "Published 11.28.2026" + kBody, MetaField::published, "2026-11-28"},
      {kHead + "Published 05.11.2026" + kBody, MetaField::published, "2026-11-05"},
  });
}

TEST_CASE("s36-y5: Catalan, Italian, German and Dutch datelines and labels", "[document][metadata][s36-y5]") {
  check_meta_rows({
      {kHead + "GIRONA, divendres, 27 de novembre de 2026" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Edici\xC3\xB3 digital | dimarts, 1 de desembre de 2026" + kBody, MetaField::published, "2026-12-01"},
      {kHead + "LLEIDA, dilluns 5 d'abril de 2027" + kBody, MetaField::published, "2027-04-05"},
      {kHead + "divendres, 27 de novembre de 2026" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "TORINO, venerd\xC3\xAC 27 novembre 2026" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "UTRECHT, vrijdag 27 november 2026" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Ver\xC3\xB6" "ffentlicht am 27.11.2026, 14:20 Uhr" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Publi\xC3\xA9 le 27.11.2026 \xC3\xA0 18h05" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Publicado el 27 de noviembre de 2026" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Pubblicato il 27 novembre 2026 alle 10:15" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Publicat el 2 d\xE2\x80\x99octubre de 2026" + kBody, MetaField::published, "2026-10-02"},
      // a Catalan month word in English prose is no date
      {kHead + "The march of 27 veterans began in 2026." + kBody, MetaField::published, ""},
  });
}

TEST_CASE("s36-y5: shapes that worked before still work", "[document][metadata][s36-y5]") {
  check_meta_rows({
      {kHead + "Volume 9 \xC2\xB7 Issue 41 \xC2\xB7 November 27th 2026 (Friday)" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Friday, 27 Nov 2026 \xE2\x80\x94 10:05 (UTC+2)" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "November 27, 2026 / 9:50 PM" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Edi\xC3\xA7\xC3\xA3o 640 | 27 NOV 2026" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "27 November 2026, 07h40" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "PORTO, sexta-feira, 27 de novembro de 2026" + kBody, MetaField::published, "2026-11-27"},
  });
}

TEST_CASE("s36-y5: an HTML element that says it holds the date", "[document][metadata][s36-y5]") {
  auto page = [](const std::string& inner) {
    return "<html><body><h1>Locks close</h1><p class=\"byline\">Mia Lund " + inner +
           "</p><p>The river authority closed two locks for repairs on Tuesday.</p></body></html>";
  };
  check_meta_rows({
      {page("<span class=\"date\">27.11.2026</span>"), MetaField::published, "2026-11-27", DocumentFormat::Html},
      {page("<span itemprop=\"datePublished\">November 27, 2026</span>"), MetaField::published, "2026-11-27",
       DocumentFormat::Html},
      {page("<span class=\"post-date\">11.30.2026</span>"), MetaField::published, "2026-11-30", DocumentFormat::Html},
      // an update's element is no publication date
      {page("<span class=\"updated-date\">27.11.2026</span>"), MetaField::published, "", DocumentFormat::Html},
  });
}

TEST_CASE("s36-y5: a credit of its own kind beside the date, a dotted time before the zone", "[document][metadata][s36-y5]") {
  check_meta_rows({
      {kHead + "Analysis by Mia Lund \xC2\xB7 Fri 27 Nov 2026" + kBody, MetaField::published, "2026-11-27"},
      {kHead + "Photos by Jon Berg | Fri 27 Nov 2026 18.40 CET" + kBody, MetaField::published, "2026-11-27"},
      // a sentence before the date is no credit
      {kHead + "Locks were shut by the authority | Fri 27 Nov 2026" + kBody, MetaField::published, ""},
  });
  DocumentMeta meta = read_document_bytes(kHead + "Fri 27 Nov 2026 18.40 CET" + kBody, "doc", DocumentFormat::Text).meta;
  CHECK(meta.timezone == "CET");
}
