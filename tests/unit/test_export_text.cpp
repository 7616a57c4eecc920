#include <catch2/catch.hpp>
#include <sstream>

#include "export/text.hpp"
#include "graph_fixtures.hpp"

using namespace newsgraph;

TEST_CASE("clean keeps valid UTF-8 and drops what XML cannot carry", "[export]") {
  CHECK(text::clean("Søren\tÅ\nb\r") == "Søren\tÅ\nb\r");
  CHECK(text::clean(std::string("a\x01\x0b\x1f\x7f" "b")) == "ab");
  CHECK(text::clean("\xEF\xBF\xBE" "x") == "x");                // U+FFFE
  CHECK(text::clean("a\xC3(b") == "a\xEF\xBF\xBD(b");           // truncated sequence
  CHECK(text::clean("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(text::clean("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST_CASE("xml escapes markup, quotes and line breaks", "[export]") {
  CHECK(text::xml("a & <b> \"c\" 'd'") == "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;");
  CHECK(text::xml("one\ntwo\tthree\x02") == "one&#10;two&#9;three");
}

TEST_CASE("csv quotes every field and doubles quotes", "[export]") {
  std::ostringstream out;
  text::write_csv(out, "He said \"yes\", then\nleft");
  CHECK(out.str() == "\"He said \"\"yes\"\", then left\"");
}

TEST_CASE("dot labels double backslashes and flatten newlines", "[export]") {
  CHECK(text::dot_label("Task Force \\ Alpha\nB") == "Task Force \\\\ Alpha B");
  CHECK(text::dot_html("a<b>&\nc") == "a&lt;b&gt;&amp; c");
}

TEST_CASE("shorten cuts at a character boundary", "[export]") {
  CHECK(text::shorten("Ølgaard", 3) == "Ølg\xE2\x80\xA6");
  CHECK(text::shorten("abc", 3) == "abc");
}

TEST_CASE("evidence summary counts and lists distinct documents", "[export]") {
  KnowledgeGraph g = test::small_alliance_graph();
  auto norway = *g.find_node("Norway");
  auto shield = *g.find_node("Baltic Shield");
  auto edge = *g.find_edge(norway, shield, EdgeType::participates_in, Date{2023}, std::nullopt);
  g.add_edge(norway, shield, EdgeType::participates_in, Date{2023}, std::nullopt,
             {"articles/two.txt", "Again.", 5, 11, "p"});
  auto summary = text::summarise_evidence(g.edge(edge));
  CHECK(summary.count == 2);
  CHECK(summary.documents == std::vector<std::string>{"articles/one.txt", "articles/two.txt"});
  CHECK(summary.first_sentence.find("Baltic Shield") != std::string::npos);
}
