// Graph files on disk: the native JSON read from a path and written whole
// or not at all.
#pragma once
#include <filesystem>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// Throws IoError (missing, unreadable) or InputError (not a graph).
KnowledgeGraph load_graph_file(const std::filesystem::path& path);
// Writes through a temporary file renamed into place; throws IoError.
// `jobs` > 1: two threads render the JSON (write_graph_json).
void save_graph_file(const KnowledgeGraph& graph, const std::filesystem::path& path, unsigned jobs = 1);

}  // namespace newsgraph
