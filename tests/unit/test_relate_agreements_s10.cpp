// Agreements reported the way news writes them (session 10): a document
// described first ("a memorandum of understanding on X") and titled a
// sentence or two later is one agreement, known by its title; a compact is
// an agreement. Each row: a text, the relations it must give and those it
// must not (paraphrase_rows.hpp), read as published on 20 May 2026.
#include <algorithm>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

const Date kMay{2026, 5, 20};

bool has_entity(const std::string& text, const std::string& label) {
  auto names = entity_names(analyse(text));
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return n == label + ":Agreement"; });
}

}  // namespace

TEST_CASE("a described agreement titled later is the titled one", "[relate][agreements_s10]") {
  const std::string titled =
      "Peru and Ecuador signed a memorandum of understanding on border cyber security on Monday. The document, "
      "formally titled the Andean Cyber Shield Memorandum, commits both armies to share alerts.";
  check_relation_rows({{titled,
               {"Peru party_to Andean Cyber Shield Memorandum 2026-05-18", "Ecuador party_to Andean Cyber Shield Memorandum 2026-05-18"},
               {"Peru party_to memorandum of understanding on border cyber security 2026-05-18"}}}, kMay);
  CHECK_FALSE(has_entity(titled, "memorandum of understanding on border cyber security"));
  CHECK(has_entity(titled, "Andean Cyber Shield Memorandum"));
}

TEST_CASE("a title given by 'the arrangement, officially named' takes the description before it", "[relate][agreements_s10]") {
  const std::string text =
      "Kenya and Uganda signed a memorandum of understanding in Nairobi on Tuesday. The arrangement, officially "
      "named the Lake Victoria Incident Sharing Arrangement, takes effect in July.";
  check_relation_rows({{text, {"Kenya party_to Lake Victoria Incident Sharing Arrangement 2026-05-19"}, {}}}, kMay);
  CHECK_FALSE(has_entity(text, "memorandum of understanding"));
}

TEST_CASE("the one title with the description's head noun, written soon after, is the same document", "[relate][agreements_s10]") {
  const std::string text =
      "Norway and Iceland signed a joint declaration on Arctic cyber defence on Friday. Officials in both capitals "
      "welcomed the step. The Reykjavik Cyber Defence Declaration foresees a common response team.";
  check_relation_rows({{text, {"Iceland party_to Reykjavik Cyber Defence Declaration 2026-05-15"}, {}}}, kMay);
  CHECK_FALSE(has_entity(text, "joint declaration on Arctic cyber defence"));
  // "the Oslo-Reykjavik declaration" after the title points back to it
  const std::string back = text + " Analysts called the Oslo-Reykjavik declaration overdue.";
  CHECK(has_entity(back, "Reykjavik Cyber Defence Declaration"));
  CHECK_FALSE(has_entity(back, "Oslo-Reykjavik declaration"));
}

TEST_CASE("a described agreement stays its own when the title is another document", "[relate][agreements_s10]") {
  // the titled memorandum came years before: the new one is another document
  const std::string earlier =
      "Spain and Portugal signed the Iberian Cyber Memorandum in 2019. On Monday the two defence ministers signed "
      "a memorandum of understanding on cloud security in Lisbon.";
  CHECK(has_entity(earlier, "Iberian Cyber Memorandum"));
  CHECK(has_entity(earlier, "memorandum of understanding on cloud security"));
  // two titles of that head: which one is meant is not said
  const std::string two =
      "Chile and Peru signed a memorandum of understanding on port security on Monday. The Pacific Ports Memorandum "
      "and the Andean Skies Memorandum were both discussed.";
  CHECK(has_entity(two, "memorandum of understanding on port security"));
  // another head noun, with no naming words, is another document
  const std::string other =
      "Chile and Peru signed a memorandum of understanding on port security on Monday. They also discussed the "
      "Pacific Ports Agreement.";
  CHECK(has_entity(other, "memorandum of understanding on port security"));
}

TEST_CASE("a compact is an agreement", "[relate][agreements_s10]") {
  check_relation_rows({{"Finland and Estonia signed the Gulf of Finland Cyber Compact in Helsinki on Monday.",
               {"Finland party_to Gulf of Finland Cyber Compact 2026-05-18", "Estonia party_to Gulf of Finland Cyber Compact 2026-05-18"},
               {}}}, kMay);
}

TEST_CASE("an agreement named after its parties has them as parties when the text gives no other", "[relate][agreements_s10]") {
  check_relation_rows({
      // no party read from the signing sentence: the title gives both
      {"Chile's defence minister met her counterpart from Peru in Lima. On Monday the two ministers signed the "
       "Chile-Peru Cyber Defence Declaration.",
       {"Chile * Chile-Peru Cyber Defence Declaration", "Peru * Chile-Peru Cyber Defence Declaration"},
       {}},
      // one side read from the text, the other from the title, dated as the signing
      {"Hungary hosted the talks. Slovakia signed the Slovak-Hungarian Agreement on Cyber Defence on Monday.",
       {"Slovakia party_to Slovak-Hungarian Agreement on Cyber Defence 2026-05-18",
        "Hungary party_to Slovak-Hungarian Agreement on Cyber Defence 2026-05-18"},
       {}},
      // agencies signed it: the nations the title names are not its parties
      {"Estonia's RIA and Latvia's CERT.LV signed the Estonia-Latvia Incident Response Protocol on Monday.",
       {"CERT.LV party_to Estonia-Latvia Incident Response Protocol 2026-05-18"},
       {"Estonia party_to Estonia-Latvia Incident Response Protocol 2026-05-18",
        "Latvia party_to Estonia-Latvia Incident Response Protocol 2026-05-18"}},
  }, kMay);
  // a title opening with words that name no party ("Trans-Tasman") gives none
  check_relation_rows({{"Australia and New Zealand held talks. Officials praised the Trans-Tasman Cyber Response "
                        "Memorandum.",
                        {},
                        {"Australia * Trans-Tasman Cyber Response Memorandum"}}},
                      kMay);
}

TEST_CASE("bodies that will cooperate (with each other) cooperate", "[relate][agreements_s10]") {
  check_relation_rows({
      {"Under the deal, Finland and Estonia will cooperate closely on protecting undersea cables.",
       {"Finland cooperates_with Estonia"},
       {}},
      {"Officials said Norway, Denmark and Sweden will work together on a joint sensor network.",
       {"Norway cooperates_with Denmark", "Norway cooperates_with Sweden", "Denmark cooperates_with Sweden"},
       {}},
      {"CERT.LV will also cooperate more closely with NATO on ransomware trends.",
       {"CERT.LV cooperates_with North Atlantic Treaty Organization"},
       {}},
      // hedged or denied: no cooperation stated
      {"Finland and Estonia would cooperate on cables if funding allowed.", {}, {"Finland cooperates_with Estonia"}},
      {"Finland and Estonia will not cooperate on cables.", {}, {"Finland cooperates_with Estonia"}},
  }, kMay);
}

TEST_CASE("the Counter Ransomware Initiative is a grouping nations become members of", "[relate][agreements_s10]") {
  check_relation_rows({{"Peru and Ghana became the newest members of the International Counter Ransomware Initiative (CRI) on "
               "Tuesday.",
               {"Peru member_of Counter Ransomware Initiative 2026-05-19", "Ghana member_of Counter Ransomware Initiative 2026-05-19"},
               {}}}, kMay);
  auto names = entity_names(analyse("Chile joined the Counter Ransomware Initiative in 2024."));
  CHECK(has(names, "Counter Ransomware Initiative:Organisation"));
}

TEST_CASE("membership told by a participating member and by a second joiner who followed", "[relate][agreements_s10]") {
  check_relation_rows({
      {"The European Defence Agency was set up in 2004. Austria became a participating member in 2021.",
       {"Austria member_of European Defence Agency 2021"},
       {}},
      // the one who followed joined too, at a time of its own (not the first joiner's)
      {"Before Estonia joined NATO in 2004 and Montenegro followed in 2017, the forum met rarely.",
       {"Estonia member_of North Atlantic Treaty Organization 2004", "Montenegro member_of North Atlantic Treaty Organization"},
       {"Montenegro member_of North Atlantic Treaty Organization 2004"}},
  }, kMay);
}

TEST_CASE("companions listed with articles after the object all share the subject's relation", "[relate][agreements_s10]") {
  check_relation_rows({{"Norway and Denmark are both members of the Five Eyes alliance, alongside the United States, the United "
               "Kingdom and Canada.",
               {"Norway member_of Five Eyes", "United States member_of Five Eyes", "United Kingdom member_of Five Eyes",
                "Canada member_of Five Eyes"},
               {}}}, kMay);
}

TEST_CASE("a grouping's members listed between dashes after it are its members", "[relate][agreements_s10]") {
  check_relation_rows({
      {"Officers came from the Quad grouping \u2014 India, Japan, Australia and the United States \u2014 for the drill.",
       {"India member_of Quadrilateral Security Dialogue", "United States member_of Quadrilateral Security Dialogue"},
       {}},
      // a wire dateline's dash opens the story, no list of members
      {"TALLINN, May 3 (Reuters) - Lithuania, Latvia and Estonia - the three Baltic states - signed a declaration on Monday.",
       {},
       {"Lithuania member_of Reuters", "Estonia member_of Reuters"}},
  }, kMay);
}

TEST_CASE("an agreement inked or concluded by its parties", "[relate][agreements_s10]") {
  check_relation_rows({
      {"The Baltic Data Charter was inked by Estonia and Latvia on Monday.",
       {"Estonia party_to Baltic Data Charter 2026-05-18", "Latvia party_to Baltic Data Charter 2026-05-18"},
       {}},
      {"Spain and Morocco met in Rabat on Monday. The talks follow the Strait Security Framework concluded by the two "
       "countries in 2019.",
       {"Spain party_to Strait Security Framework 2019", "Morocco party_to Strait Security Framework 2019"},
       {}},
  }, kMay);
}

TEST_CASE("two titles of one agreement joined by 'known as' are one agreement", "[relate][agreements_s10]") {
  const std::string text =
      "Ghana ratified the West African Convention on Data Security, better known as the Accra Convention, on Tuesday.";
  CHECK(has_entity(text, "West African Convention on Data Security"));
  CHECK_FALSE(has_entity(text, "Accra Convention"));
  auto doc = analyse(text);
  bool alias = false;
  for (const auto& e : doc.entities)
    if (e.label == "West African Convention on Data Security")
      alias = std::find(e.names.begin(), e.names.end(), "Accra Convention") != e.names.end();
  CHECK(alias);
  check_relation_rows({{text, {"Ghana party_to West African Convention on Data Security 2026-05-19"}, {}}}, kMay);
}

TEST_CASE("a signing verb in a headline ends an agreement's modifiers", "[relate][agreements_s10]") {
  const std::string text =
      "- **CERT.LV, Interpol renew working arrangement** - CERT.LV and Interpol will cooperate more closely under a "
      "renewed arrangement signed in Lyon on 2 May.";
  CHECK_FALSE(has_entity(text, "Interpol renew working arrangement"));
  check_relation_rows({{text, {"CERT.LV cooperates_with Interpol 2026-05-02"}, {"CERT.LV party_to Interpol renew working arrangement"}}}, kMay);
}

TEST_CASE("the latest member state to ratify a text is no new member of anything", "[relate][agreements_s10]") {
  check_relation_rows({{"LONDON, 3 May 2026 (Harbour Post) - Kenya became the latest member state to ratify the "
                        "Nairobi Data Convention on Tuesday.",
                        {},
                        {"Kenya * Harbour Post"}}},
                      kMay);
  check_relation_rows({
      {"NATO welcomed its new ally in Brussels. Sweden became the 32nd member on Thursday.",
       {"Sweden member_of North Atlantic Treaty Organization 2026-05-14"},
       {}},
  }, kMay);
}

TEST_CASE("admitted, after a time, to a grouping (or its project)", "[relate][agreements_s10]") {
  check_relation_rows({
      {"Croatia was admitted on Monday to the Cyber Rapid Response Teams (CRRT) project.",
       {"Croatia member_of Cyber Rapid Response Teams 2026-05-18"},
       {}},
      {"Iceland was formally admitted last week into NATO.", {"Iceland member_of North Atlantic Treaty Organization 2026-05"}, {}},
  }, kMay);
}
