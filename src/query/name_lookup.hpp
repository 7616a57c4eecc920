// Finding an entity by what a user types: its label or any alias, compared
// by name_key (case, accents, punctuation, "the", possessives ignored);
// failing that, by the words of its names ("Stoltenberg", "Korea"); failing
// that, suggestions by edit distance and substring.
//
// Takes: a graph. Gives: node ids, or an error listing the candidates.
// An exact name costs one lookup in the graph's own name-key index; the
// word index is built on first need (a pass over every name), and
// suggestions scan every name, only when nothing matches.
#pragma once
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.hpp"
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
  void build() const;  // once, thread-safe

  const KnowledgeGraph& graph_;
  mutable std::once_flag built_;
  mutable std::unordered_map<std::string, std::vector<NodeId>> names_;  // name_key -> nodes
  mutable std::unordered_map<std::string, std::vector<NodeId>> words_;  // word of a name_key -> nodes
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
