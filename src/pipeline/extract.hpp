// One document through the extraction stages:
//   segment -> recognise -> relate -> the document's share of the graph.
//
// Takes: a loaded Document and the lexicon. Gives: a DocResult (its record,
// entities and evidenced edges) for src/resolve/ to merge.
#pragma once
#include "pipeline/timings.hpp"
#include <string>
#include <string_view>

#include "document/document.hpp"
#include "lexicon/lexicon.hpp"
#include "resolve/resolve.hpp"

namespace newsgraph {

// `timings`, when given, receives the seconds of each stage.
DocResult extract_document(const Document& doc, const Lexicon& lexicon, StageTimings* timings = nullptr);

// FNV-1a 64 of the bytes, as 16 hex digits.
std::string content_hash(std::string_view bytes);

}  // namespace newsgraph
