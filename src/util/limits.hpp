// The limits of one run (README "Bad input and limits"): input that would
// need more stops with a LimitError that names the limit and how to raise
// it, rather than exhausting memory or running for hours. The values are
// process-wide; the command line may change them before any work starts
// (newsgraph reads them from NEWSGRAPH_MAX_* environment variables).
#pragma once
#include <cstddef>
#include <string>

namespace newsgraph {

struct Limits {
  // Entities and relations of one graph (built, loaded, merged). An edge
  // with its evidence takes 0.5 to 1 KB and writing a graph in canonical
  // order copies it, so 10 million edges may need 10 to 20 GB.
  std::size_t nodes = 5'000'000;
  std::size_t edges = 10'000'000;
  // Entities one rendered diagram (SVG, PNG, PDF) lays out: large graphs
  // go to sfdp, which lays out 10,000 in about 20 s; its time grows faster
  // than linearly, so far beyond this it takes hours.
  std::size_t diagram_nodes = 20'000;
  // The longest side of a PNG, in pixels: a larger drawing is scaled down
  // to it (a full-size bitmap of a big graph takes gigabytes).
  std::size_t image_pixels = 8'192;
};

const Limits& limits();
// Call before any work (not thread-safe against readers).
void set_limits(const Limits& limits);

// Throw LimitError when a graph holding `count` nodes / edges may not take
// one more.
void check_node_limit(std::size_t count);
void check_edge_limit(std::size_t count);

// The environment variable that changes each limit, for messages.
inline constexpr const char* kMaxNodesVariable = "NEWSGRAPH_MAX_NODES";
inline constexpr const char* kMaxEdgesVariable = "NEWSGRAPH_MAX_EDGES";
inline constexpr const char* kMaxDiagramNodesVariable = "NEWSGRAPH_MAX_DIAGRAM_NODES";
inline constexpr const char* kMaxImagePixelsVariable = "NEWSGRAPH_MAX_IMAGE_PIXELS";

}  // namespace newsgraph
