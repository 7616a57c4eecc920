// GEXF 1.3 for Gephi's timeline: mode="dynamic", timeformat="date", one
// edge per relation, its time as a spell. Relations of different types
// between the same two entities are kept apart by `kind` (Gephi merges
// parallel edges of one kind).
//
// Spells: a relation that is an occurrence (participates_in, organises,
// met_with) holds from the first to the last day of its date, or of its
// span; a relation that is a state (member_of, leads, ...) holds from its
// date on, up to the end of its span when it has one. Undated relations
// and all entities have no spell: Gephi shows them at every time.
#include <memory>

#include "export/text.hpp"
#include "export/writers.hpp"

namespace newsgraph {
namespace {

bool is_occurrence(EdgeType type) {
  return type == EdgeType::participates_in || type == EdgeType::organises || type == EdgeType::met_with;
}

void attribute(std::ostream& out, const char* id, std::string_view value) {
  out << "          <attvalue for=\"" << id << "\" value=\"";
  text::write_xml(out, value);
  out << "\"/>\n";
}

void write_node(std::ostream& out, NodeId id, const NodeProps& node) {
  out << "      <node id=\"" << KnowledgeGraph::node_key(id) << "\" label=\"";
  text::write_xml(out, node.label);
  out << "\">\n        <attvalues>\n";
  attribute(out, "type", to_string(node.type));
  if (!node.aliases.empty()) attribute(out, "aliases", text::join(node.aliases, "; "));
  out << "        </attvalues>\n      </node>\n";
}

void write_edge(std::ostream& out, std::size_t index, const KnowledgeGraph& graph, EdgeId id) {
  const EdgeProps& edge = graph.edge(id);
  std::string type(to_string(edge.type));
  out << "      <edge id=\"e" << index + 1 << "\" source=\"" << KnowledgeGraph::node_key(graph.source(id))
      << "\" target=\"" << KnowledgeGraph::node_key(graph.target(id)) << "\" kind=\"" << type << "\" label=\"" << type
      << "\"" << (is_symmetric(edge.type) ? " type=\"undirected\"" : "") << " weight=\"" << text::number(edge.confidence)
      << "\">\n        <attvalues>\n";
  attribute(out, "relation", type);
  if (edge.date) attribute(out, "date", edge.date->iso());
  if (edge.end) attribute(out, "end", edge.end->iso());
  text::EvidenceSummary evidence = text::summarise_evidence(edge);
  attribute(out, "evidence_count", std::to_string(evidence.count));
  if (!evidence.first_sentence.empty()) attribute(out, "evidence", evidence.first_sentence);
  if (!evidence.documents.empty()) attribute(out, "docs", text::join(evidence.documents, "; "));
  out << "        </attvalues>\n";
  if (edge.date) {
    out << "        <spells>\n          <spell start=\"" << edge.date->first_day().iso() << "\"";
    if (edge.end)
      out << " end=\"" << edge.end->last_day().iso() << "\"";
    else if (is_occurrence(edge.type))
      out << " end=\"" << edge.date->last_day().iso() << "\"";
    out << "/>\n        </spells>\n";
  }
  out << "      </edge>\n";
}

class GexfWriter : public GraphWriter {
 public:
  void write(const KnowledgeGraph& graph, std::ostream& out) const override {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
           "  <meta>\n    <creator>newsgraph</creator>\n"
           "    <description>Knowledge graph read from news articles</description>\n  </meta>\n"
           "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" timerepresentation=\"interval\">\n"
           "    <attributes class=\"node\" mode=\"static\">\n"
           "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
           "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
           "    </attributes>\n"
           "    <attributes class=\"edge\" mode=\"static\">\n"
           "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
           "      <attribute id=\"date\" title=\"date\" type=\"string\"/>\n"
           "      <attribute id=\"end\" title=\"end\" type=\"string\"/>\n"
           "      <attribute id=\"evidence_count\" title=\"evidence_count\" type=\"integer\"/>\n"
           "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
           "      <attribute id=\"docs\" title=\"docs\" type=\"string\"/>\n"
           "    </attributes>\n    <nodes>\n";
    const GraphStorage& g = graph.storage();
    for (auto [it, end] = boost::vertices(g); it != end; ++it) write_node(out, *it, graph.node(*it));
    out << "    </nodes>\n    <edges>\n";
    std::size_t index = 0;
    for (auto [v, vend] = boost::vertices(g); v != vend; ++v)
      for (auto [it, end] = boost::out_edges(*v, g); it != end; ++it) write_edge(out, index++, graph, *it);
    out << "    </edges>\n  </graph>\n</gexf>\n";
  }
};

}  // namespace

std::unique_ptr<GraphWriter> make_gexf_writer() { return std::make_unique<GexfWriter>(); }

}  // namespace newsgraph
