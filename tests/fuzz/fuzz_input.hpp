// The document a fuzz input stands for: its first byte chooses the format
// (text, Markdown, HTML; seed_corpus.sh writes it), the rest are the bytes.
// Shared by the targets that read documents so their corpora stay alike.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "document/document.hpp"

namespace newsgraph {

// `size` must be at least 1.
inline Document fuzz_document(const std::uint8_t* data, std::size_t size, const std::string& name) {
  const DocumentFormat formats[] = {DocumentFormat::Text, DocumentFormat::Markdown, DocumentFormat::Html};
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  return read_document_bytes(bytes, name, formats[data[0] % 3]);
}

}  // namespace newsgraph
