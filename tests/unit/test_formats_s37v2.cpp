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

TEST_CASE("s37-v2: an HTML table's row is one line of cells, as in Markdown", "[document][html][s37-v2]") {
  const std::string page =
      "<html><body><h1>Steppe Relay closes</h1><p>Exercise Steppe Relay ran in Karaganda last week.</p>"
      "<p>Participating teams</p><table><thead><tr><th>Nation</th><th>Team</th></tr></thead><tbody>"
      "<tr><td>Mongolia</td><td>Mongolian Armed Forces Cyber Unit</td></tr>\n"
      "<tr><td>Kyrgyzstan</td><td><b>Kyrgyz</b> National Guard</td></tbody></table></body></html>";
  Document d = read_document_bytes(page, "p.html", DocumentFormat::Html);
  CHECK(has_text(d, "\n| Nation | Team |\n"));
  CHECK(has_text(d, "\n| Mongolia | Mongolian Armed Forces Cyber Unit |\n"));
  CHECK(has_text(d, "\n| Kyrgyzstan | Kyrgyz National Guard |"));  // the row's end tag left out
  auto r = relations_of(d.text, Date{2025, 6, 18});
  CHECK(has_fact(r, "Mongolian Armed Forces Cyber Unit participates_in Steppe Relay"));
  CHECK(has_fact(r, "Mongolian Armed Forces Cyber Unit part_of Mongolia"));
  // a layout table's cell holds paragraphs: each stays a paragraph, no cell marks
  Document layout = read_document_bytes(
      "<table><tr><td><p>Mongolia hosted Steppe Relay.</p><p>Kazakhstan took part.</p></td><td>Menu</td></tr></table>",
      "l.html", DocumentFormat::Html);
  CHECK(has_text(layout, "Mongolia hosted Steppe Relay.\n\nKazakhstan took part."));
  CHECK_FALSE(has_text(layout, "|"));
}

TEST_CASE("s37-v2: a definition list's term and description are one line", "[document][html][s37-v2]") {
  Document d = read_document_bytes(
      "<p>Units taking part:</p><dl><dt>Belize</dt><dd>Belize Defence Force</dd>"
      "<dt>Guyana:</dt> <dd>Guyana Defence Force</dd></dl>",
      "dl.html", DocumentFormat::Html);
  CHECK(has_text(d, "\nBelize: Belize Defence Force\n"));
  CHECK(has_text(d, "\nGuyana: Guyana Defence Force"));
}

TEST_CASE("s37-v2: a box of links to other stories is no text of this one", "[document][html][s37-v2]") {
  const std::string page =
      "<article><p>Norway hosted Polar Gate in Bodo.</p>"
      "<aside class=\"related\"><h3>Read more</h3><ul><li><a href=\"/a\">Iceland joins Arctic cyber network</a></li>"
      "<li><a href=\"/b\">Greenland opens data centre</a></li></ul></aside>"
      "<ol><li><a href=\"/c\">Faroe fishing quotas agreed for next year</a></li></ol>"
      "<ul><li><a href=\"/t/se\">Sweden</a>: the Swedish Armed Forces</li><li><a href=\"/t/fi\">Finland</a></li></ul>"
      "<ul><li><a href=\"/t/dk\">Denmark</a></li><li><a href=\"/t/ee\">Estonia</a></li></ul>"
      "<aside class=\"factbox\"><p>Polar Gate is run by the Norwegian Armed Forces.</p></aside></article>";
  Document d = read_document_bytes(page, "p.html", DocumentFormat::Html);
  CHECK_FALSE(has_text(d, "Iceland"));
  CHECK_FALSE(has_text(d, "Read more"));
  CHECK_FALSE(has_text(d, "Faroe"));
  CHECK(has_text(d, "Sweden: the Swedish Armed Forces"));  // text outside the link: an item of the story
  CHECK(has_text(d, "Denmark"));                           // names alone: no headlines
  CHECK(has_text(d, "Polar Gate is run by the Norwegian Armed Forces."));
}

TEST_CASE("s37-v2: Markdown carries raw HTML, entities and wrapped list items", "[document][markdown][s37-v2]") {
  const std::string md =
      "<!-- exported from the\ncontent system -->\n"
      "**APIA** &mdash; Exercise Reef Lantern ran in Apia.<br>\nThe minister met Attorney General "
      "<strong>Ana Tuala</strong> at the Apia&nbsp;Yacht Club &amp; Marina.\n\n"
      "Teams from these nations defended the range:\n\n"
      "- **Tuvalu** \xE2\x80\x94 two officers of the\n  Tuvalu Police Force\n"
      "- **Nauru**: the team of the\n\tNauru Police Force\n"
      "  - a nested item stays apart\n\n"
      "A closing paragraph < 3 lines long, <3 written as such.\n";
  Document d = read_document_bytes(md, "r.md", DocumentFormat::Markdown);
  INFO(d.text);
  CHECK_FALSE(has_text(d, "<!--"));
  CHECK_FALSE(has_text(d, "content system"));
  CHECK_FALSE(has_text(d, "<strong>"));
  CHECK(has_text(d, "APIA  -  Exercise Reef Lantern ran in Apia.\n"));  // an em dash is " - " between its spaces
  CHECK(has_text(d, "\nThe minister met Attorney General Ana Tuala at the Apia Yacht Club & Marina."));
  CHECK(has_text(d, "\n- Tuvalu  -  two officers of the Tuvalu Police Force\n"));
  CHECK(has_text(d, "\n- Nauru: the team of the Nauru Police Force\n"));
  CHECK(has_text(d, "\n- a nested item stays apart\n"));
  CHECK(has_text(d, "A closing paragraph < 3 lines long, <3 written as such."));  // no tag: kept
  auto r = relations_of(d.text, Date{2025, 6, 18});
  CHECK(has_fact(r, "Tuvalu Police Force participates_in Reef Lantern"));
  CHECK(has_fact(r, "Tuvalu Police Force part_of Tuvalu"));
  CHECK(has_fact(r, "Nauru Police Force participates_in Reef Lantern"));
  // an offset still points at the original bytes
  std::size_t at = d.text.find("Ana Tuala");
  REQUIRE(at != std::string::npos);
  CHECK(md.substr(d.original_offset(at), 9) == "Ana Tuala");
}

TEST_CASE("s37-v2: a list item's label and a dash before a lower-case run is no heading", "[relate][participates_in][s37-v2]") {
  check_relation_rows({
      {"Exercise Atoll Gate ran in Majuro last week.\n\nWho took part:\n\nPalau - the Palau Police Department\n\n"
       "Nauru - a team of the Nauru Police Force\n",
       {"Palau participates_in Atoll Gate", "Palau Police Department participates_in Atoll Gate",
        "Nauru Police Force part_of Nauru"},
       {}},
  });
}

TEST_CASE("s37-v2: a Markdown list item keeps its bullet or number, as plain text does", "[document][markdown][s37-v2]") {
  const std::string md =
      "Exercise Lagoon Key ran in Honiara last week.\n\n## Who defended the range\n\n"
      "1. **Vanuatu** (the team of the Vanuatu Mobile Force)\n2. **Tonga**, represented by the Tonga Police\n\n"
      "## Timeline\n\n- **2023** \xE2\x80\x93 Vanuatu sets up a Cyber Response Unit inside the Vanuatu Mobile Force.\n"
      "- **14 March** - Vanuatu signed the Lagoon Cyber Pact.\n";
  Document d = read_document_bytes(md, "k.md", DocumentFormat::Markdown);
  INFO(d.text);
  CHECK(has_text(d, "\n1. Vanuatu (the team of the Vanuatu Mobile Force)\n"));
  auto r = relations_of(d.text, Date{2025, 6, 18});
  // a numbered item is no title-case heading
  CHECK(has_fact(r, "Vanuatu participates_in Lagoon Key"));
  CHECK(has_fact(r, "Tonga participates_in Lagoon Key"));
  // a timeline entry's date after the bullet still dates the entry
  CHECK(has_fact(r, "Vanuatu's Cyber Response Unit part_of Vanuatu Mobile Force 2023"));
  CHECK(has_fact(r, "Vanuatu party_to Lagoon Cyber Pact 2025-03-14"));
}

TEST_CASE("s37-v2: an HTML list item opens with a bullet, as in plain text", "[document][html][s37-v2]") {
  const std::string page =
      "<html><body><p>Exercise Harbour Sentry ran in Gdynia last week.</p><p>Participating units:</p>"
      "<ul><li><strong>Lithuania</strong>: Lithuanian Armed Forces Cyber Defence Command</li>"
      "<li><b>Sweden</b> &ndash; Swedish Armed Forces Cyber Unit</li></ul></body></html>";
  Document d = read_document_bytes(page, "h.html", DocumentFormat::Html);
  INFO(d.text);
  CHECK(has_text(d, "\n- Lithuania: Lithuanian Armed Forces Cyber Defence Command\n"));
  auto r = relations_of(d.text, Date{2025, 6, 18});
  CHECK(has_fact(r, "Lithuanian Armed Forces Cyber Defence Command participates_in Harbour Sentry"));
  CHECK(has_fact(r, "Swedish Armed Forces Cyber Unit participates_in Harbour Sentry"));
}

TEST_CASE("s37-v2: more front matter keys and bylines carry the publication date", "[document][metadata][s37-v2]") {
  for (std::string key : {"publication_date", "created", "posted", "datetime", "first_published"}) {
    Document d = read_document_bytes("---\ntitle: Reef drill\n" + key + ": 2026-11-27T17:40\n---\n\nNauru took part.\n",
                                     "f.md", DocumentFormat::Markdown);
    INFO(key);
    REQUIRE(d.meta.published);
    CHECK(d.meta.published->iso() == "2026-11-27");
  }
  Document updated = read_document_bytes("---\ntitle: Reef drill\nlastmod: 2026-11-30\n---\n\nNauru took part.\n", "u.md",
                                         DocumentFormat::Markdown);
  CHECK_FALSE(updated.meta.published);  // an edit's date is no publication's
  // a byline's name and its date with no mark between (two spans side by side)
  Document spans = read_document_bytes(
      "<html><body><h1>Reef drill</h1><div class=\"meta\"><span>By Ioane Teo</span> <span>27 November 2026</span></div>"
      "<p>Nauru took part in the drill.</p></body></html>",
      "s.html", DocumentFormat::Html);
  CHECK(spans.meta.author == "Ioane Teo");
  REQUIRE(spans.meta.published);
  CHECK(spans.meta.published->iso() == "2026-11-27");
  Document text = read_document_bytes("Reef drill\n\nBy Ioane Teo Nov. 27, 2026 5:40 PM\n\nNauru took part.\n", "t.txt",
                                      DocumentFormat::Text);
  CHECK(text.meta.author == "Ioane Teo");
  REQUIRE(text.meta.published);
  CHECK(text.meta.published->iso() == "2026-11-27");
  // the timestamp in a dated element's attribute; a byline element in capitals with its label
  Document abbr = read_document_bytes(
      "<html><body><h1>Reef drill</h1><p class=\"byline\">BY IOANE TEO</p>"
      "<abbr class=\"published\" title=\"2026-11-27T17:40:00+12:00\">Nov 27</abbr><p>Nauru took part.</p></body></html>",
      "a.html", DocumentFormat::Html);
  REQUIRE(abbr.meta.published);
  CHECK(abbr.meta.published->iso() == "2026-11-27");
  CHECK(abbr.meta.author == "IOANE TEO");
}
