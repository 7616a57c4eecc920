// Typed errors of the library. The library never prints or exits: it throws
// one of these, and main turns it into one line and an exit code.
#pragma once
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace newsgraph {

// Where in an input the problem is; every part is optional.
struct Position {
  std::optional<std::uint64_t> line;         // 1-based
  std::optional<std::uint64_t> column;       // 1-based
  std::optional<std::uint64_t> byte_offset;  // 0-based
  std::string json_pointer;                  // e.g. "/edges/3/date"
};

class Error : public std::runtime_error {
 public:
  Error(std::string file, Position position, std::string what, int exit_code)
      : std::runtime_error(what), file_(std::move(file)), position_(std::move(position)),
        exit_code_(exit_code) {}
  const std::string& file() const { return file_; }
  const Position& position() const { return position_; }
  int exit_code() const { return exit_code_; }
  // "FILE:LINE:COL: what" or "FILE: at byte N: what" or "FILE: at /ptr: what".
  std::string one_line() const;

 private:
  std::string file_;
  Position position_;
  int exit_code_;
};

// Bad data: a document, graph, lexicon or metadata file that cannot be used.
class InputError : public Error {
 public:
  InputError(std::string file, Position position, std::string what)
      : Error(std::move(file), std::move(position), std::move(what), 1) {}
  InputError(std::string file, std::string what) : InputError(std::move(file), {}, std::move(what)) {}
};

// A file or folder that cannot be read or written.
class IoError : public Error {
 public:
  IoError(std::string file, std::string what) : Error(std::move(file), {}, std::move(what), 1) {}
};

// The command line asks for something that makes no sense (unknown format, ...).
class UsageError : public Error {
 public:
  explicit UsageError(std::string what) : Error("", {}, std::move(what), 2) {}
};

// A limit of the README was reached (document size, nodes, path length, ...).
class LimitError : public Error {
 public:
  LimitError(std::string file, std::string what) : Error(std::move(file), {}, std::move(what), 1) {}
};

// A bug in newsgraph itself.
class InternalError : public Error {
 public:
  explicit InternalError(std::string what) : Error("", {}, "internal error: " + std::move(what), 1) {}
};

}  // namespace newsgraph
