// What each subcommand takes from the command line. main.cpp (the only
// file that sees CLI11) fills these; run_*.cpp turn them into library calls.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace newsgraph::cli {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string output = "graph.json";
  bool output_given = false;         // -o was given (else --update writes back)
  std::string update;                // existing graph to add the documents to
  std::vector<std::string> exports;  // extra outputs, format from extension
  unsigned jobs = 1;
  std::string lexicon;
  std::string meta;
  std::string date;
  bool quiet = false;
  bool timings = false;
};

struct SubgraphOptions {
  std::string focus;
  unsigned depth = 1;
  std::vector<std::string> types;
  std::vector<std::string> relations;
  std::string since;
  std::string until;
};

struct ExportOptions {
  std::string graph;
  std::string format;
  std::string output;
  std::string engine;
  std::optional<std::size_t> max_nodes;
  SubgraphOptions subgraph;
  bool timings = false;  // seconds of load and write on stderr
};

struct MergeOptions {
  std::vector<std::string> graphs;
  std::string output = "graph.json";
  std::string lexicon;
  bool quiet = false;
};

struct StatsOptions {
  std::string graph;
  bool json = false;
  bool timings = false;  // seconds of load, query and output on stderr
  std::optional<std::size_t> betweenness_sources;  // default: a work bound (statistics.hpp)
};

// Each returns the process exit code; errors are thrown as newsgraph::Error.
int run_build(const BuildOptions& options);
int run_export(const ExportOptions& options);
int run_stats(const StatsOptions& options);
int run_merge(const MergeOptions& options);

}  // namespace newsgraph::cli

namespace newsgraph::cli {

struct QueryOptions {
  std::string graph;
  std::string command;  // neighbours, path, timeline, entities
  std::vector<std::string> names;  // NAME, or A and B for path
  unsigned depth = 1;
  unsigned max_length = 6;
  bool all = false;
  bool evidence = false;
  std::string sort = "degree";
  std::optional<std::size_t> limit;
  bool json = false;
  std::string format;  // dot, svg, png: draw the answer
  std::string output;
  SubgraphOptions window;  // --type, --relation, --since, --until
  bool timings = false;    // seconds of load, lookup, query and output on stderr
};

int run_query(const QueryOptions& options);

}  // namespace newsgraph::cli
