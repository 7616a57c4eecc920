// Agreements and their parties, in wordings written for session 31 (helper x3):
// names written with an en dash, descriptions in title lines, and the other
// families below. Texts are the test's own, read as published on 18 June 2025.
#include <algorithm>
#include <string>
#include <vector>

#include "paraphrase_rows.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// Every name the extraction of one document gives to the entity labelled `label`.
std::vector<std::string> names_of(const std::string& text, const std::string& path, DocumentFormat format,
                                  const std::string& label) {
  Document doc = read_document_bytes(text, path, format);
  DocResult r = extract_document(doc, *default_lexicon());
  for (const auto& e : r.entities)
    if (e.label == label) return e.names;
  return {};
}

bool holds(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("a name written with an en dash keeps its written form", "[pipeline][s31-x3]") {
  auto text = names_of("Chile and Peru signed the Lima\u2013Arica Memorandum on Port Security on Monday.", "a.txt",
                       DocumentFormat::Text, "Lima-Arica Memorandum on Port Security");
  CHECK(holds(text, "Lima\u2013Arica Memorandum on Port Security"));
  auto html = names_of("<p>Ghana and Togo adopted the Accra&ndash;Lom&eacute; Declaration on Cyber Crime in May.</p>",
                       "b.html", DocumentFormat::Html, "Accra-Lom\u00e9 Declaration on Cyber Crime");
  CHECK(holds(html, "Accra\u2013Lom\u00e9 Declaration on Cyber Crime"));
  auto numeric = names_of("<p>Delegates met at the Oslo&#8211;Bergen Cyber Forum on Tuesday.</p>", "c.html",
                          DocumentFormat::Html, "Oslo-Bergen Cyber Forum");
  CHECK(holds(numeric, "Oslo\u2013Bergen Cyber Forum"));
  // a hyphen as written stays the only form
  auto plain = names_of("Chile and Peru signed the Lima-Arica Memorandum on Port Security on Monday.", "d.txt",
                        DocumentFormat::Text, "Lima-Arica Memorandum on Port Security");
  CHECK(plain.size() == 1);
}

TEST_CASE("a description in a title line is the story's one titled agreement", "[relate][s31-x3]") {
  const std::string filler =
      "The two navies held a drill last week. Officials praised the drill. Dozens of sailors took part. "
      "The drill lasted four days. ";
  check_relation_rows({
      {"Press note 12/2025\n\nChile and Peru sign memorandum on maritime cyber security\n\n" + filler +
           "On Monday, Chile and Peru signed the Arica Memorandum on Maritime Cyber Security.",
       {"Chile party_to Arica Memorandum on Maritime Cyber Security"},
       {"Chile party_to memorandum on maritime cyber security"}},
      {"PRESS RELEASE\n\nDrill ends; Ghana and Togo sign letter of intent on cyber training\n\n" + filler +
           "Ghana's army and Togo's army signed a Letter of Intent on Cyber Training Cooperation on Friday.",
       {}, {"Ghana party_to letter of intent on cyber training", "Togo party_to letter of intent on cyber training"}},
      {"Defence news\n\nEstonian-Latvian declaration on range sharing adopted in Valga\n\n" + filler +
           "Estonia and Latvia adopted the Valga Declaration on Range Sharing on Tuesday.",
       {"Latvia party_to Valga Declaration on Range Sharing"}, {}},
  });
  // a description in a sentence of the body stays apart from a title named far later
  auto r = relations_of("Chile and Peru signed a memorandum on maritime cyber security in 2019. " + filler +
                            "On Monday, Chile and Peru signed the Arica Memorandum on Maritime Cyber Security.",
                        Date{2025, 6, 18});
  CHECK(has_fact(r, "Chile party_to memorandum on maritime cyber security 2019"));
}

TEST_CASE("an agreement's head of several words goes on after 'on the'", "[relate][s31-x3]") {
  check_relation_rows({
      {"Austria and Ireland signed the Graz Statement on the Cyber Security of Small States.",
       {"Ireland party_to Graz Statement on the Cyber Security of Small States"}, {}},
      {"Chile and Peru signed the Lima Letter of Intent on the Protection of Undersea Cables on Monday.",
       {"Peru party_to Lima Letter of Intent on the Protection of Undersea Cables 2025-06-16"}, {}},
      {"The Aland Statement on the Security of Baltic Ports was adopted by Finland and Sweden in May.",
       {"Sweden party_to Aland Statement on the Security of Baltic Ports 2025-05"}, {}},
  });
}

TEST_CASE("a body's name in its own language and short form in brackets stays with the body", "[relate][s31-x3]") {
  check_relation_rows({
      {"The Secretariat of National Defense (Secretaría de la Defensa Nacional, Sedena) and Chile's Joint Cyber "
       "Command signed on Monday a Letter of Intent on Cyber Training.",
       {"Secretariat of National Defense party_to Letter of Intent on Cyber Training 2025-06-16"}, {}},
      {"The Uruguayan Cyber Agency (Agencia Uruguaya de Ciberseguridad, Aucib) and Peru's Cyber Command signed the "
       "Lima Memorandum on Cyber Schools on Friday.",
       {"Uruguayan Cyber Agency party_to Lima Memorandum on Cyber Schools 2025-06-13"}, {}},
  });
}

TEST_CASE("who exchange the signed document are its parties", "[relate][s31-x3]") {
  check_relation_rows({
      {"Lena Sorensen, director of the Danish Cyber Agency, and Ola Berg, head of the Norwegian Cyber Range, "
       "exchanged the signed Oslo Memorandum on Range Sharing on Friday.",
       {"Danish Cyber Agency party_to Oslo Memorandum on Range Sharing 2025-06-13",
        "Norwegian Cyber Range party_to Oslo Memorandum on Range Sharing 2025-06-13"}, {}},
      {"Denmark and Norway exchanged signed copies of the Oslo Memorandum on Range Sharing on Friday.",
       {"Norway party_to Oslo Memorandum on Range Sharing 2025-06-13"}, {}},
      {"In Suva, Fiji and Tonga exchange the signed Suva Declaration on Cable Security.",
       {"Tonga party_to Suva Declaration on Cable Security"}, {}},
      {"Fiji and Tonga exchanged views on the Suva Declaration on Cable Security.", {},
       {"Tonga party_to Suva Declaration on Cable Security"}},
  });
}

TEST_CASE("a signatories label lists the parties of the agreement just named", "[relate][s31-x3]") {
  check_relation_rows({
      {"The Riga Memorandum on Threat Exchange was signed on Monday. Signatories: Latvia and Estonia.",
       {"Latvia party_to Riga Memorandum on Threat Exchange", "Estonia party_to Riga Memorandum on Threat Exchange"}, {}},
      {"The two agencies have signed the Riga Memorandum on Threat Exchange. Signatories: CERT.LV Head Janis Ozols "
       "and Lithuania's NKSC Director Mart Tamm.",
       {"CERT.LV party_to Riga Memorandum on Threat Exchange"}, {}},
      {"Kenya and Rwanda adopted the Kigali Declaration on Cyber Schools. Signed by: Kenya and Rwanda.",
       {"Rwanda party_to Kigali Declaration on Cyber Schools"}, {}},
  });
}

TEST_CASE("an agreement named after a place with 'of' keeps its subject", "[recognise][s31-x3]") {
  check_relation_rows({
      {"Norway and Iceland signed the Bay of Biscay Declaration on Cables on Monday.",
       {"Iceland party_to Bay of Biscay Declaration on Cables 2025-06-16"}, {}},
      {"The Gulf of Riga Memorandum on Port Security was adopted by Latvia and Estonia in May.",
       {"Latvia party_to Gulf of Riga Memorandum on Port Security 2025-05"}, {}},
  });
}

TEST_CASE("an agreement told of first and named in the next sentence", "[recognise][s31-x3]") {
  check_relation_rows({
      {"Finland and Estonia signed an agreement in May. It is called the Narva Declaration on Cyber Defence.",
       {"Finland party_to Narva Declaration on Cyber Defence 2025-05",
        "Estonia party_to Narva Declaration on Cyber Defence 2025-05"}, {}},
      {"Chile and Peru adopted a new memorandum on Monday. The document is known as the Arica Memorandum on Port "
       "Security.",
       {"Peru party_to Arica Memorandum on Port Security 2025-06-16"}, {}},
      {"Ghana and Togo concluded a bilateral arrangement last week. It was named the Lome Arrangement on Cyber Crime.",
       {"Ghana party_to Lome Arrangement on Cyber Crime"}, {}},
      {"Chile hosted a drill on Monday. It is called the Arica Memorandum on Port Security.", {},
       {"Chile party_to Arica Memorandum on Port Security"}},
  });
}
