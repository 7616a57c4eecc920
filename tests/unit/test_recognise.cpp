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
