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
    void* data = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd_, 0);
    if (data == MAP_FAILED) return;
    data_ = static_cast<const char*>(data);
    ::madvise(data, size_, MADV_SEQUENTIAL);
  }
  ~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
    if (fd_ >= 0) ::close(fd_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  // Empty when the file could not be mapped (then it is read as a stream).
  std::string_view text() const { return data_ ? std::string_view(data_, size_) : std::string_view(); }

 private:
  int fd_ = -1;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace

KnowledgeGraph load_graph_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw IoError(path.string(), "no such file");
  if (std::filesystem::is_directory(path, ec)) throw IoError(path.string(), "is a folder, not a graph file");
  {
    MappedFile mapped(path);
    if (!mapped.text().empty()) return read_graph_json_text(mapped.text(), path.string());
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string(), std::string("cannot read: ") + std::strerror(errno));
  return read_graph_json(in, path.string());
}

void save_graph_file(const KnowledgeGraph& graph, const std::filesystem::path& path) {
  AtomicFile file(path);
  write_graph_json(graph, file.stream());
  file.commit();
}

}  // namespace newsgraph
