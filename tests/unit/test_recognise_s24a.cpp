// Titles, session 24: a deputy's word before a portfolio title ("Vice Defense Minister X",
// "Deputy Foreign Minister X") makes the whole a title held as a deputy; the deputy's
// word is no portfolio of its own. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "article_graph.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s24: a deputy's word before a portfolio title is the title of a deputy", "[recognise][roles][s24]") {
  check_relation_rows({
      {"South Korea's Vice Defense Minister Kim Young-soo met Tomas Berg in Seoul on Monday.",
       {"Kim Young-soo affiliated_with South Korea", "Kim Young-soo met_with Tomas Berg 2025-06-16"},
       {"Kim Young-soo leads South Korea"}},
      {"Latvia's Deputy Foreign Minister Anna Berg met Tomas Berg in Riga on Monday.",
       {"Anna Berg affiliated_with Latvia", "Anna Berg met_with Tomas Berg 2025-06-16"},
       {"Anna Berg leads Latvia"}},
      // the head's title keeps leading (a minister serves the nation and leads only a ministry, s29-f12)
      {"Latvia's Prime Minister Anna Berg met Tomas Berg in Riga on Monday.",
       {"Anna Berg leads Latvia"},
       {"Anna Berg affiliated_with Latvia"}},
      {"Latvia's Foreign Minister Anna Berg met Tomas Berg in Riga on Monday.",
       {"Anna Berg affiliated_with Latvia"},
       {"Anna Berg leads Latvia"}},
  });
}

TEST_CASE("s24: a deputy's word is no portfolio that finds the story's nation's minister", "[recognise][roles][s24]") {
  check_relation_rows({
      // "Vice" is not a portfolio: the bare deputy title names no nation's ministry,
      // and the nation of the people met is not the minister's
      {"Vice Minister Park Ji-hoon met Estonian officials in Tallinn on Monday.",
       {},
       {"Park Ji-hoon affiliated_with Estonia", "Park Ji-hoon leads Estonia"}},
  });
}

TEST_CASE("s24: US ranks written short, with their ordinal, are titles, not part of the name", "[recognise][roles][s24]") {
  for (const char* rank : {"Sgt. 1st Class", "Staff Sgt.", "Rear Adm.", "Command Sgt. Maj.", "Airman 1st Class",
                           "Petty Officer 2nd Class", "Spc.", "1st Lt."}) {
    auto g = article_graph(article(std::string(rank) + " Ana Lopez of the 91st Cyber Brigade spoke on Monday."));
    INFO(rank);
    CHECK(contains(typed_labels(g), "Ana Lopez:Person"));
    CHECK(contains(edge_lines(g), "Ana Lopez affiliated_with 91st Cyber Brigade"));
  }
  // the unit's own ordinal stays in the unit's name
  auto g = article_graph(article("Maj. Ana Lopez of the 2nd Cyber Battalion spoke on Monday."));
  CHECK(contains(typed_labels(g), "2nd Cyber Battalion:Organisation"));
}

TEST_CASE("s24: capitals that open a line and end at a bar are a section label", "[recognise][s24]") {
  auto g = article_graph("THE HARBOUR COURIER\nLOCAL NEWS | Tuesday, May 5, 2026\n\nGuard unit trains in Tallinn\n\n"
                         "By Dana Whitfield\n\nSoldiers of the 175th Cyber Group trained in Tallinn with Estonia's Cyber Command.\n");
  CHECK_FALSE(contains(node_labels(g), "LOCAL NEWS"));
  CHECK(contains(typed_labels(g), "175th Cyber Group:Organisation"));
  // a name the gazetteer knows before the bar stays a name
  auto known = article_graph(article("NATO | Brussels\n\nEstonia hosted talks."));
  CHECK(contains(typed_labels(known), "North Atlantic Treaty Organization:Organisation"));
}

TEST_CASE("s24: a body's complement that is only a known place lists no portfolio after it", "[recognise][s24]") {
  auto g = article_graph(article("The University of Tartu and Bursztyn Security signed a memorandum on Monday."));
  CHECK(contains(typed_labels(g), "University of Tartu:Organisation"));
  CHECK_FALSE(contains(node_labels(g), "University of Tartu and Bursztyn Security"));
  // a portfolio's own "and" stays in the name
  auto portfolio = article_graph(article("The Ministry of Foreign Affairs and Trade hosted the talks on Monday."));
  CHECK(contains(typed_labels(portfolio), "Ministry of Foreign Affairs and Trade:Organisation"));
}

TEST_CASE("s24: an office named after the title it serves is one organisation", "[recognise][s24]") {
  auto g = article_graph(article("The Cyber Security Agency of Singapore is part of the Prime Minister's Office."));
  CHECK(contains(typed_labels(g), "Prime Minister's Office:Organisation"));
  CHECK(contains(edge_lines(g), "Cyber Security Agency of Singapore part_of Prime Minister's Office"));
  auto spokesperson = article_graph(article("President's Office spokesperson Jan Tamm said Estonia joined the pact."));
  CHECK(contains(edge_lines(spokesperson), "Jan Tamm affiliated_with President's Office"));
  // a possessive after a nation or a person stays an owner
  auto owner = article_graph(article("Estonia's Cyber Command and Jan Tamm's Office met on Monday."));
  CHECK(contains(typed_labels(owner), "Estonia:Nation"));
  CHECK_FALSE(contains(node_labels(owner), "Estonia's Cyber Command and Jan Tamm's Office"));
}

TEST_CASE("s24: names with particles and joined articles are whole persons", "[recognise][s24]") {
  for (const char* name : {"Ana de la Fuente", "Ana María de la Fuente", "Ahmed al-Mansouri", "Omar el-Sayed"}) {
    INFO(name);
    auto g = article_graph(article(std::string(name) + " attended the talks in Tallinn on Monday."));
    CHECK(contains(typed_labels(g), std::string(name) + ":Person"));
  }
  auto titled = article_graph(article("Colonel Ahmed al-Mansouri of the UAE Cyber Security Council spoke on Monday."));
  CHECK(contains(edge_lines(titled), "Ahmed al-Mansouri affiliated_with UAE Cyber Security Council"));
  // a name joined to its article alone, lower-case, opens no span
  auto alone = article_graph(article("Fighters from al-Shabaab attacked the base on Monday."));
  CHECK(node_labels(alone, NodeType::Person).empty());
}

TEST_CASE("s24: a place's head word before an edition year names an exercise", "[recognise][s24]") {
  auto g = article_graph(article("Fiji and Tonga took part in Koro Sea 2025, a maritime cyber drill hosted by New Zealand."));
  CHECK(contains(typed_labels(g), "Koro Sea:Exercise"));
  CHECK(contains(edge_lines(g), "New Zealand organises Koro Sea"));
  // so does the exercise's noun closing the phrase after it
  auto noun = article_graph(article("Samoa sent a team to the Koro Sea exercise last week."));
  CHECK(contains(edge_lines(noun), "Samoa participates_in Koro Sea"));
  // without an edition or that noun the sea is a place
  auto place = article_graph(article("The drill was held near the Koro Sea in 2025."));
  CHECK(contains(typed_labels(place), "Koro Sea:Place"));
  auto area = article_graph(article("Troops used the Koro Sea training area in May."));
  CHECK(contains(typed_labels(area), "Koro Sea:Place"));
}

TEST_CASE("s24: a body's name alone on a line of an address block is that body", "[recognise][s24]") {
  auto g = article_graph(article("Croatia hosted the talks on Tuesday.\n\nContact:\nPublic Relations Service\n"
                                 "Ministry of Defence of the Republic of Croatia\nZagreb"));
  CHECK(contains(typed_labels(g), "Ministry of Defence of the Republic of Croatia:Organisation"));
  // a crosshead in title case with a verb names nothing
  auto crosshead = article_graph(article("Croatia hosted the talks on Tuesday.\n\nMinistry of Defence Opens New Cyber Centre\n\n"
                                         "Slovenia joined them."));
  CHECK(node_labels(crosshead, NodeType::Organisation).empty());
}

TEST_CASE("s24: honorifics and councillors' titles before a name are titles", "[recognise][roles][s24]") {
  for (const char* line : {"Her Excellency Dr. Rahma al-Harthi", "Sayyid Badr bin Hamad Al Busaidi", "Federal Councillor Urs Brunner",
                           "His Excellency Sheikh Nasser bin Ali Al Thani", "Councillor Maria Rossi", "Congresswoman Amy Lee"}) {
    INFO(line);
    std::string text(line);
    std::string name = text.substr(text.rfind(' ', text.find_last_of(' ') - 1) + 1);  // the last two words
    auto g = article_graph(article(text + " met Estonian officials in Tallinn on Monday."));
    auto people = node_labels(g, NodeType::Person);
    REQUIRE(people.size() == 1);
    CHECK(people[0].ends_with(name));
    CHECK(people[0].find("Excellency") == std::string::npos);
    CHECK(people[0].find("Council") == std::string::npos);
    CHECK(people[0].find("Congress") == std::string::npos);
  }
}

namespace {

// Each title before "Ana Lopez" is a title: the only person is Ana Lopez.
void check_titles_before_name(std::initializer_list<const char*> titles) {
  for (const char* title : titles) {
    INFO(title);
    auto g = article_graph(article(std::string("The team was led by ") + title + " Ana Lopez of the 91st Cyber Brigade on Monday."));
    CHECK(node_labels(g, NodeType::Person) == std::vector<std::string>{"Ana Lopez"});
  }
}

}  // namespace

TEST_CASE("s24: short ranks of Commonwealth and German forces and diplomats' posts are titles", "[recognise][roles][s24]") {
  check_titles_before_name({"LGen", "Wg Cdr", "Lt Cdr", "RAdm", "Oberst", "First Secretary", "Defence Attaché",
                            "Permanent Representative", "Ambassador-at-Large for Cyber Diplomacy"});
}

TEST_CASE("s24: executives' and acting heads' titles are titles", "[recognise][roles][s24]") {
  check_titles_before_name({"Executive Director", "Acting Director", "CISO", "Chief Technology Officer", "Professor Emeritus",
                            "Deputy Speaker", "Commandant"});
}

TEST_CASE("s24: given names of many languages open a person's name with no title", "[recognise][s24]") {
  for (const char* name : {"Jean-Yves Le Drian", "Søren Østergaard", "Siobhán Ní Bhriain", "Tuğba Yılmaz", "Ólafur Ragnar Grímsson",
                           "Aroha Ngata", "João Silva"}) {
    INFO(name);
    auto g = article_graph(article(std::string(name) + " met Estonian officials in Tallinn on Monday."));
    CHECK(node_labels(g, NodeType::Person) == std::vector<std::string>{name});
  }
  // a town that is also a name stays a town
  auto town = article_graph(article("The exercise was run from two command posts, one in Tui (Pontevedra) and the other in Valença."));
  CHECK(node_labels(town, NodeType::Person).empty());
}

TEST_CASE("s24: a bare minister's nation is the story's, the other minister's nation out of the running", "[recognise][roles][s24]") {
  check_relation_rows({
      {"Croatia hosted the talks in Zagreb. The Minister of Defence, Ivan Horvat, and the Slovenian Minister of Defence, "
       "Marko Zupan, signed a Memorandum of Understanding on Cyber Defence Cooperation on Tuesday.",
       {"Ivan Horvat leads Croatia", "Croatia party_to Memorandum of Understanding on Cyber Defence Cooperation 2025-06-17",
        "Slovenia party_to Memorandum of Understanding on Cyber Defence Cooperation 2025-06-17"},
       {"Ivan Horvat leads Slovenia"}},
      {"Croatia hosted the talks in Zagreb. Defence Minister Ivan Horvat and his Slovenian counterpart Marko Zupan signed the "
       "Zagreb Memorandum on Tuesday.",
       {"Ivan Horvat leads Croatia"},
       {"Ivan Horvat leads Slovenia"}},
      // two nations told equally often, neither the other minister's: no guess
      {"Croatia and Slovenia held talks in Zagreb. Defence Minister Ivan Horvat signed the Zagreb Memorandum on Tuesday.",
       {},
       {"Ivan Horvat leads Croatia", "Ivan Horvat leads Slovenia"}},
  });
}
