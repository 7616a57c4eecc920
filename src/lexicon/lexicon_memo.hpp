// A thread's memo of values computed from one indexed lexicon (name keys,
// token keys): the rules ask for the same few words again and again.
//
// One flat open-addressing table (a slot holds the text's hash, the text and
// the value; short texts and values sit in the slot itself): a look-up of
// every token of the corpus in a node-based map cost a modulo and two or
// three cache misses (the bucket, the node, the key), about half of what the
// tokens' keying took.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "util/word_hash.hpp"

namespace newsgraph {

template <class Value>
class LexiconMemo {
 public:
  // Empties the memo when the lexicon or its index changed since (a
  // re-indexed or another lexicon must not see stale values) or when it is
  // full (bounded memory). Only for an indexed lexicon (index_serial != 0).
  void use(const Lexicon& lex) {
    if (lexicon_ != &lex || serial_ != lex.index_serial || size_ >= kMaxWords) {
      slots_.clear();
      size_ = 0;
      lexicon_ = &lex;
      serial_ = lex.index_serial;
    }
  }

  // The value remembered for `text`, else compute(text)'s, remembered.
  template <class Compute>
  const Value& get(std::string_view text, Compute&& compute) {
    std::uint64_t hash = WordHash{}(text) | 1;  // 0 marks an empty slot
    if (!slots_.empty())
      for (std::size_t mask = slots_.size() - 1, i = hash & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.hash == 0) break;
        if (s.hash == hash && s.text == text) return s.value;
      }
    Value value = compute(text);
    if ((size_ + 1) * 2 > slots_.size()) grow();
    ++size_;
    return place(Slot{hash, std::string(text), std::move(value)}).value;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::string text;
    Value value{};
  };
  static constexpr std::size_t kMaxWords = std::size_t{1} << 16;

  Slot& place(Slot&& slot) {
    std::size_t mask = slots_.size() - 1, i = slot.hash & mask;
    while (slots_[i].hash != 0) i = (i + 1) & mask;
    return slots_[i] = std::move(slot);
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.clear();
    slots_.resize(old.empty() ? 1024 : old.size() * 2);
    for (Slot& s : old)
      if (s.hash != 0) place(std::move(s));
  }

  const Lexicon* lexicon_ = nullptr;
  std::uint64_t serial_ = 0;
  std::size_t size_ = 0;
  std::vector<Slot> slots_;
};

}  // namespace newsgraph
