// Sentence shapes journalists use that the plain "S verb O" patterns miss:
// companions ("alongside", "together with"), a title before "of" then the
// person, a body described by its owner in an apposition, appositions
// placing an event, "at the invitation of", "attended by", cooperation
// without an object, an envoy of "its". Table-driven: each row is a text,
// its publication date, the relations it must give and those it must not.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

struct Shape {
  std::string text;
  std::optional<Date> published;
  std::vector<std::string> want;
  std::vector<std::string> not_want;
};

void check_shapes(const std::vector<Shape>& shapes) {
  for (const auto& s : shapes) {
    auto r = relations_of(s.text, s.published);
    INFO(s.text);
    for (const auto& w : s.want) {
      INFO("wanted: " << w);
      CHECK(has(r, w));
    }
    for (const auto& w : s.not_want) {
      INFO("not wanted: " << w);
      CHECK_FALSE(has(r, w));
    }
  }
}

const Date kJune{2025, 6, 18};

}  // namespace

TEST_CASE("companions after the object did the same as the subject", "[relate][shapes][recall]") {
  check_shapes({
      {"Lithuania's National Cyber Security Centre organised Cyber Flag alongside the Lithuanian Armed Forces.",
       {},
       {"Lithuania's National Cyber Security Centre organises Cyber Flag", "Lithuanian Armed Forces organises Cyber Flag"},
       {"Cyber Flag organises Lithuanian Armed Forces"}},
      {"Estonian and Latvian teams competed alongside Polish and Ukrainian observers in Cyber Flag.",
       {},
       {"Estonia participates_in Cyber Flag", "Latvia participates_in Cyber Flag", "Poland participates_in Cyber Flag",
        "Ukraine participates_in Cyber Flag"},
       {}},
      {"Cyber Coalition was organised by NATO together with CERT.LV in November.",
       {},
       {"North Atlantic Treaty Organization organises Cyber Coalition", "CERT.LV organises Cyber Coalition"},
       {}},
      // an event beside the organiser is not a second organiser
      {"Locked Shields was organised by NATO alongside the Singapore International Cyber Week.",
       {},
       {"North Atlantic Treaty Organization organises Locked Shields"},
       {"Singapore International Cyber Week organises Locked Shields"}},
  });
}

TEST_CASE("the head of a body, then the person: the person acts", "[relate][shapes][recall]") {
  check_shapes({
      {"Vilma Rudyte, director of the centre, said the teams had trained. The head of CERT.LV, Arturs Liepa, met with Rudyte after the session.",
       {},
       {"Arturs Liepa leads CERT.LV", "Arturs Liepa met_with Vilma Rudyte"},
       {"CERT.LV met_with Vilma Rudyte"}},
      {"Vilma Rudyte, director of the centre, said the teams had trained. The Director of the CCDCOE, Colonel Mart Kask, met with Rudyte.",
       {},
       {"Mart Kask leads NATO Cooperative Cyber Defence Centre of Excellence", "Mart Kask met_with Vilma Rudyte"},
       {"NATO Cooperative Cyber Defence Centre of Excellence met_with Vilma Rudyte"}},
  });
}

TEST_CASE("an apposition naming the owner of a body makes it part of the owner", "[relate][shapes][recall]") {
  check_shapes({
      {"NATO ran the drill. It is organised by Allied Command Transformation (ACT), the alliance's command based in "
       "Norfolk, Virginia.",
       {},
       {"Allied Command Transformation part_of North Atlantic Treaty Organization",
        "Allied Command Transformation located_in Norfolk"},
       {"North Atlantic Treaty Organization located_in Norfolk"}},
      // a possessive after a comma may open the reporting clause: no apposition
      {"Peru joined NATO, Chile's defence ministry said on Friday.",
       {},
       {},
       {"North Atlantic Treaty Organization part_of Chile"}},
  });
}

TEST_CASE("events are placed by appositions and by a place right after their name", "[relate][shapes][recall]") {
  check_shapes({
      {"Teams from Chile took part in Cyber Flag, a four-day exercise held in Arequipa from 3 to 7 June.",
       kJune,
       {"Cyber Flag located_in Arequipa 2025-06-03", "Chile participates_in Cyber Flag 2025-06-03"},
       {}},
      {"Officials will meet again at Cyber Coalition in Tartu.", {}, {"Cyber Coalition located_in Tartu"}, {}},
  });
}

TEST_CASE("meetings: at the invitation of, met for an event, attended by", "[relate][shapes][recall]") {
  check_shapes({
      {"Finnish Defence Minister Ilkka Saarinen travelled to Tallinn at the invitation of his Estonian counterpart, "
       "Margus Veski.",
       {},
       {"Ilkka Saarinen met_with Margus Veski", "Ilkka Saarinen affiliated_with Finland"},
       {}},
      {"Ministers of Chile and Peru met in Lima on Monday for the Lima Cyber Summit.",
       Date{2025, 3, 27},
       {"Chile participates_in Lima Cyber Summit 2025-03-24", "Peru participates_in Lima Cyber Summit 2025-03-24"},
       {}},
      {"Cyber Flag was attended by officials from Chile and Peru in June.",
       kJune,
       {"Chile participates_in Cyber Flag 2025-06", "Peru participates_in Cyber Flag 2025-06"},
       {}},
  });
}

TEST_CASE("cooperation without an object, and an envoy of 'its'", "[relate][shapes][recall]") {
  check_shapes({
      {"Chile and Peru have cooperated on cyber defence since 2018.",
       {},
       {"Chile cooperates_with Peru 2018"},
       {}},
      {"Chile has cooperated on cyber defence since 2018.", {}, {}, {"Chile cooperates_with Peru 2018"}},
      {"Cyber Flag opened in Lima. Finland was represented by its ambassador, Sanna Koivu.",
       {},
       {"Sanna Koivu affiliated_with Finland"},
       {}},
  });
}

TEST_CASE("what did not happen stays out", "[relate][shapes][recall][precision]") {
  check_shapes({
      {"Latvia plans to join the CCDCOE, the minister said. Lithuania declined to sign the Vilnius Charter.",
       {},
       {},
       {"Latvia member_of NATO Cooperative Cyber Defence Centre of Excellence", "Lithuania party_to Vilnius Charter"}},
      {"Germany was invited to Cyber Flag but did not send a team. Chile would take part in Locked Shields if asked.",
       {},
       {},
       {"Germany participates_in Cyber Flag", "Chile participates_in Locked Shields"}},
  });
}

TEST_CASE("a group of nations the lexicon names stands for those of them the document names", "[relate][shapes][recall]") {
  check_shapes({
      {"All three Baltic countries took part in Cyber Flag. Lithuania's army ran it, and Latvia and Estonia sent teams.",
       {},
       {"Estonia participates_in Cyber Flag", "Latvia participates_in Cyber Flag", "Lithuania participates_in Cyber Flag"},
       {}},
      {"The Nordic states signed the Oslo Charter on Tuesday. Norway and Sweden drafted it.",
       Date{2025, 3, 27},
       {"Norway party_to Oslo Charter 2025-03-25", "Sweden party_to Oslo Charter 2025-03-25"},
       {"Finland party_to Oslo Charter 2025-03-25"}},
      // a count smaller than the members named is not that group
      {"Estonia, Latvia and Lithuania met. The two Baltic countries signed the Oslo Charter.",
       {},
       {},
       {"Estonia party_to Oslo Charter"}},
  });
}

TEST_CASE("a month before the publication month in a sentence about the future is the coming one", "[relate][dating][recall]") {
  const Date november{2025, 11, 13};
  check_shapes({
      {"Estonia will host Locked Shields in June.", november, {"Estonia organises Locked Shields 2026-06"}, {}},
      // a past form in the sentence: the June that was
      {"Latvia hosted Cyber Flag in June and will host it again in 2027.",
       november,
       {"Latvia organises Cyber Flag 2025-06", "Latvia organises Cyber Flag 2027"},
       {"Latvia organises Cyber Flag 2026-06"}},
      // a month after the publication month stays in its year
      {"Chile will host Cyber Coalition in December.", november, {"Chile organises Cyber Coalition 2025-12"}, {}},
  });
}

TEST_CASE("accession, being among the participants, speaking at an event", "[relate][shapes][recall]") {
  const Date may{2025, 5, 16};
  check_shapes({
      {"Sweden completed its accession to NATO in March 2024.", may,
       {"Sweden member_of North Atlantic Treaty Organization 2024-03"}, {}},
      {"NATO thanked Finland. Finland's accession to the alliance was completed last year.", may,
       {"Finland member_of North Atlantic Treaty Organization 2024"}, {}},
      {"Chile was among the 12 nations that took part in Locked Shields.", may, {"Chile participates_in Locked Shields"}, {}},
      {"Speaking at Cyber Coalition on Tuesday, Jonas Berg said the threat was growing.", may,
       {"Jonas Berg participates_in Cyber Coalition 2025-05-13"}, {}},
  });
}

TEST_CASE("joint verbs and deals: co-hosted with, joined forces with, inked a deal with", "[relate][shapes][recall]") {
  const Date may{2025, 5, 16};
  check_shapes({
      {"Japan co-hosted Cyber Flag with Australia last week.", may,
       {"Japan organises Cyber Flag 2025-05", "Australia organises Cyber Flag 2025-05"}, {}},
      {"Peru jointly organised Locked Shields with Chile.", may,
       {"Peru organises Locked Shields", "Chile organises Locked Shields"}, {}},
      {"Peru joined forces with Ecuador earlier this month.", may, {"Peru cooperates_with Ecuador 2025-05"}, {}},
      {"Kenya inked a cyber deal with Ghana on Monday.", may, {"Kenya cooperates_with Ghana 2025-05-12"}, {}},
      // "with" after a plain verb is no companion
      {"Kenya hosted Cyber Flag with great success.", may, {"Kenya organises Cyber Flag"}, {}},
  });
}

TEST_CASE("visits, homes, gatherings and 'whose commander'", "[relate][shapes][recall]") {
  const Date sept{2025, 9, 19};
  check_shapes({
      {"Estonian Defence Minister Kaido Rebane received a South Korean delegation led by Vice Minister Jonas Berg in "
       "Tallinn on 16 September.",
       sept,
       {"Kaido Rebane met_with Jonas Berg 2025-09-16", "Kaido Rebane affiliated_with Estonia"},
       {}},
      {"South Korea, a contributing participant of the NATO CCDCOE since 2022, sent a team to Cyber Flag.", sept,
       {"South Korea member_of NATO Cooperative Cyber Defence Centre of Excellence 2022"}, {}},
      {"Estonia is home to the CCDCOE.", sept, {"NATO Cooperative Cyber Defence Centre of Excellence located_in Estonia"}, {}},
      {"Specialists gathered in Hammelburg this week for Cyber Coalition.", sept, {"Cyber Coalition located_in Hammelburg 2025-09"}, {}},
      {"Cyber Coalition is run by the Bundeswehr's Cyber Command (CIR), whose commander, Lieutenant General Markus "
       "Kessel, opened it.",
       sept,
       {"Markus Kessel leads Bundeswehr's Cyber Command"},
       {}},
      {"Latvia, like fellow NATO members Estonia and Lithuania, took part. The Netherlands and Belgium each sent a team "
       "to Cyber Flag.",
       sept,
       {"Estonia member_of North Atlantic Treaty Organization", "Lithuania member_of North Atlantic Treaty Organization",
        "Netherlands participates_in Cyber Flag", "Belgium participates_in Cyber Flag"},
       {"Latvia member_of North Atlantic Treaty Organization"}},
      {"Poland held a phone call with Finland on Monday.", sept, {"Poland met_with Finland 2025-09-15"}, {}},
  });
}

TEST_CASE("off-genre text with the new shapes' words gives no exercise, event, membership or cooperation",
          "[relate][shapes][recall][precision]") {
  auto r = relations_of(
      "Spain co-hosted the football tournament with Portugal last summer. Fans gathered in Madrid for the final. "
      "Brazil was among the favourites, alongside Argentina. The city is home to two big clubs. Germany joined forces "
      "with a charity to fund pitches. Chile, whose coach resigned, lost to Peru.",
      Date{2025, 9, 19});
  std::vector<std::string> wrong;
  for (const auto& line : r)
    for (const char* type : {" organises ", " participates_in ", " member_of ", " cooperates_with ", " met_with ",
                             " located_in ", " leads "})
      if (line.find(type) != std::string::npos) wrong.push_back(line);
  CHECK(wrong == std::vector<std::string>{});
}

TEST_CASE("states that have held since a date, and partners", "[relate][shapes][recall]") {
  const Date june{2024, 6, 14};
  check_shapes({
      {"Chile has been a member of NATO since 2004.", june, {"Chile member_of North Atlantic Treaty Organization 2004"}, {}},
      {"Jonas Berg has been director of CERT.LV since 2020.", june, {"Jonas Berg leads CERT.LV 2020"}, {}},
      {"Chile and Peru have been partners since 2015.", june, {"Chile cooperates_with Peru 2015"}, {}},
      {"NATO thanked Ghana. Finland and Sweden, the alliance's newest members, were invited.", june,
       {"Finland member_of North Atlantic Treaty Organization", "Sweden member_of North Atlantic Treaty Organization"}, {}},
      {"Kenya, a close partner of Ghana, took part.", june, {"Kenya cooperates_with Ghana"}, {}},
  });
}

TEST_CASE("a time right after the object does not make the object a modifier", "[relate][shapes][recall]") {
  const Date may{2024, 5, 16};
  check_shapes({
      {"Chile joined NATO yesterday.", may, {"Chile member_of North Atlantic Treaty Organization 2024-05-15"}, {}},
      {"Chile joined NATO late last year.", may, {"Chile member_of North Atlantic Treaty Organization 2023"}, {}},
      {"Chile joined NATO two weeks ago.", may, {"Chile member_of North Atlantic Treaty Organization 2024-05"}, {}},
      // a noun after the name still makes it a modifier
      {"Chile joined NATO cyber exercises.", may, {}, {"Chile member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("results, hosts named in a relative clause, meetings on the sidelines", "[relate][shapes][recall]") {
  const Date march{2025, 3, 27};
  check_shapes({
      {"The head of the Norwegian National Security Authority (NSM), Jonas Berg, met with Danish officials.", march,
       {"Jonas Berg leads Norwegian National Security Authority", "Jonas Berg met_with Denmark"},
       {"Norwegian National Security Authority met_with Denmark"}},
      {"Finland won Locked Shields for the second time. Sweden finished second in Cyber Coalition.", march,
       {"Finland participates_in Locked Shields", "Sweden participates_in Cyber Coalition"}, {}},
      {"Cyber Flag, which Japan hosts every year, opened in Osaka.", march, {"Japan organises Cyber Flag"}, {}},
      {"Jonas Berg met Danish officials on the sidelines of the Lima Cyber Summit.", march,
       {"Jonas Berg participates_in Lima Cyber Summit"}, {}},
  });
}

TEST_CASE("'the following day', 'two days later' count from the latest day an earlier sentence gave",
          "[relate][dating][recall]") {
  const Date sept{2025, 9, 19};
  check_shapes({
      {"Ministers met in Tallinn on 16 September. Estonia sent a team to Cyber Flag the following day. Two days later, "
       "Latvia joined NATO.",
       sept,
       {"Estonia participates_in Cyber Flag 2025-09-17", "Latvia member_of North Atlantic Treaty Organization 2025-09-19"},
       {}},
      // no earlier day: nothing to count from, no date
      {"Estonia sent a team to Cyber Flag the following day.", sept, {"Estonia participates_in Cyber Flag"},
       {"Estonia participates_in Cyber Flag 2025-09-20"}},
  });
}

TEST_CASE("observing an exercise is taking part, observing that is not", "[relate][shapes][recall]") {
  check_shapes({
      {"Cyber Flag opened in Lima. Singapore observed the drill. Officials from Kenya observed the exercise.",
       {},
       {"Singapore participates_in Cyber Flag", "Kenya participates_in Cyber Flag"},
       {}},
      {"Cyber Flag opened in Lima. Chile observed that the drill was hard.", {}, {}, {"Chile participates_in Cyber Flag"}},
  });
}
