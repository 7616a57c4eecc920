// libFuzzer target: the native graph JSON reader must refuse bad input with
// an InputError and never crash, hang or leak; what it accepts must write
// back out and read again to the same bytes.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "io/graph_json.hpp"
#include "util/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    newsgraph::KnowledgeGraph graph = newsgraph::read_graph_json_text(text, "fuzz.json");
    std::ostringstream first;
    newsgraph::write_graph_json(graph, first);
    newsgraph::KnowledgeGraph again = newsgraph::read_graph_json_text(first.str(), "again.json");
    std::ostringstream second;
    newsgraph::write_graph_json(again, second);
    if (first.str() != second.str()) __builtin_trap();
  } catch (const newsgraph::InputError&) {
  }
  return 0;
}
