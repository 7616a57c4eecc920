// Helpers for the resolution tests: the merged graph of articles written for the test.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "extract_fixtures.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"

namespace newsgraph::testing {

// The graph of articles written for the test, one text each (a title line and a dated byline added).
inline KnowledgeGraph graph_of(const std::vector<std::string>& texts) {
  auto lex = default_lexicon();
  GraphAssembler assembler(*lex);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::string bytes = "Title line\n\nBy A Writer, 12 March 2026 10:00 CET\n\n" + texts[i] + "\n";
    Document doc = read_document_bytes(bytes, "doc" + std::to_string(i) + ".txt", DocumentFormat::Text);
    assembler.add(extract_document(doc, *lex));
  }
  return assembler.finish();
}

// The labels of the organisations whose label or alias is one of `names`.
inline std::set<std::string> bodies_named(const KnowledgeGraph& g, const std::vector<std::string>& names) {
  std::set<std::string> out;
  for (NodeId v = 0; v < g.node_count(); ++v) {
    const NodeProps& n = g.node(v);
    if (n.type != NodeType::Organisation) continue;
    for (const auto& name : names) {
      bool named = n.label == name;
      for (const auto& a : n.aliases) named = named || a == name;
      if (named) out.insert(n.label);
    }
  }
  return out;
}

}  // namespace newsgraph::testing
