// `newsgraph merge`: graphs built from shards of a corpus become one graph,
// resolved as one build would resolve them.
#include <iostream>

#include "cli/common.hpp"
#include "cli/options.hpp"
#include "io/graph_file.hpp"
#include "lexicon/lexicon.hpp"
#include "resolve/resolve.hpp"
#include "util/atomic_file.hpp"

namespace newsgraph::cli {

namespace {

// Every node, edge and document of `part` appended to `all`, unresolved:
// resolution runs once over the union, so the input order does not matter.
void append_graph(KnowledgeGraph& all, const KnowledgeGraph& part) {
  std::vector<NodeId> node(part.node_count());
  for (NodeId v = 0; v < part.node_count(); ++v) node[v] = all.insert_node(part.node(v));
  for (auto [it, end] = boost::edges(part.storage()); it != end; ++it)
    all.insert_edge(node[part.source(*it)], node[part.target(*it)], part.edge(*it));
  for (const auto& d : part.documents()) all.add_document(d);
}

}  // namespace

int run_merge(const MergeOptions& options) {
  check_native_graph_name(options.output, "merge");
  check_output_path(options.output);  // before reading every shard
  std::shared_ptr<const Lexicon> lexicon =
      load_lexicon(options.lexicon.empty() ? std::nullopt : std::optional<std::string>(options.lexicon));
  KnowledgeGraph all;
  prefer_large_heap_pages();
  for (const auto& path : options.graphs) append_graph(all, load_graph_file(path));
  KnowledgeGraph merged = resolve_graph(all, *lexicon);
  save_graph_file(merged, options.output);
  if (!options.quiet) {
    print_summary(std::cout, summarise(merged));
    std::cout << "files written:\n  " << options.output << '\n';
  }
  return 0;
}

}  // namespace newsgraph::cli
