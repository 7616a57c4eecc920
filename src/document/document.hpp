// Reading documents: files, folders and standard input become Documents.
//
// Takes: the paths a user gave ("-" for stdin). Gives: the list of
// documents to read, those skipped and why; then, per document, its text
// and metadata.
#pragma once
#include <cstdint>
#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "graph/date.hpp"

namespace newsgraph {

struct DocumentMeta {
  std::string title;
  std::string author;
  std::string source;
  std::optional<Date> published;  // from the byline, a sidecar or --date
  std::string timezone;           // as written in the byline ("GMT+9", "KST")
};

struct Document {
  std::string id;        // the path as given, or "-" for stdin
  std::string original;  // the bytes as read
  std::string text;      // the text to analyse (markup stripped, normalised)
  DocumentMeta meta;
  std::vector<std::string> warnings;  // e.g. invalid UTF-8 at byte N

  // Byte offset in `original` of a byte offset in `text`.
  std::uint64_t original_offset(std::uint64_t text_offset) const;
  std::vector<std::uint32_t> offset_map;  // text offset -> original offset; empty when identical
};

struct InputDocument {
  std::string id;               // as it will appear in evidence
  std::filesystem::path path;   // empty for stdin
};

struct SkippedInput {
  std::string path;
  std::string reason;
};

// Expands folders recursively (sorted, so that the order never depends on
// the file system), keeps .txt, .md, .html and .htm files. Throws IoError
// for a path that does not exist.
std::vector<InputDocument> collect_inputs(const std::vector<std::string>& paths, std::vector<SkippedInput>& skipped);

// Reads one document from a stream; `id` names it in evidence and messages.
Document read_document(std::istream& in, const std::string& id);

}  // namespace newsgraph
