// Rows of the metadata tests: a document's bytes written for the test and one
// field the reader must find in them ("" when it must find none).
#pragma once
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "document/document.hpp"

namespace newsgraph::testing {

enum class MetaField { title, author, source, published };

struct MetaRow {
  std::string text;
  MetaField field;
  std::string want;  // the field as read; the publication date as ISO
  DocumentFormat format = DocumentFormat::Text;
};

inline std::string meta_field(const DocumentMeta& meta, MetaField field) {
  switch (field) {
    case MetaField::title:
      return meta.title;
    case MetaField::author:
      return meta.author;
    case MetaField::source:
      return meta.source;
    case MetaField::published:
      return meta.published ? meta.published->iso() : "";
  }
  return "";
}

inline void check_meta_rows(const std::vector<MetaRow>& rows) {
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(meta_field(read_document_bytes(row.text, "doc", row.format).meta, row.field) == row.want);
  }
}

}  // namespace newsgraph::testing
