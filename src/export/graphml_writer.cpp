// GraphML for Gephi, Neo4j APOC, networkx, igraph and graphology.
//
// What the readers need (checked in tests/interop/test_graphml.sh):
// - one <key> per field, id equal to attr.name, for="node" or "edge" (the
//   node "label" and the edge "label" are two keys sharing the id "label":
//   readers keep node and edge keys apart, and both names are fixed by the
//   consumers below);
// - APOC's apoc.import.graphml with readLabels:true splits a node's
//   "labels" data (":Nation") into labels, and takes a relationship's type
//   from the edge's first <data>, when its key is "label";
// - Gephi shows the data whose attr.name is "label" on nodes and edges;
// - every node before the first edge, so streaming readers know both ends.
#include <memory>

#include "export/text.hpp"
#include "export/writers.hpp"

namespace newsgraph {
namespace {

struct Key {
  const char* name;
  const char* domain;
  const char* type;
};

constexpr Key kKeys[] = {
    {"labels", "node", "string"},         {"label", "node", "string"},
    {"type", "node", "string"},           {"aliases", "node", "string"},
    {"label", "edge", "string"},          {"type", "edge", "string"},
    {"date", "edge", "string"},           {"end", "edge", "string"},
    {"confidence", "edge", "double"},     {"evidence_count", "edge", "int"},
    {"evidence", "edge", "string"},       {"docs", "edge", "string"},
};

void data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">";
  text::write_xml(out, value);
  out << "</data>\n";
}

void write_node(std::ostream& out, NodeId id, const NodeProps& node) {
  out << "    <node id=\"" << KnowledgeGraph::node_key(id) << "\">\n";
  std::string type(to_string(node.type));
  data(out, "labels", ":" + type);
  data(out, "label", node.label);
  data(out, "type", type);
  if (!node.aliases.empty()) data(out, "aliases", text::join(node.aliases, "; "));
  out << "    </node>\n";
}

void write_edge(std::ostream& out, std::size_t index, const KnowledgeGraph& graph, EdgeId id) {
  const EdgeProps& edge = graph.edge(id);
  out << "    <edge id=\"e" << index + 1 << "\" source=\"" << KnowledgeGraph::node_key(graph.source(id))
      << "\" target=\"" << KnowledgeGraph::node_key(graph.target(id)) << "\">\n";
  std::string type(to_string(edge.type));
  data(out, "label", type);  // first: APOC's relationship type
  data(out, "type", type);
  if (edge.date) data(out, "date", edge.date->iso());
  if (edge.end) data(out, "end", edge.end->iso());
  data(out, "confidence", text::number(edge.confidence));
  text::EvidenceSummary evidence = text::summarise_evidence(edge);
  data(out, "evidence_count", std::to_string(evidence.count));
  if (!evidence.first_sentence.empty()) data(out, "evidence", evidence.first_sentence);
  if (!evidence.documents.empty()) data(out, "docs", text::join(evidence.documents, "; "));
  out << "    </edge>\n";
}

class GraphMLWriter : public GraphWriter {
 public:
  void write(const KnowledgeGraph& graph, std::ostream& out) const override {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const Key& key : kKeys)
      out << "  <key id=\"" << key.name << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
          << "\" attr.type=\"" << key.type << "\"/>\n";
    out << "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
    const GraphStorage& g = graph.storage();
    for (auto [it, end] = boost::vertices(g); it != end; ++it) write_node(out, *it, graph.node(*it));
    std::size_t index = 0;
    for (auto [v, vend] = boost::vertices(g); v != vend; ++v)
      for (auto [it, end] = boost::out_edges(*v, g); it != end; ++it) write_edge(out, index++, graph, *it);
    out << "  </graph>\n</graphml>\n";
  }
};

}  // namespace

std::unique_ptr<GraphWriter> make_graphml_writer() { return std::make_unique<GraphMLWriter>(); }

}  // namespace newsgraph
