#include "pipeline/build.hpp"

#include <fstream>
#include <iostream>

#include "util/errors.hpp"

namespace newsgraph {

void build_graph(KnowledgeGraph& graph, const BuildSettings& settings, BuildReport& report,
                 const ProgressCallback& progress) {
  std::vector<InputDocument> inputs = collect_inputs(settings.inputs, report.skipped);
  SidecarMetadata sidecar;
  if (settings.meta_file) sidecar = SidecarMetadata::load(*settings.meta_file);
  DocumentLoadSettings load_settings{&sidecar, settings.default_date, nullptr};
  std::size_t done = 0;
  for (const auto& input : inputs) {
    LoadedDocument loaded = load_document(input, load_settings);
    for (auto& w : loaded.warnings) report.warnings.push_back(std::move(w));
    if (!loaded.document) {
      report.skipped.push_back({input.id, loaded.skip_reason});
      if (progress) progress(++done, inputs.size());
      continue;
    }
    Document& doc = *loaded.document;
    ++report.documents_read;
    DocumentRecord record;
    record.id = doc.id;
    record.published = doc.meta.published;  // byline, overridden by --date and the sidecar
    graph.add_document(std::move(record));
    if (progress) progress(++done, inputs.size());
  }
  graph = graph.canonical();
}

}  // namespace newsgraph
