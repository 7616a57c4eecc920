// Finding strings close to a typed one without comparing it to all of them:
// a bigram index over a fixed set of strings (the name keys of a graph, or
// the words of its names). Used for "did you mean" suggestions, which must
// stay fast on a graph of a million names.
//
// Why bigrams are enough: pad a string with one mark at each end; a string
// of n bytes then has n + 1 bigrams, and one edit (insertion, deletion,
// substitution) spoils at most 2 of them. So a string within k edits of the
// typed one shares at least n + 1 - 2k of the typed one's bigrams, and a
// string that contains it shares its n - 1 inner ones. Counting shared
// bigrams in one pass over the strings (a table look-up per byte) finds
// every such string; only those are compared byte by byte. Short typed
// strings (n + 1 - 2k <= 0) fall back to the strings short enough to be
// within k edits. No posting lists are built: a command asks one or two
// names, and building lists of every bigram of a million names cost more
// than many passes.
//
// Takes: strings (bytes; name_key has folded case and accents already).
// Gives: ids in the order the strings were added.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// Levenshtein distance over bytes, or bound + 1 as soon as it must exceed
// `bound` (the length gap alone, or a whole row above it).
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t bound);

class FuzzyIndex {
 public:
  // Room for `strings` strings of `bytes` bytes in all, before adding them.
  void reserve(std::size_t strings, std::size_t bytes) {
    pool_.reserve(bytes);
    starts_.reserve(strings);
    lengths_.reserve(strings);
  }
  // Adds a string; its id is the number of strings added before it.
  std::uint32_t add(std::string_view text);
  // Orders the strings by length; call once, after the last add().
  void finish();

  std::size_t size() const { return starts_.size(); }
  // Valid while the index lives (the strings are kept in one buffer).
  std::string_view text(std::uint32_t id) const {
    return std::string_view(pool_).substr(starts_[id], lengths_[id]);
  }

  // A superset of the strings within `bound` edits of `typed` and, when
  // `typed` has 3 bytes or more, of the strings that contain it; the
  // caller checks each (bounded_distance, find). Ids in increasing order.
  std::vector<std::uint32_t> candidates(std::string_view typed, std::size_t bound) const;

 private:
  std::string pool_;                     // every string, end to end
  std::vector<std::size_t> starts_;      // by id: offset in pool_
  std::vector<std::uint32_t> lengths_;   // by id: bytes
  std::vector<std::uint32_t> by_length_;  // ids, shortest first
};

}  // namespace newsgraph
