// An output file that appears whole or not at all: written to a temporary
// file in the target folder, then renamed into place by commit(). If the
// writer throws or the process dies first, the old file stays as it was.
#pragma once
#include <filesystem>
#include <fstream>
#include <string>

namespace newsgraph {

// Throws IoError when `target` cannot be written: its folder does not exist
// or is a file, or it is a folder where a file goes (or the reverse). Lets a
// command refuse a mistyped output path before hours of work, not after.
void check_output_path(const std::filesystem::path& target, bool target_is_folder = false);

class AtomicFile {
 public:
  // Throws IoError when the folder does not exist or cannot be written.
  explicit AtomicFile(std::filesystem::path target, bool binary = false);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // removes the temporary file unless committed

  std::ostream& stream() { return out_; }
  const std::filesystem::path& temporary_path() const { return temp_; }
  // Flushes, syncs and renames into place; throws IoError on failure.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  std::ofstream out_;
  bool committed_ = false;
};

// A temporary folder beside a target folder, renamed into place by commit(),
// for exports that are several files (Neo4j CSV).
class AtomicDirectory {
 public:
  explicit AtomicDirectory(std::filesystem::path target);
  AtomicDirectory(const AtomicDirectory&) = delete;
  AtomicDirectory& operator=(const AtomicDirectory&) = delete;
  ~AtomicDirectory();
  const std::filesystem::path& path() const { return temp_; }
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

}  // namespace newsgraph
