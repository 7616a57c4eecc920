// Exercises in no gazetteer, in the many ways news names them: naming words
// ("dubbed", "code-named", "known as"), appositions with a verb after the
// noun, an exercise noun before a verb, an edition number joined by a hyphen,
// names in capitals, a body's head word before an edition number, a
// "-organised" prefix, and a name a later "the exercise" points back to.
// With texts where none of this may make an exercise.

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("naming words between an exercise noun and the name", "[recognise][exercise]") {
  check_entity_rows({
      // the head word "Guard" said organisation
      {"The drill, dubbed Quiet Lantern, tested the harbour's radar network. "
       "The exercise, code-named \"Grey Heron\", began at dawn. "
       "Chile and Peru held joint war games, named Andes Guard, near the border. "
       "The tabletop exercise, known as Salt Marsh, tested three ministries.",
       {"Quiet Lantern:Exercise", "Grey Heron:Exercise", "Andes Guard:Exercise", "Salt Marsh:Exercise"},
       {}},
  });
}

TEST_CASE("an exercise noun before a verb or a participle still heads the name", "[recognise][exercise]") {
  check_entity_rows({
      {"The annual Copper Ridge exercise took place near Arica. "
       "Teams competed in Velvet Spur, an annual cyber defence exercise organised by Peru. "
       "The week-long Condor Peak training exercise began on Monday.",
       {"Copper Ridge:Exercise", "Velvet Spur:Exercise", "Condor Peak:Exercise"},
       {}},
  });
}

TEST_CASE("the exercise noun followed by another noun names no exercise", "[recognise][exercise]") {
  check_entity_rows({
      {"Engineers fenced the Copper Ridge exercise area before the rains.", {}, {"Copper Ridge:Exercise"}},
  });
}

TEST_CASE("an edition number joined by a hyphen and names in capitals", "[recognise][exercise]") {
  auto doc = analyse(
      "Bolivia sent a team to Silver Llama-24, which ended on Friday. "
      "Ecuador took part in RED CONDOR, the region's flagship cyber exercise.");
  auto names = entity_names(doc);
  CHECK(has(names, "Silver Llama:Exercise"));
  CHECK(has(names, "RED CONDOR:Exercise"));
  for (const auto& e : doc.entities)
    if (e.label == "Silver Llama")
      CHECK(std::find(e.names.begin(), e.names.end(), "Silver Llama-24") != e.names.end());
  // a hyphenated number that is no edition
  CHECK(entity_names(analyse("The Covid-19 pandemic closed ports in Chile.")).size() == 1);
}

TEST_CASE("a body's head word before an edition number names an exercise", "[recognise][exercise]") {
  CHECK(has(entity_names(analyse("Peru took part in Pacific Guard 2025, which ended on Friday.")),
            "Pacific Guard:Exercise"));
  // a year that qualifies a noun after it is no edition
  auto names = entity_names(analyse("The Defence Forces 2025 budget grew, and the Armed Forces 2030 plan was approved."));
  CHECK(has(names, "Defence Forces:Organisation"));
  CHECK(has(names, "Armed Forces:Organisation"));
  CHECK_FALSE(has(names, "Defence Forces:Exercise"));
}

TEST_CASE("an organiser joined by -organised is a name of its own", "[recognise][exercise]") {
  check_entity_rows({
      {"Chile joined the Peru-organised Blue Pelican exercise.", {"Peru:Nation", "Blue Pelican:Exercise"}, {}},
  });
}

TEST_CASE("a name after a hosting verb that a later description calls the exercise", "[recognise][exercise]") {
  check_entity_rows({
      {"Peru hosted Sand Heron this week. More than 300 specialists from 12 nations took part in the exercise.",
       {"Sand Heron:Exercise"},
       {}},
      // another exercise between them takes the description; a person is no exercise
      {"Chile hosted Marta Rojas in May. Peru later ran the Blue Pelican drill. The exercise drew 50 teams.",
       {"Blue Pelican:Exercise"},
       {"Marta Rojas:Exercise"}},
      // no description of an exercise: the name stays untyped
      {"Peru hosted Sand Heron this week. The talks drew 300 guests.", {}, {"Sand Heron:Exercise"}},
  });
}

TEST_CASE("a known name after a capitalised first word, after a person's 'of', and a surname met before",
          "[recognise][names]") {
  check_entity_rows({
      {"Neighbours Chile and Peru sent teams.", {"Chile:Nation"}, {}},
      {"Colonel Rosa Quispe of ENISA opened the meeting.",
       {"Rosa Quispe:Person", "European Union Agency for Cybersecurity:Organisation"},
       {}},
      {"The talks were led by Ana Tamayo. Reporters met Tamayo, Peru's ambassador, later.", {}, {"Tamayo:Place"}},
  });
}

TEST_CASE("a body after a nation's possessive is named with its nation as written too", "[recognise][names]") {
  auto doc = analyse("The UAE's Coastal Signals Council met on Monday.");
  bool found = false;
  for (const auto& e : doc.entities)
    if (e.label == "Coastal Signals Council")
      found = std::find(e.names.begin(), e.names.end(), "UAE Coastal Signals Council") != e.names.end();
  CHECK(found);
}

TEST_CASE("a pronoun after the apposition's noun opens a clause: the noun still types the name", "[recognise][exercise]") {
  check_entity_rows({
      {"The agency praised Harbour Lynx, a national technical exercise it has hosted since 2019. "
       "Staff also trained on Granite Owl, a regional drill they ran in May.",
       {"Harbour Lynx:Exercise", "Granite Owl:Exercise"},
       {}},
      // a noun before another noun is no head: "an exercise area" names no exercise
      {"Officials toured Harbour Lynx, a large exercise area it maintains.", {}, {"Harbour Lynx:Exercise"}},
  });
}
