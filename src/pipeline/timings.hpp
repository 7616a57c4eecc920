// Seconds spent in each stage of a build, summed over documents (each
// document's times travel with its result and are added up in input order).
#pragma once
#include <chrono>
#include <ctime>

namespace newsgraph {

struct StageTimings {
  double reading = 0, segmentation = 0, recognition = 0, resolution = 0, relations = 0, merge = 0;
  void add(const StageTimings& o) {
    reading += o.reading, segmentation += o.segmentation, recognition += o.recognition;
    resolution += o.resolution, relations += o.relations, merge += o.merge;
  }
  // Stretches the per-document stages (reading..relations) to sum to
  // `total`: wall-clock laps split the thread's CPU seconds of a document.
  void scale_document_stages(double total) {
    double sum = reading + segmentation + recognition + resolution + relations;
    if (sum <= 0) return;
    double f = total / sum;
    reading *= f, segmentation *= f, recognition *= f, resolution *= f, relations *= f;
  }
};

// CPU seconds of the calling thread. A system call here (~2 us), unlike
// the clock: read twice per document, and only when timings are asked for.
inline double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Seconds since the last call (or construction).
class StageClock {
 public:
  double lap() {
    auto now = std::chrono::steady_clock::now();
    double s = std::chrono::duration<double>(now - last_).count();
    last_ = now;
    return s;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace newsgraph
