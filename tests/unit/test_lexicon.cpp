#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "lexicon/lexicon.hpp"
#include "util/errors.hpp"

using namespace newsgraph;

TEST_CASE("the shipped lexicon has every sovereign state of ISO 3166 with common names and demonyms", "[lexicon]") {
  auto lex = default_lexicon();
  std::size_t nations = 0;
  for (const auto& e : lex->entities) nations += e.type == NodeType::Nation;
  // ISO 3166-1's 249 entries less its 51 territories (Places now), plus Kosovo
  CHECK(nations >= 199);
  auto korea = lex->find_entity("South Korea");
  REQUIRE(korea);
  CHECK(lex->entities[*korea].type == NodeType::Nation);
  for (const char* form : {"republic of korea", "rok", "south korean"}) {
    auto it = lex->gazetteer.find(form);
    REQUIRE(it != lex->gazetteer.end());
    CHECK(it->second.front().entity == *korea);
  }
  auto russia = lex->find_entity("Russian Federation");
  REQUIRE(russia);
  CHECK(lex->entities[*russia].label == "Russia");
}

TEST_CASE("spelling variants give one key", "[lexicon]") {
  auto lex = default_lexicon();
  CHECK(lex->name_key_of("Cooperative Cyber Defence Centre of Excellence") ==
        lex->name_key_of("Cooperative Cyber Defense Center of Excellence"));
  CHECK(lex->name_key_of("Luxemburg") == lex->name_key_of("Luxembourg"));
  CHECK(lex->name_key_of("the U.S.") == lex->name_key_of("US"));
  CHECK(lex->name_key_of("Partnership Programme") == lex->name_key_of("Partnership Program"));
}

TEST_CASE("acronyms in capitals match only capitals", "[lexicon]") {
  auto lex = default_lexicon();
  auto it = lex->gazetteer.find("us");
  REQUIRE(it != lex->gazetteer.end());
  CHECK(it->second.front().exact_case);
}

TEST_CASE("relation patterns are compiled from data", "[lexicon]") {
  auto lex = default_lexicon();
  const RelationPattern* join = nullptr;
  for (const auto& p : lex->patterns)
    if (p.name == "join") join = &p;
  REQUIRE(join);
  CHECK(join->relation == EdgeType::member_of);
  REQUIRE(join->elements.size() >= 3);
  CHECK(join->elements.front().kind == PatternElement::Slot);
  CHECK(join->elements.front().role == 'S');
}

namespace {
std::filesystem::path temp_folder(const char* name) {
  auto dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("a lexicon folder extends the shipped data", "[lexicon]") {
  auto dir = temp_folder("newsgraph_lexicon_extend");
  std::ofstream(dir / "mine.json") << R"({"entities": [{"label": "Iron Lattice", "type": "Exercise", "aliases": ["IronLat"]}],
    "head_words": {"Organisation": ["Syndicate"]}})";
  auto lex = load_lexicon(dir.string());
  REQUIRE(lex->find_entity("Iron Lattice"));
  CHECK(lex->find_entity("NATO"));  // shipped data kept
  CHECK(lex->head_type.count("syndicate"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("a lexicon folder with replace clears the shipped section", "[lexicon]") {
  auto dir = temp_folder("newsgraph_lexicon_replace");
  std::ofstream(dir / "only.json") << R"({"replace": true, "entities": [{"label": "Freedonia", "type": "Nation"}]})";
  auto lex = load_lexicon(dir.string());
  CHECK(lex->find_entity("Freedonia"));
  CHECK_FALSE(lex->find_entity("Estonia"));
  CHECK(!lex->head_words.empty());  // other sections stay
  std::filesystem::remove_all(dir);
}

TEST_CASE("a bad lexicon file names the file and the place", "[lexicon]") {
  auto dir = temp_folder("newsgraph_lexicon_bad");
  std::ofstream(dir / "bad.json") << R"({"entities": [{"label": "X", "type": "Planet"}]})";
  try {
    load_lexicon(dir.string());
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.one_line().find("bad.json") != std::string::npos);
    CHECK(e.one_line().find("/entities/0") != std::string::npos);
  }
  std::ofstream(dir / "bad.json") << R"({"patterns": [{"name": "p", "relation": "member_of", "match": "S:Planet joined O:Organisation"}]})";
  CHECK_THROWS_AS(load_lexicon(dir.string()), InputError);
  std::filesystem::remove_all(dir);
}

TEST_CASE("dating and metadata words are lexicon data a file can extend", "[lexicon]") {
  const Lexicon& shipped = *default_lexicon();
  CHECK(shipped.temporal.saying_words.count("said"));
  CHECK(shipped.temporal.sequence_words.at("following") == 1);
  CHECK(std::find(shipped.metadata.outlet_words.begin(), shipped.metadata.outlet_words.end(), "Times") !=
        shipped.metadata.outlet_words.end());
  Lexicon lex = shipped;
  add_lexicon_json(lex,
                   R"({"temporal": {"past_tense_words": ["fought"], "sequence_words": {"ensuing": 1}},
                       "metadata": {"outlet_words": ["Beacon"], "date_labels": ["Yayımlandı:"]}})",
                   "extra.json");
  CHECK(lex.temporal.sequence_words.at("ensuing") == 1);
  CHECK(lex.temporal.past_tense_words.count("fought"));
  CHECK(lex.metadata.outlet_words.back() == "Beacon");
  CHECK(lex.metadata.date_labels.back() == "Yayımlandı:");
}

TEST_CASE("a pattern's gap is ... or ...N with N a whole number up to 20", "[lexicon]") {
  auto with_match = [](const std::string& match) {
    Lexicon lex;
    add_lexicon_json(lex, R"({"patterns": [{"name": "p", "relation": "member_of", "match": ")" + match + R"("}]})",
                     "mine.json");
    return lex.patterns.back().elements.at(1).max_gap;
  };
  CHECK(with_match("S:Nation ... O:Organisation") == 6);
  CHECK(with_match("S:Nation ...3 O:Organisation") == 3);
  CHECK(with_match("S:Nation ...20 O:Organisation") == 20);
  // Each used to escape as std::invalid_argument or std::out_of_range, or
  // to wrap around to a gap of billions of tokens (found by fuzz_lexicon).
  for (const char* bad : {"...x", "...21", "...-1", "...99999999999999999999", "...3x"}) {
    try {
      with_match(std::string("S:Nation ") + bad + " O:Organisation");
      FAIL("no error for " << bad);
    } catch (const InputError& e) {
      CHECK(e.one_line().find(std::string("mine.json: pattern p: ") + bad + " is not a gap") != std::string::npos);
    }
  }
}

TEST_CASE("a lexicon file's lists and entries merge without repeats, in order", "[lexicon][s36-s3]") {
  Lexicon lex;
  // a long list (past the short lists' plain scan) with words repeated inside it and across files
  std::string words;
  for (int i = 0; i < 20; ++i) words += (i ? ", \"w" : "\"w") + std::to_string(i % 12) + "\"";
  add_lexicon_json(lex, R"({"negators": [)" + words + "]}", "a.json");
  add_lexicon_json(lex, R"({"negators": ["w3", "nor", "w11", "nor"]})", "b.json");
  REQUIRE(lex.negators.size() == 13);
  CHECK(lex.negators.front() == "w0");
  CHECK(lex.negators[11] == "w11");
  CHECK(lex.negators.back() == "nor");
  // the same label and type merge into the first entry; another type stays apart
  add_lexicon_json(lex, R"({"entities": [
      {"label": "Zarvia", "type": "Nation", "aliases": ["Zarvian Republic"]},
      {"label": "Zarvia", "type": "Place"},
      {"label": "Zarvia", "type": "Nation", "aliases": ["Zarvian Republic", "ZR"]}]})", "c.json");
  add_lexicon_json(lex, R"({"entities": [{"label": "Zarvia", "type": "Nation", "aliases": ["Republic of Zarvia"]}]})",
                   "d.json");
  REQUIRE(lex.entities.size() == 2);
  CHECK(lex.entities[0].type == NodeType::Nation);
  CHECK(lex.entities[0].aliases == std::vector<std::string>{"Zarvian Republic", "ZR", "Republic of Zarvia"});
  CHECK(lex.entities[1].type == NodeType::Place);
}
