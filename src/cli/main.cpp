// newsgraph: the command line. This is the only file that includes CLI11:
// it parses options into the structs of options.hpp, calls run_*, and
// turns any error into one line on stderr and an exit code:
//   0 ok, 1 bad input or failure, 2 usage.
#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>

#include "cli/common.hpp"
#include "cli/options.hpp"
#include "util/atomic_file.hpp"
#include "util/errors.hpp"

namespace {

using namespace newsgraph::cli;

// Counts (--limit, --max-nodes) are unsigned: CLI11 would read "-1" as the
// largest count.
const CLI::Validator kCount(
    [](std::string& value) {
      bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
      return digits ? std::string() : "expected a whole number, 0 or more, not " + value;
    },
    "COUNT");

void setup_build(CLI::App& app, BuildOptions& o) {
  auto* cmd = app.add_subcommand("build", "Read articles and build the knowledge graph");
  cmd->add_option("paths", o.inputs, "Files or folders of articles (.txt, .md, .html); - for stdin")->required();
  cmd->add_option("-o,--output", o.output, "Graph file to write (native JSON)")->capture_default_str()
      ->each([&o](const std::string&) { o.output_given = true; });
  cmd->add_option("--update", o.update, "Add the documents to this graph; written back to it unless -o is given");
  cmd->add_option("--export", o.exports, "Also write this export; format from the extension (repeatable)");
  cmd->add_option("-j,--jobs", o.jobs, "Documents processed in parallel")->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  cmd->add_option("--lexicon", o.lexicon, "Folder of lexicon files that extend the shipped ones");
  cmd->add_option("--meta", o.meta, "Sidecar metadata per document (CSV or JSON: path, date, title, source)");
  cmd->add_option("--date", o.date, "Publication date (YYYY-MM-DD) for every document");
  cmd->add_flag("-q,--quiet", o.quiet, "No progress and no report");
  cmd->add_flag("--timings", o.timings, "Print CPU seconds per stage, summed over threads, on stderr (timing: STAGE SECONDS)");
}

void add_subgraph_options(CLI::App* cmd, SubgraphOptions& o, bool with_focus) {
  if (with_focus) {
    cmd->add_option("--focus", o.focus, "Keep only the neighbourhood of this entity");
    cmd->add_option("--depth", o.depth, "Hops around --focus")->capture_default_str();
  }
  cmd->add_option("--type", o.types, "Keep nodes of this type (repeatable)");
  cmd->add_option("--relation", o.relations, "Keep edges of this relation (repeatable)");
  cmd->add_option("--since", o.since, "Keep edges that hold on or after this date");
  cmd->add_option("--until", o.until, "Keep edges that hold on or before this date");
}

void setup_export(CLI::App& app, ExportOptions& o) {
  auto* cmd = app.add_subcommand("export", "Write a graph in another format");
  cmd->add_option("graph", o.graph, "Graph file (native JSON)")->required();
  cmd->add_option("-f,--format", o.format, "json, graphml, dot, svg, png, pdf, jsonld, gexf or neo4j");
  cmd->add_option("-o,--output", o.output, "File to write (a folder for neo4j)")->required();
  cmd->add_option("--engine", o.engine, "Layout for diagrams: dot, neato or sfdp");
  cmd->add_option("--max-nodes", o.max_nodes, "Diagrams keep the most connected entities")
      ->check(kCount);
  cmd->add_flag("--timings", o.timings, "Print seconds of each step (load, write) on stderr");
  add_subgraph_options(cmd, o.subgraph, true);
}

void setup_query(CLI::App& app, QueryOptions& o) {
  auto* cmd = app.add_subcommand("query", "Ask the graph about connections");
  cmd->add_option("graph", o.graph, "Graph file (native JSON)")->required();
  cmd->require_subcommand(1);
  auto common = [&o](CLI::App* sub) {
    sub->add_flag("--json", o.json, "Answer as JSON");
    sub->add_option("--format", o.format, "Draw the answer: dot, svg or png");
    sub->add_option("-o,--output", o.output, "File for --format");
    sub->add_flag("--timings", o.timings, "Print seconds of each step (load, lookup, query, output) on stderr");
    add_subgraph_options(sub, o.window, false);
  };
  auto* neighbours = cmd->add_subcommand("neighbours", "Entities connected to NAME");
  neighbours->add_option("name", o.names, "Entity name or alias")->required()->expected(1);
  neighbours->add_option("--depth", o.depth, "Hops")->capture_default_str();
  common(neighbours);
  auto* path = cmd->add_subcommand("path", "How A is connected to B");
  path->add_option("names", o.names, "Two entity names")->required()->expected(2);
  path->add_option("--max-length", o.max_length, "Longest path in hops")->capture_default_str();
  path->add_flag("--all", o.all, "Every path up to --max-length, not only the shortest");
  path->add_flag("--evidence", o.evidence, "Show the sentence and document behind each hop");
  common(path);
  auto* timeline = cmd->add_subcommand("timeline", "Dated edges of NAME in date order");
  timeline->add_option("name", o.names, "Entity name or alias")->required()->expected(1);
  common(timeline);
  auto* entities = cmd->add_subcommand("entities", "List entities");
  entities->add_option("--sort", o.sort, "degree or name")->check(CLI::IsMember({"degree", "name"}))
      ->capture_default_str();
  entities->add_option("--limit", o.limit, "At most this many")->check(kCount);
  common(entities);
  for (auto* sub : {neighbours, path, timeline, entities})
    sub->final_callback([&o, sub] { o.command = sub->get_name(); });
}

void setup_stats(CLI::App& app, StatsOptions& o) {
  auto* cmd = app.add_subcommand("stats", "Counts, components, date range and central entities of a graph");
  cmd->add_option("graph", o.graph, "Graph file (native JSON)")->required();
  cmd->add_flag("--json", o.json, "Answer as JSON");
  cmd->add_flag("--timings", o.timings, "Print seconds of each step (load, query, output) on stderr");
  cmd->add_option("--betweenness-sources", o.betweenness_sources,
                  "Estimate betweenness from N evenly spread sources (exact when N >= nodes); by default "
                  "exact on small graphs, about 4 sources on a million edges")
      ->check(CLI::PositiveNumber);
}

void setup_merge(CLI::App& app, MergeOptions& o) {
  auto* cmd = app.add_subcommand("merge", "Merge graphs built from shards of a corpus into one graph");
  cmd->add_option("graphs", o.graphs, "Graph files (native JSON)")->required();
  cmd->add_option("-o,--output", o.output, "Graph file to write (native JSON)")->capture_default_str();
  cmd->add_option("--lexicon", o.lexicon, "The --lexicon folder the shards were built with");
  cmd->add_flag("-q,--quiet", o.quiet, "No report");
}

// Parses the command line; the exit code when that is all there is to do
// (help, version: 0; a usage error, said on one line: 2).
std::optional<int> parse_arguments(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    for (char& c : message)
      if (c == '\n') c = ' ';
    std::cerr << "newsgraph: usage error: " << message << " (see newsgraph --help)\n";
    return 2;
  }
  return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"newsgraph: news articles to a dated knowledge graph", "newsgraph"};
  app.set_version_flag("--version", "newsgraph " NEWSGRAPH_VERSION);
  app.require_subcommand(1);
  BuildOptions build;
  ExportOptions export_options;
  QueryOptions query;
  StatsOptions stats;
  MergeOptions merge;
  setup_build(app, build);
  setup_export(app, export_options);
  setup_query(app, query);
  setup_stats(app, stats);
  setup_merge(app, merge);

  if (auto done = parse_arguments(app, argc, argv)) return *done;

  try {
    newsgraph::remove_temporaries_on_signals();  // Ctrl-C leaves no half-written temporary file
    apply_limits_from_environment();
    if (app.got_subcommand("build")) return run_build(build);
    if (app.got_subcommand("export")) return run_export(export_options);
    if (app.got_subcommand("query")) return run_query(query);
    if (app.got_subcommand("stats")) return run_stats(stats);
    if (app.got_subcommand("merge")) return run_merge(merge);
  } catch (const newsgraph::Error& e) {
    std::cerr << "newsgraph: error: " << e.one_line() << '\n';
    return e.exit_code();
  } catch (const std::bad_alloc&) {
    std::cerr << "newsgraph: error: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "newsgraph: error: " << e.what() << '\n';
    return 1;
  }
  return 2;
}
