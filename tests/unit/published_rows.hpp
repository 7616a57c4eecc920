// Rows of the publication-date tests: a text written for the test and the
// publication date the document reader must find in it ("" for none).
#pragma once
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "document/document.hpp"

namespace newsgraph::testing {

struct PublishedRow {
  std::string text;
  std::string published;  // "" : none
};

inline void check_published(const std::vector<PublishedRow>& rows) {
  for (const auto& row : rows) {
    INFO(row.text);
    auto doc = read_document_bytes(row.text, "doc", DocumentFormat::Text);
    CHECK((doc.meta.published ? doc.meta.published->iso() : std::string()) == row.published);
  }
}

}  // namespace newsgraph::testing
