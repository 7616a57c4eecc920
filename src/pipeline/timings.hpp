// Seconds spent in each stage of a build, summed over documents (each
// document's times travel with its result and are added up in input order).
#pragma once
#include <chrono>

namespace newsgraph {

struct StageTimings {
  double reading = 0, segmentation = 0, recognition = 0, resolution = 0, relations = 0, merge = 0;
  void add(const StageTimings& o) {
    reading += o.reading, segmentation += o.segmentation, recognition += o.recognition;
    resolution += o.resolution, relations += o.relations, merge += o.merge;
  }
};

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
