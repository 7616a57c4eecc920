#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string_view>
#include <string>
#include <vector>

#include "query/name_lookup.hpp"
#include "query/render.hpp"
#include "query/traversal.hpp"

namespace newsgraph {
namespace {

// Columns padded to their widest cell (in characters, not bytes), two
// spaces apart, no trailing blanks. Cells are views, not strings: a hub's
// depth-2 neighbourhood is a table of 165,000 rows, and a std::string per
// cell (with a vector per row) took as long as the query itself. Labels and
// fixed words are borrowed (they outlive the table); numbers, dates and
// other temporaries are copied into one buffer of the table's own.
class Table {
 public:
  struct Cell {
    std::string_view text;
    bool owned = false;
    Cell(const char* s) : text(s) {}              // a literal
    Cell(std::string_view s) : text(s) {}         // text that outlives the table
    Cell(const std::string& s) : text(s) {}       // ditto (labels in the graph)
    Cell(std::string&& s) : text(s), owned(true) {}  // a temporary: copied
    static Cell copy(std::string_view s) {
      Cell c(s);
      c.owned = true;
      return c;
    }
  };

  Table() = default;  // no header row
  explicit Table(std::initializer_list<Cell> header) { add(header); }
  void reserve(std::size_t rows, std::size_t columns) {
    cells_.reserve(rows * columns);
    row_ends_.reserve(rows);
  }
  void add(std::initializer_list<Cell> row) {
    for (const Cell& cell : row) {
      Stored stored{cell.text.data(), static_cast<std::uint32_t>(cell.text.size()), 0, display_width(cell.text)};
      if (cell.owned) {
        stored.data = nullptr;
        stored.offset = static_cast<std::uint32_t>(own_.size());
        own_.append(cell.text);
      }
      cells_.push_back(stored);
    }
    row_ends_.push_back(cells_.size());
  }
  void print(std::ostream& out, std::string_view indent = "") const {
    std::vector<std::uint32_t> widths;
    std::size_t begin = 0;
    for (std::size_t end : row_ends_) {
      if (widths.size() < end - begin) widths.resize(end - begin, 0);
      for (std::size_t i = begin; i < end; ++i) widths[i - begin] = std::max(widths[i - begin], cells_[i].width);
      begin = end;
    }
    std::string buffer;
    buffer.reserve(kFlushAt + 4096);
    begin = 0;
    for (std::size_t end : row_ends_) {
      const std::size_t line_start = buffer.size();
      buffer.append(indent);
      for (std::size_t i = begin; i < end; ++i) {
        const Stored& cell = cells_[i];
        buffer.append(cell.data ? cell.data : own_.data() + cell.offset, cell.size);
        if (i + 1 < end) buffer.append(widths[i - begin] - cell.width + 2, ' ');
      }
      while (buffer.size() > line_start && buffer.back() == ' ') buffer.pop_back();
      buffer += '\n';
      begin = end;
      if (buffer.size() >= kFlushAt) out.write(buffer.data(), static_cast<std::streamsize>(buffer.size())), buffer.clear();
    }
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  }

 private:
  static constexpr std::size_t kFlushAt = 1 << 16;
  struct Stored {
    const char* data;      // borrowed text, or null: in own_ at offset
    std::uint32_t size;
    std::uint32_t offset;
    std::uint32_t width;
  };
  static std::uint32_t display_width(std::string_view text) {
    std::uint32_t n = 0;
    for (unsigned char c : text)
      if ((c & 0xC0) != 0x80) ++n;  // count UTF-8 lead bytes only
    return n;
  }
  std::vector<Stored> cells_;
  std::vector<std::size_t> row_ends_;  // one past each row's last cell
  std::string own_;                    // the copied cells' text
};

// The "--type-->" arrows, made once: "--name--" for symmetric relations,
// else by direction.
std::string_view arrow_text(EdgeType type, bool forward) {
  static const std::vector<std::string> arrows = [] {
    std::vector<std::string> all;
    for (EdgeType type : kEdgeTypes) {
      const std::string name(to_string(type));
      all.push_back(is_symmetric(type) ? "--" + name + "--" : "<--" + name + "--");
      all.push_back(is_symmetric(type) ? "--" + name + "--" : "--" + name + "-->");
    }
    return all;
  }();
  return arrows[static_cast<std::size_t>(type) * 2 + (forward ? 1 : 0)];
}

// edge_dates into a small buffer: "-", "2023", "2023-07..2024-01-02".
std::string_view dates_text(const EdgeProps& edge, char (&buffer)[40]) {
  if (!edge.date) return "-";
  auto put = [](char* at, const Date& d) {  // as Date::iso, which also writes at most 15 characters
    int n = d.day     ? std::snprintf(at, 16, "%04d-%02d-%02d", d.year, d.month, d.day)
            : d.month ? std::snprintf(at, 16, "%04d-%02d", d.year, d.month)
                      : std::snprintf(at, 16, "%04d", d.year);
    return std::min(n, 15);
  };
  int n = put(buffer, *edge.date);
  if (edge.end) {
    buffer[n++] = '.', buffer[n++] = '.';
    n += put(buffer + n, *edge.end);
  }
  return std::string_view(buffer, static_cast<std::size_t>(n));
}

const std::string& label(const KnowledgeGraph& graph, NodeId v) { return graph.node(v).label; }
std::string_view type_name(const KnowledgeGraph& graph, NodeId v) { return to_string(graph.node(v).type); }
std::string_view arrow(const KnowledgeGraph& graph, const Hop& hop) {
  return arrow_text(graph.edge(hop.edge).type, hop.forward);
}

std::string plural(std::size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string format_score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", score);
  return buffer;
}

// "[2] "sentence" (doc; pattern: joined)": a sentence that gave the edge
// through several patterns is printed once, with each pattern, so a user
// sees why the edge exists without reading the sentence twice.
void print_evidence(std::ostream& out, const EdgeProps& edge, std::size_t hop) {
  const std::vector<Evidence>& all = edge.evidence;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Evidence& e = all[i];
    bool seen = false;
    for (std::size_t k = 0; k < i && !seen; ++k)
      seen = all[k].doc == e.doc && all[k].start == e.start && all[k].end == e.end && all[k].sentence == e.sentence;
    if (seen) continue;
    std::vector<std::string_view> patterns;
    for (std::size_t k = i; k < all.size(); ++k)
      if (all[k].doc == e.doc && all[k].start == e.start && all[k].end == e.end && all[k].sentence == e.sentence &&
          !all[k].pattern.empty() && std::find(patterns.begin(), patterns.end(), all[k].pattern) == patterns.end())
        patterns.push_back(all[k].pattern);
    out << "  [" << hop << "] \"" << e.sentence << "\" (" << e.doc;
    for (std::size_t k = 0; k < patterns.size(); ++k)
      out << (k ? ", " : patterns.size() == 1 ? "; pattern: " : "; patterns: ") << patterns[k];
    out << ")\n";
  }
}

std::string chain(const KnowledgeGraph& graph, const Path& path) {
  std::string out = label(graph, path.hops.front().from);
  for (const Hop& hop : path.hops) out += " " + hop_arrow(graph, hop) + " " + label(graph, hop.to);
  return out;
}

// "connected since 2023-11 (hop 2's date)": the question users ask of a
// path is how and since when; undated hops may start later, so say so.
void print_since(std::ostream& out, const KnowledgeGraph& graph, const Path& path) {
  const PathSince since = path_since(graph, path);
  auto hop_list = [](const std::vector<std::size_t>& hops) {
    std::string text;
    for (std::size_t i = 0; i < hops.size(); ++i)
      text += (i == 0 ? "" : i + 1 == hops.size() ? " and " : ", ") + std::to_string(hops[i] + 1);
    return text;
  };
  if (!since.since) {
    out << "  since when: not known (no hop is dated)\n";
    return;
  }
  out << "  connected since " << since.since->iso();
  if (since.undated_hops.empty()) {
    out << " (hop " << since.latest_hop + 1 << "'s date, the latest on the path)\n";
    return;
  }
  out << " at the earliest (hop " << since.latest_hop + 1 << "'s date; "
      << (since.undated_hops.size() == 1 ? "hop " : "hops ") << hop_list(since.undated_hops) << " undated)\n";
}

void print_path(std::ostream& out, const KnowledgeGraph& graph, const Path& path, bool evidence) {
  out << chain(graph, path) << '\n';
  Table table({"hop", "from", "relation", "to", "date"});
  for (std::size_t i = 0; i < path.hops.size(); ++i) {
    const Hop& hop = path.hops[i];
    char dates[40];
    table.add({std::to_string(i + 1), label(graph, hop.from), arrow(graph, hop), label(graph, hop.to),
               Table::Cell::copy(dates_text(graph.edge(hop.edge), dates))});
  }
  table.print(out, "  ");
  print_since(out, graph, path);
  if (!evidence) return;
  for (std::size_t i = 0; i < path.hops.size(); ++i) print_evidence(out, graph.edge(path.hops[i].edge), i + 1);
}

}  // namespace

std::string hop_arrow(const KnowledgeGraph& graph, const Hop& hop) { return std::string(arrow(graph, hop)); }

std::string edge_dates(const EdgeProps& edge) {
  char buffer[40];
  return std::string(dates_text(edge, buffer));
}

void print_table(std::ostream& out, const KnowledgeGraph& graph, const NeighboursResult& result) {
  out << describe_node(graph, result.focus) << ": " << plural(result.neighbours.size(), "neighbour") << " within "
      << plural(result.depth, "hop") << '\n';
  if (result.links.empty()) return;
  // Links are walked outwards: a link's far end is a neighbour, its distance
  // is that neighbour's (the focus is at 0).
  std::vector<unsigned> distance(graph.node_count(), 0);
  for (const Neighbour& n : result.neighbours) distance[n.node] = n.distance;
  Table table({"hop", "from", "relation", "entity", "type", "date"});
  table.reserve(result.links.size() + 1, 6);
  for (const Hop& hop : result.links) {
    char hops[16], dates[40];
    const int n = std::snprintf(hops, sizeof hops, "%u", distance[hop.to]);
    table.add({Table::Cell::copy(std::string_view(hops, static_cast<std::size_t>(n))), label(graph, hop.from),
               arrow(graph, hop), label(graph, hop.to), type_name(graph, hop.to),
               Table::Cell::copy(dates_text(graph.edge(hop.edge), dates))});
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
  table.reserve(result.events.size() + 1, 5);
  for (const Hop& hop : result.events) {
    const EdgeProps& edge = graph.edge(hop.edge);
    char dates[40];
    table.add({Table::Cell::copy(dates_text(edge, dates)), arrow(graph, hop), label(graph, hop.to),
               type_name(graph, hop.to),
               edge.evidence.empty() ? std::string_view("-") : std::string_view(edge.evidence.front().doc)});
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
  for (auto [type, n] : s.nodes_by_type) nodes.add({to_string(type), std::to_string(n)});
  nodes.print(out, "  ");
  out << "edges: " << s.edges << '\n';
  Table edges;
  for (auto [type, n] : s.edges_by_type) edges.add({to_string(type), std::to_string(n)});
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
