// Metadata, session 37 (helper v1): the heads of plain-text articles from outlets in
// other languages: month abbreviations as mastheads print them ("04 DEZ 2026",
// "3 dic. 2026", "12 FÉVR. 2027"), an issue's number in the masthead's own language
// before the date ("Edição 812 |", "Nº 4431 ·", "Ausgabe 48/2026 ·").
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
const std::string kBody = "\nThe coast guard opened a rescue centre near the port on Tuesday.\n";
const std::string kHead = "Port gets a rescue centre\n";
}  // namespace

TEST_CASE("s37-v1: month abbreviations of other languages in a masthead's date", "[document][metadata][s37-v1]") {
  check_meta_rows({
      {"Folha do Sertão\n04 DEZ 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-04"},
      {"Folha do Sertão\n5 OUT 2026\n\n" + kHead + kBody, MetaField::published, "2026-10-05"},
      {"Diario del Altiplano\n3 dic. 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Le Réveil de Thiès\n12 févr. 2027\n\n" + kHead + kBody, MetaField::published, "2027-02-12"},
      {"Le Réveil de Thiès\n12 FÉVR. 2027\n\n" + kHead + kBody, MetaField::published, "2027-02-12"},
      {"Il Corriere di Bari\n5 ott 2026\n\n" + kHead + kBody, MetaField::published, "2026-10-05"},
      {"Utrechts Nieuwsblad\n9 mrt 2027\n\n" + kHead + kBody, MetaField::published, "2027-03-09"},
      {"Dziennik Bałtycki\n14 gru 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-14"},
      {"Trondheim Avis\n3 okt. 2026\n\n" + kHead + kBody, MetaField::published, "2026-10-03"},
      {"Ege Postası\n21 Kas 2026\n\n" + kHead + kBody, MetaField::published, "2026-11-21"},
      {"Ege Postası\n21 Kasım 2026\n\n" + kHead + kBody, MetaField::published, "2026-11-21"},
      {"CÓRDOBA, 3 dic. 2026 - " + kBody, MetaField::published, "2026-12-03"},
      // a month word needs its day and year: no date here
      {"Folha do Sertão\nDEZ 2026\n\n" + kHead + kBody, MetaField::published, ""},
      {"Folha do Sertão\n04 DEZX 2026\n\n" + kHead + kBody, MetaField::published, ""},
  });
}

TEST_CASE("s37-v1: an issue's number in the masthead's language before the date", "[document][metadata][s37-v1]") {
  check_meta_rows({
      {"O Mensageiro do Vale\nEdição 812 | 04 DEZ 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-04"},
      {"El Faro del Sur\nNº 4431 · 3 dic. 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Allgäuer Bote\nAusgabe 48/2026 · 27. Nov. 2026\n\n" + kHead + kBody, MetaField::published, "2026-11-27"},
      {"Vol. 19 · Issue 47 · 12 Nov 2026\nThe Lakeside Beacon\n\n" + kHead + kBody, MetaField::published, "2026-11-12"},
      // a sequence's small number is no issue: the dotted line stays unread
      {"Rescue centre opens\nPart 2 · Harbour works · 27. Nov. 2026\n" + kBody, MetaField::published, ""},
  });
}
