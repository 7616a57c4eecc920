
#include "entity_rows.hpp"
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
  check_entity_rows({
      {"Polish and Norwegian troops trained with the U.K. and the Republic of Korea in Riga.",
       {"Poland:Nation", "Norway:Nation", "United Kingdom:Nation", "South Korea:Nation", "Riga:Place"},
       {}},
  });
}

TEST_CASE("a demonym used as a language is not a nation", "[recognise]") {
  auto doc = analyse("The analyst speaks German, and she studied Italian at a school.");
  CHECK_FALSE(has(entity_names(doc), "Germany:Nation"));
  CHECK_FALSE(has(entity_names(doc), "Italy:Nation"));
}

TEST_CASE("names in no gazetteer are typed by head word, title and context", "[recognise]") {
  check_entity_rows({
      {"The Maritime Security Agency (MSA) of Chile sent divers. "
       "Admiral Rosa Pinto said the Valparaiso Naval Academy would help. "
       "Quentin Marlowe is a reporter for The Coastal Herald. "
       "Choi Min-jun spoke after the briefing.",
       {"Maritime Security Agency:Organisation", "Rosa Pinto:Person", "Valparaiso Naval Academy:Organisation",
        "Quentin Marlowe:Person", "Coastal Herald:Organisation", "Choi Min-jun:Person"},
       {"Admiral Rosa Pinto:Person"}},
  });
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
  check_entity_rows({
      {"The Institute of Geology and Mining Research met the Council on Arctic Studies. "
       "The Ministry of Agriculture and Fisheries and Chile signed. "
       "The Ministry of Health and Coastal Command left.",
       {"Institute of Geology and Mining Research:Organisation", "Council on Arctic Studies:Organisation",
        "Ministry of Agriculture and Fisheries:Organisation", "Chile:Nation", "Ministry of Health:Organisation",
        "Coastal Command:Organisation"},
       {}},
  });
}

TEST_CASE("a weekday after 'on' is no part of a name", "[recognise]") {
  check_entity_rows({
      {"Delegates left the Harbour Forum on Friday.", {"Harbour Forum:Event"}, {}},
  });
}

TEST_CASE("a head word before a connector types the name: events", "[recognise]") {
  check_entity_rows({
      {"Peru hosted the Andean Conference on Maritime Safety and then the Lima Cyber Week. "
       "Chile attended the OAS Summit in Santiago.",
       {"Andean Conference on Maritime Safety:Event", "Lima Cyber Week:Event", "OAS Summit:Event", "Santiago:Place"},
       {}},
  });
}

TEST_CASE("acronyms with a nation code are organisations", "[recognise]") {
  check_entity_rows({
      {"CERT-PE shared indicators with CERT.CL and the Coastal Response Team (CRT-CL) on Monday.",
       {"CERT-PE:Organisation", "CERT.CL:Organisation", "Coastal Response Team:Organisation"},
       {"CRT-CL:Organisation"}},
  });
}

TEST_CASE("a portfolio between a title and a name is cut off the name", "[recognise]") {
  check_entity_rows({
      {"The Minister for Fisheries Tomas Ruiz met the Ambassador for Digital Affairs Kim Soo-jin. "
       "Peru's Minister for Transport, Elena Varga, agreed. The Minister for Digital Transformation left.",
       {"Tomas Ruiz:Person", "Kim Soo-jin:Person", "Elena Varga:Person"},
       {"Fisheries Tomas Ruiz:Person", "Transport:Organisation", "Digital Transformation:Person"}},
  });
}

TEST_CASE("a name after a role phrase and a comma is a person", "[recognise]") {
  check_entity_rows({
      {"The chief of the Harbour Directorate (HD), Oona Vale, spoke.", {"Oona Vale:Person"}, {}},
  });
}

TEST_CASE("outlets named after places are organisations by their context", "[recognise]") {
  check_entity_rows({
      {"By Quinn Harlow, Lima Evening\n\nChile's envoy told the Andes Courier that talks went well. "
       "Harlow is a reporter for Lima Evening.",
       {"Quinn Harlow:Person", "Lima Evening:Organisation", "Andes Courier:Organisation"},
       {"Lima:Place"}},
  });
}

TEST_CASE("a demonym inside an organisation's name still mentions the nation", "[recognise]") {
  check_entity_rows({
      {"The Peruvian Coastal Defence Agency patrolled.",
       {"Peruvian Coastal Defence Agency:Organisation", "Peru:Nation"},
       {}},
  });
}

TEST_CASE("places by apposition and by the region after them", "[recognise]") {
  check_entity_rows({
      {"The drill was held in Quellon, a port in southern Chile. Teams met in Springdale, Arkansas.",
       {"Quellon:Place", "Springdale:Place", "Arkansas:Place"},
       {}},
  });
}

TEST_CASE("a head word alone is a description, not a new name", "[recognise]") {
  check_entity_rows({
      {"The African Union met. The Union's envoys left.", {"African Union:Organisation"}, {"Union:Organisation"}},
  });
}

TEST_CASE("demonyms cover the nations of ISO 3166 that have a usual one", "[recognise]") {
  check_entity_rows({
      {"Ghanaian, Uruguayan and Mongolian troops met Bahraini officials.",
       {"Ghana:Nation", "Uruguay:Nation", "Mongolia:Nation", "Bahrain:Nation"},
       {}},
  });
}

TEST_CASE("news agencies and outlets are known organisations", "[recognise]") {
  check_entity_rows({
      {"Chile's navy told Kyodo that, according to Xinhua and the BBC, the talks failed.",
       {"Kyodo News:Organisation", "Xinhua News Agency:Organisation", "BBC:Organisation"},
       {}},
  });
}

TEST_CASE("a compound of nation names mentions each nation", "[recognise]") {
  check_entity_rows({
      {"The Chile-U.S. Maritime Working Group met. Guinea-Bissau sent observers.",
       {"Chile:Nation", "United States:Nation", "Chile-U.S. Maritime Working Group:Organisation",
        "Guinea-Bissau:Nation"},
       {"Guinea:Nation"}},
  });
}
