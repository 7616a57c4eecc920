#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"
#include "recognise/tokens.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("tokens keep initialisms, inner hyphens and split possessives", "[recognise]") {
  std::string text = "The U.S.-led drill, Park Ji-ho's team and the Oslo-based O\u2019Neill group.";
  auto toks = tokenize(text, 0, text.size(), {"prof."});
  std::vector<std::string> words;
  for (const auto& t : toks) words.emplace_back(t.text);
  CHECK(words[1] == "U.S.");
  CHECK(words[2] == "-led");
  CHECK(std::find(words.begin(), words.end(), "Ji-ho") != words.end());
  CHECK(std::find(words.begin(), words.end(), "'s") != words.end());
  CHECK(std::find(words.begin(), words.end(), "-based") != words.end());
  CHECK(std::find(words.begin(), words.end(), "O\u2019Neill") != words.end());
}

TEST_CASE("gazetteer names, demonyms and abbreviations become nations", "[recognise]") {
  auto doc = analyse("Polish and Norwegian troops trained with the U.K. and the Republic of Korea in Riga.");
  auto names = entity_names(doc);
  CHECK(has(names, "Poland:Nation"));
  CHECK(has(names, "Norway:Nation"));
  CHECK(has(names, "United Kingdom:Nation"));
  CHECK(has(names, "South Korea:Nation"));
  CHECK(has(names, "Riga:Place"));
}

TEST_CASE("a demonym used as a language is not a nation", "[recognise]") {
  auto doc = analyse("The analyst speaks German, and she studied Italian at a school.");
  CHECK_FALSE(has(entity_names(doc), "Germany:Nation"));
  CHECK_FALSE(has(entity_names(doc), "Italy:Nation"));
}

TEST_CASE("names in no gazetteer are typed by head word, title and context", "[recognise]") {
  auto doc = analyse(
      "The Maritime Security Agency (MSA) of Chile sent divers. "
      "Admiral Rosa Pinto said the Valparaiso Naval Academy would help. "
      "Quentin Marlowe is a reporter for The Coastal Herald. "
      "Choi Min-jun spoke after the briefing.");
  auto names = entity_names(doc);
  CHECK(has(names, "Maritime Security Agency:Organisation"));
  CHECK(has(names, "Rosa Pinto:Person"));
  CHECK(has(names, "Valparaiso Naval Academy:Organisation"));
  CHECK(has(names, "Quentin Marlowe:Person"));
  CHECK(has(names, "Coastal Herald:Organisation"));
  CHECK(has(names, "Choi Min-jun:Person"));
  CHECK_FALSE(has(names, "Admiral Rosa Pinto:Person"));
}

TEST_CASE("an acronym definition binds the acronym in the document", "[recognise]") {
  auto doc = analyse("The Harbour Defence Directorate (HDD) met on Monday. Later the HDD issued a note, and HDD staff left.");
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.entities[0].label == "Harbour Defence Directorate");
  int mentions = 0;
  for (const auto& s : doc.sentences) mentions += static_cast<int>(s.mentions.size());
  CHECK(mentions == 4);
}

TEST_CASE("a surname after the full name is the same person", "[recognise]") {
  auto doc = analyse("Colonel Ilse Brandt inspected the site. Brandt said the work was done.");
  REQUIRE(doc.entities.size() == 1);
  CHECK(doc.sentences[1].mentions.size() == 1);
}

TEST_CASE("junk capitals make no entity", "[recognise]") {
  auto doc = analyse("Read More\n\nLeave a Reply\n\nHowever, Many Observers Were Surprised By It All\n\nRelated Articles");
  CHECK(doc.entities.empty());
}

TEST_CASE("a definite description points back to the entity it describes", "[recognise]") {
  auto doc = analyse("Norway hosted Locked Shields. Later, Chile joined the annual exercise.");
  bool anaphor = false;
  for (const auto& m : doc.sentences[1].mentions)
    if (m.kind == MentionKind::Anaphor) anaphor = doc.entities[m.entity].label == "Locked Shields";
  CHECK(anaphor);
}

TEST_CASE("a role written as a name points to its organisation", "[recognise]") {
  auto doc = analyse("The Coastal Operations Command grew. Its chief, Ana Ruiz, Chile's Coastal Operations Commander, spoke.");
  bool found = false;
  for (const auto& r : doc.sentences[1].roles)
    if (r.org >= 0) found = doc.entities[r.org].label == "Coastal Operations Command";
  CHECK(found);
}

TEST_CASE("a nation before an organisation's name is the same organisation", "[recognise]") {
  auto doc = analyse("Chile's Coastal Defense Forces sailed. Later the Chile Coastal Defense Forces returned.");
  int orgs = 0;
  for (const auto& e : doc.entities) orgs += e.type == NodeType::Organisation;
  CHECK(orgs == 1);
}

TEST_CASE("a generic name owned by two nations is two organisations", "[recognise]") {
  auto doc = analyse("Chile's Foreign Ministry spoke first. Peru's Foreign Ministry replied, and the Foreign Ministry of Chile left.");
  std::vector<std::string> orgs;
  for (const auto& e : doc.entities)
    if (e.type == NodeType::Organisation) orgs.push_back(e.label);
  CHECK(has(orgs, "Chile's Foreign Ministry"));
  CHECK(has(orgs, "Peru's Foreign Ministry"));
}

TEST_CASE("connectors stay inside a name's complement, not in a list of names", "[recognise]") {
  auto names = entity_names(analyse(
      "The Institute of Geology and Mining Research met the Council on Arctic Studies. "
      "The Ministry of Agriculture and Fisheries and Chile signed. "
      "The Ministry of Health and Coastal Command left."));
  CHECK(has(names, "Institute of Geology and Mining Research:Organisation"));
  CHECK(has(names, "Council on Arctic Studies:Organisation"));
  CHECK(has(names, "Ministry of Agriculture and Fisheries:Organisation"));
  CHECK(has(names, "Chile:Nation"));
  CHECK(has(names, "Ministry of Health:Organisation"));
  CHECK(has(names, "Coastal Command:Organisation"));
}

TEST_CASE("a weekday after 'on' is no part of a name", "[recognise]") {
  auto names = entity_names(analyse("Delegates left the Harbour Forum on Friday."));
  CHECK(has(names, "Harbour Forum:Event"));
}

TEST_CASE("a head word before a connector types the name: events", "[recognise]") {
  auto names = entity_names(analyse(
      "Peru hosted the Andean Conference on Maritime Safety and then the Lima Cyber Week. "
      "Chile attended the OAS Summit in Santiago."));
  CHECK(has(names, "Andean Conference on Maritime Safety:Event"));
  CHECK(has(names, "Lima Cyber Week:Event"));
  CHECK(has(names, "OAS Summit:Event"));
  CHECK(has(names, "Santiago:Place"));
}

TEST_CASE("acronyms with a nation code are organisations", "[recognise]") {
  auto doc = analyse("CERT-PE shared indicators with CERT.CL and the Coastal Response Team (CRT-CL) on Monday.");
  auto names = entity_names(doc);
  CHECK(has(names, "CERT-PE:Organisation"));
  CHECK(has(names, "CERT.CL:Organisation"));
  CHECK(has(names, "Coastal Response Team:Organisation"));
  CHECK_FALSE(has(names, "CRT-CL:Organisation"));
}

TEST_CASE("a portfolio between a title and a name is cut off the name", "[recognise]") {
  auto names = entity_names(analyse(
      "The Minister for Fisheries Tomas Ruiz met the Ambassador for Digital Affairs Kim Soo-jin. "
      "Peru's Minister for Transport, Elena Varga, agreed. The Minister for Digital Transformation left."));
  CHECK(has(names, "Tomas Ruiz:Person"));
  CHECK(has(names, "Kim Soo-jin:Person"));
  CHECK(has(names, "Elena Varga:Person"));
  CHECK_FALSE(has(names, "Fisheries Tomas Ruiz:Person"));
  CHECK_FALSE(has(names, "Transport:Organisation"));
  CHECK_FALSE(has(names, "Digital Transformation:Person"));
}

TEST_CASE("a name after a role phrase and a comma is a person", "[recognise]") {
  auto names = entity_names(analyse("The chief of the Harbour Directorate (HD), Oona Vale, spoke."));
  CHECK(has(names, "Oona Vale:Person"));
}

TEST_CASE("outlets named after places are organisations by their context", "[recognise]") {
  auto doc = analyse(
      "By Quinn Harlow, Lima Evening\n\nChile's envoy told the Andes Courier that talks went well. "
      "Harlow is a reporter for Lima Evening.");
  auto names = entity_names(doc);
  CHECK(has(names, "Quinn Harlow:Person"));
  CHECK(has(names, "Lima Evening:Organisation"));
  CHECK(has(names, "Andes Courier:Organisation"));
  CHECK_FALSE(has(names, "Lima:Place"));
}

TEST_CASE("a demonym inside an organisation's name still mentions the nation", "[recognise]") {
  auto names = entity_names(analyse("The Peruvian Coastal Defence Agency patrolled."));
  CHECK(has(names, "Peruvian Coastal Defence Agency:Organisation"));
  CHECK(has(names, "Peru:Nation"));
}

TEST_CASE("places by apposition and by the region after them", "[recognise]") {
  auto names = entity_names(analyse(
      "The drill was held in Quellon, a port in southern Chile. Teams met in Springdale, Arkansas."));
  CHECK(has(names, "Quellon:Place"));
  CHECK(has(names, "Springdale:Place"));
  CHECK(has(names, "Arkansas:Place"));
}

TEST_CASE("a head word alone is a description, not a new name", "[recognise]") {
  auto names = entity_names(analyse("The African Union met. The Union's envoys left."));
  CHECK(has(names, "African Union:Organisation"));
  CHECK_FALSE(has(names, "Union:Organisation"));
}

TEST_CASE("demonyms cover the nations of ISO 3166 that have a usual one", "[recognise]") {
  auto names = entity_names(analyse("Ghanaian, Uruguayan and Mongolian troops met Bahraini officials."));
  CHECK(has(names, "Ghana:Nation"));
  CHECK(has(names, "Uruguay:Nation"));
  CHECK(has(names, "Mongolia:Nation"));
  CHECK(has(names, "Bahrain:Nation"));
}

TEST_CASE("news agencies and outlets are known organisations", "[recognise]") {
  auto names = entity_names(analyse("Chile's navy told Kyodo that, according to Xinhua and the BBC, the talks failed."));
  CHECK(has(names, "Kyodo News:Organisation"));
  CHECK(has(names, "Xinhua News Agency:Organisation"));
  CHECK(has(names, "BBC:Organisation"));
}

TEST_CASE("a compound of nation names mentions each nation", "[recognise]") {
  auto names = entity_names(analyse("The Chile-U.S. Maritime Working Group met. Guinea-Bissau sent observers."));
  CHECK(has(names, "Chile:Nation"));
  CHECK(has(names, "United States:Nation"));
  CHECK(has(names, "Chile-U.S. Maritime Working Group:Organisation"));
  CHECK(has(names, "Guinea-Bissau:Nation"));
  CHECK_FALSE(has(names, "Guinea:Nation"));
}
