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

Outcome process_timed(const InputDocument& input, const DocumentLoadSettings& settings, const Lexicon& lexicon) {
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

Outcome process(const InputDocument& input, const DocumentLoadSettings& settings, const Lexicon& lexicon, bool cpu) {
  if (!cpu) return process_timed(input, settings, lexicon);
  double start = thread_cpu_seconds();
  Outcome out = process_timed(input, settings, lexicon);
  out.timings.scale_document_stages(thread_cpu_seconds() - start);
  return out;
}

// Documents are claimed in input order from a shared counter, by the
// workers and by the caller itself; the caller consumes the outcomes in
// input order, so the merge sees the same sequence for any number of jobs.
// The caller is one of the `jobs` (with one job no thread is started): a
// document hand-off costs a futex wake on this kind of machine (~45 us),
// so nobody is woken unless it sleeps, and the caller, instead of sleeping
// until the next outcome is ready, works on a later document. Outcomes stay
// at most `window` documents ahead of the merge, so that documents stream
// through rather than pile up.
class ParallelRun {
 public:
  ParallelRun(const std::vector<InputDocument>& inputs, const DocumentLoadSettings& settings, const Lexicon& lexicon,
              unsigned jobs, bool cpu_timings)
      : inputs_(inputs), settings_(settings), lexicon_(lexicon), cpu_timings_(cpu_timings),
        window_(std::max(8u, jobs * 8)) {
    for (unsigned i = 1; i < jobs; ++i) threads_.emplace_back([this] { work(); });
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
    for (;;) {
      if (error_) std::rethrow_exception(error_);
      if (auto it = ready_.find(index); it != ready_.end()) {
        Outcome out = std::move(it->second);
        ready_.erase(it);
        consume(index);
        return out;
      }
      if (next_ < inputs_.size() && next_ < consumed_ + window_) {
        std::size_t claimed = next_++;
        lock.unlock();
        Outcome out = process_or_record(claimed);
        lock.lock();
        if (error_) std::rethrow_exception(error_);
        if (claimed == index) {
          consume(index);
          return out;
        }
        ready_.emplace(claimed, std::move(out));
        continue;
      }
      waiting_for_ = index;
      ready_cv_.wait(lock);
      waiting_for_ = SIZE_MAX;
    }
  }

 private:
  // Sleeping workers are woken once half the window is free, not for each
  // document that frees a place in it.
  void consume(std::size_t index) {
    consumed_ = index + 1;
    if (idle_workers_ && consumed_ + window_ - next_ >= window_ / 2) space_.notify_all();
  }

  // An error stops every thread and reaches the caller's next take().
  Outcome process_or_record(std::size_t index) {
    try {
      return process(inputs_[index], settings_, lexicon_, cpu_timings_);
    } catch (...) {
      {
        std::lock_guard lock(mutex_);
        if (!error_) error_ = std::current_exception();
      }
      space_.notify_all();
      ready_cv_.notify_one();
      return {};
    }
  }

  void work() {
    std::unique_lock lock(mutex_);
    for (;;) {
      while (!(stop_ || error_ || next_ >= inputs_.size() || next_ < consumed_ + window_)) {
        ++idle_workers_;
        space_.wait(lock);
        --idle_workers_;
      }
      if (stop_ || error_ || next_ >= inputs_.size()) return;
      std::size_t index = next_++;
      lock.unlock();
      Outcome out = process_or_record(index);
      lock.lock();
      ready_.emplace(index, std::move(out));
      if (waiting_for_ == index) ready_cv_.notify_one();  // only the caller waits for outcomes
    }
  }

  const std::vector<InputDocument>& inputs_;
  const DocumentLoadSettings& settings_;
  const Lexicon& lexicon_;
  bool cpu_timings_;
  std::size_t window_;
  std::mutex mutex_;
  std::condition_variable ready_cv_;  // the caller: the outcome it waits for is ready, or an error
  std::condition_variable space_;     // workers: the window has room, or stop/error
  std::map<std::size_t, Outcome> ready_;
  std::size_t next_ = 0, consumed_ = 0;
  std::size_t waiting_for_ = SIZE_MAX;  // the document the caller sleeps for
  unsigned idle_workers_ = 0;           // workers asleep on a full window
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
  ParallelRun run(inputs, load_settings, *lexicon, jobs, settings.cpu_timings);
  auto now = [&] { return settings.cpu_timings ? thread_cpu_seconds() : 0.0; };
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
      double start = now();
      assembler.add(std::move(*out.result));
      report.timings.merge += now() - start;
    } else {
      report.skipped.push_back({inputs[i].id, out.skip_reason});
      unread.push_back(report.skipped.back());
    }
    if (progress) progress(i + 1, inputs.size());
  }
  require_a_document(settings.inputs, unread, report.documents_read + already);
  StageClock clock;
  double start = now();
  if (added) graph = assembler.finish(graph);
  report.timings.merge += settings.cpu_timings ? now() - start : clock.lap();
}

}  // namespace newsgraph
