// The native JSON form of the graph (schemas/graph.schema.json).
//
// Takes: a graph and a stream to write; or a stream to read and its name
// for messages. Gives: the written JSON; or the graph, after checking it
// against the schema and for dangling edge ends.
#pragma once
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

inline constexpr std::string_view kGraphFormatVersion = "1";

// Writes as the graph is stored; call canonical() first for stable output.
// With `jobs` > 1 a second thread renders half the edges (the same text).
void write_graph_json(const KnowledgeGraph& graph, std::ostream& out, unsigned jobs = 1);

// Throws InputError naming `source_name`, with the line and column of a
// syntax error or the JSON pointer of a schema violation.
KnowledgeGraph read_graph_json(std::istream& in, const std::string& source_name);
KnowledgeGraph read_graph_json_text(std::string_view text, const std::string& source_name);
// As above, without a copy, for text followed by a NUL byte
// (text.data()[text.size()] == 0) and readable up to the next multiple of
// 16 bytes past it, such as a file mapped read-only with a zero page after
// it: now and then `release(bytes)` says that the first `bytes` of the text
// will not be read again (unless the file turns out bad), so that their
// pages can be given back while the graph grows.
KnowledgeGraph read_graph_json_terminated(std::string_view text, const std::string& source_name,
                                          const std::function<void(std::size_t)>& release);

// Checks any JSON text against one of the embedded schemas (its path, e.g.
// "schemas/graph.schema.json"); throws InputError as above.
void validate_json_text(std::string_view text, std::string_view schema_path, const std::string& source_name);

}  // namespace newsgraph
