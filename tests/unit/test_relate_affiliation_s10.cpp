// Session 10 recall of located_in and affiliated_with: the constructions
// news uses to place a body or an exercise ("a Tallinn-based firm", "the
// forum's headquarters in X", "the drill ended in X", "a drill run by A in
// X", "the office in X said") and to tie a person to a body. Each row: a
// text, the relations it must give, and those it must not.
#include <catch2/catch.hpp>

#include "document/document.hpp"
#include "extract_fixtures.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

struct Row {
  std::string text;
  std::vector<std::pair<std::string, std::string>> want;      // related(from, to)
  std::vector<std::pair<std::string, std::string>> not_want;  // not related(from, to)
};

void check_rows(const std::vector<Row>& rows, const std::string& type) {
  for (const auto& row : rows) {
    auto r = relations_of(row.text, Date{2025, 6, 18});
    INFO(row.text);
    for (const auto& [from, to] : row.want) {
      INFO("wanted: " << from << " " << type << " " << to);
      CHECK(related(r, from + " " + type, to));
    }
    for (const auto& [from, to] : row.not_want) {
      INFO("not wanted: " << from << " " << type << " " << to);
      CHECK_FALSE(related(r, from + " " + type, to));
    }
  }
}

}  // namespace

TEST_CASE("a body described as based somewhere after its name is located there", "[relate][located_in][s10]") {
  check_rows({{"Vekta Labs, a Tallinn-based security company, found the flaw.", {{"Vekta Labs", "Tallinn"}}, {}},
              {"The audit went to Borealis Analytics, the Oslo-based consultancy, last year.",
               {{"Borealis Analytics", "Oslo"}},
               {}}},
             "located_in");
}

TEST_CASE("a body's headquarters in a place places the body", "[relate][located_in][s10]") {
  check_rows({{"The envoys travelled from the Nordic Council's headquarters in Copenhagen for the talks.",
               {{"Nordic Council", "Copenhagen"}},
               {}}},
             "located_in");
}

TEST_CASE("a body whose description interrupts 'is based in' is based there", "[relate][located_in][s10]") {
  check_rows({{"The Baltic Defence College, founded in 1999, is based in Tartu.", {{"Baltic Defence College", "Tartu"}}, {}}},
             "located_in");
}

TEST_CASE("a body named with a place at the start of a clause or after a visit is in that place",
          "[relate][located_in][s10]") {
  check_rows({{"The Federal Cyber Office (FCO) in Bremen and the Danish agency signed a letter of intent.",
               {{"Federal Cyber Office", "Bremen"}},
               {}},
              {"The delegation visited the Regional Cyber Centre in Kaunas on Tuesday.", {{"Regional Cyber Centre", "Kaunas"}}, {}},
              // the place after 'run by X' or 'a correspondent for X' places the drill or the writer, not X
              {"Teams took part in Frost Line, an exercise run by the Nordic Cyber Agency in Bergen.",
               {{"Frost Line", "Bergen"}},
               {{"Nordic Cyber Agency", "Bergen"}}},
              {"Anna Berg is a correspondent for the Fjord Herald in Bergen.", {}, {{"Fjord Herald", "Bergen"}}}},
             "located_in");
}

TEST_CASE("an exercise that ends, opens or is run somewhere is located there", "[relate][located_in][s10]") {
  check_rows({{"Frost Line, the alliance's annual cyber exercise, ended in Bergen on Friday.", {{"Frost Line", "Bergen"}}, {}},
              {"Exercise Frost Line wrapped up last Friday in Bergen.", {{"Frost Line", "Bergen"}}, {}},
              {"The accord builds on Frost Line, a table-top exercise that the two navies ran in Bergen last year.",
               {{"Frost Line", "Bergen"}},
               {}},
              {"Exercise Frost Line, which was run out of Bergen by the navy, ended on Friday.", {{"Frost Line", "Bergen"}}, {}},
              // an office opened after the drill is not where the drill was
              {"Norway, which took part in Frost Line, later opened an office in Bergen.", {}, {{"Frost Line", "Bergen"}}}},
             "located_in");
}

TEST_CASE("'$' among a word element's alternatives lets the clause end close the pattern", "[relate][affiliated_with][s10]") {
  check_rows({{"The delegation met Colonel Anna Berg of the Nordic Cyber Agency.", {{"Anna Berg", "Nordic Cyber Agency"}}, {}},
              {"We spoke to Tomas Vik of the Nordic Cyber Agency, whose team won.", {{"Tomas Vik", "Nordic Cyber Agency"}}, {}},
              // a word that is neither listed nor the clause end still blocks it
              {"The delegation met Anna Berg of the Nordic Cyber Agency yesterday in Oslo to discuss budgets.",
               {},
               {{"Anna Berg", "Nordic Cyber Agency"}}}},
             "affiliated_with");
}

TEST_CASE("people tied to a body by a role, a posting or a credit", "[relate][affiliated_with][s10]") {
  check_rows(
      {// two people each 'of' their own body
       {"Speakers included Major Lena Dahl of the Nordic Cyber Agency and Dr Omar Said of the Gulf Policy Institute.",
        {{"Lena Dahl", "Nordic Cyber Agency"}, {"Omar Said", "Gulf Policy Institute"}},
        {{"Lena Dahl", "Gulf Policy Institute"}}},
       {"Peru's ambassador to Chile and Bolivia, Carlos Rojas, opened the forum alongside Jan Novak.",
        {{"Carlos Rojas", "Peru"}},
        {{"Jan Novak", "Peru"}}},
       {"The post went to Karl Mets, who now serves at the Baltic Defence College.", {{"Karl Mets", "Baltic Defence College"}}, {}},
       {"Maria Nowak, a deputy assistant secretary general in the Emerging Security Challenges Division, spoke first.",
        {{"Maria Nowak", "Emerging Security Challenges Division"}},
        {}},
       {"Dr Clara Ruiz, who studies maritime security at the Gulf Policy Institute, disagreed.",
        {{"Clara Ruiz", "Gulf Policy Institute"}},
        {}},
       {"Its deputy head is Major Pieter Smit, seconded from the Royal Netherlands Navy.",
        {{"Pieter Smit", "Royal Netherlands Navy"}},
        {}},
       {"Produced by Ilona Varga for the Danube News Agency.", {{"Ilona Varga", "Danube News Agency"}}, {}}},
      "affiliated_with");
}

namespace {

// Whether the document's writer `person` is tied to its outlet `outlet`.
bool writes_for(const DocResult& r, const std::string& person, const std::string& outlet) {
  for (const auto& e : r.edges)
    if (e.type == EdgeType::affiliated_with && r.entities[e.source].label == person && r.entities[e.target].label == outlet)
      return true;
  return false;
}

}  // namespace

TEST_CASE("a byline's title is no outlet, and every writer it names works for the outlet", "[relate][affiliated_with][s10]") {
  Document titled = read_document_bytes(
      "THE NORTHERN HERALD\n\nEstonia joins the drill\n\nBy Anna Berg, Senior Correspondent\n\n"
      "Estonia joined Locked Shields on Monday, the Northern Herald learned.\n",
      "a.txt", DocumentFormat::Text);
  CHECK(titled.meta.source != "Senior Correspondent");
  CHECK(writes_for(extract_document(titled, *default_lexicon()), "Anna Berg", "Northern Herald"));

  Document two = read_document_bytes(
      "THE NORTHERN HERALD\n\nEstonia joins the drill\n\n"
      "Estonia joined Locked Shields on Monday, the Northern Herald learned.\n\n"
      "Reporting by Anna Berg and Lars Holm in Tartu; editing by Jan Kos.\n",
      "b.txt", DocumentFormat::Text);
  DocResult r = extract_document(two, *default_lexicon());
  CHECK(writes_for(r, "Anna Berg", "Northern Herald"));
  CHECK(writes_for(r, "Lars Holm", "Northern Herald"));
  CHECK_FALSE(writes_for(r, "Jan Kos", "Northern Herald"));  // the editor is not named as a writer
}
