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
#include <map>
#include <tuple>
#include <memory>

#include "export/diagram_style.hpp"
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

void set_graph_attributes(Agraph_t* g, const KnowledgeGraph& graph, const std::string& engine,
                          const std::string& note) {
  set(g, "layout", engine);
  set(g, "charset", "UTF-8");
  set(g, "fontname", "Helvetica");
  set(g, "fontsize", "10");
  set(g, "outputorder", "edgesfirst");
  set(g, "pad", "0.3");
  if (engine == "dot") {
    set(g, "rankdir", "LR");
    set(g, "nodesep", "0.4");
    set(g, "ranksep", "0.8");
  } else {
    // Force layouts: no node overlaps, straight edges, room for labels.
    set(g, "overlap", "prism");
    set(g, "overlap_scaling", "-4");
    set(g, "splines", "line");
    set(g, "sep", "+10");
    if (engine == "neato") set(g, "start", "1");
  }
  // Past a few thousand entities no label is readable anyway: cap the
  // drawing (in inches) so that a PNG stays tens of megapixels, not hundreds.
  if (graph.node_count() > 2000) set(g, "size", "60,60");
  set(g, "labelloc", "b");
  set(g, "labeljust", "l");
  agsafeset(g, const_cast<char*>("label"), agstrdup_html(g, const_cast<char*>(diagram::legend_html(graph, note).c_str())),
            const_cast<char*>(""));
}

void set_defaults(Agraph_t* g, const std::string& engine) {
  agattr(g, AGNODE, const_cast<char*>("fontname"), const_cast<char*>("Helvetica"));
  agattr(g, AGNODE, const_cast<char*>("fontsize"), const_cast<char*>("11"));
  agattr(g, AGNODE, const_cast<char*>("margin"), const_cast<char*>("0.08,0.04"));
  agattr(g, AGEDGE, const_cast<char*>("fontname"), const_cast<char*>("Helvetica"));
  agattr(g, AGEDGE, const_cast<char*>("fontsize"), const_cast<char*>("9"));
  agattr(g, AGEDGE, const_cast<char*>("arrowsize"), const_cast<char*>("0.6"));
  if (engine == "neato") agattr(g, AGEDGE, const_cast<char*>("len"), const_cast<char*>("1.1"));
}

std::vector<Agnode_t*> add_entities(Agraph_t* g, const KnowledgeGraph& graph) {
  std::vector<Agnode_t*> nodes(graph.node_count());
  for (auto [it, end] = boost::vertices(graph.storage()); it != end; ++it) {
    const NodeProps& node = graph.node(*it);
    Agnode_t* n = agnode(g, const_cast<char*>(KnowledgeGraph::node_key(*it).c_str()), 1);
    nodes[*it] = n;
    diagram::NodeStyle style = diagram::node_style(node.type);
    set(n, "label", wrap(text::dot_label(text::shorten(node.label, 60)), 18));
    set(n, "shape", style.shape);
    set(n, "style", style.style);
    set(n, "fillcolor", style.fill);
    set(n, "tooltip", text::dot_label(std::string(to_string(node.type)) + ": " + node.label));
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
void add_arrow(Agraph_t* g, Agnode_t* from, Agnode_t* to, const Arrow& arrow, const std::string& name, Labels labels) {
  const char* colour = diagram::edge_colour(arrow.type);
  std::vector<Agedge_t*> lines;
  if (labels == Labels::AsNode) {
    Agnode_t* mid = agnode(g, const_cast<char*>(name.c_str()), 1);
    set(mid, "shape", "plaintext");
    set(mid, "label", arrow.label);
    set(mid, "fontsize", "9");
    set(mid, "fontcolor", colour);
    set(mid, "margin", "0.02");
    set(mid, "tooltip", arrow.tooltip);
    lines.push_back(agedge(g, from, mid, const_cast<char*>((name + "a").c_str()), 1));
    lines.push_back(agedge(g, mid, to, const_cast<char*>((name + "b").c_str()), 1));
    set(lines[0], "arrowhead", "none");
  } else {
    lines.push_back(agedge(g, from, to, const_cast<char*>(name.c_str()), 1));
    if (labels == Labels::OnEdge) set(lines[0], "label", arrow.label);
    set(lines[0], "fontcolor", colour);
  }
  for (Agedge_t* e : lines) {
    set(e, "color", colour);
    set(e, "tooltip", arrow.tooltip);
    if (is_symmetric(arrow.type)) set(e, "dir", "none");
  }
}

GraphHandle build_dot(const KnowledgeGraph& graph, const std::string& engine, const std::string& note) {
  Agraph_t* g = agopen(const_cast<char*>("newsgraph"), Agdirected, nullptr);
  GraphHandle handle(g);
  set_graph_attributes(g, graph, engine, note);
  set_defaults(g, engine);
  std::vector<Agnode_t*> nodes = add_entities(g, graph);
  // Parallel edges of one relation are one arrow listing their dates:
  // separate straight lines would lie on top of each other.
  std::map<std::tuple<NodeId, NodeId, EdgeType>, std::vector<EdgeId>> arrows;
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it)
    arrows[{graph.source(*it), graph.target(*it), graph.edge(*it).type}].push_back(*it);
  Labels labels = arrows.size() > diagram::kMaxLabelledEdges ? Labels::None
                  : engine == "dot"                           ? Labels::OnEdge
                                                              : Labels::AsNode;
  std::size_t index = 0;
  for (const auto& [key, ids] : arrows) {
    auto [source, target, type] = key;
    add_arrow(g, nodes[source], nodes[target], describe_arrow(graph, type, ids), "r" + std::to_string(++index), labels);
  }
  return handle;
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
    GraphHandle g = build_dot(graph, engine, note);
    auto file = stream_file(out);
    if (format_ == ExportFormat::Dot) {
      if (agwrite(g.get(), file.get()) != 0) throw IoError("", "Graphviz could not write the DOT text");
      return;
    }
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
