// The whole extraction: documents in, one merged graph out.
//
//   read documents -> segment -> recognise entities -> resolve them
//   -> find relations and their dates -> merge into the graph
//
// Takes: BuildSettings (paths, jobs, lexicon, metadata). Gives: the graph
// in canonical order, and a BuildReport of what was read and skipped.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "graph/knowledge_graph.hpp"
#include "pipeline/timings.hpp"

namespace newsgraph {

struct BuildSettings {
  std::vector<std::string> inputs;         // files, folders, "-" for stdin
  unsigned jobs = 1;                       // documents processed in parallel
  std::optional<std::string> lexicon_dir;  // extends or replaces the shipped lexicon
  std::optional<std::string> meta_file;    // sidecar metadata (CSV or JSON)
  std::optional<Date> default_date;        // publication date for every document
  // Stage times in CPU seconds of the threads (honest with --jobs on a busy
  // machine) rather than wall-clock seconds; costs system calls per document.
  bool cpu_timings = false;
};

struct BuildReport {
  std::size_t documents_read = 0;
  std::vector<SkippedInput> skipped;
  std::vector<std::string> warnings;  // one line each, naming the file
  StageTimings timings;  // reading..relations per document; merge: folding documents in, cross-document resolution
};

// Called after each document: (documents done, documents in all).
using ProgressCallback = std::function<void(std::size_t, std::size_t)>;

// Adds what the documents say to `graph` (empty for a new build).
void build_graph(KnowledgeGraph& graph, const BuildSettings& settings, BuildReport& report,
                 const ProgressCallback& progress = {});

}  // namespace newsgraph
