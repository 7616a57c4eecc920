#include "graph/knowledge_graph.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

#include "util/names.hpp"

namespace newsgraph {

KnowledgeGraph::KnowledgeGraph() : storage_(std::make_unique<GraphStorage>()) {}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : storage_(std::make_unique<GraphStorage>(*other.storage_)), names_(other.names_), documents_(other.documents_) {
  rebuild_edge_index();
}

// A moved-from graph is left empty and usable, not without storage.
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other)
    : storage_(std::exchange(other.storage_, std::make_unique<GraphStorage>())), names_(std::move(other.names_)),
      edges_(std::move(other.edges_)), documents_(std::move(other.documents_)) {
  other.names_.clear();
  other.edges_.clear();
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
  edges_ = std::exchange(other.edges_, {});
  documents_ = std::exchange(other.documents_, {});
  return *this;
}

KnowledgeGraph::~KnowledgeGraph() = default;

void KnowledgeGraph::rebuild_edge_index() {
  edges_.clear();
  edges_.reserve(boost::num_edges(*storage_));
  for (auto [it, end] = boost::edges(*storage_); it != end; ++it) {
    const EdgeProps& e = (*storage_)[*it];
    edges_.emplace(EdgeKey{boost::source(*it, *storage_), boost::target(*it, *storage_), e.type, e.date, e.end}, *it);
  }
}

std::size_t KnowledgeGraph::EdgeKeyHash::operator()(const EdgeKey& key) const {
  auto& [source, target, type, date, end] = key;
  auto date_bits = [](const std::optional<Date>& d) -> std::uint64_t {
    return d ? (static_cast<std::uint64_t>(d->year) << 9 | static_cast<std::uint64_t>(d->month) << 5 |
                static_cast<std::uint64_t>(d->day)) + 1
             : 0;
  };
  std::uint64_t h = source * 0x9E3779B97F4A7C15ULL;
  h ^= (target + 0x632BE59BD9B4E019ULL + (h << 6) + (h >> 2));
  h ^= (static_cast<std::uint64_t>(type) << 40) ^ (date_bits(date) << 20) ^ date_bits(end);
  h *= 0xFF51AFD7ED558CCDULL;
  return static_cast<std::size_t>(h ^ (h >> 33));
}

// Boost's add_vertex and add_edge take properties by const reference and
// copy them (evidence and all); these move them in instead.
NodeId KnowledgeGraph::new_vertex(NodeProps&& props) {
  NodeId id = boost::add_vertex(*storage_);
  (*storage_)[id] = std::move(props);
  return id;
}

EdgeId KnowledgeGraph::new_edge(NodeId source, NodeId target, EdgeProps&& props) {
  EdgeId id = boost::add_edge(source, target, *storage_).first;
  (*storage_)[id] = std::move(props);
  return id;
}

NodeId KnowledgeGraph::add_node(NodeType type, std::string_view label, const std::vector<std::string>& aliases) {
  std::optional<NodeId> found = find_node(label);
  for (std::size_t i = 0; !found && i < aliases.size(); ++i) found = find_node(aliases[i]);
  if (found) {
    add_name(*found, label);
    for (const auto& alias : aliases) add_name(*found, alias);
    return *found;
  }
  NodeId id = new_vertex(NodeProps{type, std::string(label), {}});
  names_.emplace(name_key(label), id);
  for (const auto& alias : aliases) add_name(id, alias);
  return id;
}

std::optional<NodeId> KnowledgeGraph::find_node(std::string_view name) const {
  auto it = names_.find(name_key(name));
  if (it == names_.end()) return std::nullopt;
  return it->second;
}

void KnowledgeGraph::add_name(NodeId node, std::string_view name, bool fuller) {
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
  auto it = edges_.find(EdgeKey{source, target, type, date, end});
  if (it == edges_.end()) return std::nullopt;
  return it->second;
}

EdgeId KnowledgeGraph::add_edge(NodeId source, NodeId target, EdgeType type, std::optional<Date> date,
                                std::optional<Date> end, Evidence evidence, double confidence) {
  if (is_symmetric(type) && target < source) std::swap(source, target);
  auto [it, fresh] = edges_.try_emplace(EdgeKey{source, target, type, date, end});
  if (fresh) it->second = new_edge(source, target, EdgeProps{type, date, end, {}, confidence});
  EdgeId id = it->second;
  EdgeProps& props = (*storage_)[id];
  props.confidence = std::max(props.confidence, confidence);
  auto& list = props.evidence;
  auto at = std::lower_bound(list.begin(), list.end(), evidence);
  if (at == list.end() || *at != evidence) list.insert(at, std::move(evidence));
  return id;
}

NodeId KnowledgeGraph::insert_node(NodeProps props) {
  NodeId id = new_vertex(std::move(props));
  const NodeProps& stored = (*storage_)[id];
  names_.emplace(name_key(stored.label), id);
  for (const auto& alias : stored.aliases) names_.emplace(name_key(alias), id);
  return id;
}

EdgeId KnowledgeGraph::insert_edge(NodeId source, NodeId target, EdgeProps props) {
  if (is_symmetric(props.type) && target < source) std::swap(source, target);
  auto [it, fresh] = edges_.try_emplace(EdgeKey{source, target, props.type, props.date, props.end});
  if (fresh) {
    it->second = new_edge(source, target, std::move(props));
    return it->second;
  }
  for (auto& evidence : props.evidence)
    add_edge(source, target, props.type, props.date, props.end, std::move(evidence), props.confidence);
  return it->second;
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
  for (NodeId old : order) {
    NodeProps props = (*storage_)[old];
    std::sort(props.aliases.begin(), props.aliases.end());
    NodeId id = out.new_vertex(std::move(props));
    const NodeProps& stored = (*out.storage_)[id];  // props was moved from
    out.names_.emplace(name_key(stored.label), id);
    for (const auto& alias : stored.aliases) out.names_.emplace(name_key(alias), id);
  }
  out.edges_.reserve(edges_.size());
  std::vector<std::pair<EdgeKey, EdgeId>> edges;
  edges.reserve(edge_count());
  for (auto [key, id] : edges_) {
    auto& [s, t, type, date, end] = key;
    NodeId ns = renumber[s], nt = renumber[t];
    if (is_symmetric(type) && nt < ns) std::swap(ns, nt);
    edges.push_back({EdgeKey{ns, nt, type, date, end}, id});
  }
  std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, old] : edges) {
    EdgeId id = out.new_edge(std::get<0>(key), std::get<1>(key), EdgeProps((*storage_)[old]));
    out.edges_.emplace(key, id);
  }
  out.documents_ = documents_;
  return out;
}

}  // namespace newsgraph
