#include "pipeline/build.hpp"

#include <fstream>
#include <iostream>

#include "util/errors.hpp"

namespace newsgraph {

void build_graph(KnowledgeGraph& graph, const BuildSettings& settings, BuildReport& report,
                 const ProgressCallback& progress) {
  std::vector<InputDocument> inputs = collect_inputs(settings.inputs, report.skipped);
  std::size_t done = 0;
  for (const auto& input : inputs) {
    Document doc;
    if (input.path.empty()) {
      doc = read_document(std::cin, input.id);
    } else {
      std::ifstream in(input.path, std::ios::binary);
      if (!in) {
        report.skipped.push_back({input.id, "cannot open"});
        continue;
      }
      doc = read_document(in, input.id);
    }
    ++report.documents_read;
    DocumentRecord record;
    record.id = doc.id;
    record.published = doc.meta.published ? doc.meta.published : settings.default_date;
    graph.add_document(std::move(record));
    if (progress) progress(++done, inputs.size());
  }
  graph = graph.canonical();
}

}  // namespace newsgraph
