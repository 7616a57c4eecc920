// Session 17: facts told across sentences (a clause that names no exercise
// takes part in the one the sentences before named), and references that
// stand for people or bodies named before. Every text written for this test;
// negatives beside the positives.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s17: taking part in the one exercise the sentence before named", "[relate][s17][participates_in]") {
  check_relation_rows({
      // two exercises in the document (no topic): the latest one named alone
      {"Latvia ran Amber Gate, a cyber exercise, in Riga in March. In June, Estonia hosted Baltic Lantern, a three-day "
       "drill for its agency's analysts, in Tartu. The Polish, Czech and Slovak national teams took part, the agency said.",
       {"Poland participates_in Baltic Lantern", "Slovakia participates_in Baltic Lantern"},
       {"Poland participates_in Amber Gate"}},
      // the sentence before named two: which one is not said
      {"Latvia ran Amber Gate, a cyber exercise, in Riga in March, and Estonia hosted Baltic Lantern, a drill, in Tartu "
       "in June. The Polish and Czech national teams took part, the agency said.",
       {},
       {"Poland participates_in Baltic Lantern", "Poland participates_in Amber Gate"}},
      // named too long before
      {"Latvia ran Amber Gate, a cyber exercise, in Riga in March. In June, Estonia hosted Baltic Lantern, a three-day "
       "drill, in Tartu. The budget was small. The agency has 40 staff. Its building is new. The Polish and Czech "
       "national teams took part, the agency said.",
       {},
       {"Poland participates_in Baltic Lantern", "Poland participates_in Amber Gate"}},
  });
}

TEST_CASE("s17: a subject added by an echo phrase does what the clause's subject did", "[relate][s17][echo]") {
  check_relation_rows({
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. Greece took part, as did an observer from Cyprus.",
       {"Cyprus participates_in Adriatic Shield", "Greece participates_in Adriatic Shield"},
       {}},
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. Greece and Italy took part, joined by Japan.",
       {"Japan participates_in Adriatic Shield"},
       {}},
      {"Greece signed the Adriatic Cyber Pact in Athens on Monday, as did Italy and Malta.",
       {"Italy party_to Adriatic Cyber Pact", "Malta party_to Adriatic Cyber Pact"},
       {}},
      // no comma before the phrase: "as did" opens no echo of the clause
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. Greece took part just as did Cyprus.",
       {},
       {"Cyprus participates_in Adriatic Shield"}},
      // a person echoed: people are read by their own patterns, not echoed into what a nation does
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. Greece took part, as did Colonel Petar Horvat.",
       {},
       {"Petar Horvat participates_in Adriatic Shield"}},
  });
}

TEST_CASE("s17: they and the ministers are the two people of the sentences before", "[relate][s17][met_with]") {
  check_relation_rows({
      // the two named together, no meeting between them
      {"Defence Minister Anna Berg of Sweden visited the drill on Tuesday together with her Latvian counterpart, Tomas "
       "Rudd. The ministers also met Brigadier General Peter Hall, who leads the American contingent.",
       {"Anna Berg met_with Peter Hall", "Tomas Rudd met_with Peter Hall"},
       {}},
      // the two who met, through a sentence that calls them "the two ministers"
      {"The Swedish minister, Anna Berg, received her Latvian counterpart, Tomas Rudd, in Stockholm on Monday. The day "
       "before, the two ministers had visited the cyber school in Uppsala. There they met with the director of the school, Peter Hall.",
       {"Anna Berg met_with Peter Hall", "Tomas Rudd met_with Peter Hall"},
       {}},
      // a third person named in between: "they" is no longer those two
      {"Defence Minister Anna Berg of Sweden visited the drill on Tuesday together with her Latvian counterpart, Tomas "
       "Rudd. The drill was planned by Colonel Ivo Maric. They also met Brigadier General Peter Hall on Wednesday.",
       {},
       {"Anna Berg met_with Peter Hall", "Tomas Rudd met_with Peter Hall"}},
      // more than two people before: no pair
      {"Anna Berg, Tomas Rudd and Ivo Maric opened the forum in Riga. The ministers also met Peter Hall on Monday.",
       {},
       {"Anna Berg met_with Peter Hall"}},
  });
}

TEST_CASE("s17: its after a body is set up is the new body", "[relate][s17][leads]") {
  check_relation_rows({
      {"The Latvian Ministry of Defence has set up a Cyber Defence Unit. Its commander, Colonel Ivo Maric, said it would "
       "grow.",
       {"Ivo Maric leads Latvia's Cyber Defence Unit"},
       {"Ivo Maric leads Latvian Ministry of Defence"}},
      {"The Harbour Authority of Split launched a new Cyber Response Centre on Monday. Its new head is Dr Ana Kovac.",
       {"Ana Kovac leads Cyber Response Centre"},
       {"Ana Kovac leads Harbour Authority of Split"}},
      // nothing set up: "its" is the body spoken of
      {"The Latvian Ministry of Defence hosted the Baltic Cyber Unit in Riga. Its spokesman, Colonel Ivo Maric, said "
       "the visit went well.",
       {},
       {"Ivo Maric leads Baltic Cyber Unit"}},
  });
}

TEST_CASE("s17: a detachment or contingent sent takes part in the exercise spoken of", "[relate][s17][participates_in]") {
  check_relation_rows({
      {"Croatia ran Adriatic Shield, a naval cyber exercise, in Split in May. The Italian Navy's Cyber Command sent a "
       "small detachment from Taranto.",
       {"Italian Navy's Cyber Command participates_in Adriatic Shield"},
       {}},
      {"Croatia ran Adriatic Shield, a naval cyber exercise, in Split in May. Slovenia sent a contingent of 30 "
       "responders.",
       {"Slovenia participates_in Adriatic Shield"},
       {}},
      // sent something else: no part taken
      {"Croatia ran Adriatic Shield, a naval cyber exercise, in Split in May. Slovenia sent a letter of thanks.",
       {},
       {"Slovenia participates_in Adriatic Shield"}},
  });
}

TEST_CASE("s17: the command is not resolved when two commands were named together", "[relate][s17][anaphora]") {
  check_relation_rows({
      {"The workshop will be organised by the Korean Cyber Operations Command and the Allied Command Transformation. "
       "General Yoon Jae-min, who heads the command, said 30 officers would attend.",
       {},
       {"Yoon Jae-min leads Allied Command Transformation", "Yoon Jae-min leads Korean Cyber Operations Command"}},
      // one command named: it is the one
      {"The workshop will be organised by the Korean Cyber Operations Command in Seoul. General Yoon Jae-min, who heads "
       "the command, said 30 officers would attend.",
       {"Yoon Jae-min leads Korean Cyber Operations Command"},
       {}},
      // named in different sentences: the latest
      {"The Korean Cyber Operations Command held a drill in May. The Allied Command Transformation ran a course in June. "
       "General Yoon Jae-min, who heads the command, said 30 officers would attend.",
       {"Yoon Jae-min leads Allied Command Transformation"},
       {}},
  });
}

TEST_CASE("s17: it after a sentence opening with a nation's body is that body", "[relate][s17][participates_in]") {
  check_relation_rows({
      {"Peru's Joint Cyber Command, which reports to the defence ministry, has worked with the centre. It fielded a team "
       "in Locked Shields last April.",
       {"Peru's Joint Cyber Command participates_in Locked Shields"},
       {"Peru participates_in Locked Shields"}},
      // the nation itself opens the sentence: "it" is the nation
      {"Peru, which joined the centre in 2023, has worked with its staff. It fielded a team in Locked Shields last April.",
       {"Peru participates_in Locked Shields"},
       {}},
  });
}

TEST_CASE("s17: an aside naming the subject does not keep it from its verb", "[relate][s17][participates_in]") {
  check_relation_rows({
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. The Cyber Service of Moldova, known by its "
       "Romanian acronym SCM, sent a team of 24 specialists.",
       {"Cyber Service of Moldova participates_in Adriatic Shield"},
       {}},
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. The Cyber Service of Moldova, also known as SCM, "
       "fielded a team.",
       {"Cyber Service of Moldova participates_in Adriatic Shield"},
       {}},
      // the aside is no verb of the clause: no part taken
      {"Croatia ran Adriatic Shield, a cyber exercise, in Split in May. The Cyber Service of Moldova, known for its "
       "red teams, sent a letter.",
       {},
       {"Cyber Service of Moldova participates_in Adriatic Shield"}},
  });
}

TEST_CASE("s17: the agency is a body named an authority or service when no agency was named", "[relate][s17][anaphora]") {
  check_relation_rows({
      {"Estonia's Information System Authority (RIA) published its annual report on Monday. The agency will host Cyber "
       "Spring, a national exercise, in May.",
       {"Information System Authority organises Cyber Spring"},
       {}},
      // an agency named too: "the agency" is that one
      {"The European Defence Agency met the European External Action Service in Brussels on Monday. The agency will "
       "host Cyber Spring, a staff exercise, in May.",
       {"European Defence Agency organises Cyber Spring"},
       {"European External Action Service organises Cyber Spring"}},
  });
}
