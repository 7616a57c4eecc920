// One article written for a test, read into a graph by the whole pipeline
// (document, extraction, resolution), and what tests look at in it.
#pragma once
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"

namespace newsgraph::testing {

// A plain-text article: a headline, a byline dated Thursday 12 March 2026, then `body`.
inline std::string article(const std::string& body) {
  return "Title line\n\nBy A Writer, 12 March 2026 10:00 CET\n\n" + body + "\n";
}

// The graph of `bytes` read as the file `name` in `format`.
inline KnowledgeGraph article_graph(const std::string& bytes, const char* name = "doc.txt",
                                    DocumentFormat format = DocumentFormat::Text) {
  auto lex = default_lexicon();
  GraphAssembler assembler(*lex);
  assembler.add(extract_document(read_document_bytes(bytes, name, format), *lex));
  return assembler.finish();
}

// The labels of the nodes of `type` (of every type when none), in node order.
inline std::vector<std::string> node_labels(const KnowledgeGraph& g, std::optional<NodeType> type = {}) {
  std::vector<std::string> out;
  for (NodeId v = 0; v < g.node_count(); ++v)
    if (!type || g.node(v).type == *type) out.push_back(g.node(v).label);
  return out;
}

// "Label:Type" of every node.
inline std::vector<std::string> typed_labels(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (NodeId v = 0; v < g.node_count(); ++v) out.push_back(g.node(v).label + ":" + std::string(to_string(g.node(v).type)));
  return out;
}

// "source type target" of every edge.
inline std::vector<std::string> edge_lines(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (auto [it, end] = boost::edges(g.storage()); it != end; ++it)
    out.push_back(g.node(g.source(*it)).label + " " + std::string(to_string(g.edge(*it).type)) + " " +
                  g.node(g.target(*it)).label);
  return out;
}

inline bool contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

}  // namespace newsgraph::testing
