#include <iostream>

#include "cli/common.hpp"
#include "query/name_lookup.hpp"
#include "query/render.hpp"
#include "query/statistics.hpp"
#include "query/traversal.hpp"
#include "util/atomic_file.hpp"
#include "util/errors.hpp"

namespace newsgraph::cli {
namespace {

// Prints the answer as a table or JSON, and draws it when asked.
template <typename Result, typename... Extra>
int answer(const QueryOptions& options, StepTimer& timer, const KnowledgeGraph& graph, const Result& result,
           Extra... extra) {
  timer.step("output");
  if (options.json)
    write_json(std::cout, graph, result, extra...);
  else
    print_table(std::cout, graph, result, extra...);
  std::cout.flush();  // the output step includes writing it out
  if (!options.output.empty()) timer.step("draw");
  if (!options.output.empty())
    for (const auto& note :
         export_graph(answer_graph(graph, result), choose_format(options.format, options.output), options.output))
      std::cerr << "newsgraph: note: " << note << '\n';
  timer.stop();
  return 0;
}

void check_options(const QueryOptions& options) {
  // An unknown format is the first thing to say, -o or not.
  if (!options.format.empty()) choose_format(options.format, options.output);
  if (!options.format.empty() && options.output.empty())
    throw UsageError("--format " + options.format + " needs -o FILE to draw the answer into");
  if (!options.output.empty()) {  // a bad format or output folder fails before loading
    ExportFormat format = choose_format(options.format, options.output);
    check_output_path(options.output, format == ExportFormat::Neo4j);
  }
  if (options.command == "neighbours" && options.depth == 0) throw UsageError("--depth must be at least 1");
  if (options.command == "path" && (options.max_length == 0 || options.max_length > kMaxPathLength))
    throw UsageError("--max-length must be between 1 and " + std::to_string(kMaxPathLength));
}

}  // namespace

int run_query(const QueryOptions& options) {
  check_options(options);
  GraphFilter filter = parse_filter(options.window);
  StepTimer timer(options.timings);
  timer.step("load");
  const KnowledgeGraph& graph = load_graph_to_answer(options.graph);
  if (options.command == "entities") {
    EntitySort sort = options.sort == "name" ? EntitySort::Name : EntitySort::Degree;
    timer.step("query");
    return answer(options, timer, graph, list_entities(graph, filter, sort, options.limit));
  }
  timer.step("lookup");
  NameIndex index(graph);  // a few flat arrays: quick to free
  NodeId first = resolve_name(index, options.names.at(0));
  if (options.command == "neighbours") {
    timer.step("query");
    // The table lists links only; JSON and drawings also take the edges among the entities.
    const NeighbourEdges edges = options.json || !options.output.empty() ? NeighbourEdges::All : NeighbourEdges::None;
    return answer(options, timer, graph, find_neighbours(graph, first, options.depth, filter, edges));
  }
  if (options.command == "timeline") {
    timer.step("query");
    return answer(options, timer, graph, find_timeline(graph, first, filter));
  }
  if (options.command == "path") {
    NodeId second = resolve_name(index, options.names.at(1));
    if (second == first)
      throw UsageError("path: \"" + options.names[0] + "\" and \"" + options.names[1] + "\" are the same entity, " +
                       describe_node(graph, first));
    timer.step("query");
    return answer(options, timer, graph, find_paths(graph, first, second, options.max_length, options.all, filter),
                  options.evidence);
  }
  throw UsageError("query: unknown question " + options.command);
}

}  // namespace newsgraph::cli
