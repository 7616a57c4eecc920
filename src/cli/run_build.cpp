#include <iomanip>
#include <iostream>

#include "cli/common.hpp"
#include "io/graph_file.hpp"
#include "pipeline/build.hpp"
#include "util/atomic_file.hpp"

namespace newsgraph::cli {

namespace {

// A one-line bar on stderr, redrawn in place; only on a terminal.
ProgressCallback progress_bar(bool enabled) {
  if (!enabled) return {};
  return [](std::size_t done, std::size_t total) {
    constexpr int kWidth = 30;
    int filled = total ? static_cast<int>(kWidth * done / total) : kWidth;
    std::cerr << "\r[" << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << done << '/'
              << total << " documents" << (done == total ? "\n" : "") << std::flush;
  };
}

// CPU seconds per stage, summed over documents (so over threads with --jobs).
void print_timings(const StageTimings& t) {
  const std::pair<const char*, double> stages[] = {{"reading", t.reading},       {"segmentation", t.segmentation},
                                                   {"recognition", t.recognition}, {"resolution", t.resolution},
                                                   {"relations", t.relations},     {"merge", t.merge}};
  for (const auto& [name, seconds] : stages) std::cerr << "timing: " << name << ' ' << std::fixed << std::setprecision(6) << seconds << '\n';
}

}  // namespace

int run_build(const BuildOptions& options) {
  BuildSettings settings;
  settings.inputs = options.inputs;
  settings.jobs = options.jobs;
  if (!options.lexicon.empty()) settings.lexicon_dir = options.lexicon;
  if (!options.meta.empty()) settings.meta_file = options.meta;
  settings.default_date = parse_date_option(options.date, "--date");
  settings.cpu_timings = options.timings;
  // Check every export's format before the work, not after it.
  std::vector<std::pair<std::string, ExportFormat>> exports;
  for (const auto& path : options.exports) exports.emplace_back(path, choose_format("", path));

  KnowledgeGraph graph;
  std::string output = options.output;
  if (!options.update.empty() && !options.output_given) output = options.update;
  // Every output's folder too: a mistyped path fails now, and no graph is
  // written by a run that then fails on an export.
  check_native_graph_name(output, "build");
  check_output_path(output);
  for (const auto& [path, format] : exports) check_output_path(path, format == ExportFormat::Neo4j);
  prefer_large_heap_pages();
  if (!options.update.empty()) graph = load_graph_file(options.update);
  BuildReport report;
  build_graph(graph, settings, report, progress_bar(!options.quiet && stderr_is_terminal()));

  std::vector<std::string> written;
  save_graph_file(graph, output, options.jobs);
  written.push_back(output);
  for (const auto& [path, format] : exports) {
    export_graph(graph, format, path);
    written.push_back(path);
  }

  for (const auto& warning : report.warnings) std::cerr << "newsgraph: warning: " << warning << '\n';
  for (const auto& s : report.skipped) std::cerr << "newsgraph: warning: " << s.path << ": " << s.reason << '\n';
  if (options.timings) print_timings(report.timings);
  if (options.quiet) return 0;
  std::cout << "documents read: " << report.documents_read << '\n';
  if (!report.skipped.empty()) {
    std::cout << "documents skipped: " << report.skipped.size() << '\n';
    for (const auto& s : report.skipped) std::cout << "  " << s.path << ": " << s.reason << '\n';
  }
  print_summary(std::cout, summarise(graph));
  std::cout << "files written:\n";
  for (const auto& path : written) std::cout << "  " << path << '\n';
  return 0;
}

}  // namespace newsgraph::cli
