// Helpers shared by the run_* functions: option values to library types,
// and the printed summary of a graph.
#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "export/exporter.hpp"
#include "graph/filter.hpp"
#include "graph/summary.hpp"

namespace newsgraph::cli {

// Throws UsageError naming the option when the value is not a date.
std::optional<Date> parse_date_option(const std::string& value, const std::string& option);
GraphFilter parse_filter(const SubgraphOptions& options);
// --format wins; else the extension of `output`; else UsageError.
ExportFormat choose_format(const std::string& format, const std::filesystem::path& output);

// `build -o` and `merge -o` write the native JSON graph whatever the name: a
// name that promises another format ("graph.graphml") is refused with the
// option that writes it, rather than leaving JSON under a GraphML name.
void check_native_graph_name(const std::filesystem::path& output, const char* command);

// The limits of util/limits.hpp, changed by the NEWSGRAPH_MAX_* environment
// variables that are set; throws UsageError for a value that is not a
// positive whole number.
void apply_limits_from_environment();

// Before loading a graph file: a million-edge graph is hundreds of MB of
// small allocations; with mimalloc linked, 2 MB pages cut the page faults
// that made its load ~30% slower than glibc's (2.2 s against 3.0 s on 1M
// edges). A build too: its heap grows by first touches of 4 KB pages
// (18k faults for the 10 MB corpus, system time 0.4 s -> 0.15 s, user time
// ~10% less with fewer TLB misses; peak +8 MB). A no-op without mimalloc
// (glibc then grows its heap with 4 KB pages).
void prefer_large_heap_pages();

void print_summary(std::ostream& out, const GraphSummary& summary);
bool stderr_is_terminal();

// --timings of query and stats: the seconds of each named step on stderr,
// "timing: STEP SECONDS cpu CPU_SECONDS" (wall clock, as build --timings
// prints, then the process's CPU time, which a busy machine does not
// inflate the way it does the wall clock), so that the time of a
// question can be told from the time of loading the graph. A step ends
// when the next begins, at stop(), or when the timer goes, so a step that
// throws (a name that matches nothing) is still printed.
class StepTimer {
 public:
  explicit StepTimer(bool on) : on_(on) {}
  StepTimer(const StepTimer&) = delete;
  StepTimer& operator=(const StepTimer&) = delete;
  ~StepTimer() { step(nullptr); }
  void step(const char* name);
  void stop() { step(nullptr); }

 private:
  bool on_;
  const char* current_ = nullptr;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  double cpu_start_ = 0;
};

// Keeps `value` until the process ends and never destroys it. query, stats
// and export load a whole graph only to answer and exit: freeing a graph of
// a million edges (millions of small blocks) took about 2 s after the
// answer was out, work the operating system does for nothing when the
// process ends. The objects stay linked from a static pointer, so leak
// checkers (LeakSanitizer) see them as reachable, not leaked.
template <typename T>
T& keep_until_exit(T&& value) {
  struct Kept {
    T value;
    Kept* next;
  };
  static Kept* kept = nullptr;
  kept = new Kept{std::move(value), kept};
  return kept->value;
}

// The graph file a read-only command (query, stats, export) answers from,
// loaded on large heap pages and kept until exit (both above).
const KnowledgeGraph& load_graph_to_answer(const std::filesystem::path& path);

}  // namespace newsgraph::cli
