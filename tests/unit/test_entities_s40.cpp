// Session 40 (e3): entity recognition and resolution. Hassaniya patronymics inside a
// person's name, a firm named in an apposition after an indefinite noun of firms, French
// bodies' names with their head word first and elided articles, a unit's acronym under its
// parent's, a lexicon body's shorter form, a field office named with and without its seat,
// title-case subheadings, a retired officer's mark before the rank and a body's name opening
// with its nation's name. Every text written for this test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph::testing;

namespace {

// The label of the entity the mention written `surface` (the first so written) is bound to, "" when none.
std::string bound_label_s40e3(const std::string& text, const std::string& surface) {
  newsgraph::DocAnalysis doc = analyse(text);
  for (const auto& s : doc.sentences)
    for (const auto& m : s.mentions) {
      std::size_t from = s.tokens[m.begin].start, to = s.tokens[m.end - 1].end;
      if (text.substr(from, to - from) == surface && m.entity >= 0) return doc.entities[m.entity].label;
    }
  return {};
}

}  // namespace

TEST_CASE("s40-e3: Hassaniya patronymics inside a person's name", "[entities][people][s40]") {
  check_entity_rows({
      {"The navy's chief of staff, Rear Admiral Sidi ould Mahmoud Bakar, opened the drill.",
       {"Sidi ould Mahmoud Bakar:Person"},
       {"Sidi:Person", "Mahmoud Bakar:Person"}},
      {"The cell is led by Lieutenant Aicha mint Ahmed Salem, an engineer.", {"Aicha mint Ahmed Salem:Person"}, {"Aicha:Person"}},
      {"Yahya ould Ely, a lecturer at the university, said the text was a start.", {"Yahya ould Ely:Person"}, {"Ely:Person"}},
  });
}

TEST_CASE("s40-e3: a firm named in an apposition after an indefinite noun of firms", "[entities][organisations][s40]") {
  check_entity_rows({
      {"A Kigali firm, Umurava Netlab, supplied the exercise range.", {"Umurava Netlab:Organisation"}, {}},
      {"A small Bamako start-up, Sahel Kodo, played the attackers.", {"Sahel Kodo:Organisation"}, {}},
      // a definite noun or no closing comma: no apposition of this kind
      {"The company, Ruth Banda said, will grow.", {}, {"Ruth Banda:Organisation"}},
  });
}

TEST_CASE("s40-e3: French bodies' names, head word first, with elided articles", "[entities][organisations][s40]") {
  check_entity_rows({
      {"Engineers of the Société Nationale des Eaux du Niger attended.", {"Société Nationale des Eaux du Niger:Organisation"}, {}},
      {"Officials of the Ministère de l'Intérieur met the press.", {"Ministère de l'Intérieur:Organisation"}, {}},
      {"Staff of the Compagnie Ivoirienne de l'Électricité et du Gaz defended the grid.",
       {"Compagnie Ivoirienne de l'Électricité et du Gaz:Organisation"},
       {"Gaz:Organisation", "Compagnie Ivoirienne:Organisation"}},
      {"Students of the Université de Lomé played the attackers.", {"Université de Lomé:Organisation"}, {}},
  });
}

TEST_CASE("s40-e3: a unit's acronym under its parent's acronym", "[entities][resolution][s40]") {
  std::string text =
      "The drill was co-organised by the ECOWAS Regional Cyber Training School in Accra. "
      "Later the RCTS's commandant met the minister.";
  CHECK(bound_label_s40e3(text, "RCTS") == "ECOWAS Regional Cyber Training School");
}

TEST_CASE("s40-e3: a lexicon body's shorter form is the body", "[entities][resolution][s40]") {
  std::string text =
      "The Spanish Civil Guard took part as co-organiser. "
      "The minister also met Colonel Ana Ruiz of the Civil Guard.";
  CHECK(bound_label_s40e3(text, "Civil Guard") == bound_label_s40e3(text, "Spanish Civil Guard"));
}

TEST_CASE("s40-e3: a field office named with and without its seat", "[entities][resolution][s40]") {
  std::string text =
      "The forum was held with the OSCE Programme Office in Bishkek on Monday. "
      "The minister received the head of the OSCE Programme Office on Tuesday.";
  CHECK(bound_label_s40e3(text, "OSCE Programme Office") == "OSCE Programme Office in Bishkek");
}

TEST_CASE("s40-e3: a title-case subheading names nothing new", "[entities][headings][s40]") {
  check_entity_rows({
      {"Navies drill on the lake\n\nTeams trained at the naval school in Mzuzu on Monday.\n\nDrill In Mzuzu\n\n"
       "The teams defended a ferry.\n\nNew Chief At The Command\n\nColonel Ben Phiri took over the command.",
       {"Mzuzu:Place", "Ben Phiri:Person"},
       {"In Mzuzu:Exercise", "New Chief At The Command:Organisation"}},
  });
}

TEST_CASE("s40-e3: a retired officer's mark before the rank", "[entities][people][s40]") {
  check_entity_rows({
      {"He replaces Retired Brigadier General Tendai Moyo-Ncube, who now chairs a board.",
       {"Tendai Moyo-Ncube:Person"},
       {"Retired Brigadier General Tendai Moyo-Ncube:Person"}},
  });
}

TEST_CASE("s40-e3: a body's name opening with its nation's name mentions the nation", "[entities][nations][s40]") {
  check_entity_rows({
      {"Teams from the Ghana Navy and The Gambia Navy defended the port.",
       {"Ghana Navy:Organisation", "Gambia Navy:Organisation", "Ghana:Nation", "Gambia:Nation"},
       {}},
      // a person whose given name is a nation's mentions no nation
      {"Jordan Peterson, a lecturer, said the drill went well.", {}, {"Jordan:Nation"}},
  });
  auto rels = relations_of("Teams from the Ghana Navy defended the port on Monday.");
  CHECK(has(rels, "Ghana Navy part_of Ghana"));
}

TEST_CASE("s40-e3: 'known by its Spanish acronym' names the outer body", "[entities][resolution][s40]") {
  std::string text =
      "The drill was run by the Joint Cyber Defence Command of the Armed Forces of Peru, known by its Spanish "
      "acronym CCDCP, on Monday.";
  CHECK(bound_label_s40e3(text, "CCDCP") == "Joint Cyber Defence Command of the Armed Forces of Peru");
  check_entity_rows({{text, {"Peru:Nation"}, {"Spain:Nation"}}});
}

TEST_CASE("s40-e3: a response team written with its nation's code in lower case", "[entities][organisations][s40]") {
  check_entity_rows({
      {"Teams from tg-CSIRT and the national police defended the network.", {"tg-CSIRT:Organisation"}, {}},
      // a lower-case prefix before another acronym is a word's, no name
      {"Morocco, a major non-NATO ally, sent observers.", {"Morocco:Nation"}, {"non-NATO:Person", "non-NATO:Organisation"}},
  });
}

TEST_CASE("s40-e3: a person after a leading verb and a time phrase", "[entities][people][s40]") {
  check_entity_rows({
      {"The response team has been led since 1 October by Dechen Yangzom Lhamo.", {"Dechen Yangzom Lhamo:Person"}, {}},
      {"The cell was commanded until March by Tashi Phuntsho Dorji.", {"Tashi Phuntsho Dorji:Person"}, {}},
  });
}

TEST_CASE("s40-e3: a name through 'in the X of the Y' its bracketed acronym needs", "[entities][organisations][s40]") {
  check_entity_rows({
      {"Britain's Armed Forces in the Eastern Zone of the Atlantic (AFEZA) sent observers.",
       {"Armed Forces in the Eastern Zone of the Atlantic:Organisation"},
       {"Britain's Armed Forces:Organisation"}},
  });
}

TEST_CASE("s40-e3: a unit's name stops before a nation whose possessive opens the next body's", "[entities][organisations][s40]") {
  check_entity_rows({
      {"She met the head of the Cyber Policy Division of Kenya's Ministry of Defence on Monday.",
       {"Cyber Policy Division:Organisation", "Kenya:Nation"},
       {"Cyber Policy Division of Kenya:Organisation"}},
      // a university named after its nation keeps its name before the possessive
      {"Lecturers of the University of Ghana's law faculty attended.", {"University of Ghana:Organisation"}, {}},
  });
}

TEST_CASE("s40-e3: a sign-off's name in capitals is a person's", "[entities][people][s40]") {
  check_entity_rows({
      {"The memorandum deserves scrutiny. - Yours, etc,\n\nDr BRENDAN Ó CEALLAIGH,\nSchool of Law,\nUniversity of Limerick.\n",
       {"BRENDAN Ó CEALLAIGH:Person", "University of Limerick:Organisation"},
       {}},
      {"Neutrality is a choice. - Yours, etc,\n\nCOMDT (RETD) AOIFE NI BHRIAIN,\nBallincollig,\nCo Cork.\n",
       {"AOIFE NI BHRIAIN:Person"},
       {}},
      // a known body's acronyms on a sign-off's line stay the body's
      {"The report was published.\n\nNATO CCDCOE,\nTallinn.\n", {"Tallinn:Place"}, {"NATO CCDCOE:Person"}},
  });
}

TEST_CASE("s40-e3: a sign-off's title on the line after the name", "[entities][people][s40]") {
  check_entity_rows({
      {"The notice was signed.\n\nWanjiku Achieng Otieno,\nDirector-General, Communications Authority of Kenya.\n",
       {"Wanjiku Achieng Otieno:Person"},
       {}},
      // a title that does not close its phrase on the next line says nothing of the name
      {"Talks went well.\nNorth Harbour,\nDirector of the port said.\n", {}, {"North Harbour:Person"}},
  });
}
