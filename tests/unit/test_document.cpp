#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "document/document.hpp"
#include "document/text_builder.hpp"
#include "segment/sentences.hpp"
#include "util/errors.hpp"

using namespace newsgraph;

namespace {
Document read(const std::string& bytes, DocumentFormat format = DocumentFormat::Text) {
  return read_document_bytes(bytes, "doc", format);
}
// The original bytes of a text span.
std::string original_of(const Document& doc, std::size_t start, std::size_t end) {
  auto [a, b] = doc.original_span(start, end);
  return doc.original.substr(a, b - a);
}
std::string original_of(const Document& doc, std::string_view needle) {
  std::size_t at = doc.text.find(needle);
  REQUIRE(at != std::string::npos);
  return original_of(doc, at, at + needle.size());
}

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() / ("newsgraph_doc_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::filesystem::path write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return path / name;
  }
};
}  // namespace

TEST_CASE("plain ASCII text is kept as it is", "[document]") {
  auto doc = read("Peru joined the pact.\nChile did too.\n");
  CHECK(doc.text == doc.original);
  CHECK(doc.offset_anchors.empty());
  CHECK(doc.original_offset(5) == 5);
  CHECK(original_of(doc, "Chile did too.") == "Chile did too.");
}

TEST_CASE("Unicode is normalised for matching while offsets map to the original", "[document]") {
  std::string in = "Peru\xE2\x80\x99s navy \xE2\x80\x9Cwelcomed\xE2\x80\x9D it\xC2\xA0then\xE2\x80\x94quickly "
                   "\xE2\x80\x93 in 2019\xE2\x80\x91" "20. Caf\xC3\xA9 Lima.";
  auto doc = read(in);
  CHECK(doc.text == "Peru's navy \"welcomed\" it then - quickly - in 2019-20. Caf\xC3\xA9 Lima.");
  CHECK(original_of(doc, "Peru's") == "Peru\xE2\x80\x99s");
  CHECK(original_of(doc, "\"welcomed\"") == "\xE2\x80\x9Cwelcomed\xE2\x80\x9D");
  CHECK(original_of(doc, "Caf\xC3\xA9 Lima.") == "Caf\xC3\xA9 Lima.");
  CHECK(original_of(doc, "2019-20") == "2019\xE2\x80\x91" "20");
  CHECK(original_of(doc, "quickly") == "quickly");
}

TEST_CASE("CR LF line ends become LF", "[document]") {
  auto doc = read("Headline\r\n\r\nBody text.\r\n");
  CHECK(doc.text == "Headline\n\nBody text.\n");
  CHECK(original_of(doc, "Body text.") == "Body text.");
}

TEST_CASE("invalid UTF-8 is replaced and reported with its byte offset", "[document]") {
  auto doc = read_document_bytes("Good start. Bad \xFF\xFE byte.", "feed/a.txt", DocumentFormat::Text);
  CHECK(doc.text == "Good start. Bad \xEF\xBF\xBD\xEF\xBF\xBD byte.");
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0].find("feed/a.txt: invalid UTF-8 at byte 16") == 0);
  CHECK(original_of(doc, "byte.") == "byte.");
}

TEST_CASE("Markdown markup is stripped", "[document]") {
  std::string md =
      "# Chile joins *the* drill\n\n*By Ana Lopez, Harbour Post - Mar. 4, 2024 9:00AM GMT-3*\n\n"
      "The **navy** of [Chile](https://example.org/chile) took part in _Pacific Shield_.\n"
      "![a photo](img.png)\n\n- Peru sent ships.\n- Ecuador sent planes.\n\n> A quoted line with snake_case.\n";
  auto doc = read(md, DocumentFormat::Markdown);
  CHECK(doc.meta.title == "Chile joins the drill");
  CHECK(doc.text.find("The navy of Chile took part in Pacific Shield.") != std::string::npos);
  CHECK(doc.text.find("http") == std::string::npos);
  CHECK(doc.text.find("photo") == std::string::npos);
  CHECK(doc.text.find("\n- Peru sent ships.") != std::string::npos);  // the bullet kept, as plain text writes it (s37-v2)
  CHECK(doc.text.find("A quoted line with snake_case.") != std::string::npos);
  CHECK(original_of(doc, "Chile took part") == "Chile](https://example.org/chile) took part");
  CHECK(doc.meta.author == "Ana Lopez");
  CHECK(doc.meta.source == "Harbour Post");
  REQUIRE(doc.meta.published);
  CHECK(doc.meta.published->iso() == "2024-03-04");
  CHECK(doc.meta.timezone == "GMT-3");
  auto sentences = segment_sentences(doc.text);
  bool items_apart = false;
  for (auto s : sentences) items_apart |= doc.text.substr(s.start, s.end - s.start) == "- Peru sent ships.";
  CHECK(items_apart);
}

TEST_CASE("HTML: tags stripped, entities decoded, head read as metadata", "[document]") {
  std::string html =
      "<!DOCTYPE html><html><head><title>Peru joins pact | The Andes Daily</title>"
      "<meta name=\"author\" content=\"Rosa Quispe\">"
      "<meta property=\"article:published_time\" content=\"2023-11-27T20:00:00+09:00\">"
      "<style>p { color: red }</style><script>var x = '<p>no</p>';</script></head>"
      "<body><nav>Home World</nav><h1>Peru joins the pact</h1>"
      "<p>Peru&rsquo;s navy &amp; army joined on Monday&nbsp;morning.</p>"
      "<p>It&#8209;was &#x201C;historic&#x201D; &middot; said Gen.<br>Luis Mora.</p><!-- a comment -->"
      "<div>Done &unknown; here</div></body></html>";
  auto doc = read(html, DocumentFormat::Html);
  CHECK(doc.meta.title == "Peru joins the pact");
  CHECK(doc.meta.author == "Rosa Quispe");
  REQUIRE(doc.meta.published);
  CHECK(doc.meta.published->iso() == "2023-11-27");
  CHECK(doc.meta.timezone == "+09:00");
  CHECK(doc.text.find("color") == std::string::npos);
  CHECK(doc.text.find("var x") == std::string::npos);
  CHECK(doc.text.find("Home") == std::string::npos);
  CHECK(doc.text.find("Peru's navy & army joined on Monday morning.") != std::string::npos);
  CHECK(doc.text.find("It-was \"historic\" \xC2\xB7 said Gen.\nLuis Mora.") != std::string::npos);
  CHECK(doc.text.find("Done &unknown; here") != std::string::npos);
  CHECK(original_of(doc, "Peru's navy & army") == "Peru&rsquo;s navy &amp; army");
  CHECK(original_of(doc, "joined on Monday morning.") == "joined on Monday&nbsp;morning.");
  // block elements end paragraphs: each is a sentence of its own
  auto sentences = segment_sentences(doc.text);
  REQUIRE(sentences.size() >= 3);
  CHECK(doc.text.substr(sentences[0].start, sentences[0].end - sentences[0].start) == "Peru joins the pact");
}

TEST_CASE("the entity table is sorted", "[document]") {
  CHECK(document_detail::html_entities_sorted());
  CHECK(document_detail::html_entity("rsquo") == 0x2019);
  CHECK(document_detail::html_entity("AElig") == 0xC6);
  CHECK(document_detail::html_entity("nosuch") == 0);
}

TEST_CASE("bylines and datelines of plain text", "[document]") {
  auto doc = read(
      "Chile joins the Pacific drill for the first time\n\nBy Ana Lopez, The Harbour Post\n"
      "Nov. 27, 2023 8:00PM GMT+9 Updated Nov. 28, 2023 8:25PM GMT+9\n\nChile said on Dec. 1, 2023 it would.\n");
  CHECK(doc.meta.title == "Chile joins the Pacific drill for the first time");
  CHECK(doc.meta.author == "Ana Lopez");
  CHECK(doc.meta.source == "The Harbour Post");
  REQUIRE(doc.meta.published);
  CHECK(doc.meta.published->iso() == "2023-11-27");
  CHECK(doc.meta.timezone == "GMT+9");

  auto other = read(
      "Navy drill\nA photo caption says the ships left on May 5, 2022 from Lima.\nBy Tom Berg, Sea News\n"
      "Updated May 10, 2022\nMay 6, 2022 10:41 PM KST\n\nBody.\n");
  REQUIRE(other.meta.published);
  CHECK(other.meta.published->iso() == "2022-05-06");
  CHECK(other.meta.timezone == "KST");

  auto web = read("Navy drill\n\nBy TOM BERG / LIMA\nPublished 10:31 AM EST, Thu May 5, 2022\n\nBody.\n");
  REQUIRE(web.meta.published);
  CHECK(web.meta.published->iso() == "2022-05-05");
  CHECK(web.meta.timezone == "EST");
  CHECK(web.meta.author == "TOM BERG");

  auto none = read("Navy drill\n\nThe navy sailed on May 5, 2022 and came back later that week.\n");
  CHECK_FALSE(none.meta.published);
  CHECK(none.meta.author.empty());
}

TEST_CASE("format by extension and sniffed for standard input", "[document]") {
  CHECK(format_of_path("a/b.MD") == DocumentFormat::Markdown);
  CHECK(format_of_path("a/b.htm") == DocumentFormat::Html);
  CHECK(format_of_path("a/b.txt") == DocumentFormat::Text);
  CHECK(sniff_format("  <p>hi</p>") == DocumentFormat::Html);
  CHECK(sniff_format("<!doctype html>") == DocumentFormat::Html);
  CHECK(sniff_format("Title\n<html>") == DocumentFormat::Html);
  CHECK(sniff_format("Plain words.") == DocumentFormat::Text);
}

TEST_CASE("load_document skips binary, empty and oversized inputs with a reason", "[document]") {
  TempDir dir;
  DocumentLoadSettings settings;
  auto binary = load_document({"bin.txt", dir.write("bin.txt", std::string("ab\0cd", 5))}, settings);
  CHECK_FALSE(binary.document);
  CHECK(binary.skip_reason.find("binary") != std::string::npos);
  auto controls = load_document({"c.txt", dir.write("c.txt", std::string(100, '\x01'))}, settings);
  CHECK(controls.skip_reason.find("binary") != std::string::npos);
  auto empty = load_document({"e.txt", dir.write("e.txt", " \n\n ")}, settings);
  CHECK_FALSE(empty.document);
  CHECK(empty.skip_reason.find("empty") != std::string::npos);
  auto missing = load_document({"nope.txt", dir.path / "nope.txt"}, settings);
  CHECK(missing.skip_reason.find("cannot open") == 0);
  auto bad = load_document({"bad.txt", dir.write("bad.txt", "Caf\xE9 Lima is open.\n")}, settings);
  REQUIRE(bad.document);
  REQUIRE(bad.warnings.size() == 1);
  CHECK(bad.warnings[0].find("bad.txt: invalid UTF-8 at byte 3") == 0);
  {
    std::ofstream big(dir.path / "big.txt", std::ios::binary);
    big.seekp(static_cast<std::streamoff>(kMaxDocumentBytes) + 10);
    big << 'x';
  }
  auto oversized = load_document({"big.txt", dir.path / "big.txt"}, settings);
  CHECK_FALSE(oversized.document);
  CHECK(oversized.skip_reason.find("limit") != std::string::npos);
}

TEST_CASE("load_document reads standard input and sniffs its format", "[document]") {
  std::istringstream in("<p>Peru&rsquo;s pact.</p>");
  DocumentLoadSettings settings;
  settings.standard_input = &in;
  auto loaded = load_document({"-", {}}, settings);
  REQUIRE(loaded.document);
  CHECK(loaded.document->format == DocumentFormat::Html);
  CHECK(loaded.document->text.find("Peru's pact.") != std::string::npos);
}

TEST_CASE("sidecar metadata in CSV and JSON, and precedence over --date and bylines", "[document]") {
  auto csv = SidecarMetadata::parse(
      "path,date,title,source\n"
      "news/a.txt,2023-05-01,\"Peru, Chile and \"\"friends\"\"\",Andes Daily\n"
      "b.txt,2022,,\n",
      "meta.csv");
  CHECK(csv.size() == 2);
  const SidecarEntry* a = csv.find({"news/a.txt", "news/a.txt"});
  REQUIRE(a);
  CHECK(a->title == "Peru, Chile and \"friends\"");
  CHECK(a->date->iso() == "2023-05-01");
  CHECK(csv.find({"./news/a.txt", "./news/a.txt"}) == a);
  CHECK(csv.find({"other/dir/b.txt", "other/dir/b.txt"}));  // by file name
  CHECK_FALSE(csv.find({"c.txt", "c.txt"}));

  auto json = SidecarMetadata::parse(R"([{"path": "a.txt", "date": "2024-02", "source": "Wire"}])", "m.json");
  REQUIRE(json.find({"x/a.txt", "x/a.txt"}));
  CHECK(json.find({"x/a.txt", "x/a.txt"})->date->iso() == "2024-02");
  auto keyed = SidecarMetadata::parse(R"({"a.txt": {"title": "T"}})", "m.json");
  CHECK(keyed.find({"a.txt", "a.txt"})->title == "T");

  TempDir dir;
  auto file = dir.write("a.txt", "Headline\n\nBy Ana Lopez, Harbour Post\nMar. 4, 2024\n\nBody.\n");
  DocumentLoadSettings settings;
  auto plain = load_document({"a.txt", file}, settings);
  CHECK(plain.document->meta.published->iso() == "2024-03-04");
  settings.default_date = Date{2020, 1, 1};
  auto dated = load_document({"a.txt", file}, settings);
  CHECK(dated.document->meta.published->iso() == "2020-01-01");
  settings.sidecar = &json;
  auto side = load_document({"a.txt", file}, settings);
  CHECK(side.document->meta.published->iso() == "2024-02");
  CHECK(side.document->meta.source == "Wire");
  CHECK(side.document->meta.author == "Ana Lopez");
}

TEST_CASE("malformed sidecars give errors with a line or JSON pointer", "[document]") {
  try {
    SidecarMetadata::parse("path,date\na.txt,2023-02-30\n", "m.csv");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.position().line == 2u);
    CHECK(std::string(e.what()).find("2023-02-30") != std::string::npos);
  }
  CHECK_THROWS_AS(SidecarMetadata::parse("path,colour\na.txt,red\n", "m.csv"), InputError);
  CHECK_THROWS_AS(SidecarMetadata::parse("path,date\n\"a.txt,2023\n", "m.csv"), InputError);
  try {
    SidecarMetadata::parse(R"([{"path": "a.txt", "date": "May 2023"}])", "m.json");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.position().json_pointer.find("/0") == 0);
  }
  CHECK_THROWS_AS(SidecarMetadata::parse(R"([{"path": "a.txt", "colour": "red"}])", "m.json"), InputError);
  CHECK_THROWS_AS(SidecarMetadata::parse("[{", "m.json"), InputError);
}

TEST_CASE("pathological markup is read in one pass", "[document]") {
  // Each of these would take hours if a scan restarted at every mark.
  const std::size_t n = 1 << 20;
  auto amps = read(std::string(n, '&'), DocumentFormat::Html);
  CHECK(amps.text.size() == n);
  auto brackets = read(std::string(n, '['), DocumentFormat::Markdown);
  CHECK(brackets.text.size() == n + 1);
  std::string refs;
  for (std::size_t i = 0; i < n / 8; ++i) refs += "[a b c\n";
  CHECK(read(refs, DocumentFormat::Markdown).text.size() == refs.size());
  std::string tags;
  for (std::size_t i = 0; i < n / 2; ++i) tags += "<a";
  auto html = read(tags, DocumentFormat::Html);
  CHECK(html.text.empty());  // one unclosed tag
  auto lt = read(std::string(n, '<'), DocumentFormat::Html);
  CHECK(lt.text.size() == n);
}

TEST_CASE("HTML dates from JSON-LD and <time>, and a page wrapped in a form", "[document]") {
  auto ld = read("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                 "\"datePublished\": \"2022-05-06T22:41:00+09:00\"}</script></head><body><p>Text.</p></body></html>",
                 DocumentFormat::Html);
  REQUIRE(ld.meta.published);
  CHECK(ld.meta.published->iso() == "2022-05-06");
  CHECK(ld.meta.timezone == "+09:00");
  CHECK(ld.text.find("NewsArticle") == std::string::npos);

  auto timed = read("<body><form><article><time datetime=\"2021-03-02\">2 March</time>"
                    "<p>Peru joined.</p></article></form></body>",
                    DocumentFormat::Html);
  REQUIRE(timed.meta.published);
  CHECK(timed.meta.published->iso() == "2021-03-02");
  CHECK(timed.text.find("Peru joined.") != std::string::npos);

  // a dateline in the text wins over a <time> element
  auto both = read("<body><p>By Ana Lopez, Wire</p><p>Mar. 4, 2024</p><time datetime=\"2021-03-02\"></time></body>",
                   DocumentFormat::Html);
  CHECK(both.meta.published->iso() == "2024-03-04");
}

TEST_CASE("collecting inputs: sorted, filtered, and errors for nothing to read", "[document]") {
  TempDir dir;
  std::filesystem::create_directories(dir.path / "docs" / "z");
  std::filesystem::create_directories(dir.path / "nothing");
  dir.write("docs/z/b.md", "B.");
  dir.write("docs/a.txt", "A.");
  dir.write("docs/c.pdf", "%PDF");
  dir.write("nothing/readme.csv", "x");
  std::vector<SkippedInput> skipped;
  auto inputs = collect_inputs({(dir.path / "docs").string(), (dir.path / "nothing").string(), "-"}, skipped);
  REQUIRE(inputs.size() == 3);
  CHECK(inputs[0].path.filename() == "a.txt");
  CHECK(inputs[1].path.filename() == "b.md");
  CHECK(inputs[2].id == "-");
  CHECK(skipped.size() == 3);  // c.pdf, readme.csv, and the folder without documents
  std::vector<SkippedInput> more;
  CHECK_THROWS_AS(collect_inputs({(dir.path / "nothing").string()}, more), InputError);
  CHECK_THROWS_AS(collect_inputs({(dir.path / "absent").string()}, more), IoError);
}

TEST_CASE("random bytes and mangled articles keep every invariant", "[document]") {
  // Deterministic: the same inputs every run.
  std::uint32_t state = 12345;
  auto next = [&state] { return state = state * 1664525u + 1013904223u; };
  const std::string sample =
      "<h1>Peru &amp; Chile</h1>\n# Title\n\nBy Ana Lopez, Wire \xE2\x80\x94 Nov. 27, 2023 8:00PM GMT+9\n\n"
      "On Nov. 27 the U.S. Navy\xC2\xA0met Gen. Ruiz [here](http://x) from July 17 to 28. \xE2\x80\x9CYes.\xE2\x80\x9D\n";
  for (int round = 0; round < 300; ++round) {
    std::string bytes = sample;
    int edits = static_cast<int>(next() % 12);
    for (int k = 0; k < edits; ++k) {
      std::size_t at = next() % (bytes.size() + 1);
      switch (next() % 3) {
        case 0: bytes.insert(at, 1, static_cast<char>(next() & 0xFF)); break;
        case 1: if (at < bytes.size()) bytes.erase(at, 1 + next() % 8); break;
        default: bytes.insert(at, std::string("<&[*_\n.\xE2\x80\x99").substr(next() % 10, 1 + next() % 3));
      }
    }
    DocumentFormat format = static_cast<DocumentFormat>(round % 3);
    Document doc = read(bytes, format);
    std::size_t previous_end = 0;
    for (const Sentence& s : segment_sentences(doc.text)) {
      REQUIRE(s.start >= previous_end);
      REQUIRE(s.end > s.start);
      REQUIRE(s.end <= doc.text.size());
      previous_end = s.end;
      auto [a, b] = doc.original_span(s.start, s.end);
      REQUIRE(a <= b);
      REQUIRE(b <= doc.original.size());
    }
  }
}

TEST_CASE("Markdown front matter is metadata, not text", "[document]") {
  auto doc = read("---\ntitle: \"Peru joins the pact\"\ndate: 2023-11-27T20:00:00+09:00\nauthor: Rosa Quispe\n---\n"
                  "# A heading\n\nPeru joined.\n",
                  DocumentFormat::Markdown);
  CHECK(doc.meta.title == "Peru joins the pact");
  CHECK(doc.meta.author == "Rosa Quispe");
  REQUIRE(doc.meta.published);
  CHECK(doc.meta.published->iso() == "2023-11-27");
  CHECK(doc.meta.timezone == "+09:00");
  CHECK(doc.text.find("title") == std::string::npos);
  CHECK(original_of(doc, "Peru joined.") == "Peru joined.");
  // a rule that never closes is not front matter
  auto rule = read("---\nJust text.\n", DocumentFormat::Markdown);
  CHECK(rule.text.find("Just text.") != std::string::npos);
}

TEST_CASE("a web page saved as .txt is read as HTML", "[document]") {
  TempDir dir;
  auto loaded = load_document({"page.txt", dir.write("page.txt", "\n<!DOCTYPE html><p>Peru&rsquo;s navy.</p>")}, {});
  REQUIRE(loaded.document);
  CHECK(loaded.document->format == DocumentFormat::Html);
  CHECK(loaded.document->text.find("Peru's navy.") != std::string::npos);
}

TEST_CASE("datelines in numeric, labelled and byline formats", "[document]") {
  auto dotted = read("Harbour drill ends early\n2021.09.08 14:30 EEST\n\nThe navy left.\n");
  REQUIRE(dotted.meta.published);
  CHECK(dotted.meta.published->iso() == "2021-09-08");
  CHECK(dotted.meta.timezone == "EEST");

  auto day_first = read("Harbour drill ends early\n08.09.2021 14:30\n\nThe navy left.\n");
  REQUIRE(day_first.meta.published);
  CHECK(day_first.meta.published->iso() == "2021-09-08");

  // a slashed date whose day and month could swap is no date at all
  CHECK_FALSE(read("Harbour drill\n04/05/2021\n\nThe navy left.\n").meta.published);
  CHECK(read("Harbour drill\n24/05/2021\n\nText.\n").meta.published->iso() == "2021-05-24");

  auto updated = read("Harbour drill ends early\nUpdated: 9 Sep 2021, 08:15 PM IST\n\nThe navy left.\n");
  REQUIRE(updated.meta.published);
  CHECK(updated.meta.published->iso() == "2021-09-09");
  CHECK(updated.meta.timezone == "IST");

  // the publication date wins over an update written before it
  auto both = read("Harbour drill\nLast updated: 9 Sep 2021\nPublished: 7 Sep 2021\n\nThe navy left.\n");
  CHECK(both.meta.published->iso() == "2021-09-07");

  auto posted = read("Harbour drill\nPosted on October 2, 2020\n\nThe navy left.\n");
  CHECK(posted.meta.published->iso() == "2020-10-02");

  auto piped = read("Harbour drill\nBy Lena Holm | Coastal Wire | Oct. 2, 2020 10:00 CET\n\nThe navy left.\n");
  CHECK(piped.meta.author == "Lena Holm");
  CHECK(piped.meta.source == "Coastal Wire");
  REQUIRE(piped.meta.published);
  CHECK(piped.meta.published->iso() == "2020-10-02");
  CHECK(piped.meta.timezone == "CET");

  auto iso = read("Harbour drill\nPublished: 2020-10-02T09:30:00+02:00\n\nThe navy left.\n");
  CHECK(iso.meta.published->iso() == "2020-10-02");
  CHECK(iso.meta.timezone == "+02:00");
}

TEST_CASE("bylines without 'By' that end in a date", "[document]") {
  auto piped = read("Harbour drill ends early\nLena Holm | Coastal Wire | Oct. 2, 2020\n\nThe navy left.\n");
  REQUIRE(piped.meta.published);
  CHECK(piped.meta.published->iso() == "2020-10-02");
  CHECK(piped.meta.title == "Harbour drill ends early");
  CHECK(read("Harbour drill\nLena Holm / Coastal Wire / 2 October 2020\n\nText.\n").meta.published->iso() == "2020-10-02");
  CHECK(read("Harbour drill\nLena Holm, Valparaiso, 2 October 2020\n\nText.\n").meta.published->iso() == "2020-10-02");
  CHECK(read("Harbour drill\nValparaiso, 2 October 2020\n\nText.\n").meta.published->iso() == "2020-10-02");
  // a headline with a date is a title, and a sentence is no byline
  CHECK_FALSE(read("Chile joins the drill | Oct. 2, 2020\n\nText.\n").meta.published);
  CHECK_FALSE(read("Harbour drill\nThe navy, which left on 2 October 2020, is back.\n").meta.published);
}

TEST_CASE("the outlet's name above the headline is not the title", "[document]") {
  auto caps = read("THE COASTAL WIRE\n\nHarbour drill ends early in the north\nBy Lena Holm\nOct. 2, 2020\n\nText.\n");
  CHECK(caps.meta.title == "Harbour drill ends early in the north");
  CHECK(caps.meta.source == "THE COASTAL WIRE");
  auto named = read("Coastal Daily\nHarbour drill ends early in the north\n2020.10.02\n\nText.\n");
  CHECK(named.meta.title == "Harbour drill ends early in the north");
  // a short headline stays the title
  auto headline = read("Chile Joins Drill\nBy Lena Holm\nOct. 2, 2020\n\nText.\n");
  CHECK(headline.meta.title == "Chile Joins Drill");
  // the outlet, then its section or edition after a separator
  auto section = read("Coastal Ledger | Cyber & Defence\n\nHarbour drill ends early in the north\nBy Lena Holm\n\nText.\n");
  CHECK(section.meta.source == "Coastal Ledger");
  CHECK(section.meta.title == "Harbour drill ends early in the north");
  auto service = read("Fjord Wire - Nordic news service\nOslo, 2 October 2020\n\nHarbour drill ends early in the north\n\nText.\n");
  CHECK(service.meta.source == "Fjord Wire");
  // a headline with a dash is no outlet
  auto dash = read("Chile joins drill - officials\nBy Lena Holm\nOct. 2, 2020\n\nText.\n");
  CHECK(dash.meta.source.empty());
}

TEST_CASE("publication dates from HTML meta tags and front matter keys", "[document]") {
  auto meta = read("<html><head><meta name=\"parsely-pub-date\" content=\"2020-10-02T09:30:00Z\"></head>"
                   "<body><p>Text.</p></body></html>",
                   DocumentFormat::Html);
  REQUIRE(meta.meta.published);
  CHECK(meta.meta.published->iso() == "2020-10-02");
  auto written = read("---\ntitle: Peru joins\npubDate: October 2, 2020\n---\nPeru joined.\n", DocumentFormat::Markdown);
  REQUIRE(written.meta.published);
  CHECK(written.meta.published->iso() == "2020-10-02");
}

TEST_CASE("datelines beside names, wire datelines opening the story, dates closing it", "[document]") {
  auto piped = read("Harbour drill\nLena Holm | October 2, 2020\n\nThe navy left.\n");
  REQUIRE(piped.meta.published);
  CHECK(piped.meta.published->iso() == "2020-10-02");
  auto comma = read("# Harbour drill\n\n*Lena Holm, 2 October 2020*\n\nThe navy left.\n", DocumentFormat::Markdown);
  REQUIRE(comma.meta.published);
  CHECK(comma.meta.published->iso() == "2020-10-02");
  auto written = read("Harbour drill\nWritten by Lena Holm on October 2, 2020\n\nThe navy left.\n");
  CHECK(written.meta.author == "Lena Holm");
  REQUIRE(written.meta.published);
  CHECK(written.meta.published->iso() == "2020-10-02");
  auto both = read("Harbour drill\nUpdated: Oct. 3, 2020 | Published: Oct. 2, 2020\n\nThe navy left.\n");
  CHECK(both.meta.published->iso() == "2020-10-02");
  // an update time after the names is no publication date; the one below is
  auto named = read("Harbour drill\nAna Lopez, Updated Oct. 3, 2020\nOct. 2, 2020\n\nThe navy left.\n");
  REQUIRE(named.meta.published);
  CHECK(named.meta.published->iso() == "2020-10-02");
  auto only_update = read("Harbour drill\nAna Lopez, Updated Oct. 3, 2020\n\nThe navy left.\n");
  REQUIRE(only_update.meta.published);
  CHECK(only_update.meta.published->iso() == "2020-10-03");

  // the wire dateline that opens the story's first paragraph
  auto wire = read("Harbour drill\n\nVALPARAISO, Chile, 2 October 2020 \xE2\x80\x93 The navy left the harbour on Thursday "
                   "after a week of drills with two partner fleets, officials said, adding that more would come.\n");
  REQUIRE(wire.meta.published);
  CHECK(wire.meta.published->iso() == "2020-10-02");
  auto agency = read("Harbour drill\n\n(Valparaiso) 2 October 2020 -- The navy left.\n");
  REQUIRE(agency.meta.published);
  CHECK(agency.meta.published->iso() == "2020-10-02");
  // a wire dateline without its year gives no date: no guess
  CHECK_FALSE(read("Harbour drill\n\nVALPARAISO, Oct 2 (Coastal Wire) - The navy left the harbour on Thursday "
                   "after a week of drills with two partner fleets, officials said, adding that more would come.\n")
                  .meta.published);

  // a sentence's date is not the article's
  CHECK_FALSE(read("Harbour drill\n\nIn Valparaiso, on 2 October 2020 the navy left.\n").meta.published);
  CHECK_FALSE(read("Harbour drill\n\nThe navy left.\n\nThe drill ended on 2 October 2020.\n").meta.published);

  // a labelled date at the end, for an article whose head has none
  auto closing = read("Harbour drill\n\nThe navy left.\n\nFirst published on 2 October 2020\n");
  REQUIRE(closing.meta.published);
  CHECK(closing.meta.published->iso() == "2020-10-02");

  auto toml = read("+++\ntitle = \"Peru joins\"\ndate = 2020-10-02T09:30:00+02:00\n+++\nPeru joined.\n",
                   DocumentFormat::Markdown);
  CHECK(toml.meta.title == "Peru joins");
  REQUIRE(toml.meta.published);
  CHECK(toml.meta.published->iso() == "2020-10-02");
  CHECK(toml.text.find("title") == std::string::npos);
}

TEST_CASE("publication dates under more labels, after recording dates and live-report markers", "[document]") {
  auto date_of = [](const std::string& bytes) {
    auto doc = read(bytes);
    return doc.meta.published ? doc.meta.published->iso() : std::string("none");
  };
  CHECK(date_of("Coast guard notice\nIssued on 2 October 2020\n\nThe harbour closes.\n") == "2020-10-02");
  CHECK(date_of("Coast guard notice\nDate of notice: 2 October 2020\n\nThe harbour closes.\n") == "2020-10-02");
  CHECK(date_of("Harbour report\nPublication date: 2 October 2020\n\nThe navy left.\n") == "2020-10-02");
  CHECK(date_of("Harbour report\nReleased: October 2, 2020\n\nThe navy left.\n") == "2020-10-02");
  CHECK(date_of("Morning bulletin\nAired on Friday, October 2, 2020\n\nThe navy left.\n") == "2020-10-02");
  auto radio = read("Morning bulletin\nBroadcast: Friday 2 October 2020, 7.10am\n\nThe navy left.\n");
  REQUIRE(radio.meta.published);
  CHECK(radio.meta.published->iso() == "2020-10-02");
  // the publication date, not the update after it on the same line
  CHECK(date_of("Harbour drill\nPublished 2 October 2020, updated 5 October 2020\n\nText.\n") == "2020-10-02");
  // a recording date gives way to the broadcast one, and stands in when alone
  CHECK(date_of("Podcast: the drill\nRecorded: 1 October 2020 | Broadcast: 2 October 2020\n\nText.\n") == "2020-10-02");
  CHECK(date_of("Podcast: the drill\nRecorded on 1 October 2020\n\nText.\n") == "2020-10-01");
  CHECK(date_of("Podcast: the drill\nLast modified: 6 October 2020\nAired: 2 October 2020\n\nText.\n") == "2020-10-02");
  // a live report's day marker before its date
  CHECK(date_of("Harbour drill: live\nDay 3 | Friday, October 2, 2020\n\nThe navy left.\n") == "2020-10-02");
  CHECK(date_of("Harbour drill: live\nDay 3: Friday 2 October 2020\n\nThe navy left.\n") == "2020-10-02");
  // the first dated head line wins
  CHECK(date_of("Harbour drill\nIssued: 2 October 2020\nAired: 4 October 2020\n\nText.\n") == "2020-10-02");

  // a label's word inside running text, or a sentence after a labelled date, is no dateline
  CHECK(date_of("Harbour drill\n\nThe ministry issued on 2 October 2020 a notice to ships.\n") == "none");
  CHECK(date_of("Harbour drill\n\nReleased on 2 October 2020, the report says that the navy left.\n") == "none");
  CHECK(date_of("Harbour drill\n\nAired on the radio, the talk was about ships.\n") == "none");
  CHECK(date_of("Harbour drill\nDay 3 of the drill\n\nThe navy left on 2 October 2020.\n") == "none");
}
