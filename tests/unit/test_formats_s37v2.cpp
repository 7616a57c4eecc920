// Session 37 (helper v2): HTML pages and Markdown stories as sites and
// newsrooms write them give the relations of the same story told as plain
// text. Every text written for these tests.
#include <algorithm>

#include "document/document.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// The relations of a document in `format`, read as published on 18 June 2025.
std::vector<std::string> format_relations(const std::string& bytes, const std::string& path, DocumentFormat format) {
  Document d = read_document_bytes(bytes, path, format);
  return relations_of(d.text, Date{2025, 6, 18});
}

bool has_text(const Document& d, const std::string& s) { return d.text.find(s) != std::string::npos; }

}  // namespace

TEST_CASE("s37-v2: a list's lead-in says the items defended or fielded teams", "[relate][participates_in][s37-v2]") {
  check_relation_rows({
      {"Exercise Reef Lantern ran in Apia last week.\n\nTeams from these nations defended the range:\n\n"
       "- Vanuatu: the team of the Vanuatu Mobile Force.\n- Kiribati: two analysts from the Kiribati Police Service.\n",
       {"Vanuatu participates_in Reef Lantern", "Kiribati participates_in Reef Lantern",
        "Vanuatu Mobile Force participates_in Reef Lantern"},
       {}},
      {"Exercise Reef Lantern ran in Apia last week.\n\nThese countries fielded teams:\n\n- Nauru\n- Tuvalu\n",
       {"Nauru participates_in Reef Lantern", "Tuvalu participates_in Reef Lantern"},
       {}},
      {"Exercise Reef Lantern ran in Apia last week.\n\nNations represented:\n\n- Palau\n- Fiji\n",
       {"Palau participates_in Reef Lantern", "Fiji participates_in Reef Lantern"},
       {}},
  });
  // Markdown: a bold label, then a dash or a colon inside or outside the bold
  auto md = format_relations(
      "Exercise Reef Lantern ran in Apia last week.\n\nTeams from these nations defended the range:\n\n"
      "- **Vanuatu** \xE2\x80\x94 the team of the Vanuatu Mobile Force.\n"
      "* **Kiribati:** two analysts from the Kiribati Police Service.\n",
      "reef.md", DocumentFormat::Markdown);
  CHECK(has_fact(md, "Vanuatu participates_in Reef Lantern"));
  CHECK(has_fact(md, "Kiribati participates_in Reef Lantern"));
  CHECK(has_fact(md, "Kiribati Police Service participates_in Reef Lantern"));
}
