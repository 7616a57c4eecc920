// Escaping of text that comes from articles (labels, aliases, sentences),
// shared by the writers: XML, CSV, DOT, and a clean-up every format needs.
//
// Takes: any bytes (labels and sentences are UTF-8 but nothing guarantees
// it). Gives: text that the target syntax reads back as the same string,
// minus what the format cannot carry (XML 1.0 forbids most control
// characters; invalid UTF-8 becomes U+FFFD).
#pragma once
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace newsgraph::text {

// Valid UTF-8 without control characters other than tab, newline and
// carriage return; invalid bytes become U+FFFD, U+FFFE/U+FFFF are dropped.
std::string clean(std::string_view in);

// XML character data or attribute value: & < > " ' escaped, tab, newline
// and carriage return as character references so attributes keep them.
void write_xml(std::ostream& out, std::string_view in);
std::string xml(std::string_view in);

// One CSV field, always quoted, quotes doubled; newlines become spaces
// because neo4j-admin reads a record per line unless told otherwise.
void write_csv(std::ostream& out, std::string_view in);

// A Graphviz label in an escString: backslashes doubled (so "\n" in a name
// is not a line break); real newlines become spaces. Quotes are left to
// libcgraph, which quotes the string when it writes it.
std::string dot_label(std::string_view in);
// Text inside an HTML-like Graphviz label: XML escaping without newlines.
std::string dot_html(std::string_view in);

// Shortened to at most `max_chars` code points, with "…" when cut.
std::string shorten(std::string_view in, std::size_t max_chars);

std::string join(const std::vector<std::string>& parts, std::string_view separator);

// Shortest text that reads back as the same double ("0.9", not "0.900000").
std::string number(double value);

// Percent-encodes every byte but unreserved characters (and '/' if asked).
std::string iri_part(std::string_view in, bool keep_slash);
// A key per node that stays the same across graphs: its label's name_key,
// dashed and percent-encoded ("south-korea"); a key two nodes would share
// gets the node id appended. For JSON-LD IRIs and Neo4j merges.
std::vector<std::string> entity_keys(const KnowledgeGraph& graph);

// What the evidence of an edge amounts to, for formats that carry a summary.
struct EvidenceSummary {
  std::size_t count = 0;
  std::string first_sentence;
  std::vector<std::string> documents;  // distinct, in order
};
EvidenceSummary summarise_evidence(const EdgeProps& edge);

}  // namespace newsgraph::text
