#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "query/name_lookup.hpp"
#include "query/render.hpp"

namespace newsgraph {
namespace {

// Columns padded to their widest cell (in characters, not bytes), two
// spaces apart, no trailing blanks.
class Table {
 public:
  Table() = default;  // no header row
  explicit Table(std::vector<std::string> header) { rows_.push_back(std::move(header)); }
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(std::ostream& out, const std::string& indent = "") const {
    std::vector<std::size_t> widths;
    for (const auto& row : rows_)
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (widths.size() <= i) widths.push_back(0);
        widths[i] = std::max(widths[i], display_width(row[i]));
      }
    for (const auto& row : rows_) {
      std::string line = indent;
      for (std::size_t i = 0; i < row.size(); ++i) {
        line += row[i];
        if (i + 1 < row.size()) line.append(widths[i] - display_width(row[i]) + 2, ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out << line << '\n';
    }
  }

 private:
  static std::size_t display_width(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text)
      if ((c & 0xC0) != 0x80) ++n;  // count UTF-8 lead bytes only
    return n;
  }
  std::vector<std::vector<std::string>> rows_;
};

const std::string& label(const KnowledgeGraph& graph, NodeId v) { return graph.node(v).label; }
std::string type_name(const KnowledgeGraph& graph, NodeId v) { return std::string(to_string(graph.node(v).type)); }

std::string plural(std::size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string format_score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", score);
  return buffer;
}

std::string chain(const KnowledgeGraph& graph, const Path& path) {
  std::string out = label(graph, path.hops.front().from);
  for (const Hop& hop : path.hops) out += " " + hop_arrow(graph, hop) + " " + label(graph, hop.to);
  return out;
}

void print_path(std::ostream& out, const KnowledgeGraph& graph, const Path& path, bool evidence) {
  out << chain(graph, path) << '\n';
  Table table({"hop", "from", "relation", "to", "date"});
  for (std::size_t i = 0; i < path.hops.size(); ++i) {
    const Hop& hop = path.hops[i];
    table.add({std::to_string(i + 1), label(graph, hop.from), hop_arrow(graph, hop), label(graph, hop.to),
               edge_dates(graph.edge(hop.edge))});
  }
  table.print(out, "  ");
  if (!evidence) return;
  for (std::size_t i = 0; i < path.hops.size(); ++i)
    for (const Evidence& e : graph.edge(path.hops[i].edge).evidence)
      out << "  [" << i + 1 << "] \"" << e.sentence << "\" (" << e.doc << ")\n";
}

}  // namespace

std::string hop_arrow(const KnowledgeGraph& graph, const Hop& hop) {
  EdgeType type = graph.edge(hop.edge).type;
  std::string name(to_string(type));
  if (is_symmetric(type)) return "--" + name + "--";
  return hop.forward ? "--" + name + "-->" : "<--" + name + "--";
}

std::string edge_dates(const EdgeProps& edge) {
  if (!edge.date) return "-";
  return edge.end ? edge.date->iso() + ".." + edge.end->iso() : edge.date->iso();
}

void print_table(std::ostream& out, const KnowledgeGraph& graph, const NeighboursResult& result) {
  out << describe_node(graph, result.focus) << ": " << plural(result.neighbours.size(), "neighbour") << " within "
      << plural(result.depth, "hop") << '\n';
  if (result.links.empty()) return;
  std::unordered_map<NodeId, unsigned> distance;
  for (const Neighbour& n : result.neighbours) distance.emplace(n.node, n.distance);
  Table table({"hop", "from", "relation", "entity", "type", "date"});
  for (const Hop& hop : result.links) {
    table.add({std::to_string(distance.at(hop.to)), label(graph, hop.from), hop_arrow(graph, hop), label(graph, hop.to),
               type_name(graph, hop.to), edge_dates(graph.edge(hop.edge))});
  }
  table.print(out);
}

void print_table(std::ostream& out, const KnowledgeGraph& graph, const PathResult& result, bool evidence) {
  std::string ends = describe_node(graph, result.from) + " to " + describe_node(graph, result.to);
  if (result.paths.empty()) {
    out << "no path from " << ends << " within " << plural(result.max_length, "hop") << '\n';
    return;
  }
  if (!result.all) {
    out << "shortest path from " << ends << ": " << plural(result.paths.front().hops.size(), "hop") << '\n';
    print_path(out, graph, result.paths.front(), evidence);
    return;
  }
  out << plural(result.paths.size(), "path") << " from " << ends << " within "
      << plural(result.max_length, "hop");
  if (result.truncated) out << " (stopped at the bound of " << result.bound << " paths; there may be more)";
  out << '\n';
  for (std::size_t i = 0; i < result.paths.size(); ++i) {
    out << "\npath " << i + 1 << " (" << plural(result.paths[i].hops.size(), "hop") << "): ";
    print_path(out, graph, result.paths[i], evidence);
  }
}

void print_table(std::ostream& out, const KnowledgeGraph& graph, const TimelineResult& result) {
  std::size_t dated = 0;
  for (const Hop& hop : result.events) dated += graph.edge(hop.edge).date ? 1 : 0;
  out << describe_node(graph, result.entity) << ": " << plural(result.events.size(), "edge") << ", " << dated
      << " dated\n";
  if (result.events.empty()) return;
  Table table({"date", "relation", "entity", "type", "document"});
  for (const Hop& hop : result.events) {
    const EdgeProps& edge = graph.edge(hop.edge);
    table.add({edge_dates(edge), hop_arrow(graph, hop), label(graph, hop.to), type_name(graph, hop.to),
               edge.evidence.empty() ? "-" : edge.evidence.front().doc});
  }
  table.print(out);
}

void print_table(std::ostream& out, const KnowledgeGraph& graph, const EntitiesResult& result) {
  out << result.entities.size() << " of " << result.total << (result.total == 1 ? " entity" : " entities") << '\n';
  if (result.entities.empty()) return;
  Table table({"entity", "type", "degree"});
  for (const EntityRow& row : result.entities)
    table.add({label(graph, row.node), type_name(graph, row.node), std::to_string(row.degree)});
  table.print(out);
}

void print_table(std::ostream& out, const KnowledgeGraph& graph, const StatsResult& s) {
  // "name: N" lines, as build and export print their summary.
  out << "documents: " << s.documents << "\nnodes: " << s.nodes << '\n';
  Table nodes;
  for (auto [type, n] : s.nodes_by_type) nodes.add({std::string(to_string(type)), std::to_string(n)});
  nodes.print(out, "  ");
  out << "edges: " << s.edges << '\n';
  Table edges;
  for (auto [type, n] : s.edges_by_type) edges.add({std::string(to_string(type)), std::to_string(n)});
  edges.print(out, "  ");
  out << "undated edges: " << s.undated_edges << '\n';
  out << "components: " << s.components << " (largest: " << plural(s.largest_component, "node") << ")\n";
  out << "dates: "
      << (s.first_date ? s.first_date->iso() + " .. " + s.last_date->iso() : std::string("no dated edges")) << '\n';
  out << "\ntop entities by degree\n";
  Table degree({"rank", "entity", "type", "degree"});
  for (std::size_t i = 0; i < s.top_degree.size(); ++i)
    degree.add({std::to_string(i + 1), label(graph, s.top_degree[i].node), type_name(graph, s.top_degree[i].node),
                std::to_string(static_cast<std::size_t>(s.top_degree[i].score))});
  if (s.top_degree.empty()) degree.add({"-", "(no edges)"});
  degree.print(out);
  out << "\ntop entities by betweenness (" << s.betweenness_method;
  if (!s.betweenness_note.empty()) out << ": " << s.betweenness_note;
  out << ")\n";
  Table between({"rank", "entity", "type", "betweenness"});
  for (std::size_t i = 0; i < s.top_betweenness.size(); ++i)
    between.add({std::to_string(i + 1), label(graph, s.top_betweenness[i].node),
                 type_name(graph, s.top_betweenness[i].node), format_score(s.top_betweenness[i].score)});
  if (s.top_betweenness.empty()) between.add({"-", "(no entity lies between two others)"});
  between.print(out);
}

}  // namespace newsgraph
