// Metadata, session 35 (helper y4): publication date lines the head reader missed,
// which left every relative date of the article undated: a year before the month's
// name ("2027 March 4"), a foreign dateline with its weekday ("lundi 8 mars 2027"),
// a Portuguese ordinal day ("1.º de março"), a foreign time ("à 9h15"), and a
// foreign dateline that opens the body's first paragraph.
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
const std::string kBody = "\nThe coast guard opened a rescue centre near the port.\n";
}

TEST_CASE("s35-y4: a year first, then the month's name and the day", "[document][metadata][s35-y4]") {
  check_meta_rows({
      {"Harbour Gazette\n2027 March 4\n" + kBody, MetaField::published, "2027-03-04"},
      {"Harbour Gazette\n2027-Mar-04 09:10 +03:00\n" + kBody, MetaField::published, "2027-03-04"},
      {"Harbour Gazette\n2027, March 4\n" + kBody, MetaField::published, "2027-03-04"},
      {"Harbour Gazette\nThursday, 2027 March 4, 08:00 EET\n" + kBody, MetaField::published, "2027-03-04"},
      // no day of that month: no date
      {"Harbour Gazette\n2027 February 30\n" + kBody, MetaField::published, ""},
  });
}

TEST_CASE("s35-y4: foreign datelines with a weekday, an ordinal day or a time", "[document][metadata][s35-y4]") {
  check_meta_rows({
      {"Le Courrier du Port\nLYON, lundi 8 mars 2027\n" + kBody, MetaField::published, "2027-03-08"},
      {"El Diario del Puerto\nSEVILLA, jueves 4 de marzo de 2027\n" + kBody, MetaField::published, "2027-03-04"},
      {"Jornal do Porto\nPORTO, 1.º de março de 2027\n" + kBody, MetaField::published, "2027-03-01"},
      {"Le Courrier du Port\nlundi 8 mars 2027 à 9h15\n" + kBody, MetaField::published, "2027-03-08"},
      {"El Diario del Puerto\nJueves 4 de marzo de 2027, 10:30\n" + kBody, MetaField::published, "2027-03-04"},
      {"Le Courrier du Port\nNANTES, vendredi 5 mars 2027 \xE2\x80\x93 The coast guard opened a rescue centre.\n",
       MetaField::published, "2027-03-05"},
      // words that are not a time after the year: no dateline
      {"Le Courrier du Port\nLYON, lundi 8 mars 2027 et la suite\n" + kBody, MetaField::published, ""},
  });
}

TEST_CASE("s35-y4: head dates that were already read stay read", "[document][metadata][s35-y4]") {
  check_meta_rows({
      {"Harbour Gazette\nPosted: March 4, 2027 @ 07:20 WAT\n" + kBody, MetaField::published, "2027-03-04"},
      {"Harbour Gazette\n04.03.2027. 17:05\n" + kBody, MetaField::published, "2027-03-04"},
      {"Harbour Gazette\n4 March 2027 (Thursday)\n" + kBody, MetaField::published, "2027-03-04"},
      {"Harbour Gazette\nThu 4th March 2027\n" + kBody, MetaField::published, "2027-03-04"},
      {"---\ntitle: Rescue centre\ndate: 4th March 2027 | 11:30 NPT\n---\n" + kBody, MetaField::published, "2027-03-04",
       DocumentFormat::Markdown},
      {"Harbour Gazette\nMARCH 4, 2027\n" + kBody, MetaField::published, "2027-03-04"},
      {"Harbour Gazette\nMar. 4 2027 8:05 a.m. CST\n" + kBody, MetaField::published, "2027-03-04"},
      {"Harbour Gazette\nMarch 04, 2027 06:50 PM\n" + kBody, MetaField::published, "2027-03-04"},
  });
}

// A byline's second part that names its own person ("Translated from Arabic by B", "Photos by C") is another
// credit, not the outlet (it became an organisation node with the writer affiliated to it); a lower-case "by"
// opens a byline as "By" does.
TEST_CASE("s35-lead: translation credits are no outlet, a lower-case by is a byline", "[document][metadata][s35-lead]") {
  check_meta_rows({
      {"Nation > Digital\nBy Karim Haddad | Translated from Arabic by Omar Ali\n2027 March 4\n" + kBody, MetaField::source, ""},
      {"Nation > Digital\nBy Karim Haddad | Translated from Arabic by Omar Ali\n2027 March 4\n" + kBody, MetaField::author, "Karim Haddad"},
      {"Harbour Gazette\nBy Karim Haddad | Photos by Lena Berg\n2027 March 4\n" + kBody, MetaField::source, ""},
      {"By Karim Haddad | The Harbour Post\n2027 March 4\n" + kBody, MetaField::source, "The Harbour Post"},
      {"Thu 4th March 2027 | Home News\n\nCLUB WELCOMES ESTONIA\n\nby Siti Rahman\n" + kBody, MetaField::author, "Siti Rahman"},
      {"Thu 4th March 2027 | Home News\n\nCLUB WELCOMES ESTONIA\n\nby Siti Rahman\n" + kBody, MetaField::source, ""},
  });
}

// "TECH & POLICY | WEST AFRICA" above a headline is a section's kicker: no outlet (it had become an organisation
// node with the writer affiliated to it) and not the title; an outlet's masthead in capitals still names the source.
TEST_CASE("s35-lead: a section kicker of two topics is no masthead", "[document][metadata][s35-lead]") {
  const std::string head = "TECH & POLICY | WEST AFRICA\nPorts get a cyber charter\nBy Ana Ruiz, in Lome\n2027 March 4\n";
  check_meta_rows({
      {head + kBody, MetaField::source, ""},
      {head + kBody, MetaField::title, "Ports get a cyber charter"},
      {"THE HARBOUR POST | WEST AFRICA\nPorts get a cyber charter\nBy Ana Ruiz\n2027 March 4\n" + kBody, MetaField::source,
       "THE HARBOUR POST"},
  });
}
