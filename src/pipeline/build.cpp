#include "pipeline/build.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "lexicon/lexicon.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"
#include "util/errors.hpp"

namespace newsgraph {
namespace {

struct Outcome {
  std::optional<DocResult> result;
  std::string skip_reason;
  std::vector<std::string> warnings;
  StageTimings timings;
};

Outcome process(const InputDocument& input, const DocumentLoadSettings& settings, const Lexicon& lexicon) {
  StageClock clock;
  LoadedDocument loaded = load_document(input, settings);
  Outcome out;
  out.timings.reading = clock.lap();
  out.warnings = std::move(loaded.warnings);
  if (!loaded.document) {
    out.skip_reason = loaded.skip_reason;
    return out;
  }
  out.result = extract_document(*loaded.document, lexicon, &out.timings);
  return out;
}

// Workers take documents in input order from a shared counter; the caller
// consumes the outcomes in input order, so the merge sees the same sequence
// for any number of jobs. Workers stay at most `window` documents ahead,
// so that documents stream through rather than pile up.
class ParallelRun {
 public:
  ParallelRun(const std::vector<InputDocument>& inputs, const DocumentLoadSettings& settings, const Lexicon& lexicon,
              unsigned jobs)
      : inputs_(inputs), settings_(settings), lexicon_(lexicon), window_(std::max(4u, jobs * 4)) {
    for (unsigned i = 0; i < jobs; ++i) threads_.emplace_back([this] { work(); });
  }
  ~ParallelRun() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    space_.notify_all();
    for (auto& t : threads_) t.join();
  }

  Outcome take(std::size_t index) {
    std::unique_lock lock(mutex_);
    ready_cv_.wait(lock, [&] { return ready_.count(index) || error_; });
    if (error_) std::rethrow_exception(error_);
    auto it = ready_.find(index);
    Outcome out = std::move(it->second);
    ready_.erase(it);
    consumed_ = index + 1;
    lock.unlock();
    space_.notify_one();  // one more document fits in the window: one worker may go on
    return out;
  }

 private:
  void work() {
    for (;;) {
      std::size_t index;
      {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return stop_ || error_ || next_ >= inputs_.size() || next_ < consumed_ + window_; });
        if (stop_ || error_ || next_ >= inputs_.size()) return;
        index = next_++;
      }
      try {
        Outcome out = process(inputs_[index], settings_, lexicon_);
        std::lock_guard lock(mutex_);
        ready_.emplace(index, std::move(out));
      } catch (...) {
        {
          std::lock_guard lock(mutex_);
          if (!error_) error_ = std::current_exception();
        }
        space_.notify_all();  // the other workers stop too
      }
      ready_cv_.notify_one();  // only the consumer waits for outcomes
    }
  }

  const std::vector<InputDocument>& inputs_;
  const DocumentLoadSettings& settings_;
  const Lexicon& lexicon_;
  std::size_t window_;
  std::mutex mutex_;
  // Separate waits, so that a finished document wakes only the consumer and
  // a consumed one only a worker (one shared variable woke every thread each time).
  std::condition_variable ready_cv_;  // the consumer: an outcome is ready, or an error
  std::condition_variable space_;     // workers: the window has room, or stop/error
  std::map<std::size_t, Outcome> ready_;
  std::size_t next_ = 0, consumed_ = 0;
  bool stop_ = false;
  std::exception_ptr error_;
  std::vector<std::thread> threads_;
};

// A build that read no document has nothing to write: it fails (exit 1,
// no output) like a folder without documents, with why the first was
// skipped. Documents already in the graph count as read (an --update that
// adds nothing rewrites the graph as it was).
void require_a_document(const std::vector<std::string>& paths, const std::vector<SkippedInput>& unread,
                        std::size_t read) {
  if (read > 0 || unread.empty()) return;
  std::string why = unread.front().reason;
  if (why.size() > 9 && why.ends_with(", skipped")) why.resize(why.size() - 9);
  const std::string nothing = "no document was read, nothing written";
  if (unread.size() == 1) throw InputError(unread.front().path, why + ": " + nothing);
  throw InputError(paths.size() == 1 ? paths[0] : std::string(),
                   nothing + ": all " + std::to_string(unread.size()) + " documents were skipped (the first, " +
                       unread.front().path + ": " + why + ")");
}

}  // namespace

void build_graph(KnowledgeGraph& graph, const BuildSettings& settings, BuildReport& report,
                 const ProgressCallback& progress) {
  std::vector<InputDocument> inputs = collect_inputs(settings.inputs, report.skipped);
  std::shared_ptr<const Lexicon> lexicon = load_lexicon(settings.lexicon_dir);
  SidecarMetadata sidecar;
  if (settings.meta_file) {
    sidecar = SidecarMetadata::load(*settings.meta_file);
    for (const std::string& path : sidecar.unmatched(inputs))
      report.warnings.push_back(*settings.meta_file + ": \"" + path + "\" names no document of this build");
  }
  DocumentLoadSettings load_settings{&sidecar, settings.default_date, nullptr, &lexicon->metadata};
  GraphAssembler assembler(*lexicon);
  unsigned jobs = std::clamp(settings.jobs, 1u, 64u);
  ParallelRun run(inputs, load_settings, *lexicon, jobs);
  // A document already in the graph (same content) adds nothing, so that
  // `build --update` with it leaves the graph as it was.
  std::set<std::string> known;
  for (const auto& doc : graph.documents()) known.insert(doc.hash);
  std::size_t added = 0, already = 0;
  std::vector<SkippedInput> unread;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    Outcome out = run.take(i);
    for (auto& w : out.warnings) report.warnings.push_back(std::move(w));
    report.timings.add(out.timings);
    if (out.result && known.count(out.result->record.hash)) {
      report.skipped.push_back({inputs[i].id, "already in the graph (same content), skipped"});
      ++already;
    } else if (out.result) {
      ++report.documents_read;
      ++added;
      assembler.add(std::move(*out.result));
    } else {
      report.skipped.push_back({inputs[i].id, out.skip_reason});
      unread.push_back(report.skipped.back());
    }
    if (progress) progress(i + 1, inputs.size());
  }
  require_a_document(settings.inputs, unread, report.documents_read + already);
  StageClock clock;
  if (added) graph = assembler.finish(graph);
  report.timings.merge += clock.lap();
}

}  // namespace newsgraph
