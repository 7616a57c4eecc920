// Session 10 recall of leads, part_of and met_with: constructions of news
// wording the earlier rules missed. Sentences written for these tests, as rows
// of paraphrase_rows.hpp: the text, the facts it must give, those it must not.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a two-word title after a possessive is read whole", "[relate][leads]") {
  // "director" alone would stop before "general" and miss the name after the comma
  check_relation_rows({
      {"The note was signed by the Andean Signals Agency's director general, Nina Kos, in Lima.",
       {"Nina Kos leads Andean Signals Agency"}, {}},
      {"The Andean Signals Agency's director, Nina Kos, spoke in Lima.", {"Nina Kos leads Andean Signals Agency"}, {}},
  });
}

TEST_CASE("a predecessor led the body the successor leads", "[relate][leads]") {
  check_relation_rows({
      {"The Andean Signals Agency (ASA) named Nina Kos as its new director on Monday. Kos replaces Colonel Pablo "
       "Ruiz, who retired in May.",
       {"Nina Kos leads Andean Signals Agency", "Pablo Ruiz leads Andean Signals Agency"}, {}},
      {"Colonel Nina Kos took command of the Andean Signals Command last week, succeeding Brigadier General Pablo "
       "Ruiz.",
       {"Pablo Ruiz leads Andean Signals Command"}, {}},
      // a deputy who replaces someone leads nothing, so neither did the one replaced
      {"Nina Kos, deputy director of the Andean Signals Agency, replaced Pablo Ruiz in the talks.", {},
       {"Pablo Ruiz leads Andean Signals Agency"}},
  });
}

TEST_CASE("an age between commas does not part a person from the verb", "[relate][leads]") {
  check_relation_rows({
      {"Rear Admiral Nina Kos, 54, takes charge of the Andean Signals Command in March.",
       {"Nina Kos leads Andean Signals Command"}, {}},
  });
}

TEST_CASE("a lower-case title of two words after a body names the person after it", "[relate][leads][met_with]") {
  check_relation_rows({
      {"Nina Kos met the Andean Signals Agency's chief executive Pablo Ruiz during the visit.",
       {"Pablo Ruiz leads Andean Signals Agency", "Nina Kos met_with Pablo Ruiz"}, {}},
      {"The Andean Signals Agency (ASA) opened in Lima. Nina Kos met ASA chief executive Pablo Ruiz there.",
       {"Pablo Ruiz leads Andean Signals Agency"}, {}},
      // a deputy leads nothing
      {"The Andean Signals Agency (ASA) opened in Lima. Nina Kos met ASA deputy chief executive Pablo Ruiz there.",
       {}, {"Pablo Ruiz leads Andean Signals Agency"}},
      // the delegation is led by the deputy, not the body
      {"Officials of the Andean Signals Agency (ASA), led by its deputy head, Pablo Ruiz, came too.", {},
       {"Pablo Ruiz leads Andean Signals Agency"}},
  });
}

TEST_CASE("a fronted circumstance between a subject and its verb is cut out", "[relate][met_with]") {
  check_relation_rows({
      {"Nina Kos, on her first trip to Peru since taking office, also met with Pablo Ruiz on Thursday, the embassy "
       "said.",
       {"Nina Kos met_with Pablo Ruiz"}, {}},
      {"Nina Kos, during a visit to Lima, met Pablo Ruiz.", {"Nina Kos met_with Pablo Ruiz"}, {}},
  });
}

TEST_CASE("'the two countries' after two people met, whose nations are unknown, is the list before", "[relate][met_with]") {
  check_relation_rows({
      {"Chile and Peru held a cyber drill in Lima. Nina Kos later met with Pablo Ruiz. The two countries signed "
       "the Andean Cyber Accord.",
       {"Chile party_to Andean Cyber Accord", "Peru party_to Andean Cyber Accord"}, {}},
  });
}

TEST_CASE("part_of from 'whose', a possessive unit noun, subordination and kind nouns", "[relate][part_of]") {
  check_relation_rows({
      {"Observers came from Peru, whose Andean Signals Command sent two analysts.", {"Andean Signals Command * Peru"},
       {}},
      {"The Andean Signals Agency's public arm, the Lima Cyber Centre, handles incidents.",
       {"Lima Cyber Centre part_of Andean Signals Agency"}, {}},
      {"The drill was run by the Lima Cyber Centre, a joint body subordinated to the Andean Signals Agency.",
       {"Lima Cyber Centre part_of Andean Signals Agency"}, {}},
      {"Teams came from the Lima Cyber Centre, the technical organisation under the Andean Signals Agency.",
       {"Lima Cyber Centre part_of Andean Signals Agency"}, {}},
      {"The Peruvian transport agency Cortel sent observers.", {"Cortel part_of Peru"}, {}},
  });
}

TEST_CASE("a state body whose name closes with its nation is part of it", "[relate][part_of]") {
  check_relation_rows({
      {"Peru held a drill. It was run by the Cyber Defence Command of Peru in Lima.",
       {"Cyber Defence Command of Peru part_of Peru"}, {}},
      // a body of another kind is not
      {"Peru held a drill. It was run by the Catholic University of Peru in Lima.", {},
       {"Catholic University of Peru part_of Peru"}},
  });
}

TEST_CASE("who speaks after an apposition's name is not one of the names", "[relate][part_of]") {
  check_relation_rows({
      {"Teams came from the Lima Cyber Centre, the technical organisation under the Andean Signals Agency, the "
       "Peruvian Ministry of Defence said.",
       {"Lima Cyber Centre part_of Andean Signals Agency"}, {"Lima Cyber Centre part_of Peruvian Ministry of Defence"}},
  });
}

TEST_CASE("titles naming a body: a defined acronym, a nation's body, a successor by rank", "[relate][leads]") {
  check_relation_rows({
      {"The Andean Signals Centre (ASC) opened in Cusco. ASC Director Lieutenant Colonel Nina Kos thanked the "
       "donors.",
       {"Nina Kos leads Andean Signals Centre"}, {}},
      // a title of a nation's body names the body, not the nation
      {"The note was signed by Nina Kos, Governor of Peru's National Signals Authority (NSA).",
       {"Nina Kos leads National Signals Authority"}, {"Nina Kos leads Peru"}},
      // a successor named by rank and surname
      {"The Andean Signals Centre (ASC) opened in Cusco. ASC Director Nina Kos thanked the donors. Colonel Kos "
       "took up the post in May, succeeding Pablo Ruiz.",
       {"Pablo Ruiz leads Andean Signals Centre"}, {}},
      // a title "of" a defined acronym, then the name; a rank after the acronym is no name
      {"The Andean Signals Centre (ASC) and Peru are partners. The note was signed by Director-General of ASC "
       "Nina Kos.",
       {"Nina Kos leads Andean Signals Centre"}, {}},
      {"The Andean Signals Centre (ASC) and Peru are partners. The note was signed by Head of ASC Lieutenant "
       "General Nina Kos.",
       {"Nina Kos leads Andean Signals Centre"}, {"Lieutenant General * Andean Signals Centre"}},
  });
}

TEST_CASE("receiving one's counterpart is a meeting", "[relate][met_with]") {
  check_relation_rows({
      {"On Tuesday, Nina Kos received her Chilean counterpart, Mr Pablo Ruiz, in Lima.", {"Nina Kos * Pablo Ruiz"},
       {}},
      // receiving a letter from someone is none
      {"On Tuesday, Nina Kos received a letter from Pablo Ruiz.", {}, {"Nina Kos * Pablo Ruiz"}},
  });
}

TEST_CASE("led since a time by a person", "[relate][leads]") {
  check_relation_rows({
      {"The Andean Signals Command (ASC) was set up in 2019. The ASC has been commanded since January 2024 by "
       "Major General Nina Kos.",
       {"Nina Kos leads Andean Signals Command 2024-01"}, {}},
  });
}

TEST_CASE("a body opened and its first head appointed", "[relate][leads][part_of]") {
  check_relation_rows({
      // the cue word does not also make her head of the body that opened it
      {"The Andean Signals Agency (ASA) opened a Pacific Liaison Office in Lima and appointed Commodore Nina Kos, "
       "a former navy officer, as its first director.",
       {"Pacific Liaison Office part_of Andean Signals Agency", "Nina Kos * Pacific Liaison Office"},
       {"Nina Kos * Andean Signals Agency"}},
      // opening a body already there ("the") says nothing of whose it is
      {"Peru opened the Andean Signals Agency's new range in Lima.", {}, {"Andean Signals Agency part_of Peru"}},
  });
}

TEST_CASE("a meeting dated by the day its subject's clause names", "[relate][met_with]") {
  check_relation_rows(
      {
          {"Nina Kos, who visited the range on Wednesday, met with Pablo Ruiz there.",
           {"Nina Kos met_with Pablo Ruiz 2026-05-06"}, {}},
          // a day in a clause after the meeting's names is not the meeting's
          {"The pact was signed by Nina Kos and Pablo Ruiz, who arrived on Wednesday.",
           {"Nina Kos met_with Pablo Ruiz undated"}, {}},
          // a year in the subject's clause is no day of the meeting
          {"Nina Kos, who took office in 2023, met with Pablo Ruiz there.", {"Nina Kos met_with Pablo Ruiz undated"},
           {}},
      },
      Date{2026, 5, 8});
}

TEST_CASE("several nations gathering for a meeting do not each meet the others", "[relate][met_with]") {
  check_relation_rows({
      {"Officials from Chile, Peru, Bolivia and Ecuador met in Lima on Tuesday for the Andean Cyber Forum.", {},
       {"Chile * Peru"}},
      {"Officials from Chile, Peru and Bolivia met in Lima on Tuesday for the third Andean cyber group meeting.", {},
       {"Chile * Bolivia"}},
      // a meeting of two, or of several with no occasion named, stands
      {"Officials from Chile, Peru and Bolivia met in Lima on Tuesday and agreed to share threat data.",
       {"Chile * Peru"}, {}},
  });
}

TEST_CASE("a body placed inside another body is not also part of its name's nation", "[relate][part_of]") {
  check_relation_rows({
      {"Any team would be led by the Andean Signals Agency's Peruvian Cyber Security Centre.",
       {"Peruvian Cyber Security Centre part_of Andean Signals Agency"},
       {"Peruvian Cyber Security Centre part_of Peru"}},
      // with no body around it the name's nation stands
      {"Any team would be led by the Peruvian Cyber Security Centre.", {"Peruvian Cyber Security Centre part_of Peru"},
       {}},
  });
}

TEST_CASE("calling on a person is a visit, calling on a person to act is not", "[relate][met_with]") {
  check_relation_rows({
      {"Nina Kos also called on Minister of Finance Pablo Ruiz on Tuesday.", {"Nina Kos * Pablo Ruiz"}, {}},
      {"Nina Kos called on Pablo Ruiz to resign.", {}, {"Nina Kos * Pablo Ruiz"}},
  });
}

TEST_CASE("a title, a comma, then a rank and the name", "[relate][leads]") {
  check_relation_rows({
      {"Peru's Chief of Staff, General Nina Kos, says this is her first visit.", {"Nina Kos leads Peru"}, {}},
  });
}

TEST_CASE("taking over as a capitalised title of a body", "[relate][leads]") {
  check_relation_rows({
      {"Air Vice Marshal Nina Kos has taken over as Director General of the Andean Signals Agency (ASA).",
       {"Nina Kos leads Andean Signals Agency"}, {}},
      // a deputy's title serves the body, it does not lead it
      {"Nina Kos took over as Deputy Director of the Andean Signals Agency (ASA).",
       {"Nina Kos affiliated_with Andean Signals Agency"}, {"Nina Kos leads Andean Signals Agency"}},
  });
}

TEST_CASE("a nation's military owning a body", "[relate][part_of]") {
  check_relation_rows({
      {"The drill will be run by the Peruvian military's Cyber Operations Command and NATO.",
       {"Peru's Cyber Operations Command part_of Peru"}, {}},
      // the possessive of another body is that body's, not the nation's
      {"The drill will be run by the Andean Signals Agency's Cyber Operations Command.", {},
       {"Cyber Operations Command * Peru"}},
  });
}
