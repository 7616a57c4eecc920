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
