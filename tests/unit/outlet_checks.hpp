// Checks on a document's extraction result for the outlet and byline tests.
#pragma once
#include <string>

#include "pipeline/extract.hpp"

namespace newsgraph::testing {

// Whether the result holds "writer affiliated_with outlet" (labels compared as written).
inline bool writes_for(const DocResult& r, const std::string& writer, const std::string& outlet) {
  for (const auto& e : r.edges)
    if (e.type == EdgeType::affiliated_with && r.entities[e.source].label == writer &&
        r.entities[e.target].label == outlet)
      return true;
  return false;
}

}  // namespace newsgraph::testing
