// Session 10 recall of located_in and affiliated_with: the constructions
// news uses to place a body or an exercise ("a Tallinn-based firm", "the
// forum's headquarters in X", "the drill ended in X", "a drill run by A in
// X", "the office in X said") and to tie a person to a body. Each row: a
// text, the relations it must give, and those it must not.
#include "document/document.hpp"
#include "paraphrase_rows.hpp"
#include "outlet_checks.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a body described as based somewhere after its name is located there", "[relate][located_in][s10]") {
  check_relation_rows(
      {{"Vekta Labs, a Tallinn-based security company, found the flaw.", {"Vekta Labs located_in Tallinn"}, {}},
       {"The audit went to Borealis Analytics, the Oslo-based consultancy, last year.",
        {"Borealis Analytics located_in Oslo"},
        {}}});
}

TEST_CASE("a body's headquarters in a place places the body", "[relate][located_in][s10]") {
  check_relation_rows({{"The envoys travelled from the Nordic Council's headquarters in Copenhagen for the talks.",
                        {"Nordic Council located_in Copenhagen"},
                        {}}});
}

TEST_CASE("a body whose description interrupts 'is based in' is based there", "[relate][located_in][s10]") {
  check_relation_rows({{"The Baltic Defence College, founded in 1999, is based in Tartu.",
                        {"Baltic Defence College located_in Tartu"},
                        {}}});
}

TEST_CASE("a body named with a place at the start of a clause or after a visit is in that place",
          "[relate][located_in][s10]") {
  check_relation_rows(
      {{"The Federal Cyber Office (FCO) in Bremen and the Danish agency signed a letter of intent.",
        {"Federal Cyber Office located_in Bremen"},
        {}},
       {"The delegation visited the Regional Cyber Centre in Kaunas on Tuesday.",
        {"Regional Cyber Centre located_in Kaunas"},
        {}},
       // the place after 'run by X' or 'a correspondent for X' places the drill or the writer, not X
       {"Teams took part in Frost Line, an exercise run by the Nordic Cyber Agency in Bergen.",
        {"Frost Line located_in Bergen"},
        {"Nordic Cyber Agency located_in Bergen"}},
       {"Anna Berg is a correspondent for the Fjord Herald in Bergen.", {}, {"Fjord Herald located_in Bergen"}}});
}

TEST_CASE("an exercise that ends, opens or is run somewhere is located there", "[relate][located_in][s10]") {
  check_relation_rows(
      {{"Frost Line, the alliance's annual cyber exercise, ended in Bergen on Friday.",
        {"Frost Line located_in Bergen"},
        {}},
       {"Exercise Frost Line wrapped up last Friday in Bergen.", {"Frost Line located_in Bergen"}, {}},
       {"The accord builds on Frost Line, a table-top exercise that the two navies ran in Bergen last year.",
        {"Frost Line located_in Bergen"},
        {}},
       {"Exercise Frost Line, which was run out of Bergen by the navy, ended on Friday.",
        {"Frost Line located_in Bergen"},
        {}},
       // an office opened after the drill is not where the drill was
       {"Norway, which took part in Frost Line, later opened an office in Bergen.",
        {},
        {"Frost Line located_in Bergen"}}});
}

TEST_CASE("'$' among a word element's alternatives lets the clause end close the pattern",
          "[relate][affiliated_with][s10]") {
  check_relation_rows({{"The delegation met Colonel Anna Berg of the Nordic Cyber Agency.",
                        {"Anna Berg affiliated_with Nordic Cyber Agency"},
                        {}},
                       {"We spoke to Tomas Vik of the Nordic Cyber Agency, whose team won.",
                        {"Tomas Vik affiliated_with Nordic Cyber Agency"},
                        {}},
                       // a word that is neither listed nor the clause end still blocks it
                       {"The delegation met Anna Berg of the Nordic Cyber Agency yesterday in Oslo to discuss budgets.",
                        {},
                        {"Anna Berg affiliated_with Nordic Cyber Agency"}}});
}

TEST_CASE("people tied to a body by a role, a posting or a credit", "[relate][affiliated_with][s10]") {
  check_relation_rows(
      {// two people each 'of' their own body
       {"Speakers included Major Lena Dahl of the Nordic Cyber Agency and Dr Omar Said of the Gulf Policy Institute.",
        {"Lena Dahl affiliated_with Nordic Cyber Agency", "Omar Said affiliated_with Gulf Policy Institute"},
        {"Lena Dahl affiliated_with Gulf Policy Institute"}},
       {"Peru's ambassador to Chile and Bolivia, Carlos Rojas, opened the forum alongside Jan Novak.",
        {"Carlos Rojas affiliated_with Peru"},
        {"Jan Novak affiliated_with Peru"}},
       {"The post went to Karl Mets, who now serves at the Baltic Defence College.",
        {"Karl Mets affiliated_with Baltic Defence College"},
        {}},
       {"Maria Nowak, a deputy assistant secretary general in the Emerging Security Challenges Division, spoke first.",
        {"Maria Nowak affiliated_with Emerging Security Challenges Division"},
        {}},
       {"Dr Clara Ruiz, who studies maritime security at the Gulf Policy Institute, disagreed.",
        {"Clara Ruiz affiliated_with Gulf Policy Institute"},
        {}},
       {"Its deputy head is Major Pieter Smit, seconded from the Royal Netherlands Navy.",
        {"Pieter Smit affiliated_with Royal Netherlands Navy"},
        {}},
       {"Produced by Ilona Varga for the Danube News Agency.",
        {"Ilona Varga affiliated_with Danube News Agency"},
        {}}});
}

TEST_CASE("a byline's title is no outlet, and every writer it names works for the outlet",
          "[relate][affiliated_with][s10]") {
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
