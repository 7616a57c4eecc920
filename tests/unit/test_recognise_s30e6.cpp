// Entities, session 30 (e6): bodies named by a head word the lexicon lacked
// (a chamber, a fund, a trust, a chancellery, an endowment, a caucus) and
// companies named by a legal form written in capitals ("AS", "SA", "AG",
// "NV", "BV", "Kft."); a legal form only heads a name written in capitals,
// never a word that merely spells it ("Sa Kaeo", "As").
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30e6: bodies named by a chamber, fund, trust, chancellery or endowment head", "[recognise][s30-e6]") {
  check_entity_rows({
      {"The Latvian Chamber of Commerce welcomed the decision on Monday.", {"Latvian Chamber of Commerce:Organisation"}, {}},
      {"The Nordic Innovation Fund backed the start-up last year.", {"Nordic Innovation Fund:Organisation"}, {}},
      {"The Harbour Heritage Trust paid for the new archive.", {"Harbour Heritage Trust:Organisation"}, {}},
      {"The Lithuanian State Chancellery announced the appointment on Friday.",
       {"Lithuanian State Chancellery:Organisation"},
       {"Lithuanian State Chancellery:Person"}},
      {"The Aldridge Endowment for Regional Peace hosted the seminar.",
       {"Aldridge Endowment for Regional Peace:Organisation"},
       {"Regional Peace:Person"}},
      {"The Joint Taskforce on Maritime Threats met in Gdansk.", {"Joint Taskforce on Maritime Threats:Organisation"}, {}},
  });
}

TEST_CASE("s30e6: a legal form in capitals closes a company name", "[recognise][s30-e6]") {
  check_entity_rows({
      {"Havbris AS will supply sensors to the coast guard.", {"Havbris AS:Organisation"}, {}},
      {"Corvanta Sistemas SA was selected to build the centre.", {"Corvanta Sistemas SA:Organisation"}, {}},
      {"Tiefblau Security AG opened an office in Graz.", {"Tiefblau Security AG:Organisation"}, {}},
      {"Kanaal Data BV was bought by Schelde Netwerken NV in May.",
       {"Kanaal Data BV:Organisation", "Schelde Netwerken NV:Organisation"},
       {}},
      {"Duna Rendszerek Kft. won the tender.", {"Duna Rendszerek Kft.:Organisation"}, {}},
      // a word that only spells a legal form heads nothing
      {"Police arrested a gang in Sa Kaeo on Monday.", {}, {"Sa Kaeo:Organisation"}},
  });
}

TEST_CASE("s30e6: common European given names open a person's name without a cue", "[recognise][s30-e6]") {
  check_entity_rows({
      {"Kaspar Meos (Bank of Estonia) moderated the discussion.", {"Kaspar Meos:Person"}, {}},
      {"The next session will be led by Kristel Vares.", {"Kristel Vares:Person"}, {}},
      {"Kaido Luht and Juhan Ilves joined the board.", {"Kaido Luht:Person", "Juhan Ilves:Person"}, {}},
      {"Ewelina Borek (Gdansk University) chaired the panel.", {"Ewelina Borek:Person"}, {}},
      {"The book, reviewed here by Olavi Mets, argues that deterrence fails.", {"Olavi Mets:Person"}, {}},
      {"Zoë Van der Linde co-wrote the study.", {"Zoë Van der Linde:Person"}, {}},
      {"Grégoire Lambert and Íñigo Sáenz signed the letter.", {"Grégoire Lambert:Person", "Íñigo Sáenz:Person"}, {}},
  });
}

TEST_CASE("s30e6: an occupation noun or an emeritus title before a name marks a person", "[recognise][s30-e6]") {
  check_entity_rows({
      {"Historian Maret Jõgi said the archive was opened.", {"Maret Jõgi:Person"}, {"Historian Maret Jõgi:Person"}},
      {"Journalist Oskar Rand was detained in Minsk.", {"Oskar Rand:Person"}, {}},
      {"Columnist Helle Saar criticised the plan.", {"Helle Saar:Person"}, {}},
      {"Author Rene Vaher teaches at Narva College.", {"Rene Vaher:Person"}, {}},
      {"Emeritus Professor Brian Holloway wrote the foreword.",
       {"Brian Holloway:Person"},
       {"Emeritus Professor Brian Holloway:Person"}},
  });
}

TEST_CASE("s30e6: a programme's role label and a colon open a line of a name, not a headline", "[recognise][s30-e6]") {
  check_entity_rows({
      {"The programme was set on Monday.\n\nChair: Helle Raud, Estonian Academy of Letters\n\nThe day ends at five.",
       {"Helle Raud:Person", "Estonian Academy of Letters:Organisation"},
       {}},
      {"The programme was set on Monday.\n\nDiscussant: Dr. Rein Kuusk, Baltic Naval College\n\nThe day ends at five.",
       {"Rein Kuusk:Person", "Baltic Naval College:Organisation"},
       {}},
      {"The programme was set on Monday.\n\nInstructor: Capt. Aare Linn\n\nThe day ends at five.", {"Aare Linn:Person"}, {}},
  });
}

TEST_CASE("s30e6: a review's heading 'Review of X' names no body", "[recognise][s30-e6]") {
  check_entity_rows({
      {"Review of Cyber Power and Regional Security by Kadri Vaher.",
       {"Kadri Vaher:Person"},
       {"Review of Cyber Power and Regional Security:Organisation"}},
  });
}

TEST_CASE("s30e6: a book's title before a comma and an author's name is no person", "[recognise][s30-e6]") {
  check_entity_rows({
      {"In her new book, Quiet Harbours, Kadri Vaher argues that deterrence works.",
       {"Kadri Vaher:Person"},
       {"Quiet Harbours:Person"}},
      // a list of names still types its members
      {"Kertu Ruus, Anna Mets and Liina Saar attended.", {"Kertu Ruus:Person", "Anna Mets:Person", "Liina Saar:Person"}, {}},
  });
}

TEST_CASE("s30e6: a sentence closed by an abbreviated legal form is no headline", "[recognise][s30-e6]") {
  check_entity_rows({
      {"The contract was signed on Monday. Kadri Vaher now works for Baltic Harbour Systems Ltd.",
       {"Kadri Vaher:Person"},
       {}},
  });
}

TEST_CASE("s30e6: military and civil unit heads (flotilla, detachment, commissariat, registry)", "[recognise][s30-e6]") {
  check_entity_rows({
      {"The Latvian Navy's Coastal Patrol Flotilla took part.", {"Coastal Patrol Flotilla:Organisation"}, {}},
      // labelled by its full name as written (s31-y2)
      {"The Signals Detachment of the Lithuanian Army joined the drill.",
       {"Signals Detachment of the Lithuanian Army:Organisation"}, {"Signals Detachment:Organisation"}},
      {"The Belgian Defence Procurement Commissariat signed the order.",
       {"Belgian Defence Procurement Commissariat:Organisation"},
       {}},
      {"The Central Land Registry was hacked on Monday.", {"Central Land Registry:Organisation"}, {}},
  });
}

TEST_CASE("s30e6: a transcript's speaker label in capitals names a person", "[recognise][s30-e6]") {
  check_entity_rows({
      {"The hearing opened at ten.\n\nMAARJA VAHER: Good morning, everyone.\n\nThe hearing closed at noon.",
       {"MAARJA VAHER:Person"},
       {}},
      // capitals that open no given name stay a heading
      {"The hearing opened at ten.\n\nBALTIC HARBOUR: Ships return.\n\nThe hearing closed at noon.", {}, {"BALTIC HARBOUR:Person"}},
  });
}
