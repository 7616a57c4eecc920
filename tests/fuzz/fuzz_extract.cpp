// libFuzzer target: a full extraction run of one document, document ->
// graph: the reader (format from the first byte), segmentation, recognition
// and relations with the shipped lexicon, then resolution into a graph that
// is written as JSON and read back. Checks what the graph contract asks of
// any graph: edge ends inside the graph, evidence spans inside the original
// bytes, and that the written graph reads back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "document/document.hpp"
#include "fuzz_input.hpp"
#include "io/graph_json.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"
#include "util/errors.hpp"

using namespace newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  Document doc = fuzz_document(data, size, "fuzz.txt");
  const Lexicon& lexicon = *default_lexicon();
  DocResult result = extract_document(doc, lexicon);
  for (const DocEdge& e : result.edges) {
    int n = static_cast<int>(result.entities.size());
    if (e.source < 0 || e.source >= n || e.target < 0 || e.target >= n) __builtin_trap();
    if (e.evidence.start > e.evidence.end || e.evidence.end > doc.original.size()) __builtin_trap();
  }
  GraphAssembler assembler(lexicon);
  assembler.add(std::move(result));
  KnowledgeGraph graph = assembler.finish();
  std::ostringstream first;
  write_graph_json(graph, first);
  try {
    KnowledgeGraph again = read_graph_json_text(first.str(), "again.json");
    std::ostringstream second;
    write_graph_json(again, second);
    if (first.str() != second.str()) __builtin_trap();
  } catch (const InputError&) {
    __builtin_trap();  // a graph newsgraph wrote must be one it reads
  }
  return 0;
}
