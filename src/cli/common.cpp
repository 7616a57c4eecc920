#include "cli/common.hpp"

#include <time.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <string_view>

#include "util/ascii.hpp"
#include "io/graph_file.hpp"
#include "util/errors.hpp"
#include "util/limits.hpp"

#ifdef NEWSGRAPH_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace newsgraph::cli {

std::optional<Date> parse_date_option(const std::string& value, const std::string& option) {
  if (value.empty()) return std::nullopt;
  auto date = parse_iso_date(value);
  if (!date) throw UsageError(option + " " + value + ": not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
  return date;
}

namespace {

// "nation", "ORGANISATION", "Organization", "member-of": what a user types
// for a type or relation, in the spelling the graph uses.
std::string typed_name(const std::string& name, bool relation) {
  std::string out;
  for (char c : name) {
    char lower = ascii_lowered(c);
    out += relation && lower == '-' ? '_' : lower;
  }
  if (relation) return out;
  if (out == "organization") out = "organisation";
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

GraphFilter parse_filter(const SubgraphOptions& options) {
  GraphFilter filter;
  for (const auto& name : options.types) {
    auto type = parse_node_type(name);
    if (!type) type = parse_node_type(typed_name(name, false));
    if (!type)
      throw UsageError("--type " + name +
                       ": unknown node type (Nation, Organisation, Exercise, Event, Person, Place, Agreement)");
    filter.node_types.push_back(*type);
  }
  for (const auto& name : options.relations) {
    auto type = parse_edge_type(name);
    if (!type) type = parse_edge_type(typed_name(name, true));
    if (!type) {
      std::string known;
      for (EdgeType t : kEdgeTypes) known += (known.empty() ? "" : ", ") + std::string(to_string(t));
      throw UsageError("--relation " + name + ": unknown relation (" + known + ")");
    }
    filter.relations.push_back(*type);
  }
  filter.since = parse_date_option(options.since, "--since");
  filter.until = parse_date_option(options.until, "--until");
  if (filter.since && filter.until && filter.until->last_day() < filter.since->first_day())
    throw UsageError("--until " + options.until + " is before --since " + options.since);
  return filter;
}

ExportFormat choose_format(const std::string& format, const std::filesystem::path& output) {
  if (!format.empty()) {
    auto parsed = parse_export_format(format);
    if (!parsed) throw UsageError("--format " + format + ": unknown format (" + export_format_names() + ")");
    // An extension that promises another format ("x.png" with --format svg)
    // would leave a file its viewer cannot open; only JSON and JSON-LD share
    // an extension's meaning loosely enough to be written under each other's.
    auto named = output.empty() ? std::nullopt : export_format_for_path(output);
    const auto is_json = [](ExportFormat f) { return f == ExportFormat::Json || f == ExportFormat::JsonLd; };
    if (named && *named != *parsed && !(is_json(*named) && is_json(*parsed)))
      throw UsageError(output.string() + ": --format " + format + " does not match the extension; name the file " +
                       "for the format or give the format the name says (" + export_format_names() + ")");
    return *parsed;
  }
  auto guessed = export_format_for_path(output);
  if (!guessed)
    throw UsageError(output.string() + ": cannot tell the format from the extension; give --format (" +
                     export_format_names() + ")");
  return *guessed;
}

void check_native_graph_name(const std::filesystem::path& output, const char* command) {
  auto format = export_format_for_path(output);
  if (!format || *format == ExportFormat::Json) return;
  const std::string how = std::string(command) == "build"
                              ? "add --export " + output.string() + " to write this format too"
                              : "convert it with newsgraph export";
  throw UsageError(output.string() + ": " + command + " -o writes the native JSON graph; name it .json and " + how);
}

namespace {

void read_limit(const char* variable, std::size_t& limit) {
  const char* text = std::getenv(variable);
  if (!text || !*text) return;  // unset or empty: the default
  std::string_view value(text);
  std::size_t parsed = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (ec != std::errc() || end != value.data() + value.size() || parsed == 0)
    throw UsageError(std::string(variable) + "=" + text + ": not a positive whole number");
  limit = parsed;
}

}  // namespace

void apply_limits_from_environment() {
  Limits values = limits();
  read_limit(kMaxNodesVariable, values.nodes);
  read_limit(kMaxEdgesVariable, values.edges);
  read_limit(kMaxDiagramNodesVariable, values.diagram_nodes);
  read_limit(kMaxImagePixelsVariable, values.image_pixels);
  set_limits(values);
}

void print_summary(std::ostream& out, const GraphSummary& summary) {
  out << "nodes: " << summary.nodes << '\n';
  for (std::size_t i = 0; i < kNodeTypes.size(); ++i)
    if (summary.nodes_by_type[i])
      out << "  " << std::left << std::setw(16) << to_string(kNodeTypes[i]) << std::right << std::setw(8)
          << summary.nodes_by_type[i] << '\n';
  out << "edges: " << summary.edges << '\n';
  for (std::size_t i = 0; i < kEdgeTypes.size(); ++i)
    if (summary.edges_by_type[i])
      out << "  " << std::left << std::setw(16) << to_string(kEdgeTypes[i]) << std::right << std::setw(8)
          << summary.edges_by_type[i] << '\n';
}

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

namespace {

double process_cpu_seconds() {
  timespec t{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

}  // namespace

void StepTimer::step(const char* name) {
  if (!on_) return;
  auto now = std::chrono::steady_clock::now();
  double cpu = process_cpu_seconds();
  if (current_)
    std::cerr << "timing: " << current_ << ' ' << std::fixed << std::setprecision(6)
              << std::chrono::duration<double>(now - start_).count() << " cpu " << cpu - cpu_start_
              << std::defaultfloat << '\n';
  current_ = name;
  start_ = now;
  cpu_start_ = cpu;
}

void prefer_large_heap_pages() {
#ifdef NEWSGRAPH_WITH_MIMALLOC
  // Read by mimalloc each time it maps a new segment, so it applies to the
  // graph's allocations that follow; refused quietly where the system has
  // no 2 MB pages to give.
  mi_option_enable(mi_option_large_os_pages);
#endif
}

const KnowledgeGraph& load_graph_to_answer(const std::filesystem::path& path) {
  prefer_large_heap_pages();
  return keep_until_exit(load_graph_file(path));
}

}  // namespace newsgraph::cli
