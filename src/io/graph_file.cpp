#include "io/graph_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "io/graph_json.hpp"
#include "util/atomic_file.hpp"
#include "util/errors.hpp"

namespace newsgraph {

KnowledgeGraph load_graph_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw IoError(path.string(), "no such file");
  if (std::filesystem::is_directory(path, ec)) throw IoError(path.string(), "is a folder, not a graph file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string(), std::string("cannot read: ") + std::strerror(errno));
  return read_graph_json(in, path.string());
}

void save_graph_file(const KnowledgeGraph& graph, const std::filesystem::path& path) {
  AtomicFile file(path);
  write_graph_json(graph, file.stream());
  file.commit();
}

}  // namespace newsgraph
