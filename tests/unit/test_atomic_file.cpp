#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "util/atomic_file.hpp"
#include "util/errors.hpp"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {
std::string read_all(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}
fs::path fresh_folder(const char* name) {
  fs::path dir = fs::temp_directory_path() / (std::string("newsgraph-test-") + name + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}
}  // namespace

TEST_CASE("an atomic file appears only on commit and leaves nothing behind otherwise", "[atomic]") {
  fs::path dir = fresh_folder("atomic");
  fs::path target = dir / "graph.json";
  { std::ofstream(target) << "old"; }
  {
    AtomicFile file(target);
    file.stream() << "half a gra";
    CHECK(read_all(target) == "old");
  }  // dropped without commit, as when a writer throws
  CHECK(read_all(target) == "old");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  {
    AtomicFile file(target);
    file.stream() << "new";
    file.commit();
  }
  CHECK(read_all(target) == "new");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}

TEST_CASE("an atomic file in a missing folder is an IoError naming the file", "[atomic]") {
  fs::path target = fs::temp_directory_path() / "newsgraph-no-such-folder" / "x.json";
  try {
    AtomicFile file(target);
    FAIL("no error");
  } catch (const IoError& e) {
    CHECK(e.one_line().find(target.string() + ": cannot write: folder") == 0);
    CHECK(e.exit_code() == 1);
  }
}

TEST_CASE("an atomic folder replaces the old folder whole", "[atomic]") {
  fs::path dir = fresh_folder("atomicdir");
  fs::path target = dir / "neo4j";
  fs::create_directories(target);
  { std::ofstream(target / "old.csv") << "old"; }
  {
    AtomicDirectory out(target);
    std::ofstream(out.path() / "nodes.csv") << "id:ID";
  }
  CHECK(fs::exists(target / "old.csv"));
  {
    AtomicDirectory out(target);
    std::ofstream(out.path() / "nodes.csv") << "id:ID";
    out.commit();
  }
  CHECK_FALSE(fs::exists(target / "old.csv"));
  CHECK(read_all(target / "nodes.csv") == "id:ID");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}
