// Names on lines of their own that are no sentence: bylines without "By"
// (a reporter's name, then a date, a time or a web outlet) and credit
// labels. Each with the lines that must stay unread as a person.

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a byline without By: a name then a separator and a date or a web outlet", "[recognise][byline]") {
  const std::string story = "\nThe fleet left port on Monday, officials said.\n";
  CHECK(has(entity_names(analyse("Storm drill ends early\nMarit Olsbakk | 12 March 2025" + story)), "Marit Olsbakk:Person"));
  CHECK(has(entity_names(analyse("Storm drill ends early\nJoaquim Serrat, Harbourwatch.es" + story)), "Joaquim Serrat:Person"));
  CHECK(has(entity_names(analyse("Storm drill ends early\nIlse Van Damme Friday 7 March 2025, 09:10 CET" + story)),
            "Ilse Van Damme:Person"));
  CHECK(has(entity_names(analyse("Storm drill ends early\nEdited by Aino Kettunen" + story)), "Aino Kettunen:Person"));
  CHECK(has(entity_names(analyse("Storm drill ends early\nEditor: Wayan Sudarta" + story)), "Wayan Sudarta:Person"));
}

TEST_CASE("lines like a byline that are none", "[recognise][byline]") {
  const std::string story = "\nThe fleet left port on Monday, officials said.\n";
  // a title line of words after the separator, and a name in a sentence
  auto title = entity_names(analyse("Harbour Lights | Annual Review\nThe fleet left port." + story));
  CHECK_FALSE(has(title, "Harbour Lights:Person"));
  auto sentence = entity_names(analyse("Storm drill ends early\nGreen Harbour, the port said, reopens on 3 May 2025." + story));
  CHECK_FALSE(has(sentence, "Green Harbour:Person"));
}

TEST_CASE("a weekday written out is no word of a name", "[recognise][byline]") {
  check_entity_rows({
      {"The Harbour Council Tuesday approved the plan, Tove Brekke said.",
       {"Harbour Council:Organisation"},
       {"Harbour Council Tuesday:Organisation"}},
  });
}

TEST_CASE("a body's prefix before a title belongs to it", "[recognise][byline]") {
  check_entity_rows({
      {"The pact was signed by Chile's State Minister of Defense Tomas Irarrazaval, who arrived on Monday.",
       {"Tomas Irarrazaval:Person"},
       {"Defense Tomas Irarrazaval:Person"}},
      // a prefix that opens a body's name stays the body's
      {"The State Security Service of Georgia said the attack failed.",
       {"State Security Service of Georgia:Organisation"},
       {}},
  });
}

TEST_CASE("a wire's name in brackets after the dateline is an outlet", "[recognise][byline]") {
  check_entity_rows({
      {"Drill ends\nRIGA, March 4, 2025 (Balticwire) - Latvia hosted the drill on Monday.",
       {"Balticwire:Organisation"},
       {}},
      {"Drill ends\nRIGA (Balticwire) - Latvia hosted the drill on Monday.", {"Balticwire:Organisation"}, {}},
      // brackets inside a story sentence are no dateline
      {"Drill ends\nThe envoy, Arvo Sepp (Kolkasrags), said the drill went well.", {}, {"Kolkasrags:Organisation"}},
  });
}

TEST_CASE("common given names of many languages open a person's name without a title", "[recognise][given]") {
  check_entity_rows({
      {"Talks resumed. Wojciech Malinowski and Hendrik Zuidema attended the talks.",
       {"Wojciech Malinowski:Person", "Hendrik Zuidema:Person"},
       {}},
      // a body's head word still types the name ("Ragnar Lodbrok Institute")
      {"Talks resumed. Experts of the Ragnar Lodbrok Institute attended.",
       {"Ragnar Lodbrok Institute:Organisation"},
       {}},
  });
}

// A sentence-case headline states a signing; its words are no agreement's name.
TEST_CASE("a signing verb ends an agreement's modifiers", "[recognise][agreement]") {
  auto doc = analyse(
      "Andes security roundup\n\n"
      "Chile and Peru sign coastal radar pact\n\n"
      "Bolivia and Paraguay agree river patrol roadmap\n\n"
      "Ecuador signed a coastal radar pact with Colombia on Monday. "
      "Later, Peru signed a maritime data sharing accord.");
  auto names = entity_names(doc);
  for (const auto& name : names) {
    CHECK(name.find(" sign ") == std::string::npos);
    CHECK(name.find(" agree ") == std::string::npos);
  }
  CHECK_FALSE(has(names, "Peru sign coastal radar pact:Agreement"));
  CHECK_FALSE(has(names, "Paraguay agree river patrol roadmap:Agreement"));
  // a document signed in a sentence is still one
  CHECK(has(names, "maritime data sharing accord:Agreement"));
}

// "By Jane Doe, Senior Correspondent": the journalist is a person, the job title is nobody.
TEST_CASE("a journalist's job title is no name", "[recognise][byline]") {
  check_entity_rows({
      {"Storm drill ends early\nBy Marta Quispe, Senior Correspondent\n"
       "The fleet left port on Monday, officials said.\n"
       "Marta Quispe is Chief Defence Correspondent at the Andes Herald.",
       {"Marta Quispe:Person"},
       {"Senior Correspondent:Person", "Defence Correspondent:Person", "Chief Defence Correspondent:Person"}},
  });
}

// "Separately, ...": a linking adverb opening a sentence names nothing; a name there still is one.
TEST_CASE("a sentence-initial linking adverb is no name", "[recognise][adverb]") {
  auto doc = analyse(
      "Separately, the second edition of Condor Shield, a naval exercise, ended in Arequipa on Friday. "
      "Additionally, Peru sent two cyber teams. "
      "Condor Shield, a naval exercise, drew six nations.");
  auto names = entity_names(doc);
  for (const auto& name : names) {
    CHECK(name.rfind("Separately", 0) != 0);
    CHECK(name.rfind("Additionally", 0) != 0);
  }
  CHECK(has(names, "Condor Shield:Exercise"));
  CHECK(has(names, "Peru:Nation"));
}
