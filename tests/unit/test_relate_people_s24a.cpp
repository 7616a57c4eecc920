// People moves, session 24: successions, appointments and hirings told as a
// briefing writes them. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s24: who succeeds someone as head of a body leads it, dated by the clause", "[relate][roles][s24]") {
  check_relation_rows({
      {"Brig. Gen. Anna Nowak will succeed Maj. Gen. Piotr Zielinski as head of the Cyber Command next month.",
       {"Anna Nowak leads Cyber Command 2025-07"},
       {}},
      {"Anna Nowak succeeded Piotr Zielinski as head of the Cyber Command in May.",
       {"Anna Nowak leads Cyber Command 2025-05"},
       {}},
      // who was succeeded is no new head
      {"Anna Nowak succeeded Piotr Zielinski as head of the Cyber Command in May.",
       {},
       {"Piotr Zielinski leads Cyber Command 2025-05"}},
  });
}

TEST_CASE("s24: a body that appoints someone as its head or officer is led or served by them", "[relate][roles][s24]") {
  check_relation_rows({
      {"Europol has appointed Tom Reilly as its new director.", {"Tom Reilly leads Europol"}, {}},
      {"The NCSC has hired Tom Reilly as chief technology officer.",
       {"Tom Reilly affiliated_with National Cyber Security Centre"},
       {"Tom Reilly leads National Cyber Security Centre"}},
      {"Japan appointed Ambassador Kenji Sato as its first cyber ambassador in May.", {"Kenji Sato affiliated_with Japan 2025-05"}, {}},
      // the head of another body named after the title is not the appointing body's
      {"The Swiss Federal Council appointed Beatrice Amsler as director of the Federal Office for Cyber Security.",
       {},
       {"Beatrice Amsler leads Swiss Federal Council", "Beatrice Amsler affiliated_with Swiss Federal Council"}},
      // a body the sentence set up is "its"
      {"Europol opened a Cyber Liaison Office in Brisbane and appointed Tom Reilly as its director.",
       {},
       {"Tom Reilly leads Europol"}},
  });
}

TEST_CASE("s24: a person who joins or will join a body serves it", "[relate][roles][s24]") {
  check_relation_rows({
      {"Dr Ieva Kalnina joins CERT.LV as deputy director.", {"Ieva Kalnina affiliated_with CERT.LV"}, {}},
      {"Dr Ieva Kalnina will join CERT.LV as deputy director in September.", {"Ieva Kalnina affiliated_with CERT.LV 2025-09"}, {}},
      // a nation that joins is a member, no person's post
      {"Latvia joins the Tallinn Mechanism.", {}, {"Latvia affiliated_with Tallinn Mechanism"}},
  });
}

TEST_CASE("s24: unnamed ministers and leaders of named nations stand for their nations", "[relate][s24]") {
  check_relation_rows({
      {"Latvian and Estonian defence ministers met in Riga on Monday.", {"Estonia met_with Latvia 2025-06-16"}, {}},
      {"The Latvian and Estonian ministers met in Riga on Monday. The two ministers also signed the Riga Memorandum on Cyber Training.",
       {"Estonia met_with Latvia 2025-06-16", "Estonia party_to Riga Memorandum on Cyber Training",
        "Latvia party_to Riga Memorandum on Cyber Training"},
       {}},
      // a nation's unnamed leaders met by a named person: the person met the nation
      {"Tomas Berg met Latvian leaders in Riga on Monday.", {"Tomas Berg met_with Latvia 2025-06-16"}, {}},
  });
}

TEST_CASE("s24: agreeing to step up, bolster or broaden cooperation is cooperating", "[relate][s24]") {
  check_relation_rows({
      {"The European Union and Japan agreed on Tuesday to step up cooperation against cyber attacks.",
       {"Japan cooperates_with European Union 2025-06-17"},
       {}},
      {"Estonia and Finland bolstered their cyber cooperation in May.", {"Estonia cooperates_with Finland 2025-05"}, {}},
      // cooperation only urged by others is not agreed
      {"Analysts urged Estonia and Finland to step up cooperation.", {}, {"Estonia cooperates_with Finland"}},
  });
}

TEST_CASE("s24: lower-case words qualifying a title after a body's or nation's name, then the person", "[relate][roles][s24]") {
  check_relation_rows({
      {"EU foreign policy chief Kaja Lind spoke on Monday.", {"Kaja Lind leads European Union"}, {}},
      {"Estonian cyber ambassador Tiit Kask spoke on Monday.", {"Tiit Kask affiliated_with Estonia"}, {"Tiit Kask leads Estonia"}},
      {"Japanese police official Hiroshi Tanabe spoke on Monday.", {"Hiroshi Tanabe affiliated_with Japan"}, {}},
      // a deputy among the qualifying words serves, not leads
      {"Lithuania's deputy defence minister Darius Jankauskas spoke on Monday.",
       {"Darius Jankauskas affiliated_with Lithuania"},
       {"Darius Jankauskas leads Lithuania"}},
  });
}

TEST_CASE("s24: two parties that held their first staff talks met", "[relate][s24]") {
  check_relation_rows({
      {"Singapore's Cyber Security Agency (CSA) hosted the talks. CSA and Vietnam's Authority of Information Security held their "
       "first staff talks in Hanoi in March 2024.",
       {"Singapore's Cyber Security Agency met_with Vietnam's Authority of Information Security 2024-03"},
       {}},
      // one party's talks with another are read by the patterns of 'with'
      {"Estonia held the first round of talks in Tallinn in May.", {}, {"Estonia met_with Tallinn"}},
  });
}

TEST_CASE("s24: a reported fact the sentence denies is no fact", "[relate][s24]") {
  check_relation_rows({
      {"Reports that Albania had joined the Adriatic Cyber Alliance were denied by the ministry.",
       {},
       {"Albania member_of Adriatic Cyber Alliance"}},
      {"The ministry denied reports that Albania had joined the Adriatic Cyber Alliance.",
       {},
       {"Albania member_of Adriatic Cyber Alliance"}},
      // a confirmed report stands
      {"Reports that Albania had joined the Adriatic Cyber Alliance were confirmed by the ministry.",
       {"Albania member_of Adriatic Cyber Alliance"},
       {}},
  });
}

TEST_CASE("s24: a line that links another story states no fact here", "[relate][s24]") {
  check_relation_rows({
      {"Read more: Estonia hosts Locked Shields for the 15th time", {}, {"Estonia organises Locked Shields"}},
      {"Related: Latvia joins the Tallinn Mechanism", {}, {"Latvia member_of Tallinn Mechanism"}},
      // the same words in the story's own sentence state the fact
      {"Estonia hosted Locked Shields for the 15th time in April.", {"Estonia organises Locked Shields 2025-04"}, {}},
  });
}
