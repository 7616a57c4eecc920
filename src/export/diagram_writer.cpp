// DOT built with libcgraph, and images laid out and rendered in-process by
// libgvc. The DOT file carries the layout engine and every attribute, so
// `dot -Tsvg graph.dot` draws what `--format svg` draws. A drawing is not
// the data: parallel edges of one relation between the same two entities
// are one arrow labelled with all their dates.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <memory>

#include "export/diagram_style.hpp"
#include "export/dot_text.hpp"
#include "export/text.hpp"
#include "export/writers.hpp"
#include "graph/subgraph.hpp"
#include "util/errors.hpp"
#include "util/limits.hpp"

namespace newsgraph {
namespace {

// cgraph's setters take char*; they copy the strings.
void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

// A FILE* that writes into the std::ostream, so cgraph and gvc stream into
// the AtomicFile instead of a buffer holding the whole output.
ssize_t write_to_stream(void* cookie, const char* data, size_t size) {
  auto* out = static_cast<std::ostream*>(cookie);
  out->write(data, static_cast<std::streamsize>(size));
  return *out ? static_cast<ssize_t>(size) : -1;
}

struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};

std::unique_ptr<FILE, FileCloser> stream_file(std::ostream& out) {
  cookie_io_functions_t io{nullptr, write_to_stream, nullptr, nullptr};
  FILE* f = fopencookie(&out, "w", io);
  if (!f) throw IoError("", "cannot open an output stream for Graphviz");
  return std::unique_ptr<FILE, FileCloser>(f);
}

// Breaks a label into lines of about `width` characters at spaces, with
// Graphviz's "\n" escape (the text is already escaped by dot_label).
std::string wrap(const std::string& label, std::size_t width) {
  std::string out;
  std::size_t line = 0;
  for (char c : label) {
    if (c == ' ' && line >= width) {
      out += "\\n";
      line = 0;
      continue;
    }
    out += c;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++line;
  }
  return out;
}

std::string when(const EdgeProps& edge) {
  if (!edge.date) return "";
  return edge.end ? edge.date->iso() + " to " + edge.end->iso() : edge.date->iso();
}

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

// build_dot's statements into libcgraph, for layout and rendering. The DOT
// text goes to DotText instead (dot_text.hpp), which writes the same text
// far faster than agwrite.
class CgraphSink {
 public:
  using Node = Agnode_t*;
  using Edge = Agedge_t*;
  CgraphSink() : g_(agopen(const_cast<char*>("newsgraph"), Agdirected, nullptr)) {}
  void graph_attr(const char* name, const std::string& value, bool html = false) {
    if (!html) return set(g_.get(), name, value);
    agsafeset(g_.get(), const_cast<char*>(name), agstrdup_html(g_.get(), const_cast<char*>(value.c_str())),
              const_cast<char*>(""));
  }
  void node_default(const char* name, const char* value) {
    agattr(g_.get(), AGNODE, const_cast<char*>(name), const_cast<char*>(value));
  }
  void edge_default(const char* name, const char* value) {
    agattr(g_.get(), AGEDGE, const_cast<char*>(name), const_cast<char*>(value));
  }
  Node node(const std::string& name) { return agnode(g_.get(), const_cast<char*>(name.c_str()), 1); }
  Edge edge(Node tail, Node head, const std::string& name) {
    return agedge(g_.get(), tail, head, const_cast<char*>(name.c_str()), 1);
  }
  void set(void* object, const char* name, const std::string& value) { newsgraph::set(object, name, value); }
  GraphHandle release() { return std::move(g_); }

 private:
  GraphHandle g_;
};

// The same statements as DOT text.
class TextSink {
 public:
  using Node = DotText::Node;
  using Edge = DotText::Edge;
  void graph_attr(const char* name, const std::string& value, bool html = false) { text.graph_attr(name, value, html); }
  void node_default(const char* name, const char* value) { text.node_default(name, value); }
  void edge_default(const char* name, const char* value) { text.edge_default(name, value); }
  Node node(const std::string& name) { return text.node(name); }
  Edge edge(Node tail, Node head, const std::string& name) { return text.edge(tail, head, name); }
  template <typename Object>
  void set(Object object, const char* name, const std::string& value) {
    text.set(object, name, value);
  }
  DotText text{"newsgraph"};
};

template <typename Sink>
void set_graph_attributes(Sink& g, const KnowledgeGraph& graph, const std::string& engine, const std::string& note) {
  g.graph_attr("layout", engine);
  g.graph_attr("charset", "UTF-8");
  g.graph_attr("fontname", "Helvetica");
  g.graph_attr("fontsize", "10");
  g.graph_attr("outputorder", "edgesfirst");
  g.graph_attr("pad", "0.3");
  if (engine == "dot") {
    g.graph_attr("rankdir", "LR");
    g.graph_attr("nodesep", "0.4");
    g.graph_attr("ranksep", "0.8");
  } else {
    // Force layouts: no node overlaps, straight edges, room for labels.
    g.graph_attr("overlap", "prism");
    g.graph_attr("overlap_scaling", "-4");
    g.graph_attr("splines", "line");
    g.graph_attr("sep", "+10");
    if (engine == "neato") g.graph_attr("start", "1");
  }
  // Past a few thousand entities no label is readable anyway: cap the
  // drawing (in inches) so that a PNG stays tens of megapixels, not hundreds.
  if (graph.node_count() > 2000) g.graph_attr("size", "60,60");
  g.graph_attr("labelloc", "b");
  g.graph_attr("labeljust", "l");
  g.graph_attr("label", diagram::legend_html(graph, note), true);
}

template <typename Sink>
void set_defaults(Sink& g, const std::string& engine) {
  g.node_default("fontname", "Helvetica");
  g.node_default("fontsize", "11");
  g.node_default("margin", "0.08,0.04");
  g.edge_default("fontname", "Helvetica");
  g.edge_default("fontsize", "9");
  g.edge_default("arrowsize", "0.6");
  if (engine == "neato") g.edge_default("len", "1.1");
}

template <typename Sink>
std::vector<typename Sink::Node> add_entities(Sink& g, const KnowledgeGraph& graph) {
  std::vector<typename Sink::Node> nodes;
  nodes.reserve(graph.node_count());
  for (auto [it, end] = boost::vertices(graph.storage()); it != end; ++it) {
    const NodeProps& node = graph.node(*it);
    typename Sink::Node n = g.node(KnowledgeGraph::node_key(*it));
    nodes.push_back(n);
    diagram::NodeStyle style = diagram::node_style(node.type);
    g.set(n, "label", wrap(text::dot_label(text::shorten(node.label, 60)), 18));
    g.set(n, "shape", style.shape);
    g.set(n, "style", style.style);
    g.set(n, "fillcolor", style.fill);
    g.set(n, "tooltip", text::dot_label(std::string(to_string(node.type)) + ": " + node.label));
  }
  return nodes;
}

// One arrow: a relation between two entities with all its dates.
struct Arrow {
  EdgeType type;
  std::string label;    // relation and dates, one per line (DOT escapes)
  std::string tooltip;  // the same on one line, and the first sentence
};

Arrow describe_arrow(const KnowledgeGraph& graph, EdgeType type, const std::vector<EdgeId>& ids) {
  std::string relation(to_string(type));
  std::vector<std::string> dates;
  for (EdgeId id : ids)
    if (std::string d = when(graph.edge(id)); !d.empty()) dates.push_back(d);
  std::sort(dates.begin(), dates.end());
  if (dates.size() > 4) {
    std::size_t more = dates.size() - 3;
    dates.resize(3);
    dates.push_back("+" + std::to_string(more) + " more");
  }
  const EdgeProps& first = graph.edge(ids.front());
  std::string sentence = first.evidence.empty() ? "" : ": " + text::shorten(first.evidence.front().sentence, 200);
  return {type, relation + (dates.empty() ? "" : "\\n" + text::join(dates, "\\n")),
          text::dot_label(relation + (dates.empty() ? "" : " " + text::join(dates, ", ")) + sentence)};
}

enum class Labels { None, OnEdge, AsNode };

// Force layouts place an edge label at the middle of the line, blind to
// the nodes around it; a label node goes through overlap removal instead,
// so no label covers an entity. dot places edge labels itself.
template <typename Sink>
void add_arrow(Sink& g, typename Sink::Node from, typename Sink::Node to, const Arrow& arrow, const std::string& name,
               Labels labels) {
  const std::string colour = diagram::edge_colour(arrow.type);
  std::vector<typename Sink::Edge> lines;
  if (labels == Labels::AsNode) {
    typename Sink::Node mid = g.node(name);
    g.set(mid, "shape", "plaintext");
    g.set(mid, "label", arrow.label);
    g.set(mid, "fontsize", "9");
    g.set(mid, "fontcolor", colour);
    g.set(mid, "margin", "0.02");
    g.set(mid, "tooltip", arrow.tooltip);
    lines.push_back(g.edge(from, mid, name + "a"));
    lines.push_back(g.edge(mid, to, name + "b"));
    g.set(lines[0], "arrowhead", "none");
  } else {
    lines.push_back(g.edge(from, to, name));
    if (labels == Labels::OnEdge) g.set(lines[0], "label", arrow.label);
    g.set(lines[0], "fontcolor", colour);
  }
  for (auto e : lines) {
    g.set(e, "color", colour);
    g.set(e, "tooltip", arrow.tooltip);
    if (is_symmetric(arrow.type)) g.set(e, "dir", "none");
  }
}

bool same_arrow(const std::tuple<NodeId, NodeId, EdgeType, std::size_t>& a,
                const std::tuple<NodeId, NodeId, EdgeType, std::size_t>& b) {
  return std::get<0>(a) == std::get<0>(b) && std::get<1>(a) == std::get<1>(b) && std::get<2>(a) == std::get<2>(b);
}

template <typename Sink>
void build_dot(Sink& g, const KnowledgeGraph& graph, const std::string& engine, const std::string& note) {
  set_graph_attributes(g, graph, engine, note);
  set_defaults(g, engine);
  const auto nodes = add_entities(g, graph);
  // Parallel edges of one relation are one arrow listing their dates:
  // separate straight lines would lie on top of each other.
  // Grouped by sorting (source, target, type, storage order) rather than
  // in a std::map of vectors: a million edges made a million tree nodes.
  using Key = std::tuple<NodeId, NodeId, EdgeType, std::size_t>;
  std::vector<std::pair<Key, EdgeId>> keyed;
  keyed.reserve(graph.edge_count());
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it)
    keyed.push_back({{graph.source(*it), graph.target(*it), graph.edge(*it).type, keyed.size()}, *it});
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t arrows = 0;
  for (std::size_t i = 0; i < keyed.size(); ++i)
    if (i == 0 || !same_arrow(keyed[i - 1].first, keyed[i].first)) ++arrows;
  Labels labels = arrows > diagram::kMaxLabelledEdges ? Labels::None
                  : engine == "dot"                   ? Labels::OnEdge
                                                      : Labels::AsNode;
  std::size_t index = 0;
  std::vector<EdgeId> ids;
  for (std::size_t i = 0; i < keyed.size();) {
    const auto [source, target, type, order] = keyed[i].first;
    ids.clear();
    for (; i < keyed.size() && same_arrow(keyed[i].first, {source, target, type, order}); ++i) ids.push_back(keyed[i].second);
    add_arrow(g, nodes[source], nodes[target], describe_arrow(graph, type, ids), "r" + std::to_string(++index), labels);
  }
}

class DiagramWriter : public GraphWriter {
 public:
  DiagramWriter(ExportFormat format, ExportSettings settings) : format_(format), settings_(std::move(settings)) {}

  bool binary() const override { return format_ == ExportFormat::Png || format_ == ExportFormat::Pdf; }

  void write(const KnowledgeGraph& full, std::ostream& out) const override {
    std::optional<KnowledgeGraph> reduced;
    std::string note;
    if (settings_.max_nodes && full.node_count() > *settings_.max_nodes) {
      MostConnected kept = keep_most_connected(full, *settings_.max_nodes);
      note = "Showing the " + std::to_string(kept.graph.node_count()) + " most connected of " +
             std::to_string(full.node_count()) + " entities; " + std::to_string(kept.dropped_nodes) +
             " entities and " + std::to_string(kept.dropped_edges) + " relations left out.";
      notes_.push_back(note);
      reduced = std::move(kept.graph);
    }
    const KnowledgeGraph& graph = reduced ? *reduced : full;
    if (format_ != ExportFormat::Dot) check_diagram_size(graph.node_count());
    std::string engine =
        settings_.layout_engine.empty() ? diagram::default_engine(graph.node_count()) : settings_.layout_engine;
    if (graph.edge_count() > diagram::kMaxLabelledEdges) {
      std::string more = "Relations are told apart by colour; their labels are tooltips (SVG).";
      note = note.empty() ? more : note + " " + more;
    }
    if (format_ == ExportFormat::Dot) {
      TextSink text;
      build_dot(text, graph, engine, note);
      text.text.write(out);
      return;
    }
    CgraphSink sink;
    build_dot(sink, graph, engine, note);
    GraphHandle g = sink.release();
    auto file = stream_file(out);
    if (format_ == ExportFormat::Png) cap_bitmap_size(g.get());
    render(g.get(), engine, file.get());
  }

 private:
  // Layout time grows faster than the number of entities: refuse early
  // rather than run for hours. DOT text is not laid out, so has no limit.
  static void check_diagram_size(std::size_t nodes) {
    std::size_t limit = limits().diagram_nodes;
    if (nodes <= limit) return;
    throw LimitError("", "a diagram of " + std::to_string(nodes) + " entities is more than the limit of " +
                             std::to_string(limit) + " that can be laid out: draw part of the graph with " +
                             "`newsgraph export` and --max-nodes, --focus, --type or --since, " +
                             "or raise " + kMaxDiagramNodesVariable);
  }

  // Graphviz scales a drawing down to `size` (inches, at its 96 dpi for
  // bitmaps) when larger, so a PNG's longest side stays at the limit.
  static void cap_bitmap_size(Agraph_t* g) {
    constexpr double kDpi = 96.0;
    double inches = static_cast<double>(limits().image_pixels) / kDpi;
    const char* current = agget(g, const_cast<char*>("size"));
    if (current && *current && std::atof(current) <= inches) return;  // already smaller
    std::string size = std::to_string(inches) + "," + std::to_string(inches);
    set(g, "size", size);
  }

  void render(Agraph_t* g, const std::string& engine, FILE* file) const {
    agseterr(AGERR);
    GVC_t* gvc = gvContext();
    struct ContextCloser {
      GVC_t* gvc;
      ~ContextCloser() { gvFreeContext(gvc); }
    } closer{gvc};
    if (gvLayout(gvc, g, engine.c_str()) != 0)
      throw InputError("", "Graphviz could not lay out the graph with " + engine);
    const char* renderer = format_ == ExportFormat::Svg ? "svg" : format_ == ExportFormat::Png ? "png" : "pdf";
    int status = gvRender(gvc, g, renderer, file);
    gvFreeLayout(gvc, g);
    if (status != 0) throw IoError("", std::string("Graphviz could not render ") + renderer);
  }

  ExportFormat format_;
  ExportSettings settings_;
};

}  // namespace

std::unique_ptr<GraphWriter> make_diagram_writer(ExportFormat format, const ExportSettings& settings) {
  if (!settings.layout_engine.empty() && !diagram::is_known_engine(settings.layout_engine))
    throw UsageError("--engine " + settings.layout_engine + ": unknown layout (dot, neato, sfdp, fdp, circo, twopi)");
  if (settings.max_nodes && *settings.max_nodes == 0) throw UsageError("--max-nodes must be at least 1");
  return std::make_unique<DiagramWriter>(format, settings);
}

}  // namespace newsgraph
