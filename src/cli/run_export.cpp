#include <iostream>

#include "cli/common.hpp"
#include "graph/subgraph.hpp"
#include "query/name_lookup.hpp"
#include "util/atomic_file.hpp"
#include "util/errors.hpp"

namespace newsgraph::cli {

int run_export(const ExportOptions& options) {
  ExportFormat format = choose_format(options.format, options.output);
  SubgraphSpec spec;
  spec.filter = parse_filter(options.subgraph);
  spec.depth = options.subgraph.depth;
  ExportSettings settings;
  settings.layout_engine = options.engine;
  settings.max_nodes = options.max_nodes;
  if (!is_diagram(format) && (settings.max_nodes || !settings.layout_engine.empty()))
    throw UsageError("--engine and --max-nodes apply to diagrams (dot, svg, png, pdf), not to " +
                     std::string(to_string(format)));
  if (format != ExportFormat::Neo4j) make_writer(format, settings);  // option errors before the work
  check_output_path(options.output, format == ExportFormat::Neo4j);

  StepTimer timer(options.timings);
  timer.step("load");
  const KnowledgeGraph& graph = load_graph_to_answer(options.graph);
  if (!options.subgraph.focus.empty()) {
    try {  // the query resolver: aliases, words of names, suggestions, ambiguity
      spec.focus.push_back(resolve_name(graph, options.subgraph.focus));
    } catch (const NameLookupError& e) {
      throw InputError(options.graph, "--focus " + options.subgraph.focus + ": " + e.what());
    }
  }
  if (!spec.focus.empty() || !spec.filter.empty()) timer.step("subgraph");
  const KnowledgeGraph& out = spec.focus.empty() && spec.filter.empty()
                                  ? graph
                                  : keep_until_exit(extract_subgraph(graph, spec));
  timer.step("write");  // to the file's rename, included
  const std::vector<std::string> notes = export_graph(out, format, options.output, settings);
  timer.stop();
  for (const auto& note : notes) std::cerr << "newsgraph: note: " << note << '\n';
  return 0;
}

}  // namespace newsgraph::cli
