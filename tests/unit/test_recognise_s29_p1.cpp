// Recognition, session 29 (p1): people's names in styles the sets had not
// shown: honorifics and ranks the lexicon lacked, names without a known
// given name in reporting contexts.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s29-p1: honorifics and ranks before a name are no part of it", "[recognise][s29-p1]") {
  check_entity_rows({
      {"The Honourable Grace Wanjiru opened the exercise.", {"Grace Wanjiru:Person"}, {}},
      {"The Honorable Abel Tesfaye, Kenya's defence minister, opened the exercise.", {"Abel Tesfaye:Person"}, {}},
      {"Pak Bambang Sutrisno, head of the Indonesian National Cyber Agency, welcomed the delegates.",
       {"Bambang Sutrisno:Person"},
       {"Pak Bambang Sutrisno:Person"}},
      {"Ibu Sri Wahyuni, head of the Indonesian National Cyber Agency, welcomed the delegates.",
       {"Sri Wahyuni:Person"},
       {"Ibu Sri Wahyuni:Person"}},
      {"Parliamentary Vice-Minister Kenji Watanabe met with Estonian officials.", {"Kenji Watanabe:Person"}, {}},
      {"Senior Vice Minister Kenji Watanabe led the Japanese delegation.", {"Kenji Watanabe:Person"}, {}},
      {"Chief Master Sergeant Ngozi Okonjo attended the drill.",
       {"Ngozi Okonjo:Person"},
       {"Master Sergeant Ngozi Okonjo:Person"}},
  });
}

TEST_CASE("s29-p1: a name of a body's member who speaks is a person's, whatever the given name",
          "[recognise][s29-p1]") {
  check_entity_rows({
      {"Zviad Kopaleishvili of the Georgian Cyber Agency said the exercise was useful.",
       {"Zviad Kopaleishvili:Person", "Georgian Cyber Agency:Organisation"},
       {}},
      {"Tamar Beridze from the Georgian Ministry of Defence told reporters the drill was over.",
       {"Tamar Beridze:Person"},
       {}},
      // a body's unit is no person
      {"Red Team of the Georgian Cyber Agency said the exercise was useful.", {}, {"Red Team:Person"}},
      {"Cyber Command of the Georgian Armed Forces said the exercise was useful.", {}, {"Cyber Command:Person"}},
  });
}

TEST_CASE("s29-p1: a name's own writing in brackets does not part it from its role", "[recognise][s29-p1]") {
  check_entity_rows({
      {"Wang Xiaoming (王小明), director of the Harbin Cyber Centre, attended the drill.",
       {"Wang Xiaoming:Person", "Harbin Cyber Centre:Organisation"},
       {}},
      {"Park Ji-hoon (박지훈), commander of the ROK Cyber Operations Command, visited Tallinn.",
       {"Park Ji-hoon:Person"},
       {}},
      {"Yosef Cohen (יוסף כהן), head of the Israel National Cyber Directorate, said the drill went well.",
       {"Yosef Cohen:Person"},
       {}},
  });
}

TEST_CASE("s29-p1: a body's role apposed to a name makes it a person's, whatever the given name",
          "[recognise][s29-p1]") {
  check_entity_rows({
      {"Zviad Kopaleishvili, Georgian Cyber Agency director, opened the drill.", {"Zviad Kopaleishvili:Person"}, {}},
      {"The drill was opened by Nodar Gelashvili, the Georgian Cyber Agency's director.",
       {"Nodar Gelashvili:Person"},
       {}},
      // an exercise, a team, a speaker set in: no person
      {"Team Blue, the Georgian Cyber Agency's response team, won the round.", {}, {"Team Blue:Person"}},
      {"Red Lattice, the Georgian Cyber Agency's director said, was a success.", {}, {"Red Lattice:Person"}},
  });
}

TEST_CASE("s29-p1: courtesy and religious titles, and ranks written out, are no part of the name",
          "[recognise][s29-p1]") {
  check_entity_rows({
      {"Madam Grace Wanjiru attended the drill.", {"Grace Wanjiru:Person"}, {}},
      {"Alhaji Musa Bello attended the drill.", {"Musa Bello:Person"}, {}},
      {"Datin Rahman Ismail attended the drill.", {"Rahman Ismail:Person"}, {}},
      {"Baroness Grace Wanjiru attended the drill.", {"Grace Wanjiru:Person"}, {}},
      {"Group Capt. Peter Hansen attended the drill.", {"Peter Hansen:Person"}, {}},
      {"Rear Admiral Lower Half Peter Hansen attended the drill.",
       {"Peter Hansen:Person"},
       {"Lower Half Peter Hansen:Person"}},
  });
}

TEST_CASE("s29-p1: a speaker is a person with an adverb before the verb, or a verb of stressing",
          "[recognise][s29-p1]") {
  check_entity_rows({
      {"Zviad Kopaleishvili also said the drill was useful.", {"Zviad Kopaleishvili:Person"}, {}},
      {"Nodar Gelashvili later told reporters the drill was useful.", {"Nodar Gelashvili:Person"}, {}},
      {"Tamar Beridze, however, said the drill was useful.", {"Tamar Beridze:Person"}, {}},
      {"Zviad Kopaleishvili warned that the threat was growing.", {"Zviad Kopaleishvili:Person"}, {}},
      {"\"The threat is growing,\" stressed Nodar Gelashvili.", {"Nodar Gelashvili:Person"}, {}},
  });
}

TEST_CASE("s29-p1: a role owned by a common noun, apposed to a name, makes it a person's", "[recognise][s29-p1]") {
  check_entity_rows({
      {"\"The threat is growing,\" Zviad Kopaleishvili, the agency's director, said.",
       {"Zviad Kopaleishvili:Person"},
       {"Zviad Kopaleishvili:Organisation"}},
      {"Nodar Gelashvili, the ministry's spokesperson, said the drill was over.", {"Nodar Gelashvili:Person"}, {}},
      {"Amber Gate, the alliance's largest exercise, began on Monday.", {}, {"Amber Gate:Person"}},
  });
}

TEST_CASE("s29-p1: a speaker with a clause of speaking set in before the verb is a person", "[recognise][s29-p1]") {
  check_entity_rows({
      {"Zviad Kopaleishvili, speaking at the conference, said the drill was useful.",
       {"Zviad Kopaleishvili:Person"},
       {}},
      {"Nodar Gelashvili, speaking to reporters in Tbilisi on Monday, told them the drill was over.",
       {"Nodar Gelashvili:Person"},
       {}},
  });
}

TEST_CASE("s29-p1: ranks and courtesy titles of other languages, and the highest ranks, are no part of the name",
          "[recognise][s29-p1]") {
  check_entity_rows({
      {"Teniente Coronel Ana Belén Ruiz attended the drill.", {"Ana Belén Ruiz:Person"}, {}},
      {"General de Brigada Tomás Iglesias attended the drill.",
       {"Tomás Iglesias:Person"},
       {"de Brigada Tomás Iglesias:Person"}},
      {"Herr Peter Hansen attended the drill.", {"Peter Hansen:Person"}, {}},
      {"Madame Claire Dubois attended the drill.", {"Claire Dubois:Person"}, {}},
      {"Pułkownik Marek Nowicki attended the drill.", {"Marek Nowicki:Person"}, {}},
      {"Air Chief Marshal Peter Hansen attended the drill.",
       {"Peter Hansen:Person"},
       {"Marshal Peter Hansen:Person"}},
      {"Field Marshal Peter Hansen attended the drill.", {"Peter Hansen:Person"}, {}},
  });
}

TEST_CASE("s29-p1: consular, police, Indonesian and acting titles are no part of the name", "[recognise][s29-p1]") {
  check_entity_rows({
      {"Consul General Peter Hansen attended the drill.", {"Peter Hansen:Person"}, {}},
      {"Chief Constable Peter Hansen attended the drill.",
       {"Peter Hansen:Person"},
       {"Constable Peter Hansen:Person"}},
      {"Marshal of the Air Force Peter Hansen attended the drill.",
       {"Peter Hansen:Person"},
       {"Air Force Peter Hansen:Organisation"}},
      {"Laksamana Budi Santoso attended the drill.", {"Budi Santoso:Person"}, {}},
      {"Chief Scientist Peter Hansen attended the drill.",
       {"Peter Hansen:Person"},
       {"Scientist Peter Hansen:Person"}},
      {"Acting Minister Peter Hansen attended the drill.", {"Peter Hansen:Person"}, {}},
  });
}

TEST_CASE("s29-p1: executive, project and exercise posts before a name are no part of it", "[recognise][s29-p1]") {
  check_entity_rows({
      {"Chief Digital Officer Peter Hansen attended the drill.",
       {"Peter Hansen:Person"},
       {"Digital Officer Peter Hansen:Person"}},
      {"Exercise Director Peter Hansen attended the drill.",
       {"Peter Hansen:Person"},
       {"Director Peter Hansen:Exercise"}},
      {"Programme Manager Peter Hansen attended the drill.", {"Peter Hansen:Person"}, {}},
      {"Co-founder Peter Hansen attended the drill.", {"Peter Hansen:Person"}, {}},
      {"Special Rapporteur Peter Hansen attended the drill.", {"Peter Hansen:Person"}, {}},
  });
}

TEST_CASE("s29-p1: more lower-case role nouns before a name make it a person's", "[recognise][s29-p1]") {
  check_entity_rows({
      {"The drill was run by programme manager Zviad Kopaleishvili on Monday.", {"Zviad Kopaleishvili:Person"}, {}},
      {"The drill was run by instructor Nodar Gelashvili on Monday.", {"Nodar Gelashvili:Person"}, {}},
      {"The drill was run by specialist Tamar Beridze on Monday.", {"Tamar Beridze:Person"}, {}},
  });
}

TEST_CASE("s29-p1: a family name in capitals beside a known given name is a name's word", "[recognise][s29-p1]") {
  check_entity_rows({
      {"Jean-Luc DUPONT, director of the French Cyber Centre, said the drill went well.",
       {"Jean-Luc DUPONT:Person"},
       {}},
      {"The meeting was chaired by Ms. Anna KASK.", {"Anna KASK:Person"}, {}},
      {"Col. Marek NOWICKI led the Polish team.", {"Marek NOWICKI:Person"}, {}},
      // an acronym the gazetteer knows stays the body
      {"Anna Kask of NATO said the drill went well.", {"North Atlantic Treaty Organization:Organisation"}, {}},
  });
}

TEST_CASE("s29-p1: a family name in capitals after a title and a given name is a name's word", "[recognise][s29-p1]") {
  check_entity_rows({
      {"Dr. Zviad KOPALEISHVILI, head of the Georgian Cyber Agency, opened the drill.",
       {"Zviad KOPALEISHVILI:Person"},
       {}},
      {"Mr Nodar GELASHVILI met with Estonian officials.", {"Nodar GELASHVILI:Person"}, {}},
      // two title words before an acronym: the acronym stays no person
      {"Director General KOMINFO said the drill went well.", {}, {"KOMINFO:Person"}},
  });
}
