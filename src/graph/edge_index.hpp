// The index from an edge's key (ends, type, dates) to the edge, as one flat
// open-addressing table: a slot holds the key's 64-bit hash and the edge,
// so a look-up is one probe run in one array instead of a heap node per
// edge. Loading a million edges spent a sixth of its time in the node-based
// std::unordered_map this replaces (bench: tests/bench/README.md).
#pragma once
#include <cstdint>
#include <vector>

namespace newsgraph {

template <typename Id>
class FlatEdgeIndex {
 public:
  std::size_t size() const { return size_; }
  void clear() {
    slots_.clear();
    size_ = 0;
  }
  void reserve(std::size_t count) {
    std::size_t want = 16;
    while (want * 7 < count * 10) want *= 2;
    if (want > slots_.size()) rehash(want);
  }

  // The edge stored under `hash` for which `same(edge)` holds, or nullptr.
  template <typename Same>
  const Id* find(std::uint64_t hash, Same&& same) const {
    if (slots_.empty()) return nullptr;
    hash |= 1;  // 0 marks an empty slot
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.hash == 0) return nullptr;
      if (s.hash == hash && same(s.id)) return &s.id;
    }
  }

  // Stores an edge whose key is not in the index yet.
  void insert(std::uint64_t hash, Id id) {
    if ((size_ + 1) * 10 > slots_.size() * 7) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    place(hash | 1, id);
    ++size_;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    Id id{};
  };

  void place(std::uint64_t hash, Id id) {
    std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i].hash != 0) i = (i + 1) & mask;
    slots_[i] = Slot{hash, id};
  }

  void rehash(std::size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    for (const Slot& s : old)
      if (s.hash != 0) place(s.hash, s.id);
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace newsgraph
