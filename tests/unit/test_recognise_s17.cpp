// Session 17 entity fixes on unseen wording: an exercise named with a
// version-style edition number ("Harbour Lantern 4.0"), a nation named only
// at the close of a body's name ("the Naval Cyber Command of Chile"), acronyms
// in mixed case ("ComSeNav") or spelled like a word ("Nadso"), and an acronym
// after "A of the B" that is A's, venues ("the Vardaris barracks", "Mwangaza House"),
// names in other languages ("Centro Regional de Ciberdefensa").
#include <catch2/catch.hpp>

#include <algorithm>

#include "entity_rows.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a version-style edition number after a name is the exercise's edition", "[recognise][s17]") {
  check_entity_rows({
      {"Cadets trained in Harbour Lantern 4.0, the cyber exercise that Chile organises each year.",
       {"Harbour Lantern:Exercise"}, {}},
      {"Teams from Peru took part in Andean Shield 12.1, a drill run by the army.", {"Andean Shield:Exercise"},
       {"Andean:Place"}},
      // accented words, as names in other languages are written
      {"Analysts met in Escudo Cibernético 3.0, the cyber defence exercise that Peru hosts.",
       {"Escudo Cibernético:Exercise"}, {}},
      // a decimal amount is no edition: nothing before it is made an exercise
      {"Spending rose to 2.5 percent of output, the Finance Ministry said.", {}, {"Finance Ministry:Exercise"}},
  });
}

TEST_CASE("the exercise keeps its numbered name as a second name", "[recognise][s17]") {
  auto doc = analyse("Cadets trained in Harbour Lantern 4.0, the cyber exercise that Chile organises each year.");
  bool numbered = false;
  for (const auto& e : doc.entities)
    if (e.label == "Harbour Lantern")
      for (const auto& n : e.names) numbered |= n == "Harbour Lantern 4.0";
  CHECK(numbered);
}

TEST_CASE("a body's name closing with 'of <nation>' mentions the nation, whose part the body is", "[recognise][s17]") {
  struct Row {
    const char* text;
    const char* body;
    const char* nation;  // "" when the text must make no nation
  };
  const std::vector<Row> rows = {
      {"Two officers of the Naval Cyber Command of Chile watched the drill.", "Naval Cyber Command of Chile", "Chile"},
      {"The Joint Signals Agency of the Republic of Korea opened a new office.",
       "Joint Signals Agency of the Republic of Korea", "South Korea"},
      {"Analysts from the Digital Defence Directorate of Peru (DDDP) took part.", "Digital Defence Directorate of Peru",
       "Peru"},
      // a closing word that is no nation makes none
      {"Analysts from the Digital Defence Directorate of Cusco took part.", "", ""},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto names = entity_names(analyse(row.text));
    if (!*row.nation) {
      CHECK(std::none_of(names.begin(), names.end(), [](const std::string& n) { return n.ends_with(":Nation"); }));
      continue;
    }
    CHECK(has(names, std::string(row.nation) + ":Nation"));
    CHECK(has(relations_of(row.text), std::string(row.body) + " part_of " + row.nation));
  }
}

TEST_CASE("a short name in brackets written in mixed case or spelled from the name is the body's", "[recognise][s17]") {
  struct Row {
    const char* text;
    const char* body;
    const char* acronym;  // must be among the body's names ("" when no body may take the word)
  };
  const std::vector<Row> rows = {
      {"Officers of the Naval Signals Command (ComSeNav) trained with Peru.", "Naval Signals Command", "ComSeNav"},
      {"He joined the Army Cyber Incident Team (ArmCIT) in 2015.", "Army Cyber Incident Team", "ArmCIT"},
      {"The National Digital Security Office (Nadso) published its report.", "National Digital Security Office", "Nadso"},
      // a word in brackets no letters of the name spell is no acronym
      {"The Digital Resilience Office (Monday) published its report.", "Digital Resilience Office", ""},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto doc = analyse(row.text);
    const DocEntity* body = nullptr;
    for (const auto& e : doc.entities)
      if (e.label == row.body) body = &e;
    REQUIRE(body);
    if (*row.acronym) {
      CHECK(std::find(body->names.begin(), body->names.end(), row.acronym) != body->names.end());
    } else {
      CHECK(body->names.size() == 1);
    }
  }
}

TEST_CASE("a later mention of a mixed-case acronym is the same body", "[recognise][s17]") {
  auto doc = analyse(
      "Officers of the Naval Signals Command (ComSeNav) trained with Peru. "
      "ComSeNav will send a second team next year.");
  int bodies = 0;
  for (const auto& e : doc.entities) bodies += e.type == NodeType::Organisation;
  CHECK(bodies == 1);
}

TEST_CASE("an own-language acronym after 'A of the B' is A's when B's capitals do not give it", "[recognise][s17]") {
  struct Row {
    const char* text;
    const char* owner;  // the body that must take the acronym
    const char* other;  // the body that must not
    const char* acronym;
  };
  const std::vector<Row> rows = {
      // A's label is its full name as written (s31-y2)
      {"The Joint Signals Command of the Peruvian Armed Forces (CCSP) ran the drill.",
       "Joint Signals Command of the Peruvian Armed Forces", "Peruvian Armed Forces", "CCSP"},
      // the letters follow B's capitals: B's own acronym
      {"The Joint Signals Command of the Peruvian Armed Forces (PAF) ran the drill.", "Peruvian Armed Forces",
       "Joint Signals Command of the Peruvian Armed Forces", "PAF"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto doc = analyse(row.text);
    auto has_name = [&](const char* label) {
      for (const auto& e : doc.entities)
        if (e.label == label) return std::find(e.names.begin(), e.names.end(), row.acronym) != e.names.end();
      return false;
    };
    CHECK(has_name(row.owner));
    CHECK_FALSE(has_name(row.other));
  }
}

TEST_CASE("a generic lexicon body owned by another nation's body is that nation's, named as written", "[recognise][s17]") {
  auto doc = analyse("The Bundeswehr's National Cyber Security Centre opened a new lab in Bonn on Monday.");
  const DocEntity* body = nullptr;
  for (const auto& e : doc.entities)
    if (std::find(e.names.begin(), e.names.end(), "Bundeswehr's National Cyber Security Centre") != e.names.end()) body = &e;
  REQUIRE(body);
  CHECK(body->lexicon < 0);  // not the lexicon's (British) centre
  CHECK(std::find(body->names.begin(), body->names.end(), "Germany's National Cyber Security Centre") != body->names.end());

  // owned by the body the lexicon's entry is part of: the entry itself
  auto own = analyse("Britain's GCHQ said its National Cyber Security Centre was ready. GCHQ's National Cyber Security Centre spoke.");
  bool lexicon_body = false;
  for (const auto& e : own.entities) lexicon_body |= e.label == "National Cyber Security Centre" && e.lexicon >= 0;
  CHECK(lexicon_body);
  CHECK_FALSE(has(entity_names(own), "United Kingdom's National Cyber Security Centre:Organisation"));
}

TEST_CASE("venues are places: a venue noun after the name, a House or Palace closing it", "[recognise][s17]") {
  check_entity_rows({
      {"The signals battalion is based at the Vardaris barracks near the border.", {"Vardaris:Place"}, {"Vardaris:Organisation"}},
      {"Troops trained at the Kalnava training area for a week.", {"Kalnava:Place"}, {}},
      {"The forum opened at the Tuulemaja cultural centre on Tuesday.", {"Tuulemaja:Place"}, {}},
      {"The fair is held in the city's Karakoy district every June.", {"Karakoy:Place"}, {}},
      {"A statement came from the ministry at Mwangaza House on Friday.", {"Mwangaza House:Place"}, {}},
      {"The envoys dined at the Olsztyn Palace after the talks.", {"Olsztyn Palace:Place"}, {}},
      // a place's head inside a longer name heads nothing
      {"Remarks were made under the Dalmore House Rule and were not reported.", {}, {"Dalmore House Rule:Place"}},
      // a lower-case noun that names no venue makes no place
      {"Officials said the Tuulemaja plan was ready.", {}, {"Tuulemaja:Place"}},
  });
}

TEST_CASE("a name with its head word before goes on through the connectors of its language", "[recognise][s17]") {
  check_entity_rows({
      {"Analysts from the Centro Regional de Ciberdefensa in Quito attended.", {"Centro Regional de Ciberdefensa:Organisation"},
       {}},
      {"The Xunta de Asturias paid for the lab.", {"Xunta de Asturias:Organisation"}, {}},
      {"The Comando per le Operazioni in Cyberspazio ran the drill.", {"Comando per le Operazioni in Cyberspazio:Organisation"},
       {}},
      {"The ministers met at the Palacio de Santa Cruz on Monday.", {"Palacio de Santa Cruz:Place"}, {}},
      // "in" joins only after another connector, and never a known place
      {"The Centro de Estudios in Lisbon hosted it.", {"Centro de Estudios:Organisation"}, {"Centro de Estudios in Lisbon:Organisation"}},
      // no head word before: a person's particle stays the person's
      {"The report was written by Maarten de Vries last year.", {"Maarten de Vries:Person"}, {}},
  });
}
