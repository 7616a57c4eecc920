// Helpers shared by the run_* functions: option values to library types,
// and the printed summary of a graph.
#pragma once
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

void print_summary(std::ostream& out, const GraphSummary& summary);
bool stderr_is_terminal();

}  // namespace newsgraph::cli
