// Session 10: who takes part in and who organises an exercise or event,
// read from lists that go on past their first names ("as well as", "and of",
// "alongside"), from people nouns after demonyms, speakers, observers, and
// conveners. Rows of paraphrase_rows.hpp, each text read as published on
// 18 June 2025 (a Wednesday: "on Monday" is 2025-06-16).
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

const std::string kDrill = "The Iron Harbour exercise opened in Gdansk on Monday. ";
const std::string kForum = "The Lima Cyber Forum opened in Lima on Monday. ";

}  // namespace

TEST_CASE("s10 participation: 'as well as' goes on with the list", "[relate][participation][s10]") {
  check_relation_rows({
      {kDrill + "Iron Harbour brought together teams from Chile and Peru as well as Kenya.",
       {"Chile * Iron Harbour", "Peru * Iron Harbour", "Kenya * Iron Harbour"}, {}},
      // a subject with companions set off by commas
      {kDrill + "Ghana, as well as Senegal, took part in Iron Harbour.", {"Ghana * Iron Harbour", "Senegal * Iron Harbour"},
       {}},
      // "as well" alone extends nothing
      {kDrill + "Iron Harbour involved Chile as well, and Peru signed a treaty.", {"Chile * Iron Harbour"},
       {"Peru * Iron Harbour"}},
  });
}

TEST_CASE("s10 participation: a repeated preposition coordinates ('of A and of B')", "[relate][participation][s10]") {
  check_relation_rows({
      {kForum + "The Lima Cyber Forum drew officials from Europol and from Interpol.",
       {"Europol participates_in Lima Cyber Forum 2025-06-16", "Interpol participates_in Lima Cyber Forum 2025-06-16"},
       {}},
      // another preposition ends the list: "in" is where, not who
      {kForum + "The Lima Cyber Forum drew officials from Europol and in Peru.", {"Europol * Lima Cyber Forum"},
       {"Peru participates_in Lima Cyber Forum"}},
  });
}

TEST_CASE("s10 participation: companions, demonyms and people sent", "[relate][participation][s10]") {
  check_relation_rows({
      // an exercise as subject keeps its companions as objects
      {kDrill + "Iron Harbour involved Chile, alongside Peru.", {"Chile * Iron Harbour", "Peru * Iron Harbour"}, {}},
      // demonyms before a noun of people with a modifier
      {kDrill + "Chilean and Peruvian cyber operators took part together in Iron Harbour.",
       {"Chile * Iron Harbour", "Peru * Iron Harbour"}, {}},
      // people sent, observers who came, speakers
      {kForum + "Chile and Peru sent ministers.", {"Chile * Lima Cyber Forum", "Peru * Lima Cyber Forum"}, {}},
      {kDrill + "Observers came from Europol and from Interpol.", {"Europol * Iron Harbour", "Interpol * Iron Harbour"},
       {}},
      {kForum + "Speakers included Maria Lopez and Juan Perez.",
       {"Maria Lopez participates_in Lima Cyber Forum 2025-06-16",
        "Juan Perez participates_in Lima Cyber Forum 2025-06-16"},
       {}},
  });
  // no event named: speakers of nothing
  CHECK(relations_of("Speakers included Maria Lopez and Juan Perez.", Date{2025, 6, 18}).empty());
}

TEST_CASE("s10 organises: convened by one body together with another", "[relate][organises][s10]") {
  check_relation_rows({
      {"The Lima Cyber Forum was convened by Europol together with Interpol on Monday.",
       {"Europol * Lima Cyber Forum", "Interpol * Lima Cyber Forum"}, {"Europol participates_in Lima Cyber Forum"}},
  });
}

TEST_CASE("s10 participation: a name right after 'teams from A' is no object", "[relate][participation][s10]") {
  check_relation_rows({
      // the recogniser may split "the Centre Kenya" into a body and a nation
      {kDrill + "Peru sent defenders from the Peruvian Navy and from the Cyber Centre Kenya.",
       {"Peruvian Navy * Iron Harbour"}, {}},
      // after a verb a name of another kind is its object: "joined NATO"
      {kDrill + "Peruvian teams joined NATO.", {}, {"Peru * Iron Harbour"}},
  });
}

TEST_CASE("s10 participation: speakers with the bodies they come from", "[relate][participation][s10]") {
  check_relation_rows({
      // the body a speaker comes from takes no part of its own
      {kForum + "Speakers included Dr Maria Lopez of Europol and Colonel Juan Perez of the Peruvian Army.",
       {"Maria Lopez * Lima Cyber Forum", "Juan Perez * Lima Cyber Forum"}, {"Europol * Lima Cyber Forum"}},
      // a body after "of" that no other speaker follows ends the list where it was
      {kForum + "Speakers included Dr Maria Lopez of Europol.",
       {"Maria Lopez participates_in Lima Cyber Forum 2025-06-16"}, {}},
      // the last speaker named with an apposition
      {kForum + "Among the keynote speakers were Colonel Maria Lopez and Juan Perez, the deputy head of Europol.",
       {"Maria Lopez * Lima Cyber Forum", "Juan Perez * Lima Cyber Forum"}, {}},
  });
}

TEST_CASE("s10 participation: a group set out into its members, others along with", "[relate][participation][s10]") {
  check_relation_rows({
      // a group set out into its members between dashes
      {kForum + "The Lima Cyber Forum brought together teams from the Andean partnership "
                "\xE2\x80\x94 Chile, Peru and Bolivia \xE2\x80\x94 as well as Ghana.",
       {"Chile * Lima Cyber Forum", "Peru * Lima Cyber Forum", "Bolivia * Lima Cyber Forum",
        "Ghana * Lima Cyber Forum"},
       {}},
      {kForum + "Delegations from 20 states attended, along with representatives of Europol and of Interpol.",
       {"Europol participates_in Lima Cyber Forum 2025-06-16", "Interpol participates_in Lima Cyber Forum 2025-06-16"},
       {}},
      // "along with" after another verb says nothing of taking part
      {kForum + "Chile signed a treaty, along with representatives of Europol.", {}, {"Europol * Lima Cyber Forum"}},
  });
}

TEST_CASE("s10 organises: the exercise spoken of as 'it'", "[relate][organises][s10]") {
  check_relation_rows({
      {kDrill + "It was hosted by Europol.", {"Europol * Iron Harbour"}, {}},
      {kDrill + "The drill is played out in Gdynia, and this year it was co-hosted by Interpol.",
       {"Interpol * Iron Harbour"}, {}},
      // "it" after a body's sentence is still the exercise when it was organised
      {"Europol has run the Iron Harbour exercise since 2020. It is played out at a naval base, "
       "and this year it was organised jointly with Interpol.",
       {"Interpol * Iron Harbour"}, {"Interpol * Europol"}},
      // "it" that did something is still the body: no organiser read
      {kDrill + "Europol said it was hosting talks with Interpol.", {}, {"Interpol * Iron Harbour"}},
  });
}

TEST_CASE("s10 participation: a relative clause ending the sentence keeps its list", "[relate][participation][s10]") {
  check_relation_rows({
      {"In May, Chile hosted the Lima Cyber Forum, which drew delegations from Peru, Ghana and Kenya.",
       {"Peru * Lima Cyber Forum", "Ghana * Lima Cyber Forum", "Kenya * Lima Cyber Forum"}, {}},
      // the owner of those "as well as" names is not one of them
      {"In May, Chile hosted the Lima Cyber Forum, which drew delegations from Peru as well as from Europol's "
       "partners.",
       {"Peru * Lima Cyber Forum"}, {"Europol * Lima Cyber Forum"}},
      // a relative clause inside the subject's list still ends at its comma
      {kDrill + "Teams from Chile, which joined NATO, Peru and Ghana took part.",
       {"Peru * Iron Harbour", "Ghana * Iron Harbour"}, {}},
  });
}

TEST_CASE("s10 participation: 'that drill', teams fielded by, teams made up of staff from", "[relate][participation][s10]") {
  check_relation_rows({
      {kDrill + "Brunei and Laos also took part in that drill, the ministry said.",
       {"Brunei * Iron Harbour", "Laos * Iron Harbour"}, {}},
      {kDrill + "Blue teams were fielded by Europol itself, by Interpol and by the Peruvian Navy.",
       {"Europol * Iron Harbour", "Interpol * Iron Harbour", "Peruvian Navy * Iron Harbour"}, {}},
      {kDrill + "The visiting team was made up of staff from Europol.", {"Europol * Iron Harbour"}, {}},
      // made up of members: what a body is, not who took part
      {kDrill + "The alliance is made up of Chile and Peru.", {}, {"Chile * Iron Harbour"}},
  });
}
