// Names in no gazetteer, typed by their shape and the words around them:
// edition-numbered exercises, "Exercise X", events and agreements with a
// lower-case head, towns after place cues, bare acronyms, descriptions that
// point back through the lexicon, name particles and titles after a name.
// And a text of another genre, where none of this may invent entities.

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// The entity that a mention containing the token `word` points to, or "".
// Tokens view the analysed text, so the caller keeps `text` alive and the
// word is read back through the token's byte span: a literal passed to
// analyse() would be a temporary string, gone before the tokens are read.
std::string mentioned(const DocAnalysis& doc, const std::string& text, std::size_t sentence, const std::string& word) {
  const auto& s = doc.sentences.at(sentence);
  for (const auto& m : s.mentions)
    for (std::uint32_t k = m.begin; k < m.end; ++k)
      if (text.compare(s.tokens[k].start, s.tokens[k].end - s.tokens[k].start, word) == 0)
        return doc.entities[m.entity].label;
  return {};
}

const DocEntity* find_entity(const DocAnalysis& doc, const std::string& label) {
  for (const auto& e : doc.entities)
    if (e.label == label) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("an edition number ends an exercise name and is kept as a second name", "[recognise]") {
  auto doc = analyse("Signal units from Chile and Peru joined Iron Condor 25 near the coast.");
  auto names = entity_names(doc);
  CHECK(has(names, "Iron Condor:Exercise"));
  const DocEntity* e = find_entity(doc, "Iron Condor");
  REQUIRE(e);
  CHECK(std::find(e->names.begin(), e->names.end(), "Iron Condor 25") != e->names.end());
}

TEST_CASE("a count after a name is no edition number", "[recognise]") {
  auto doc = analyse("The Coastal Signals Command 24 hours later moved its servers.");
  CHECK(has(entity_names(doc), "Coastal Signals Command:Organisation"));
  CHECK_FALSE(has(entity_names(doc), "Coastal Signals Command 24:Organisation"));
}

TEST_CASE("exercise names by the word Exercise or an exercise noun beside them", "[recognise]") {
  auto doc = analyse(
      "Chile hosted Exercise Southern Lantern in March. "
      "Peru later ran the Quiet Harbour drill with two partners. "
      "Brazil observed the exercise Green Tide from a ship.");
  auto names = entity_names(doc);
  CHECK(has(names, "Southern Lantern:Exercise"));
  CHECK(has(names, "Quiet Harbour:Exercise"));
  CHECK(has(names, "Green Tide:Exercise"));
  const DocEntity* e = find_entity(doc, "Southern Lantern");
  REQUIRE(e);
  CHECK(std::find(e->names.begin(), e->names.end(), "Exercise Southern Lantern") != e->names.end());
}

TEST_CASE("lower-case event heads with a capitalised or dated modifier are events", "[recognise]") {
  check_entity_rows({
      {"Ministers will meet at an Andean defence ministerial meeting in Cusco. "
       "Experts spoke at the 2027 cyber conference on Friday. "
       "A meeting was held, and the annual summit was postponed.",
       {"Andean defence ministerial meeting:Event", "2027 cyber conference:Event"},
       {"meeting:Event", "annual summit:Event"}},
  });
}

TEST_CASE("agreements with a lower-case head: a complement or a signing verb", "[recognise]") {
  const std::string text =
      "Chile and Peru signed a memorandum of understanding on coastal radar sharing on Monday. "
      "Later, Brazil signed a framework agreement. "
      "The agreement was welcomed.";
  auto doc = analyse(text);
  auto names = entity_names(doc);
  CHECK(has(names, "memorandum of understanding on coastal radar sharing:Agreement"));
  CHECK(has(names, "framework agreement:Agreement"));
  // "The agreement" points back, it is no new agreement.
  int agreements = 0;
  for (const auto& e : doc.entities) agreements += e.type == NodeType::Agreement;
  CHECK(agreements == 2);
  CHECK(mentioned(doc, text, 2, "agreement") == "framework agreement");
}

TEST_CASE("capitalised agreement heads include Arrangement", "[recognise]") {
  auto doc = analyse("Peru joined the Pacific Sensor Arrangement last year.");
  CHECK(has(entity_names(doc), "Pacific Sensor Arrangement:Agreement"));
}

TEST_CASE("towns after place cues are places", "[recognise]") {
  check_entity_rows({
      {"The drill was held in Arequipa on Monday. "
       "The unit is based in Tacna, and its range lies outside the city of Puno. "
       "Chile took part in Maple and invested in Stark shares. "
       "Teams met in Juliaca, Puno Region, and later in Ilo, Moquegua, on Friday.",
       {"Arequipa:Place", "Tacna:Place", "Puno:Place", "Juliaca:Place", "Moquegua:Place"},
       {"Maple:Place", "Stark:Place"}},
  });
}

TEST_CASE("bare acronyms where an organisation is expected", "[recognise]") {
  check_entity_rows({
      {"Officials of the DSRK said the range was ready. "
       "The QLM said it would send engineers, and TVRA experts joined them. "
       "The CEO said the GDP would grow. Members of the PRZ met.",
       {"DSRK:Organisation", "QLM:Organisation", "TVRA:Organisation", "PRZ:Organisation"},
       {"CEO:Organisation", "GDP:Organisation"}},
  });
}

TEST_CASE("an acronym in parentheses names the organisation even in its own language", "[recognise]") {
  auto doc = analyse("The Coastal Radar Directorate (KRV) met. The head of KRV, Ana Ruiz, spoke.");
  REQUIRE(find_entity(doc, "Coastal Radar Directorate"));
  CHECK_FALSE(find_entity(doc, "KRV"));
}

TEST_CASE("descriptions point back through the lexicon's aliases and references", "[recognise]") {
  const std::string text =
      "Chile sent observers to NATO in May. The alliance thanked Chile. "
      "Peru asked the EU for funds, and the bloc agreed.";
  auto doc = analyse(text);
  CHECK(mentioned(doc, text, 1, "alliance") == "North Atlantic Treaty Organization");
  CHECK(mentioned(doc, text, 2, "bloc") == "European Union");
}

TEST_CASE("names with particles and titles after the name are people", "[recognise]") {
  check_entity_rows({
      {"Maarit van der Berg, deputy commander of the Coastal Signals Command, arrived. "
       "Observers included Luis de la Fuente, the head of the Andean Radar Office. "
       "Ramon Quispe, who heads the radar office, spoke. Later Delia Mamani, 52, joined.",
       {"Maarit van der Berg:Person", "Luis de la Fuente:Person", "Ramon Quispe:Person", "Delia Mamani:Person"},
       {"Berg:Person"}},
  });
}

TEST_CASE("sport and economy news invent no exercise, event or organisation", "[recognise]") {
  auto doc = analyse(
      "Rovers Beat City 3-1 in Cup Replay\n\n"
      "Harbour Rovers beat Eastfield City 3-1 on Saturday in front of 20,000 fans. "
      "Striker Tomas Lindgren scored twice in the first half, and Rovers will meet Northgate in the final in May. "
      "Shares in Kestrel Motors rose 4 percent after the CEO said sales in Europe grew. "
      "The club's chairman said the Premier Cup 2025 campaign was the best in 20 years. "
      "Fans in Eastfield celebrated until midnight.");
  for (const auto& e : doc.entities) {
    INFO(e.label);
    CHECK(e.type != NodeType::Exercise);
    CHECK(e.type != NodeType::Event);
    CHECK(e.type != NodeType::Agreement);
    CHECK(e.label != "CEO");
    CHECK(e.label != "Kestrel");
  }
}

TEST_CASE("a byline on the line after a headline is read even when joined to it", "[recognise]") {
  check_entity_rows({
      {"Andean navies rehearse radar sharing in Lima\n"
       "By Rosa Quintana, Pacific Coast Monitor\n"
       "June 3, 2025\n\n"
       "Peru hosted the drill.",
       {"Rosa Quintana:Person", "Pacific Coast Monitor:Organisation"},
       {"Andean:Organisation"}},
  });
}
