// The graph model: a directed multigraph of typed nodes and dated, typed
// edges, each edge carrying the evidence that supports it.
//
// Takes: nodes and edges from the merge stage (or a graph file).
// Gives: a graph for the exporters and queries, through storage() for
// Boost.Graph algorithms and node()/edge() for the bundled properties.
#pragma once
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph/date.hpp"
#include "graph/edge_index.hpp"
#include "graph/types.hpp"

namespace newsgraph {

// Where a relation was read: the sentence and its character span in the
// original document, and the name of the pattern that matched it.
struct Evidence {
  std::string doc;        // document id (its path as given, or the sidecar's id)
  std::string sentence;   // the sentence text
  std::uint64_t start = 0;  // byte offsets of the sentence in the original document
  std::uint64_t end = 0;
  std::string pattern;    // the relation pattern that produced the edge

  friend auto operator<=>(const Evidence&, const Evidence&) = default;
};

// How many documents named a node with one type.
struct TypeVote {
  NodeType type = NodeType::Organisation;
  std::uint64_t count = 0;

  friend auto operator<=>(const TypeVote&, const TypeVote&) = default;
};

struct NodeProps {
  NodeType type = NodeType::Organisation;
  std::string label;                 // the fullest proper name
  std::vector<std::string> aliases;  // other surface forms, label excluded
  // The documents' votes for the node's type (in type order, counts > 0),
  // kept so that a merge of shards weighs each document as one build of
  // them all does, not each shard's node once. Empty when not known (a
  // file without them): one vote for `type`.
  std::vector<TypeVote> type_votes;
};

// The votes of a node, an empty list read as one vote for its type.
std::vector<TypeVote> votes_of(const NodeProps& node);

// Evidence kept per edge when a build adds it: the first this many in
// Evidence order; the rest are only counted (EdgeProps::evidence_omitted),
// so that a fact repeated a million times costs the graph a bounded amount.
inline constexpr std::size_t kMaxEvidence = 100;

struct EdgeProps {
  EdgeType type = EdgeType::member_of;
  std::optional<Date> date;  // when the relation holds (or starts)
  std::optional<Date> end;   // when a span ends
  std::vector<Evidence> evidence;  // sorted, without repeats
  double confidence = 1.0;   // the highest confidence of any evidence
  std::uint64_t evidence_omitted = 0;  // further pieces of evidence, counted but not kept
};

// Adds one piece of evidence to the sorted list of `props`, keeping at most
// kMaxEvidence (the first in order) and counting what it drops. The kept
// list depends only on the set of evidence added, not on its order.
void add_evidence(EdgeProps& props, Evidence evidence);

// A document the graph was built from.
struct DocumentRecord {
  std::string id;        // as in Evidence::doc
  std::string title;
  std::string source;    // publisher or feed, when known
  std::optional<Date> published;
  std::string hash;      // content hash, so re-adding a document changes nothing
  std::string author;    // from the byline, <meta name="author"> or a sidecar
  std::string timezone;  // of the publication time, as written ("GMT+9", "KST", "+09:00")

  friend auto operator<=>(const DocumentRecord&, const DocumentRecord&) = default;
};

using GraphStorage =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
using NodeId = GraphStorage::vertex_descriptor;
using EdgeId = GraphStorage::edge_descriptor;

class KnowledgeGraph {
 public:
  // The storage lives on the heap so that a move keeps Boost's edge
  // descriptors (which point into it) valid; Boost's adjacency_list has no
  // move of its own. A copy rebuilds the edge index for its own storage.
  KnowledgeGraph();
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(KnowledgeGraph&& other);
  ~KnowledgeGraph();

  // Gives back the node already known under `label` or any of `aliases`
  // (compared by name_key), adding the names it did not have; else a new node.
  NodeId add_node(NodeType type, std::string_view label, const std::vector<std::string>& aliases = {});
  // Without the name index (after defer_name_index), a pass over the names
  // that gives the same node the index would: the first with that key.
  std::optional<NodeId> find_node(std::string_view name) const;
  // Adds a surface form to a node; the label stays unless `fuller` says the
  // new name is the better label, in which case the old label becomes an alias.
  void add_name(NodeId node, std::string_view name, bool fuller = false);

  // Adds evidence to the edge with the same ends, type, date and end, or
  // makes a new edge. Symmetric types are stored from the lower node id.
  EdgeId add_edge(NodeId source, NodeId target, EdgeType type, std::optional<Date> date,
                  std::optional<Date> end, Evidence evidence, double confidence = 1.0);
  std::optional<EdgeId> find_edge(NodeId source, NodeId target, EdgeType type, std::optional<Date> date,
                                  std::optional<Date> end) const;

  // For loaders: a new node exactly as given (names already known to
  // another node keep pointing there), and an edge with its evidence list
  // (merged into an existing edge with the same key).
  NodeId insert_node(NodeProps props);
  // For loaders, before the first insert_node: the name index is left
  // unbuilt until a node is added by name (add_node, add_name), so that a
  // graph only loaded to be queried or exported never builds it (on a
  // million edges it cost a tenth of the load, and ~40 MB).
  void defer_name_index();
  EdgeId insert_edge(NodeId source, NodeId target, EdgeProps props);
  // Room for this many edges in the index, before a bulk load.
  void reserve_edges(std::size_t count) { edges_.reserve(count); }
  // For loaders that know the edge's key is new (files in canonical order
  // come with keys strictly increasing): a new edge, without the look-up
  // insert_edge makes. The edge index is then built on its first use, so a
  // graph only loaded to be queried or exported never builds it. The edge
  // joins its ends' out- and in-edge lists at place_appended_edges (called
  // by storage() and before any other new edge), all at once.
  EdgeId append_edge(NodeId source, NodeId target, EdgeProps props);
  // Puts the appended edges in their ends' edge lists, in the order they
  // came, each list grown once to its final size: adding them one by one
  // went to a random target's list for each edge and grew lists step by
  // step (a quarter of the time of loading a million edges).
  void place_appended_edges() const;

  // Documents are kept sorted by id; adding one that exists replaces it.
  void add_document(DocumentRecord document);
  const std::vector<DocumentRecord>& documents() const { return documents_; }
  const DocumentRecord* find_document(std::string_view id) const;

  std::size_t node_count() const { return boost::num_vertices(*storage_); }
  std::size_t edge_count() const { return boost::num_edges(*storage_); }
  const NodeProps& node(NodeId id) const { return (*storage_)[id]; }
  const EdgeProps& edge(EdgeId id) const { return (*storage_)[id]; }
  NodeId source(EdgeId id) const { return boost::source(id, *storage_); }
  NodeId target(EdgeId id) const { return boost::target(id, *storage_); }
  const GraphStorage& storage() const {
    if (appended_) place_appended_edges();
    return *storage_;
  }

  // Node ids as written in files: "n1", "n2", ... in storage order.
  static std::string node_key(NodeId id) { return "n" + std::to_string(id + 1); }

  // The same graph in a canonical order: nodes by (type, label), edges by
  // (source, type, target, date, end), aliases and evidence sorted. Two
  // graphs with the same content give byte-identical files after this.
  KnowledgeGraph canonical() const;

  // What tells edges apart: ends (a symmetric type's from the lower id),
  // type, date and end; and its hash, for any table of edges by key.
  using EdgeKey = std::tuple<NodeId, NodeId, EdgeType, std::optional<Date>, std::optional<Date>>;
  static std::uint64_t key_hash(const EdgeKey& key);
  struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& key) const { return key_hash(key); }
  };

 private:
  EdgeKey key_of(EdgeId id) const;
  std::optional<EdgeId> indexed(const EdgeKey& key, std::uint64_t hash) const;
  NodeId new_vertex(NodeProps&& props);
  EdgeId new_edge(NodeId source, NodeId target, EdgeProps&& props);

  void rebuild_edge_index() const;
  void build_name_index();
  void index_names(NodeId id);

  std::unique_ptr<GraphStorage> storage_;
  std::unordered_map<std::string, NodeId> names_;  // name_key -> node; the first node wins
  bool names_complete_ = true;  // false after defer_name_index: built on the first add by name
  // Not thread-safe on its first use after append_edge (built lazily).
  mutable FlatEdgeIndex<EdgeId> edges_;
  mutable bool index_complete_ = true;  // false after append_edge: rebuilt on the next look-up
  // The last this many edges of the storage's edge list are in no
  // out- or in-edge list yet (append_edge). Not thread-safe, as edges_.
  mutable std::size_t appended_ = 0;
  std::vector<DocumentRecord> documents_;
};

}  // namespace newsgraph
