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
      // a weekday after the year, capitalised
      {"Ege Postası\n21 Kasım 2026 Cumartesi\n\n" + kHead + kBody, MetaField::published, "2026-11-21"},
      {"CÓRDOBA, 3 dic. 2026 - " + kBody, MetaField::published, "2026-12-03"},
      // day, month and year joined by dashes
      {"Diario del Altiplano\n3-dic-2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Folha do Sertão\nPublicado: 04-DEZ-2026 10:15\n\n" + kHead + kBody, MetaField::published, "2026-12-04"},
      {"Folha do Sertão\n04-DEZ-2026 was a busy day\n\n" + kHead + kBody, MetaField::published, ""},
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
      // a name and its year is no issue's number: the dotted line stays unread
      {"Port gets a rescue centre\nHARBOURFEST 2026 · Harbour works · 27. Nov. 2026\n" + kBody, MetaField::published, ""},
      // a sequence's small number is no issue: the dotted line stays unread
      {"Rescue centre opens\nPart 2 · Harbour works · 27. Nov. 2026\n" + kBody, MetaField::published, ""},
  });
}

TEST_CASE("s37-v1: publication labels of other languages and their clocks", "[document][metadata][s37-v1]") {
  check_meta_rows({
      {"Le Matin de Kaolack\nMis en ligne le 28/11/2026 à 17h40\n\n" + kHead + kBody, MetaField::published, "2026-11-28"},
      {"Jornal da Beira\nPublicado em 05/12/2026 às 09h20\n\n" + kHead + kBody, MetaField::published, "2026-12-05"},
      // the clock's letter tells day first where both numbers could be the month
      {"Jornal da Beira\nPublicado em 05/11/2026 às 09h20\n\n" + kHead + kBody, MetaField::published, "2026-11-05"},
      {"Diario de Ourense\n05/11/2026 - 08:31 h\n\n" + kHead + kBody, MetaField::published, "2026-11-05"},
      {"Leidse Krant\nGepubliceerd op 11 maart 2027\n\n" + kHead + kBody, MetaField::published, "2027-03-11"},
      {"Głos Mazur\nOpublikowano: 15.12.2026, 07:45\n\n" + kHead + kBody, MetaField::published, "2026-12-15"},
      {"Savon Sanomat\nJulkaistu 4.12.2026 klo 11.05\n\n" + kHead + kBody, MetaField::published, "2026-12-04"},
      {"Uppsala Tidning\nPublicerad 4 dec 2026 kl. 11.05\n\n" + kHead + kBody, MetaField::published, "2026-12-04"},
      // an update's label only stands in when no publication date is written
      {"Jornal da Beira\nAtualizado em 06/12/2026 às 10h00\nPublicado em 05/12/2026 às 09h20\n\n" + kHead + kBody,
       MetaField::published, "2026-12-05"},
      // without a clock's letter a slashed date either way round stays unread
      {"Jornal da Beira\nPublicado em 05/11/2026\n\n" + kHead + kBody, MetaField::published, ""},
  });
}

TEST_CASE("s37-v1: a reading time beside the date", "[document][metadata][s37-v1]") {
  check_meta_rows({
      {"Lakeshore Courant\nReading time: 4 min | 3 Dec 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-03"},
      {"Lakeshore Courant\n6 min read | Friday, 4 December 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-04"},
      // a headline with a number is no reading time
      {"Lakeshore Courant\n4 ministers meet | Port talks\n\n" + kHead + kBody, MetaField::published, ""},
  });
}

TEST_CASE("s37-v1: a writer's desk or filing place after the byline's name is no outlet", "[document][metadata][s37-v1]") {
  check_meta_rows({
      {kHead + "By Tendai Moyo, Security Editor, in Bulawayo\n3 Dec 2026\n" + kBody, MetaField::source, ""},
      {kHead + "By Tendai Moyo, Security Editor, in Bulawayo\n3 Dec 2026\n" + kBody, MetaField::author, "Tendai Moyo"},
      {kHead + "By TENDAI MOYO, Bulawayo bureau\n3 Dec 2026\n" + kBody, MetaField::source, ""},
      {kHead + "By Tendai Moyo, Southern Africa bureau chief\n3 Dec 2026\n" + kBody, MetaField::source, ""},
      // a desk's name is the outlet's own, which writes as one ("Baltic Security Desk")
      {kHead + "By Tendai Moyo, Matopos Security Desk\n3 Dec 2026\n" + kBody, MetaField::source, "Matopos Security Desk"},
      // an outlet after the name stays the source, its filing place cut off
      {kHead + "By Tendai Moyo, The Matopos Herald in Bulawayo\n3 Dec 2026\n" + kBody, MetaField::source, "The Matopos Herald"},
      {kHead + "By Tendai Moyo, The Matopos Herald\n3 Dec 2026\n" + kBody, MetaField::source, "The Matopos Herald"},
  });
}

TEST_CASE("s37-v1: a broadcaster's bulletin head and an East Asian masthead's date", "[document][metadata][s37-v1]") {
  check_meta_rows({
      {"Zambezi Valley Radio\nBulletin: 07:00, 1 December 2026\nDuration: 4:10\n\n" + kHead + kBody, MetaField::published,
       "2026-12-01"},
      // a station's name beside the date names no writer
      {"Listen: 3 min 10 s\nMopane FM | 1 Dec 2026\n\n" + kHead + kBody, MetaField::author, ""},
      {"Listen: 3 min 10 s\nMopane FM | 1 Dec 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-01"},
      {"Hanbit Daily\n2026년 12월 1일\n\n" + kHead + kBody, MetaField::published, "2026-12-01"},
      {"Setouchi Shimbun English\n2026年12月1日\n\n" + kHead + kBody, MetaField::published, "2026-12-01"},
      {"Setouchi Shimbun English\n2026年13月1日\n\n" + kHead + kBody, MetaField::published, ""},
  });
}

TEST_CASE("s37-v1: the headline under a masthead's motto or date line is the title", "[document][metadata][s37-v1]") {
  const std::string body = "\nGhana signed a fisheries pact with Togo on Friday, the ministry said.\n";
  check_meta_rows({
      // a motto under the masthead, then the headline above the date
      {"THE ACCRA BEACON\nNews from the Volta to the coast, in English\n\nGhana and Togo sign a fisheries pact at Aflao\n\n"
       "4 December 2026\n" + body,
       MetaField::title, "Ghana and Togo sign a fisheries pact at Aflao"},
      {"THE ACCRA BEACON\nThe voice of the coast\n\nGhana and Togo sign a fisheries pact at Aflao\n\nBy Kofi Mensah\n"
       "4 December 2026\n" + body,
       MetaField::title, "Ghana and Togo sign a fisheries pact at Aflao"},
      // the masthead (maybe a motto of its own), its date line, then the headline
      {"O Correio da Beira\n04 DEZ 2026\n\nGhana and Togo sign a fisheries pact\n" + body, MetaField::title,
       "Ghana and Togo sign a fisheries pact"},
      {"O semanário das ilhas\nEdição 77 | 04 DEZ 2026\n\nGhana and Togo sign a fisheries pact\n" + body, MetaField::title,
       "Ghana and Togo sign a fisheries pact"},
      // a player's length is no headline
      {"Volta TV\nVIDEO (2 min 30)\n4 December 2026\n\nGhana and Togo sign a fisheries pact\n" + body, MetaField::title,
       "Ghana and Togo sign a fisheries pact"},
      // a headline, its date, then the story: the headline stays the title
      {"Ghana and Togo sign pact\n4 December 2026\n" + body, MetaField::title, "Ghana and Togo sign pact"},
      // a kicker, the headline and a standfirst: the headline stays the title
      {"PROFILE\n\nThe skipper who guards the Volta\n\nKofi Mensah, the new head of the coast guard, wants more boats and "
       "fewer meetings in Accra this winter\n\n4 December 2026\n" + body,
       MetaField::title, "The skipper who guards the Volta"},
  });
}

TEST_CASE("s37-v1: a weekend's or a week's edition dates the article by its first day", "[document][metadata][s37-v1]") {
  check_meta_rows({
      {"Lakeshore Courant\nWeekend edition | 5-6 December 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-05"},
      {"Lakeshore Courant\nDecember 5-6, 2026\n\n" + kHead + kBody, MetaField::published, "2026-12-05"},
      {"Lakeshore Courant\nWeek of 30 November - 6 December 2026\n\n" + kHead + kBody, MetaField::published, "2026-11-30"},
      // a written publication date wins over the edition's days
      {"Lakeshore Courant\nWeekend edition | 5-6 December 2026\nPublished: 4 December 2026\n\n" + kHead + kBody,
       MetaField::published, "2026-12-04"},
      // a fair's or a course's days are longer than an edition's
      {"Lakeshore Courant\n1-20 December 2026\n\n" + kHead + kBody, MetaField::published, ""},
  });
}
