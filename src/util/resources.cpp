#include "util/resources.hpp"

#include "util/errors.hpp"

namespace newsgraph {

std::string_view embedded_resource(std::string_view path) {
  for (const auto& resource : embedded_resources())
    if (resource.path == path) return resource.content;
  throw InternalError("resource not compiled into the binary: " + std::string(path));
}

}  // namespace newsgraph
