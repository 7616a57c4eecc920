// Exporters: one small writer per format behind one interface, each writing
// to a stream; export_graph() picks the writer and writes the file whole or
// not at all.
//
// Takes: a graph (already filtered) and ExportSettings. Gives: the file.
#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

enum class ExportFormat { Json, GraphML, Dot, Svg, Png, Pdf, JsonLd, Gexf, Neo4j };

struct ExportSettings {
  std::string layout_engine;  // "dot", "neato", "sfdp"; empty: chosen by size
  std::optional<std::size_t> max_nodes;  // diagrams keep the most connected
};

// Diagram formats (DOT and the images) lay out and draw; the others carry data.
constexpr bool is_diagram(ExportFormat format) {
  return format == ExportFormat::Dot || format == ExportFormat::Svg || format == ExportFormat::Png ||
         format == ExportFormat::Pdf;
}

class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  virtual void write(const KnowledgeGraph& graph, std::ostream& out) const = 0;
  virtual bool binary() const { return false; }
  // What the last write() left out or changed, for the user (--max-nodes).
  const std::vector<std::string>& notes() const { return notes_; }

 protected:
  mutable std::vector<std::string> notes_;
};

std::string_view to_string(ExportFormat format);
// "graphml", "json", "dot", "svg", ...; nullopt when unknown.
std::optional<ExportFormat> parse_export_format(std::string_view name);
// From a file name's extension (".graphml", ".jsonld", ...); a folder
// (written with a trailing '/', or one that exists) is neo4j; anything else
// is not guessed.
std::optional<ExportFormat> export_format_for_path(const std::filesystem::path& path);
// The names of every format, for messages ("json, graphml, ...").
std::string export_format_names();

// Throws UsageError when the format has no single-stream writer (neo4j).
std::unique_ptr<GraphWriter> make_writer(ExportFormat format, const ExportSettings& settings);

// Writes `graph` to `target` (a folder for neo4j) through a temporary file
// (or folder) renamed into place. Gives back the writer's notes (what a
// diagram left out). Throws IoError or UsageError.
std::vector<std::string> export_graph(const KnowledgeGraph& graph, ExportFormat format, const std::filesystem::path& target,
                  const ExportSettings& settings = {});

}  // namespace newsgraph
