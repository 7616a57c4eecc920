#include "util/atomic_file.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <system_error>

#include "util/errors.hpp"

namespace newsgraph {
namespace fs = std::filesystem;

namespace {

// A name no other writer in this or another process will pick.
fs::path temporary_sibling(const fs::path& target) {
  static std::atomic<unsigned> counter{0};
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string name = "." + target.filename().string() + ".tmp." + std::to_string(::getpid()) + "." +
                     std::to_string(counter++);
  return folder / name;
}

void sync_file(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

// The temporary files being written, where a signal handler can read them:
// fixed slots and plain unlink() only, as a handler may do nothing else.
// A slot is claimed with `used`, its path written, then published by `ready`.
struct PendingSlot {
  std::atomic<bool> used{false};
  std::atomic<bool> ready{false};
  bool folder = false;  // a temporary folder of files (AtomicDirectory), not a file
  char path[4096];
};
PendingSlot pending[32];

int register_pending(const fs::path& temp, bool folder = false) {
  const std::string& text = temp.native();
  if (text.size() >= sizeof(PendingSlot::path)) return -1;
  for (int i = 0; i < static_cast<int>(std::size(pending)); ++i) {
    bool expected = false;
    if (!pending[i].used.compare_exchange_strong(expected, true)) continue;
    std::memcpy(pending[i].path, text.c_str(), text.size() + 1);
    pending[i].folder = folder;
    pending[i].ready.store(true);
    return i;
  }
  return -1;  // more open at once than slots: that one is not cleaned up on a signal
}

void unregister_pending(int slot) {
  if (slot < 0) return;
  pending[slot].ready.store(false);
  pending[slot].used.store(false);
}

// Empties and removes a temporary folder with system calls only (no
// opendir, which allocates): the files in it, then the folder. Its files are
// flat (Neo4j CSV); a name removed while the listing is read may hide
// another, so the listing is read again until the folder goes.
void remove_flat_folder(const char* path) {
  for (int pass = 0; ::rmdir(path) != 0 && errno == ENOTEMPTY && pass < 4; ++pass) {
    int fd = ::open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    alignas(dirent64) char buffer[8192];
    for (ssize_t n; (n = ::getdents64(fd, buffer, sizeof buffer)) > 0;) {
      for (ssize_t at = 0; at < n;) {
        const auto* entry = reinterpret_cast<const dirent64*>(buffer + at);
        const char* name = entry->d_name;
        if (std::strcmp(name, ".") != 0 && std::strcmp(name, "..") != 0) ::unlinkat(fd, name, 0);
        at += entry->d_reclen;
      }
    }
    ::close(fd);
  }
}

// The signals that remove temporaries (remove_temporaries_on_signals);
// SignalsHeld blocks them while a folder is swapped into place.
constexpr int kCleanupSignals[] = {SIGINT, SIGTERM, SIGHUP};

// Blocks the cleanup signals while a folder is swapped into place, so that
// no signal finds it half done.
class SignalsHeld {
 public:
  SignalsHeld() {
    sigset_t held;
    sigemptyset(&held);
    for (int s : kCleanupSignals) sigaddset(&held, s);
    pthread_sigmask(SIG_BLOCK, &held, &before_);
  }
  ~SignalsHeld() { pthread_sigmask(SIG_SETMASK, &before_, nullptr); }
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t before_;
};

extern "C" void remove_pending_and_reraise(int signal_number) {
  const int saved_errno = errno;
  for (PendingSlot& slot : pending) {
    if (!slot.ready.load()) continue;
    if (slot.folder)
      remove_flat_folder(slot.path);
    else
      ::unlink(slot.path);
  }
  errno = saved_errno;
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

void remove_temporaries_on_signals() {
  for (int signal_number : kCleanupSignals) {
    // A signal the caller ignores (nohup, a background job) stays ignored.
    if (std::signal(signal_number, remove_pending_and_reraise) == SIG_IGN) std::signal(signal_number, SIG_IGN);
  }
}

void check_output_path(const fs::path& given, bool target_is_folder) {
  fs::path target = given.filename().empty() ? given.parent_path() : given;  // "out/neo4j/"
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  if (fs::exists(folder, ec) && !fs::is_directory(folder, ec))
    throw IoError(target.string(), "cannot write: " + folder.string() + " is a file, not a folder");
  if (!fs::is_directory(folder, ec))
    throw IoError(target.string(), "cannot write: folder " + folder.string() + " does not exist");
  // The temporary file is made in the folder and renamed there.
  if (::access(folder.c_str(), W_OK | X_OK) != 0)
    throw IoError(target.string(), "cannot write into folder " + folder.string() + ": " + std::strerror(errno));
  if (fs::exists(target, ec) && fs::is_directory(target, ec) != target_is_folder)
    throw IoError(target.string(), target_is_folder ? "cannot write: it is a file, not a folder"
                                                    : "cannot write: it is a folder");
}

AtomicFile::AtomicFile(fs::path target, bool binary) : target_(std::move(target)) {
  check_output_path(target_, false);
  temp_ = temporary_sibling(target_);
  pending_slot_ = register_pending(temp_);
  out_.open(temp_, binary ? std::ios::out | std::ios::binary | std::ios::trunc : std::ios::out | std::ios::trunc);
  if (!out_)
    throw IoError(target_.string(), std::string("cannot write: ") + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    out_.close();
    std::error_code ec;
    fs::remove(temp_, ec);
  }
  unregister_pending(pending_slot_);
}

void AtomicFile::commit() {
  out_.flush();
  bool ok = static_cast<bool>(out_);
  out_.close();
  if (!ok || out_.fail()) throw IoError(target_.string(), "cannot write: write failed (disk full?)");
  sync_file(temp_);
  std::error_code ec;
  fs::rename(temp_, target_, ec);
  if (ec) throw IoError(target_.string(), "cannot write: " + ec.message());
  committed_ = true;
}

AtomicDirectory::AtomicDirectory(fs::path target) : target_(std::move(target)) {
  if (target_.filename().empty()) target_ = target_.parent_path();
  check_output_path(target_, true);
  temp_ = temporary_sibling(target_);
  std::error_code ec;
  fs::create_directory(temp_, ec);
  if (ec) throw IoError(target_.string(), "cannot write: " + ec.message());
  pending_slot_ = register_pending(temp_, true);
}

AtomicDirectory::~AtomicDirectory() {
  if (!committed_) {
    std::error_code ec;
    fs::remove_all(temp_, ec);
  }
  unregister_pending(pending_slot_);
}

void AtomicDirectory::commit() {
  // From here the temporary folder becomes the target: a signal waits until
  // that is done (else it could find the old export moved aside and no new one).
  SignalsHeld held;
  std::error_code ec;
  // A folder cannot replace a non-empty folder in one rename: move the old
  // one aside first, so that at every moment one whole version exists.
  fs::path old = temporary_sibling(target_);
  bool had_old = fs::exists(target_, ec);
  if (had_old) {
    fs::rename(target_, old, ec);
    if (ec) throw IoError(target_.string(), "cannot replace: " + ec.message());
  }
  fs::rename(temp_, target_, ec);
  if (ec) {
    if (had_old) fs::rename(old, target_, ec);
    throw IoError(target_.string(), "cannot write: " + ec.message());
  }
  committed_ = true;
  unregister_pending(pending_slot_);
  pending_slot_ = -1;
  if (had_old) fs::remove_all(old, ec);
}

}  // namespace newsgraph
