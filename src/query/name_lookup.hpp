// Finding an entity by what a user types: its label or any alias, compared
// by name_key (case, accents, punctuation, "the", possessives ignored);
// failing that, by the words of its names ("Stoltenberg", "Korea"); failing
// that, suggestions by edit distance and substring.
//
// Takes: a graph. Gives: node ids, or an error listing the candidates.
// An exact name costs one lookup in the graph's own name-key index. Any
// other lookup builds, once, a word index of the names (a pass over every
// name, about 0.1 s on a million edges); suggestions then count, in one
// pass over the name keys, the bigrams each shares with the typed name
// (fuzzy_index.hpp), and compare byte by byte only the names sharing
// enough of them, not every name.
#pragma once
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "query/fuzzy_index.hpp"
#include "util/errors.hpp"

namespace newsgraph {

enum class LookupStatus { Found, Ambiguous, NotFound };

struct NameLookup {
  LookupStatus status = LookupStatus::NotFound;
  // Found: the node. Ambiguous: every match, by label. NotFound: the
  // closest names, best first (possibly none).
  std::vector<NodeId> nodes;
};

class NameIndex {
 public:
  explicit NameIndex(const KnowledgeGraph& graph);
  NameLookup lookup(std::string_view name) const;
  // The nodes whose names come closest to `name`, best first.
  std::vector<NodeId> suggest(std::string_view name, std::size_t limit = 5) const;
  const KnowledgeGraph& graph() const { return graph_; }

 private:
  std::vector<NodeId> word_matches(const std::string& key) const;
  // Each once, thread-safe: the name keys and the word index (for any
  // inexact name), then the distinct words (for suggestions only).
  void build_words() const;
  void build_fuzzy() const;

  const KnowledgeGraph& graph_;
  mutable std::once_flag words_built_, fuzzy_built_;
  mutable FuzzyIndex name_keys_;             // the name_key of every label and alias
  mutable std::vector<NodeId> name_nodes_;   // by name_keys_ id: whose name it is
  // Every (word of a name key, node), once, grouped by word: sorted by the
  // word's hash, then word and node, since only equal words need to sit
  // together (sorting a million words in alphabetical order cost most of
  // the index). The views point into name_keys_.
  struct WordEntry {
    std::uint64_t hash;
    std::string_view word;
    NodeId node;
    friend auto operator<=>(const WordEntry&, const WordEntry&) = default;
  };
  mutable std::vector<WordEntry> words_;
  mutable FuzzyIndex word_keys_;                    // each distinct word
  mutable std::vector<std::size_t> word_starts_;    // by word_keys_ id: its first entry in words_; one more at the end
};

// A name that matches no entity, or several.
class NameLookupError : public InputError {
 public:
  NameLookupError(std::string what, LookupStatus status, std::vector<NodeId> candidates)
      : InputError("", std::move(what)), status_(status), candidates_(std::move(candidates)) {}
  LookupStatus status() const { return status_; }
  const std::vector<NodeId>& candidates() const { return candidates_; }

 private:
  LookupStatus status_;
  std::vector<NodeId> candidates_;
};

// The one node `name` designates; throws NameLookupError listing the
// matches ("... matches 3 entities: ...") or the suggestions ("no entity
// named ...; did you mean ...?").
NodeId resolve_name(const NameIndex& index, std::string_view name);
// For a single lookup (e.g. export --focus): builds the index and resolves.
NodeId resolve_name(const KnowledgeGraph& graph, std::string_view name);

// "South Korea (Nation, n16)": label, type and the id a graph file gives it.
std::string describe_node(const KnowledgeGraph& graph, NodeId node);

}  // namespace newsgraph
