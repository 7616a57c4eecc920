// The writers behind make_writer(), one per format; exporter.cpp picks one.
// Each writes to a stream as it walks the graph, so a large graph is never
// held as one string.
#pragma once
#include <filesystem>
#include <memory>

#include "export/exporter.hpp"

namespace newsgraph {

std::unique_ptr<GraphWriter> make_graphml_writer();
std::unique_ptr<GraphWriter> make_gexf_writer();
std::unique_ptr<GraphWriter> make_jsonld_writer();
// format: Dot (the DOT text) or Svg, Png, Pdf (rendered with libgvc).
std::unique_ptr<GraphWriter> make_diagram_writer(ExportFormat format, const ExportSettings& settings);

// Neo4j bulk import: several files written into `folder` (already created).
void write_neo4j_folder(const KnowledgeGraph& graph, const std::filesystem::path& folder);

}  // namespace newsgraph
