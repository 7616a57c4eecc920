// Session 10: who takes part in and who organises an exercise or event,
// read from lists that go on past their first names ("as well as", "and of",
// "alongside"), from people nouns after demonyms, speakers, observers, and
// conveners.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

const std::string kDrill = "The Iron Harbour exercise opened in Gdansk on Monday. ";
const std::string kForum = "The Lima Cyber Forum opened in Lima on Monday. ";

std::vector<std::string> read(const std::string& text) { return relations_of(text, Date{2025, 6, 18}); }

}  // namespace

TEST_CASE("s10 participation: 'as well as' goes on with the list", "[relate][participation][s10]") {
  auto r = read(kDrill + "Iron Harbour brought together teams from Chile and Peru as well as Kenya.");
  CHECK(related(r, "Chile", "Iron Harbour"));
  CHECK(related(r, "Peru", "Iron Harbour"));
  CHECK(related(r, "Kenya", "Iron Harbour"));
  // a subject with companions set off by commas
  r = read(kDrill + "Ghana, as well as Senegal, took part in Iron Harbour.");
  CHECK(related(r, "Ghana", "Iron Harbour"));
  CHECK(related(r, "Senegal", "Iron Harbour"));
  // "as well" alone extends nothing
  r = read(kDrill + "Iron Harbour involved Chile as well, and Peru signed a treaty.");
  CHECK(related(r, "Chile", "Iron Harbour"));
  CHECK_FALSE(related(r, "Peru", "Iron Harbour"));
}

TEST_CASE("s10 participation: a repeated preposition coordinates ('of A and of B')", "[relate][participation][s10]") {
  auto r = read(kForum + "The Lima Cyber Forum drew officials from Europol and from Interpol.");
  CHECK(has(r, "Europol participates_in Lima Cyber Forum 2025-06-16"));
  CHECK(has(r, "Interpol participates_in Lima Cyber Forum 2025-06-16"));
  // another preposition ends the list: "in" is where, not who
  r = read(kForum + "The Lima Cyber Forum drew officials from Europol and in Peru.");
  CHECK(related(r, "Europol", "Lima Cyber Forum"));
  CHECK_FALSE(has(r, "Peru participates_in Lima Cyber Forum 2025-06-16"));
}

TEST_CASE("s10 participation: an exercise as subject keeps its companions as objects", "[relate][participation][s10]") {
  auto r = read(kDrill + "Iron Harbour involved Chile, alongside Peru.");
  CHECK(related(r, "Chile", "Iron Harbour"));
  CHECK(related(r, "Peru", "Iron Harbour"));
}

TEST_CASE("s10 participation: demonyms before a noun of people with a modifier", "[relate][participation][s10]") {
  auto r = read(kDrill + "Chilean and Peruvian cyber operators took part together in Iron Harbour.");
  CHECK(related(r, "Chile", "Iron Harbour"));
  CHECK(related(r, "Peru", "Iron Harbour"));
}

TEST_CASE("s10 participation: people sent, observers who came, speakers", "[relate][participation][s10]") {
  auto r = read(kForum + "Chile and Peru sent ministers.");
  CHECK(related(r, "Chile", "Lima Cyber Forum"));
  CHECK(related(r, "Peru", "Lima Cyber Forum"));
  r = read(kDrill + "Observers came from Europol and from Interpol.");
  CHECK(related(r, "Europol", "Iron Harbour"));
  CHECK(related(r, "Interpol", "Iron Harbour"));
  r = read(kForum + "Speakers included Maria Lopez and Juan Perez.");
  CHECK(has(r, "Maria Lopez participates_in Lima Cyber Forum 2025-06-16"));
  CHECK(has(r, "Juan Perez participates_in Lima Cyber Forum 2025-06-16"));
  // no event named: speakers of nothing
  r = read("Speakers included Maria Lopez and Juan Perez.");
  CHECK(r.empty());
}

TEST_CASE("s10 organises: convened by one body together with another", "[relate][organises][s10]") {
  auto r = read("The Lima Cyber Forum was convened by Europol together with Interpol on Monday.");
  CHECK(related(r, "Europol", "Lima Cyber Forum"));
  CHECK(related(r, "Interpol", "Lima Cyber Forum"));
  CHECK_FALSE(has(r, "Europol participates_in Lima Cyber Forum"));
}

TEST_CASE("s10 participation: a name right after 'teams from A' is no object", "[relate][participation][s10]") {
  // the recogniser may split "the Centre Kenya" into a body and a nation
  auto r = read(kDrill + "Peru sent defenders from the Peruvian Navy and from the Cyber Centre Kenya.");
  CHECK(related(r, "Peruvian Navy", "Iron Harbour"));
  // after a verb a name of another kind is its object: "joined NATO"
  r = read(kDrill + "Peruvian teams joined NATO.");
  CHECK_FALSE(related(r, "Peru", "Iron Harbour"));
}

TEST_CASE("s10 participation: speakers with the bodies they come from", "[relate][participation][s10]") {
  auto r = read(kForum + "Speakers included Dr Maria Lopez of Europol and Colonel Juan Perez of the Peruvian Army.");
  CHECK(related(r, "Maria Lopez", "Lima Cyber Forum"));
  CHECK(related(r, "Juan Perez", "Lima Cyber Forum"));
  CHECK_FALSE(related(r, "Europol", "Lima Cyber Forum"));  // the body a speaker comes from
  // a body after "of" that no other speaker follows ends the list where it was
  r = read(kForum + "Speakers included Dr Maria Lopez of Europol.");
  CHECK(has(r, "Maria Lopez participates_in Lima Cyber Forum 2025-06-16"));
}

TEST_CASE("s10 participation: a group set out into its members between dashes", "[relate][participation][s10]") {
  auto r = read(kForum + "The Lima Cyber Forum brought together teams from the Andean partnership "
                         "\xE2\x80\x94 Chile, Peru and Bolivia \xE2\x80\x94 as well as Ghana.");
  CHECK(related(r, "Chile", "Lima Cyber Forum"));
  CHECK(related(r, "Peru", "Lima Cyber Forum"));
  CHECK(related(r, "Bolivia", "Lima Cyber Forum"));
  CHECK(related(r, "Ghana", "Lima Cyber Forum"));
}

TEST_CASE("s10 participation: others who attended along with", "[relate][participation][s10]") {
  auto r = read(kForum + "Delegations from 20 states attended, along with representatives of Europol and of Interpol.");
  CHECK(has(r, "Europol participates_in Lima Cyber Forum 2025-06-16"));
  CHECK(has(r, "Interpol participates_in Lima Cyber Forum 2025-06-16"));
  // "along with" after another verb says nothing of taking part
  r = read(kForum + "Chile signed a treaty, along with representatives of Europol.");
  CHECK_FALSE(related(r, "Europol", "Lima Cyber Forum"));
}

TEST_CASE("s10 organises: the exercise spoken of as 'it'", "[relate][organises][s10]") {
  auto r = read(kDrill + "It was hosted by Europol.");
  CHECK(related(r, "Europol", "Iron Harbour"));
  r = read(kDrill + "The drill is played out in Gdynia, and this year it was co-hosted by Interpol.");
  CHECK(related(r, "Interpol", "Iron Harbour"));
  // "it" after a body's sentence is still the exercise when it was organised
  r = read("Europol has run the Iron Harbour exercise since 2020. It is played out at a naval base, "
           "and this year it was organised jointly with Interpol.");
  CHECK(related(r, "Interpol", "Iron Harbour"));
  CHECK_FALSE(related(r, "Interpol", "Europol"));
  // "it" that did something is still the body: no organiser read
  r = read(kDrill + "Europol said it was hosting talks with Interpol.");
  CHECK_FALSE(related(r, "Interpol", "Iron Harbour"));
}

TEST_CASE("s10 participation: a relative clause ending the sentence keeps its list", "[relate][participation][s10]") {
  auto r = read("In May, Chile hosted the Lima Cyber Forum, which drew delegations from Peru, Ghana and Kenya.");
  CHECK(related(r, "Peru", "Lima Cyber Forum"));
  CHECK(related(r, "Ghana", "Lima Cyber Forum"));
  CHECK(related(r, "Kenya", "Lima Cyber Forum"));
  // the owner of those "as well as" names is not one of them
  r = read("In May, Chile hosted the Lima Cyber Forum, which drew delegations from Peru as well as from Europol's partners.");
  CHECK(related(r, "Peru", "Lima Cyber Forum"));
  CHECK_FALSE(related(r, "Europol", "Lima Cyber Forum"));
  // a relative clause inside the subject's list still ends at its comma
  r = read(kDrill + "Teams from Chile, which joined NATO, Peru and Ghana took part.");
  CHECK(related(r, "Peru", "Iron Harbour"));
  CHECK(related(r, "Ghana", "Iron Harbour"));
}

TEST_CASE("s10 participation: 'that drill', teams fielded by, teams made up of staff from", "[relate][participation][s10]") {
  auto r = read(kDrill + "Brunei and Laos also took part in that drill, the ministry said.");
  CHECK(related(r, "Brunei", "Iron Harbour"));
  CHECK(related(r, "Laos", "Iron Harbour"));
  r = read(kDrill + "Blue teams were fielded by Europol itself, by Interpol and by the Peruvian Navy.");
  CHECK(related(r, "Europol", "Iron Harbour"));
  CHECK(related(r, "Interpol", "Iron Harbour"));
  CHECK(related(r, "Peruvian Navy", "Iron Harbour"));
  r = read(kDrill + "The visiting team was made up of staff from Europol.");
  CHECK(related(r, "Europol", "Iron Harbour"));
  // made up of members: what a body is, not who took part
  r = read(kDrill + "The alliance is made up of Chile and Peru.");
  CHECK_FALSE(related(r, "Chile", "Iron Harbour"));
}

TEST_CASE("s10 participation: the last speaker named with an apposition", "[relate][participation][s10]") {
  auto r = read(kForum + "Among the keynote speakers were Colonel Maria Lopez and Juan Perez, the deputy head of Europol.");
  CHECK(related(r, "Maria Lopez", "Lima Cyber Forum"));
  CHECK(related(r, "Juan Perez", "Lima Cyber Forum"));
}
