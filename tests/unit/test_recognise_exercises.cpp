// Exercises in no gazetteer, in the many ways news names them: naming words
// ("dubbed", "code-named", "known as"), appositions with a verb after the
// noun, an exercise noun before a verb, an edition number joined by a hyphen,
// names in capitals, a body's head word before an edition number, a
// "-organised" prefix, and a name a later "the exercise" points back to.
// With texts where none of this may make an exercise.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("naming words between an exercise noun and the name", "[recognise][exercise]") {
  auto names = entity_names(analyse(
      "The drill, dubbed Quiet Lantern, tested the harbour's radar network. "
      "The exercise, code-named \"Grey Heron\", began at dawn. "
      "Chile and Peru held joint war games, named Andes Guard, near the border. "
      "The tabletop exercise, known as Salt Marsh, tested three ministries."));
  CHECK(has(names, "Quiet Lantern:Exercise"));
  CHECK(has(names, "Grey Heron:Exercise"));
  CHECK(has(names, "Andes Guard:Exercise"));  // the head word "Guard" said organisation
  CHECK(has(names, "Salt Marsh:Exercise"));
}

TEST_CASE("an exercise noun before a verb or a participle still heads the name", "[recognise][exercise]") {
  auto names = entity_names(analyse(
      "The annual Copper Ridge exercise took place near Arica. "
      "Teams competed in Velvet Spur, an annual cyber defence exercise organised by Peru. "
      "The week-long Condor Peak training exercise began on Monday."));
  CHECK(has(names, "Copper Ridge:Exercise"));
  CHECK(has(names, "Velvet Spur:Exercise"));
  CHECK(has(names, "Condor Peak:Exercise"));
}

TEST_CASE("the exercise noun followed by another noun names no exercise", "[recognise][exercise]") {
  auto names = entity_names(analyse("Engineers fenced the Copper Ridge exercise area before the rains."));
  CHECK_FALSE(has(names, "Copper Ridge:Exercise"));
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
  auto names = entity_names(analyse("Chile joined the Peru-organised Blue Pelican exercise."));
  CHECK(has(names, "Peru:Nation"));
  CHECK(has(names, "Blue Pelican:Exercise"));
}

TEST_CASE("a name after a hosting verb that a later description calls the exercise", "[recognise][exercise]") {
  auto names = entity_names(analyse(
      "Peru hosted Sand Heron this week. More than 300 specialists from 12 nations took part in the exercise."));
  CHECK(has(names, "Sand Heron:Exercise"));
  // another exercise between them takes the description; a person is no exercise
  names = entity_names(analyse(
      "Chile hosted Marta Rojas in May. Peru later ran the Blue Pelican drill. The exercise drew 50 teams."));
  CHECK_FALSE(has(names, "Marta Rojas:Exercise"));
  CHECK(has(names, "Blue Pelican:Exercise"));
  // no description of an exercise: the name stays untyped
  names = entity_names(analyse("Peru hosted Sand Heron this week. The talks drew 300 guests."));
  CHECK_FALSE(has(names, "Sand Heron:Exercise"));
}

TEST_CASE("a known name after a capitalised first word, after a person's 'of', and a surname met before",
          "[recognise][names]") {
  auto names = entity_names(analyse("Neighbours Chile and Peru sent teams."));
  CHECK(has(names, "Chile:Nation"));
  names = entity_names(analyse("Colonel Rosa Quispe of ENISA opened the meeting."));
  CHECK(has(names, "Rosa Quispe:Person"));
  CHECK(has(names, "European Union Agency for Cybersecurity:Organisation"));
  names = entity_names(analyse("The talks were led by Ana Tamayo. Reporters met Tamayo, Peru's ambassador, later."));
  CHECK_FALSE(has(names, "Tamayo:Place"));
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
  auto names = entity_names(analyse(
      "The agency praised Harbour Lynx, a national technical exercise it has hosted since 2019. "
      "Staff also trained on Granite Owl, a regional drill they ran in May."));
  CHECK(has(names, "Harbour Lynx:Exercise"));
  CHECK(has(names, "Granite Owl:Exercise"));
  // a noun before another noun is no head: "an exercise area" names no exercise
  names = entity_names(analyse("Officials toured Harbour Lynx, a large exercise area it maintains."));
  CHECK_FALSE(has(names, "Harbour Lynx:Exercise"));
}
