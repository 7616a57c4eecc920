// Rows of the entity tests: a text written for the test, the entities it must
// give and those it must not, each as "Label:Type" (entity_names).
#pragma once
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract_fixtures.hpp"

namespace newsgraph::testing {

struct EntityRow {
  std::string text;
  std::vector<std::string> want;
  std::vector<std::string> not_want;
};

inline void check_entity_rows(const std::vector<EntityRow>& rows) {
  for (const auto& row : rows) {
    INFO(row.text);
    auto names = entity_names(analyse(row.text));
    for (const auto& w : row.want) {
      INFO("wanted: " << w);
      CHECK(has(names, w));
    }
    for (const auto& w : row.not_want) {
      INFO("not wanted: " << w);
      CHECK_FALSE(has(names, w));
    }
  }
}

}  // namespace newsgraph::testing
