// Flat open-addressing sets and maps of words (WordSet, WordMap): the
// lexicon's lists are looked up several times per token, and a node-based
// std::unordered_map cost a modulo and two or three dependent cache misses
// per look-up (bucket, node, key). Here a look-up hashes the word once and
// probes an array of 8-byte slots (part of the hash and the entry's index):
// a miss, the common case, usually reads one slot and no key at all.
// Before that, the (first byte, length) pairs of the keys: most words asked
// of a short list have none of them and are told apart without hashing.
//
// Entries live in a deque in insertion order: iteration is in that order
// (deterministic, unlike std::unordered_map's), and a reference to an entry
// stays valid while others are added, as with std::unordered_map.
// erase() rebuilds the slots and moves the later entries (references to
// them are lost): the tables are built once, then read; erase is for edits.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "util/word_hash.hpp"

namespace newsgraph {

namespace detail {

// An entry's key: the entry itself (a set) or its `first` (a map).
inline const std::string& entry_key(const std::string& e) { return e; }
template <class V>
const std::string& entry_key(const std::pair<const std::string, V>& e) {
  return e.first;
}

template <class Entry, bool kIsSet>
class FlatWordTable {
  using Store = std::deque<Entry>;

 public:
  using key_type = std::string;
  using value_type = Entry;
  using size_type = std::size_t;
  using const_iterator = typename Store::const_iterator;
  // A set's entries are its keys: never writable through an iterator.
  using iterator = std::conditional_t<kIsSet, const_iterator, typename Store::iterator>;

  FlatWordTable() = default;
  FlatWordTable(std::initializer_list<value_type> entries) {
    for (const auto& e : entries) insert(e);
  }

  size_type size() const noexcept { return entries_.size(); }
  bool empty() const noexcept { return entries_.empty(); }
  void clear() noexcept {
    entries_.clear();
    slots_.clear();
    shapes_ = {};
  }

  iterator begin() noexcept { return entries_.begin(); }
  iterator end() noexcept { return entries_.end(); }
  const_iterator begin() const noexcept { return entries_.begin(); }
  const_iterator end() const noexcept { return entries_.end(); }
  const_iterator cbegin() const noexcept { return entries_.begin(); }
  const_iterator cend() const noexcept { return entries_.end(); }

  const_iterator find(std::string_view key) const {
    std::uint32_t i = index_of(key);
    return i == kNone ? entries_.end() : entries_.begin() + i;
  }
  iterator find(std::string_view key) {
    std::uint32_t i = index_of(key);
    return i == kNone ? entries_.end() : entries_.begin() + i;
  }
  size_type count(std::string_view key) const { return index_of(key) != kNone; }
  bool contains(std::string_view key) const { return count(key) != 0; }

  // The entry of `key`, built from key and args when there is none; as
  // std::unordered_map::try_emplace (and a set's insert).
  template <class K, class... Args>
  std::pair<iterator, bool> try_emplace(K&& key, Args&&... args) {
    std::string_view view(key);
    std::uint64_t hash = WordHash{}(view);
    if (std::uint32_t i = index_of(view, hash); i != kNone) return {entries_.begin() + i, false};
    if constexpr (kIsSet)
      entries_.emplace_back(std::forward<K>(key));
    else
      entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(std::forward<K>(key)),
                            std::forward_as_tuple(std::forward<Args>(args)...));
    add_shape(entry_key(entries_.back()));  // (not `view`: `key` may have been moved into the entry)
    if ((entries_.size()) * 2 > slots_.size())
      rehash(slots_.empty() ? 16 : slots_.size() * 2);
    else
      place(hash, static_cast<std::uint32_t>(entries_.size() - 1));
    return {entries_.end() - 1, true};
  }
  template <class K, class... Args>
  std::pair<iterator, bool> emplace(K&& key, Args&&... args) {
    return try_emplace(std::forward<K>(key), std::forward<Args>(args)...);
  }
  std::pair<iterator, bool> insert(const value_type& entry) {
    if constexpr (kIsSet)
      return try_emplace(entry);
    else
      return try_emplace(entry.first, entry.second);
  }
  std::pair<iterator, bool> insert(value_type&& entry) {
    if constexpr (kIsSet)
      return try_emplace(std::move(entry));
    else
      return try_emplace(entry.first, std::move(entry.second));
  }
  // Removes `key`'s entry, if any; returns how many were removed (0 or 1).
  size_type erase(std::string_view key) {
    std::uint32_t i = index_of(key);
    if (i == kNone) return 0;
    Store rest;  // a map's entry has a const key: no assignment, so no deque::erase
    for (std::uint32_t j = 0; j < entries_.size(); ++j)
      if (j != i) rest.emplace_back(std::move(entries_[j]));
    entries_.swap(rest);
    rehash(slots_.size());
    return 1;
  }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(*first);
  }

 private:
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  // The hash's high half (the low half picks the slot) and the entry's index + 1 (0: empty).
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t entry = 0;
  };
  static std::uint32_t tag_of(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

  // shapes_[first byte % 32] has bit min(length, 63) for each key (an empty key: entry 0, bit 0).
  static std::size_t shape_row(std::string_view key) {
    return key.empty() ? 0 : static_cast<unsigned char>(key.front()) & 31u;
  }
  static std::uint64_t shape_bit(std::string_view key) { return std::uint64_t{1} << (key.size() < 63 ? key.size() : 63); }
  void add_shape(std::string_view key) { shapes_[shape_row(key)] |= shape_bit(key); }
  std::uint32_t index_of(std::string_view key) const {
    if (!(shapes_[shape_row(key)] & shape_bit(key))) return kNone;  // no key of its first byte and length
    return index_of(key, WordHash{}(key));
  }

  std::uint32_t index_of(std::string_view key, std::uint64_t hash) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    const std::uint32_t tag = tag_of(hash);
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.entry == 0) return kNone;
      if (s.tag == tag && entry_key(entries_[s.entry - 1]) == key) return s.entry - 1;
    }
  }
  void place(std::uint64_t hash, std::uint32_t index) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    slots_[i] = Slot{tag_of(hash), index + 1};
  }
  void rehash(std::size_t slots) {
    slots_.assign(slots, Slot{});
    shapes_ = {};
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
      place(WordHash{}(entry_key(entries_[i])), i);
      add_shape(entry_key(entries_[i]));
    }
  }

  Store entries_;
  std::vector<Slot> slots_;  // a power of two, at most half full
  std::array<std::uint64_t, 32> shapes_{};
};

}  // namespace detail

using WordSet = detail::FlatWordTable<std::string, true>;

template <class Value>
class WordMap : public detail::FlatWordTable<std::pair<const std::string, Value>, false> {
 public:
  using detail::FlatWordTable<std::pair<const std::string, Value>, false>::FlatWordTable;
  using mapped_type = Value;
  template <class K>
  Value& operator[](K&& key) {
    return this->try_emplace(std::forward<K>(key)).first->second;
  }
  const Value& at(std::string_view key) const {
    auto it = this->find(key);
    if (it == this->end()) throw std::out_of_range("WordMap::at");
    return it->second;
  }
};

}  // namespace newsgraph
