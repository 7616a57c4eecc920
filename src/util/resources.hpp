// Data files compiled into the binary (schemas/, src/lexicon/data/), looked
// up by their path relative to the project root, e.g. "schemas/graph.schema.json".
#pragma once
#include <span>
#include <string_view>

namespace newsgraph {

struct EmbeddedResource {
  std::string_view path;
  std::string_view content;
};

std::span<const EmbeddedResource> embedded_resources();

// Throws InternalError when the resource is not compiled in.
std::string_view embedded_resource(std::string_view path);

}  // namespace newsgraph
