#include "graph/knowledge_graph.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

#include "util/limits.hpp"
#include "util/names.hpp"

namespace newsgraph {

void add_evidence(EdgeProps& props, Evidence evidence) {
  auto& list = props.evidence;
  // Evidence mostly comes in document order: after the last one, no search.
  if (list.empty() || list.back() < evidence) {
    if (list.size() >= kMaxEvidence)
      ++props.evidence_omitted;
    else
      list.push_back(std::move(evidence));
    return;
  }
  auto at = std::lower_bound(list.begin(), list.end(), evidence);
  if (at != list.end() && *at == evidence) return;
  if (list.size() >= kMaxEvidence) {
    ++props.evidence_omitted;
    if (at == list.end()) return;
    auto index = at - list.begin();
    list.pop_back();  // the last one makes room
    at = list.begin() + index;
  }
  list.insert(at, std::move(evidence));
}

std::vector<TypeVote> votes_of(const NodeProps& node) {
  if (node.type_votes.empty()) return {TypeVote{node.type, 1}};
  return node.type_votes;
}

KnowledgeGraph::KnowledgeGraph() : storage_(std::make_unique<GraphStorage>()) {}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : storage_(std::make_unique<GraphStorage>(other.storage())), names_(other.names_),
      names_complete_(other.names_complete_), documents_(other.documents_) {
  rebuild_edge_index();
}

// A moved-from graph is left empty and usable, not without storage.
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other)
    : storage_(std::exchange(other.storage_, std::make_unique<GraphStorage>())), names_(std::move(other.names_)),
      names_complete_(other.names_complete_), edges_(std::move(other.edges_)), index_complete_(other.index_complete_),
      appended_(other.appended_), documents_(std::move(other.documents_)) {
  other.appended_ = 0;
  other.names_.clear();
  other.names_complete_ = true;
  other.edges_.clear();
  other.index_complete_ = true;
  other.documents_.clear();
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) {
  if (this == &other) return *this;
  storage_ = std::exchange(other.storage_, std::make_unique<GraphStorage>());
  names_ = std::exchange(other.names_, {});
  names_complete_ = std::exchange(other.names_complete_, true);
  edges_ = std::exchange(other.edges_, {});
  index_complete_ = std::exchange(other.index_complete_, true);
  appended_ = std::exchange(other.appended_, 0);
  documents_ = std::exchange(other.documents_, {});
  return *this;
}

KnowledgeGraph::~KnowledgeGraph() = default;

void KnowledgeGraph::rebuild_edge_index() const {
  index_complete_ = true;
  edges_.clear();
  edges_.reserve(boost::num_edges(*storage_));
  for (auto [it, end] = boost::edges(*storage_); it != end; ++it) edges_.insert(key_hash(key_of(*it)), *it);
}

KnowledgeGraph::EdgeKey KnowledgeGraph::key_of(EdgeId id) const {
  const EdgeProps& e = (*storage_)[id];
  return EdgeKey{boost::source(id, *storage_), boost::target(id, *storage_), e.type, e.date, e.end};
}

std::uint64_t KnowledgeGraph::key_hash(const EdgeKey& key) {
  auto& [source, target, type, date, end] = key;
  auto date_bits = [](const std::optional<Date>& d) -> std::uint64_t {
    return d ? (static_cast<std::uint64_t>(d->year) << 9 | static_cast<std::uint64_t>(d->month) << 5 |
                static_cast<std::uint64_t>(d->day)) + 1
             : 0;
  };
  // splitmix64's finaliser over each part, so that the low bits the table
  // probes with depend on every bit of the key.
  auto mix = [](std::uint64_t h) {
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
  };
  std::uint64_t h = mix(source + 0x9E3779B97F4A7C15ULL);
  h = mix(h ^ target);
  h = mix(h ^ (static_cast<std::uint64_t>(type) << 48 ^ date_bits(date) << 24 ^ date_bits(end)));
  return h;
}

std::optional<EdgeId> KnowledgeGraph::indexed(const EdgeKey& key, std::uint64_t hash) const {
  if (!index_complete_) rebuild_edge_index();
  const EdgeId* found = edges_.find(hash, [&](const EdgeId& id) { return key_of(id) == key; });
  if (!found) return std::nullopt;
  return *found;
}

// Boost's add_vertex and add_edge take properties by const reference and
// copy them (evidence and all); these move them in instead.
NodeId KnowledgeGraph::new_vertex(NodeProps&& props) {
  check_node_limit(node_count());  // a LimitError, not exhausted memory
  NodeId id = boost::add_vertex(*storage_);
  (*storage_)[id] = std::move(props);
  return id;
}

EdgeId KnowledgeGraph::new_edge(NodeId source, NodeId target, EdgeProps&& props) {
  if (appended_) place_appended_edges();  // edge lists keep the order edges came in
  check_edge_limit(edge_count());  // a LimitError, not exhausted memory
  EdgeId id = boost::add_edge(source, target, *storage_).first;
  (*storage_)[id] = std::move(props);
  return id;
}

void KnowledgeGraph::defer_name_index() {
  names_.clear();
  names_complete_ = false;
}

void KnowledgeGraph::index_names(NodeId id) {
  const NodeProps& stored = (*storage_)[id];
  names_.emplace(name_key(stored.label), id);
  for (const auto& alias : stored.aliases) names_.emplace(name_key(alias), id);
}

// In node order, as insert_node would have filled it.
void KnowledgeGraph::build_name_index() {
  if (names_complete_) return;
  names_complete_ = true;
  names_.clear();
  for (NodeId id = 0; id < node_count(); ++id) index_names(id);
}

NodeId KnowledgeGraph::add_node(NodeType type, std::string_view label, const std::vector<std::string>& aliases) {
  build_name_index();
  std::optional<NodeId> found = find_node(label);
  for (std::size_t i = 0; !found && i < aliases.size(); ++i) found = find_node(aliases[i]);
  if (found) {
    add_name(*found, label);
    for (const auto& alias : aliases) add_name(*found, alias);
    return *found;
  }
  NodeId id = new_vertex(NodeProps{type, std::string(label), {}, {}});
  names_.emplace(name_key(label), id);
  for (const auto& alias : aliases) add_name(id, alias);
  return id;
}

std::optional<NodeId> KnowledgeGraph::find_node(std::string_view name) const {
  if (!names_complete_) {
    // Nodes came by insert_node in id order, so the index would give the
    // first node with a name of this key.
    const std::string key = name_key(name);
    for (NodeId id = 0; id < node_count(); ++id) {
      const NodeProps& props = (*storage_)[id];
      if (name_key(props.label) == key) return id;
      for (const auto& alias : props.aliases)
        if (name_key(alias) == key) return id;
    }
    return std::nullopt;
  }
  auto it = names_.find(name_key(name));
  if (it == names_.end()) return std::nullopt;
  return it->second;
}

void KnowledgeGraph::add_name(NodeId node, std::string_view name, bool fuller) {
  build_name_index();
  NodeProps& props = (*storage_)[node];
  if (name.empty() || name == props.label) return;
  names_.emplace(name_key(name), node);
  if (fuller) {
    std::string old = std::move(props.label);
    props.label = std::string(name);
    std::erase(props.aliases, props.label);
    if (std::find(props.aliases.begin(), props.aliases.end(), old) == props.aliases.end())
      props.aliases.push_back(std::move(old));
    return;
  }
  if (std::find(props.aliases.begin(), props.aliases.end(), name) == props.aliases.end())
    props.aliases.emplace_back(name);
}

std::optional<EdgeId> KnowledgeGraph::find_edge(NodeId source, NodeId target, EdgeType type,
                                                std::optional<Date> date, std::optional<Date> end) const {
  if (is_symmetric(type) && target < source) std::swap(source, target);
  EdgeKey key{source, target, type, date, end};
  return indexed(key, key_hash(key));
}

EdgeId KnowledgeGraph::add_edge(NodeId source, NodeId target, EdgeType type, std::optional<Date> date,
                                std::optional<Date> end, Evidence evidence, double confidence) {
  if (is_symmetric(type) && target < source) std::swap(source, target);
  EdgeKey key{source, target, type, date, end};
  std::uint64_t hash = key_hash(key);
  std::optional<EdgeId> found = indexed(key, hash);
  if (!found) {
    found = new_edge(source, target, EdgeProps{type, date, end, {}, confidence});
    edges_.insert(hash, *found);
  }
  EdgeId id = *found;
  EdgeProps& props = (*storage_)[id];
  props.confidence = std::max(props.confidence, confidence);
  add_evidence(props, std::move(evidence));
  return id;
}

NodeId KnowledgeGraph::insert_node(NodeProps props) {
  NodeId id = new_vertex(std::move(props));
  if (names_complete_) index_names(id);
  return id;
}

EdgeId KnowledgeGraph::insert_edge(NodeId source, NodeId target, EdgeProps props) {
  if (is_symmetric(props.type) && target < source) std::swap(source, target);
  EdgeKey key{source, target, props.type, props.date, props.end};
  std::uint64_t hash = key_hash(key);
  if (std::optional<EdgeId> found = indexed(key, hash)) {
    EdgeProps& into = (*storage_)[*found];
    if (!props.evidence.empty()) into.confidence = std::max(into.confidence, props.confidence);
    into.evidence_omitted += props.evidence_omitted;
    for (auto& evidence : props.evidence) add_evidence(into, std::move(evidence));
    return *found;
  }
  EdgeId id = new_edge(source, target, std::move(props));
  edges_.insert(hash, id);
  return id;
}

// What boost::add_edge does, less the out- and in-edge lists.
EdgeId KnowledgeGraph::append_edge(NodeId source, NodeId target, EdgeProps props) {
  if (is_symmetric(props.type) && target < source) std::swap(source, target);
  index_complete_ = false;
  check_edge_limit(edge_count());
  auto& edges = storage_->m_edges;
  edges.push_back(std::remove_reference_t<decltype(edges)>::value_type(source, target, EdgeProps{}));
  ++appended_;
  EdgeProps& stored = edges.back().get_property();
  stored = std::move(props);
  return EdgeId(source, target, &stored);
}

void KnowledgeGraph::place_appended_edges() const {
  if (!appended_) return;
  GraphStorage& g = *storage_;
  auto first = g.m_edges.end();
  for (std::size_t i = 0; i < appended_; ++i) --first;
  std::vector<std::uint32_t> outs(node_count()), ins(node_count());
  for (auto it = first; it != g.m_edges.end(); ++it) ++outs[it->m_source], ++ins[it->m_target];
  for (NodeId v = 0; v < node_count(); ++v) {
    if (outs[v]) g.out_edge_list(v).reserve(g.out_edge_list(v).size() + outs[v]);
    if (ins[v]) boost::in_edge_list(g, v).reserve(boost::in_edge_list(g, v).size() + ins[v]);
  }
  for (auto it = first; it != g.m_edges.end(); ++it) {
    g.out_edge_list(it->m_source).push_back(GraphStorage::StoredEdge(it->m_target, it, &g.m_edges));
    boost::in_edge_list(g, it->m_target).push_back(GraphStorage::StoredEdge(it->m_source, it, &g.m_edges));
  }
  appended_ = 0;
}

void KnowledgeGraph::add_document(DocumentRecord document) {
  auto at = std::lower_bound(documents_.begin(), documents_.end(), document.id,
                             [](const DocumentRecord& d, const std::string& id) { return d.id < id; });
  if (at != documents_.end() && at->id == document.id)
    *at = std::move(document);
  else
    documents_.insert(at, std::move(document));
}

const DocumentRecord* KnowledgeGraph::find_document(std::string_view id) const {
  auto at = std::lower_bound(documents_.begin(), documents_.end(), id,
                             [](const DocumentRecord& d, std::string_view key) { return d.id < key; });
  return at != documents_.end() && at->id == id ? &*at : nullptr;
}

KnowledgeGraph KnowledgeGraph::canonical() const {
  std::vector<NodeId> order(node_count());
  std::iota(order.begin(), order.end(), NodeId{0});
  auto node_less = [&](NodeId a, NodeId b) {
    const NodeProps& x = (*storage_)[a];
    const NodeProps& y = (*storage_)[b];
    return std::tie(x.type, x.label, x.aliases) < std::tie(y.type, y.label, y.aliases);
  };
  std::stable_sort(order.begin(), order.end(), node_less);
  std::vector<NodeId> renumber(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) renumber[order[i]] = i;

  KnowledgeGraph out;
  out.defer_name_index();  // nodes come in id order: built when first needed
  for (NodeId old : order) {
    NodeProps props = (*storage_)[old];
    std::sort(props.aliases.begin(), props.aliases.end());
    out.new_vertex(std::move(props));
  }
  out.edges_.reserve(edge_count());
  std::vector<std::pair<EdgeKey, EdgeId>> edges;
  edges.reserve(edge_count());
  for (auto [it, last] = boost::edges(*storage_); it != last; ++it) {
    auto [s, t, type, date, end] = key_of(*it);
    EdgeId id = *it;
    NodeId ns = renumber[s], nt = renumber[t];
    if (is_symmetric(type) && nt < ns) std::swap(ns, nt);
    edges.push_back({EdgeKey{ns, nt, type, date, end}, id});
  }
  std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, old] : edges) {
    EdgeId id = out.new_edge(std::get<0>(key), std::get<1>(key), EdgeProps((*storage_)[old]));
    out.edges_.insert(key_hash(key), id);
  }
  out.documents_ = documents_;
  return out;
}

}  // namespace newsgraph
