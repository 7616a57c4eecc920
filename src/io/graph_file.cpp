#include "io/graph_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string_view>

#include "io/graph_json.hpp"
#include "util/atomic_file.hpp"
#include "util/errors.hpp"

namespace newsgraph {
namespace {

// A regular file mapped read-only: the parser reads the page cache in place
// instead of a copy (reading a 200 MB graph into a string cost a zeroed
// buffer, a copy and the page faults of both).
class MappedFile {
 public:
  explicit MappedFile(const std::filesystem::path& path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd_ < 0 || ::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) return;
    size_ = static_cast<std::size_t>(st.st_size);
    // Room for the file and at least one page of zeros after it, so that
    // the text is followed by a NUL (read_graph_json_terminated); then the
    // file mapped over the start of that room.
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    mapped_ = (size_ / page + 2) * page;
    void* room = ::mmap(nullptr, mapped_, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (room == MAP_FAILED) return;
    void* data = ::mmap(room, size_, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd_, 0);
    if (data == MAP_FAILED) {
      ::munmap(room, mapped_);
      return;
    }
    data_ = static_cast<const char*>(data);
    ::madvise(data, size_, MADV_SEQUENTIAL);
  }
  ~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), mapped_);
    if (fd_ >= 0) ::close(fd_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  // Empty when the file could not be mapped (then it is read as a stream);
  // else followed by a NUL byte.
  std::string_view text() const { return data_ ? std::string_view(data_, size_) : std::string_view(); }
  // Drops the pages of the first `bytes` from the process (not from the
  // page cache: read again, they come back unchanged). Without this, the
  // whole file stayed in the process's memory until the end of the load,
  // on top of the graph: a third of the peak for a graph of a million edges.
  void release(std::size_t bytes) {
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    bytes -= bytes % page;
    if (data_ && bytes > released_ && bytes <= size_) {
      ::madvise(const_cast<char*>(data_) + released_, bytes - released_, MADV_DONTNEED);
      released_ = bytes;
    }
  }

 private:
  int fd_ = -1;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t mapped_ = 0;  // the file and the zeros after it
  std::size_t released_ = 0;
};

}  // namespace

KnowledgeGraph load_graph_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw IoError(path.string(), "no such file");
  if (std::filesystem::is_directory(path, ec)) throw IoError(path.string(), "is a folder, not a graph file");
  {
    MappedFile mapped(path);
    if (!mapped.text().empty())
      return read_graph_json_terminated(mapped.text(), path.string(),
                                        [&mapped](std::size_t read) { mapped.release(read); });
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string(), std::string("cannot read: ") + std::strerror(errno));
  return read_graph_json(in, path.string());
}

void save_graph_file(const KnowledgeGraph& graph, const std::filesystem::path& path, unsigned jobs) {
  AtomicFile file(path);
  write_graph_json(graph, file.stream(), jobs);
  file.commit();
}

}  // namespace newsgraph
