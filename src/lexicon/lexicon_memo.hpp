// A thread's memo of values computed from one indexed lexicon (name keys,
// token keys): the rules ask for the same few words again and again.
#pragma once
#include <cstddef>
#include <cstdint>

#include "lexicon/lexicon.hpp"
#include "util/word_hash.hpp"

namespace newsgraph {

template <class Value>
class LexiconMemo {
 public:
  // The memo for `lex`, emptied when the lexicon or its index changed since
  // (a re-indexed or another lexicon must not see stale values) or when it
  // is full (bounded memory). Only for an indexed lexicon (index_serial != 0).
  WordMap<Value>& of(const Lexicon& lex) {
    if (lexicon_ != &lex || serial_ != lex.index_serial || values_.size() >= kMaxWords) {
      values_.clear();
      lexicon_ = &lex;
      serial_ = lex.index_serial;
    }
    return values_;
  }

 private:
  static constexpr std::size_t kMaxWords = std::size_t{1} << 16;
  const Lexicon* lexicon_ = nullptr;
  std::uint64_t serial_ = 0;
  WordMap<Value> values_;
};

}  // namespace newsgraph
