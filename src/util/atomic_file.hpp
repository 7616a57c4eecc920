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

// Installs handlers for SIGINT, SIGTERM and SIGHUP that delete the
// temporary files of the AtomicFiles still open and then let the signal end
// the process as it would have: an interrupted run leaves its target as it
// was and no hidden .NAME.tmp.* file beside it. (SIGKILL cannot be caught:
// its temporary file stays, the target is still intact.) For main().
void remove_temporaries_on_signals();

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
  int pending_slot_ = -1;  // where a signal handler finds temp_ (see remove_temporaries_on_signals)
};

// A temporary folder beside a target folder, renamed into place by commit(),
// for exports that are several files (Neo4j CSV, written flat in it). Like
// an AtomicFile's, the folder is removed when a handled signal ends the run.
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
  int pending_slot_ = -1;  // removed by the signal handlers too (see remove_temporaries_on_signals)
};

}  // namespace newsgraph
