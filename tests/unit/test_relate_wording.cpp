// Other writers' wording of membership, leadership, affiliation and
// participation: plural and possessive member nouns, "the alliance's 32
// members include", "as the bloc's newest member", "acceded to", "X, of
// which Y is a member", "led by" in an apposition, "chief executive of",
// "Y of the University", "one of 40 nations taking part in". Each row: a
// text, the relations it must give and those it must not.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

struct Row {
  std::string text;
  std::vector<std::string> want;
  std::vector<std::string> not_want;
};

void check_rows(const std::vector<Row>& rows) {
  for (const auto& row : rows) {
    auto r = relations_of(row.text, Date{2025, 6, 18});
    INFO(row.text);
    for (const auto& w : row.want) {
      INFO("wanted: " << w);
      CHECK(has(r, w));
    }
    for (const auto& w : row.not_want) {
      INFO("not wanted: " << w);
      CHECK_FALSE(has(r, w));
    }
  }
}

const std::string kNato = "North Atlantic Treaty Organization";
const std::string kEu = "European Union";

}  // namespace

TEST_CASE("membership worded through the organisation's members", "[relate][wording][member_of]") {
  check_rows({
      {"NATO leaders met in Vilnius. The alliance's 32 members include Finland and Sweden.",
       {"Finland member_of " + kNato, "Sweden member_of " + kNato},
       {}},
      {"The European Union, whose members include Austria and Ireland, adopted the rules.",
       {"Austria member_of " + kEu, "Ireland member_of " + kEu},
       {}},
      {"NATO's eastern flank members Poland and Romania asked for more troops.",
       {"Poland member_of " + kNato, "Romania member_of " + kNato},
       {}},
      {"Among NATO's members, Turkey has the second-largest army.", {"Türkiye member_of " + kNato}, {}},
      {"NATO member states such as Romania and Bulgaria increased spending.",
       {"Romania member_of " + kNato, "Bulgaria member_of " + kNato},
       {}},
      {"The 27 EU member states, including Malta, agreed the budget.", {"Malta member_of " + kEu}, {}},
      {"NATO, which includes Estonia and Latvia, met in Vilnius.",
       {"Estonia member_of " + kNato, "Latvia member_of " + kNato},
       {}},
      {"The EU has 27 member states, including Austria.", {"Austria member_of " + kEu}, {}},
  });
}

TEST_CASE("membership worded through the member", "[relate][wording][member_of]") {
  check_rows({
      {"NATO leaders met in Vilnius. Sweden attended as the alliance's newest member.", {"Sweden member_of " + kNato}, {}},
      {"NATO leaders met in Vilnius. Albania acceded to the alliance in 2009.", {"Albania member_of " + kNato + " 2009"}, {}},
      {"Hungary's membership of the European Union has been tense.", {"Hungary member_of " + kEu}, {}},
      {"Iceland, one of NATO's founding members, has no army.", {"Iceland member_of " + kNato}, {}},
      {"Portugal is one of the founding members of NATO.", {"Portugal member_of " + kNato}, {}},
      {"NATO leaders met in Vilnius. Estonia has been a NATO member since 2004.", {"Estonia member_of " + kNato + " 2004"}, {}},
      {"NATO leaders met in Vilnius. Latvia is a member state of NATO.", {"Latvia member_of " + kNato}, {}},
      {"Finland became NATO's 31st member in April 2023.", {"Finland member_of " + kNato + " 2023-04"}, {}},
      {"Sweden officially became the 32nd member of NATO on 7 March 2024.", {"Sweden member_of " + kNato + " 2024-03-07"}, {}},
      {"The EU adopted new rules. Croatia, the bloc's newest member, abstained.", {"Croatia member_of " + kEu}, {}},
      {"NATO leaders met in Vilnius. As NATO members, Estonia and Latvia pledged more troops.",
       {"Estonia member_of " + kNato, "Latvia member_of " + kNato},
       {}},
      {"Estonia and Latvia, both NATO members, signed the pledge.", {"Estonia member_of " + kNato, "Latvia member_of " + kNato}, {}},
      {"NATO leaders met in Vilnius. Ireland is the latest country to join the alliance.", {"Ireland member_of " + kNato}, {}},
      {"NATO leaders met in Vilnius. The EU, of which Estonia is a member, sent observers.", {"Estonia member_of " + kEu}, {}},
      {"NATO, which Finland joined in April 2023, met in Vilnius.", {"Finland member_of " + kNato + " 2023-04"}, {}},
      {"NATO formally welcomed Sweden into the alliance in March 2024.", {"Sweden member_of " + kNato + " 2024-03"}, {}},
      {"NATO met. A member of the alliance since 2004, Latvia hosts a battlegroup.", {"Latvia member_of " + kNato + " 2004"}, {}},
      {"The Quad, made up of Japan, India, Australia and the United States, met in Tokyo.",
       {"Japan member_of Quadrilateral Security Dialogue", "India member_of Quadrilateral Security Dialogue"},
       {}},
  });
}

TEST_CASE("membership that is hoped for or denied stays out", "[relate][wording][member_of]") {
  check_rows({
      {"NATO leaders met in Vilnius. Ukraine hopes to become a member of the alliance.", {}, {"Ukraine member_of " + kNato}},
      {"NATO leaders met in Vilnius. Ukraine is not a member of the alliance.", {}, {"Ukraine member_of " + kNato}},
      {"Austria is not a member of NATO.", {}, {"Austria member_of " + kNato}},
  });
}

TEST_CASE("leaders and staff in other writers' wording", "[relate][wording][leads]") {
  const std::string enisa = "European Union Agency for Cybersecurity";
  const std::string ccdcoe = "NATO Cooperative Cyber Defence Centre of Excellence";
  check_rows({
      {"Colonel Juhan Lepassaar arrived. ENISA's executive director Juhan Lepassaar spoke.", {"Juhan Lepassaar leads " + enisa}, {}},
      {"Colonel Juhan Lepassaar arrived. ENISA Executive Director Juhan Lepassaar spoke.", {"Juhan Lepassaar leads " + enisa}, {}},
      {"The CCDCOE, led by Colonel Mart Kask, trains experts.", {"Mart Kask leads " + ccdcoe}, {}},
      {"Ciaran Martin, chief executive of the National Cyber Security Centre, spoke.",
       {"Ciaran Martin leads National Cyber Security Centre"},
       {}},
      {"Colonel Juhan Lepassaar, commander of the Estonian Defence Forces since 2023, spoke.",
       {"Juhan Lepassaar leads Estonian Defence Forces 2023"},
       {}},
      {"Dr. Ian Levy arrived. Levy of the University of Tartu spoke.", {"Ian Levy affiliated_with University of Tartu"}, {}},
      {"Dr. Ian Levy arrived. Levy, who works for Recorded Future, spoke.", {"Ian Levy affiliated_with Recorded Future"}, {}},
      // leading it is more than working there: one edge, the stronger
      {"Colonel Anna Berg of the University of Tartu spoke. Anna Berg, the head of the University of Tartu, said so.",
       {"Anna Berg leads University of Tartu"},
       {"Anna Berg affiliated_with University of Tartu"}},
  });
}

TEST_CASE("taking part and organising in other writers' wording", "[relate][wording][participates_in]") {
  check_rows({
      {"Finland was one of 40 nations taking part in Locked Shields.", {"Finland participates_in Locked Shields"}, {}},
      {"Locked Shields, which drew 40 countries including Finland, ended on Friday.",
       {"Finland participates_in Locked Shields 2025-06-13"},
       {}},
      {"ENISA was among the organisations at the Cyber Summit 2025.",
       {"European Union Agency for Cybersecurity participates_in Cyber Summit 2025"},
       {}},
      {"Participants in Locked Shields included Finland and Sweden.",
       {"Finland participates_in Locked Shields", "Sweden participates_in Locked Shields"},
       {}},
      {"Colonel Anna Berg led the Finnish team at Locked Shields.", {"Anna Berg participates_in Locked Shields"}, {}},
      {"The Finnish delegation to the Cyber Summit 2025 was led by Colonel Anna Berg.",
       {"Anna Berg participates_in Cyber Summit 2025"},
       {}},
      {"Colonel Anna Berg delivered a keynote at the Cyber Summit 2025.", {"Anna Berg participates_in Cyber Summit 2025"}, {}},
      {"Finland co-organised Locked Shields with Estonia.", {"Finland organises Locked Shields"}, {}},
      {"Locked Shields is organised annually by the CCDCOE.",
       {"NATO Cooperative Cyber Defence Centre of Excellence organises Locked Shields"},
       {}},
  });
}

TEST_CASE("dates placed between the subject and its verb, or in the event's own clause", "[relate][wording][dating]") {
  check_rows({
      // published Wednesday 2025-06-18: "on Monday" is the 16th
      {"Estonia and Finland on Monday signed the Tallinn Cyber Accord.",
       {"Estonia party_to Tallinn Cyber Accord 2025-06-16", "Finland party_to Tallinn Cyber Accord 2025-06-16"},
       {}},
      {"Finland, in April 2023, joined NATO.", {"Finland member_of " + kNato + " 2023-04"}, {}},
      // a name followed by a time and a verb-like word that is no verb of its own: the name stays an object
      {"Estonia signed the Tallinn Cyber Accord in 2019 establishing a joint centre.",
       {"Estonia party_to Tallinn Cyber Accord 2019"},
       {}},
      {"The Estonian Defence Forces organised the Cyber Spear exercise, which took place on 4 May.",
       {"Estonian Defence Forces organises Cyber Spear 2025-05-04"},
       {}},
      {"Locked Shields & Cyber Coalition are drills the CCDCOE runs. Finland joined Locked Shields & Cyber Coalition in 2023.",
       {"Finland participates_in Locked Shields 2023", "Finland participates_in Cyber Coalition 2023"},
       {}},
  });
}

TEST_CASE("parties to an agreement in other writers' wording", "[relate][wording][party_to]") {
  const std::string accord = "Tallinn Cyber Accord";
  check_rows({
      {"Estonia became a signatory to the Tallinn Cyber Accord in 2019.", {"Estonia party_to " + accord + " 2019"}, {}},
      {"Estonia and Japan are parties to the Tallinn Cyber Accord.",
       {"Estonia party_to " + accord, "Japan party_to " + accord},
       {}},
      {"The Tallinn Cyber Accord between Estonia and Japan was signed on Tuesday.",
       {"Estonia party_to " + accord + " 2025-06-17", "Japan party_to " + accord + " 2025-06-17"},
       {}},
      {"Estonia adhered to the Tallinn Cyber Accord in 2003.", {"Estonia party_to " + accord + " 2003"}, {}},
      {"The Tallinn Cyber Accord, which Estonia ratified in 2003, is the main treaty.", {"Estonia party_to " + accord + " 2003"}, {}},
      {"Signatories of the Tallinn Cyber Accord include Estonia and Japan.",
       {"Estonia party_to " + accord, "Japan party_to " + accord},
       {}},
      {"Estonia, a signatory of the Tallinn Cyber Accord, backed the proposal.", {"Estonia party_to " + accord}, {}},
      {"Estonia and Japan inked the Tallinn Cyber Accord on Tuesday.",
       {"Estonia party_to " + accord + " 2025-06-17", "Japan party_to " + accord + " 2025-06-17"},
       {}},
      {"Estonia will sign the Tallinn Cyber Accord next year.", {}, {"Estonia party_to " + accord}},
      {"Estonia is not a party to the Tallinn Cyber Accord.", {}, {"Estonia party_to " + accord}},
  });
}
