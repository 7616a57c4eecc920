// Metadata, session 36 (helper z2): a document's furniture, the lines around the story
// that are not its prose: section paths and kickers above the headline ("News > World >
// Defence", "OPINION", "BUSINESS | Technology"), which name no outlet and are not the
// title; an outlet's masthead followed by its sections; the city after an outlet in a
// byline ("The Desert Lamp, Zarqa"); the place a credit was filed from ("in Pokhara").
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
const std::string kBody = "\nThe coast guard opened a rescue centre near the port.\n";
const std::string kHead = "Port gets a rescue centre\n";
}  // namespace

TEST_CASE("s36-z2: section paths and kickers name no outlet and are no title", "[document][metadata][s36-z2]") {
  check_meta_rows({
      {"News > World > Defence\n" + kHead + "May 3, 2027\n" + kBody, MetaField::source, ""},
      {"News > World > Defence\n" + kHead + "May 3, 2027\n" + kBody, MetaField::title, "Port gets a rescue centre"},
      {"Vesti > Srbija > Defence\n" + kHead + "May 3, 2027\n" + kBody, MetaField::title, "Port gets a rescue centre"},
      {"English Pages | National | Security\n" + kHead + "May 3, 2027\n" + kBody, MetaField::title,
       "Port gets a rescue centre"},
      {"BUSINESS | Technology\n\n" + kHead + "\nFriday, May 7, 2027\n\nBy Ana Ruiz\n" + kBody, MetaField::source, ""},
      {"OPINION\n\n" + kHead + "\nMay 3, 2027\n\nBy Ana Ruiz\n" + kBody, MetaField::source, ""},
      {"OPINION\n\n" + kHead + "\nMay 3, 2027\n\nBy Ana Ruiz\n" + kBody, MetaField::title, "Port gets a rescue centre"},
      {"Section: Business / Region\n" + kHead + "May 3, 2027\n" + kBody, MetaField::title, "Port gets a rescue centre"},
      // a headline is not a section path
      {"Ports and harbours\nMay 3, 2027\n" + kBody, MetaField::title, "Ports and harbours"},
  });
}

TEST_CASE("s36-z2: a masthead, then its sections, then the headline", "[document][metadata][s36-z2]") {
  check_meta_rows({
      {"THE HIGHLAND COURIER\nNEWS | DEFENCE\n\n" + kHead + "\nBy Ana Ruiz\nMay 3, 2027\n" + kBody, MetaField::title,
       "Port gets a rescue centre"},
      {"THE HIGHLAND COURIER\nNEWS | DEFENCE\n\n" + kHead + "\nBy Ana Ruiz\nMay 3, 2027\n" + kBody, MetaField::source,
       "THE HIGHLAND COURIER"},
      {"Kestrel Radio | News | Pacific\n\n" + kHead + "\n3 May 2027\n" + kBody, MetaField::source, "Kestrel Radio"},
      {"Kestrel Radio | News | Pacific\n\n" + kHead + "\n3 May 2027\n" + kBody, MetaField::title, "Port gets a rescue centre"},
      {"Fjord Zeitung - English Service\nNorway | Security\n\n3 May 2027\n\n" + kHead + kBody, MetaField::source,
       "Fjord Zeitung"},
      {"Fjord Zeitung - English Service\nNorway | Security\n\n3 May 2027\n\n" + kHead + kBody, MetaField::title,
       "Port gets a rescue centre"},
      {"THE STEPPE WEEKLY\nEnglish edition - Darkhan\n\n2027.05.03\n\n" + kHead + kBody, MetaField::title,
       "Port gets a rescue centre"},
      {"THE LAGOON DAILY\nEconomy & Markets\n\n" + kHead + "\nMay 3, 2027\n" + kBody, MetaField::title,
       "Port gets a rescue centre"},
  });
}

TEST_CASE("s36-z2: a byline's city and a credit's place are no part of outlet or writer", "[document][metadata][s36-z2]") {
  check_meta_rows({
      {kHead + "By Omar Haddad | The Desert Lamp, Zarqa\nMay 3, 2027\n" + kBody, MetaField::source, "The Desert Lamp"},
      {kHead + "By Omar Haddad, The Desert Lamp, Zarqa\nMay 3, 2027\n" + kBody, MetaField::source, "The Desert Lamp"},
      {kHead + "*Reporting by Ana Ruiz in Pokhara*\nMay 3, 2027\n" + kBody, MetaField::author, "Ana Ruiz"},
      {kHead + "Autor: Marko Jovanovic\n3 May 2027\n" + kBody, MetaField::author, "Marko Jovanovic"},
      // a date after the comma stays a date
      {kHead + "By Omar Haddad | The Desert Lamp | May 3, 2027\n" + kBody, MetaField::published, "2027-05-03"},
  });
}
