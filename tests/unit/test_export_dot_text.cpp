// DotText writes the DOT file without libcgraph; its text must be the one
// agwrite gives for the same statements. The same tricky graph goes
// through both here and the two texts are compared byte for byte.
#include <catch2/catch.hpp>
#include <graphviz/cgraph.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "export/dot_text.hpp"

using namespace newsgraph;

namespace {

std::string agwrite_text(Agraph_t* g) {
  char* data = nullptr;
  std::size_t size = 0;
  FILE* f = open_memstream(&data, &size);
  REQUIRE(f);
  REQUIRE(agwrite(g, f) == 0);
  std::fclose(f);
  std::string text(data, size);
  std::free(data);
  return text;
}

char* c(const std::string& s) { return const_cast<char*>(s.c_str()); }

// Names and values that exercise agwrite's quoting: keywords, numbers,
// quotes, backslashes, non-ASCII, and strings long enough to be broken.
const std::vector<std::string>& tricky() {
  static const std::vector<std::string> values = {
      "node", "Graph", "123", "-1", "1.2.3", ".", "-", "1-2", "0.5", ".5", "a_b", "a\"b\"c", "back\\slash",
      "Ünïcödé Straße", "semi;colon", std::string(300, 'x'), std::string(127, 'a').append(". ").append(60, 'b'),
      std::string(140, '"'), std::string("word, ").append(200, 'y').append(" and then some more words, spaced out"), "",
      "#1f77b4", "+10", "0.08,0.04", "UTF-8"};
  return values;
}

}  // namespace

TEST_CASE("dot text: ids quoted and broken as agwrite does", "[export]") {
  std::string out;
  append_dot_id(out, "n12");
  CHECK(out == "n12");
  out.clear();
  append_dot_id(out, "node");
  CHECK(out == "\"node\"");
  out.clear();
  append_dot_id(out, "-4");
  CHECK(out == "-4");
  out.clear();
  append_dot_id(out, "a\"b");
  CHECK(out == "\"a\\\"b\"");
}

TEST_CASE("dot text: the same text as libcgraph's agwrite", "[export]") {
  Agraph_t* g = agopen(const_cast<char*>("newsgraph"), Agdirected, nullptr);
  DotText text("newsgraph");
  agsafeset(g, c("layout"), c("neato"), c(""));
  text.graph_attr("layout", "neato");
  agsafeset(g, c("label"), agstrdup_html(g, c("<B>Legend</B>")), c(""));
  text.graph_attr("label", "<B>Legend</B>", true);
  agattr(g, AGNODE, c("fontsize"), c("11"));
  text.node_default("fontsize", "11");
  agattr(g, AGEDGE, c("arrowsize"), c("0.6"));
  text.edge_default("arrowsize", "0.6");

  const auto& values = tricky();
  std::vector<Agnode_t*> gn;
  std::vector<DotText::Node> tn;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string name = i % 3 == 0 ? values[i] + "#" + std::to_string(i) : "n" + std::to_string(i);
    gn.push_back(agnode(g, c(name), 1));
    tn.push_back(text.node(name));
    if (i % 5 == 4) continue;  // a node without attributes of its own
    const std::string& v = values[(i * 7) % values.size()];
    agsafeset(gn.back(), c("label"), c(v), c(""));
    text.set(tn.back(), "label", v);
    agsafeset(gn.back(), c("fontsize"), c(i % 2 ? "11" : "9"), c(""));  // "11": the default, not written
    text.set(tn.back(), "fontsize", i % 2 ? "11" : "9");
  }
  // Edges in an order that makes agwrite place nodes early, late and twice.
  const std::size_t n = values.size();
  for (std::size_t i = 0; i < 3 * n; ++i) {
    const std::size_t from = (i * 5) % n, to = (i * 11 + 3) % n;
    const std::string name = "r" + std::to_string(i);
    Agedge_t* e = agedge(g, gn[from], gn[to], c(name), 1);
    DotText::Edge t = text.edge(tn[from], tn[to], name);
    const std::string& v = values[(i * 3) % n];
    agsafeset(e, c("tooltip"), c(v), c(""));
    text.set(t, "tooltip", v);
    if (i % 4 == 0) {
      agsafeset(e, c("dir"), c("none"), c(""));
      text.set(t, "dir", "none");
    }
  }
  std::ostringstream ours;
  text.write(ours);
  const std::string theirs = agwrite_text(g);
  agclose(g);
  CHECK(ours.str() == theirs);
}
