#include "query/name_lookup.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include "util/names.hpp"

namespace newsgraph {
namespace {

std::vector<std::string_view> split_words(std::string_view key) {
  std::vector<std::string_view> words;
  while (!key.empty()) {
    std::size_t space = key.find(' ');
    if (space != 0) words.push_back(key.substr(0, space));
    if (space == std::string_view::npos) break;
    key.remove_prefix(space + 1);
  }
  return words;
}

// Levenshtein distance, or bound + 1 as soon as it must exceed `bound`.
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t bound) {
  std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > bound) return bound + 1;
  thread_local std::vector<std::size_t> row;  // reused: suggestions call this for every name
  row.resize(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0], best = i;
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > bound) return bound + 1;
  }
  return row[b.size()];
}

std::vector<NodeId> sorted_by_label(const KnowledgeGraph& graph, std::vector<NodeId> nodes) {
  std::sort(nodes.begin(), nodes.end(), [&graph](NodeId a, NodeId b) {
    return std::tie(graph.node(a).label, a) < std::tie(graph.node(b).label, b);
  });
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  return nodes;
}

std::string list_nodes(const KnowledgeGraph& graph, const std::vector<NodeId>& nodes, std::size_t most) {
  std::string out;
  for (std::size_t i = 0; i < nodes.size() && i < most; ++i)
    out += (i ? "; " : "") + describe_node(graph, nodes[i]);
  if (nodes.size() > most) out += "; and " + std::to_string(nodes.size() - most) + " more";
  return out;
}

// "n12", the id a graph file gives a node, as a last resort for names
// shared by two entities.
std::optional<NodeId> node_by_key(const KnowledgeGraph& graph, std::string_view name) {
  if (name.size() < 2 || name[0] != 'n') return std::nullopt;
  std::size_t value = 0;
  for (char c : name.substr(1)) {
    if (c < '0' || c > '9' || value > graph.node_count()) return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  if (value == 0 || value > graph.node_count()) return std::nullopt;
  return value - 1;
}

}  // namespace

NameIndex::NameIndex(const KnowledgeGraph& graph) : graph_(graph) {}

void NameIndex::build() const {
  std::call_once(built_, [this] {
    auto index_name = [this](NodeId v, const std::string& name) {
      std::string key = name_key(name);
      if (key.empty()) return;
      auto& nodes = names_[key];
      if (nodes.empty() || nodes.back() != v) nodes.push_back(v);
      for (const auto& word : split_words(key)) {
        auto& posting = words_[std::string(word)];
        if (posting.empty() || posting.back() != v) posting.push_back(v);
      }
    };
    for (NodeId v = 0; v < graph_.node_count(); ++v) {
      index_name(v, graph_.node(v).label);
      for (const auto& alias : graph_.node(v).aliases) index_name(v, alias);
    }
  });
}

std::vector<NodeId> NameIndex::word_matches(const std::string& key) const {
  std::vector<NodeId> result;
  bool first = true;
  for (const auto& word : split_words(key)) {
    auto it = words_.find(std::string(word));
    if (it == words_.end()) return {};
    if (first) {
      result = it->second;
      first = false;
      continue;
    }
    std::vector<NodeId> both;
    std::set_intersection(result.begin(), result.end(), it->second.begin(), it->second.end(),
                          std::back_inserter(both));
    result.swap(both);
    if (result.empty()) break;
  }
  return result;
}

NameLookup NameIndex::lookup(std::string_view name) const {
  // The graph keeps one node per name key: an exact name is never ambiguous.
  if (auto node = graph_.find_node(name)) return {LookupStatus::Found, {*node}};
  std::string key = name_key(name);
  build();
  std::vector<NodeId> matches;
  if (matches.empty() && !key.empty()) matches = word_matches(key);
  if (matches.empty())
    if (auto node = node_by_key(graph_, name)) matches.push_back(*node);
  matches = sorted_by_label(graph_, std::move(matches));
  if (matches.size() == 1) return {LookupStatus::Found, matches};
  if (matches.size() > 1) return {LookupStatus::Ambiguous, matches};
  return {LookupStatus::NotFound, suggest(name)};
}

std::vector<NodeId> NameIndex::suggest(std::string_view name, std::size_t limit) const {
  std::string key = name_key(name);
  if (key.empty()) return {};
  build();
  const std::size_t bound = std::max<std::size_t>(2, key.size() / 3);
  const auto query_words = split_words(key);
  std::map<NodeId, std::size_t> best;  // node -> score, lower is closer
  auto offer = [&best](NodeId v, std::size_t score) {
    auto [it, added] = best.emplace(v, score);
    if (!added) it->second = std::min(it->second, score);
  };
  for (const auto& [candidate, nodes] : names_) {
    std::size_t score = bounded_distance(key, candidate, bound);
    if (score > bound && key.size() >= 3 && candidate.find(key) != std::string::npos) score = bound;
    if (score <= bound)
      for (NodeId v : nodes) offer(v, score);
  }
  // A misspelt word of a longer name ("Stoltenbrg").
  for (const auto& [word, nodes] : words_) {
    for (const auto& typed : query_words) {
      if (typed.size() < 4) continue;
      std::size_t score = bounded_distance(typed, word, 1);
      if (score <= 1)
        for (NodeId v : nodes) offer(v, score + 1);
    }
  }
  std::vector<std::pair<std::size_t, NodeId>> ranked;
  for (auto [v, score] : best) ranked.emplace_back(score, v);
  std::sort(ranked.begin(), ranked.end(), [this](const auto& a, const auto& b) {
    return std::tie(a.first, graph_.node(a.second).label, a.second) <
           std::tie(b.first, graph_.node(b.second).label, b.second);
  });
  std::vector<NodeId> out;
  for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) out.push_back(ranked[i].second);
  return out;
}

NodeId resolve_name(const NameIndex& index, std::string_view name) {
  NameLookup found = index.lookup(name);
  const KnowledgeGraph& graph = index.graph();
  std::string quoted = "\"" + std::string(name) + "\"";
  switch (found.status) {
    case LookupStatus::Found: return found.nodes.front();
    case LookupStatus::Ambiguous:
      throw NameLookupError(quoted + " matches " + std::to_string(found.nodes.size()) +
                                " entities: " + list_nodes(graph, found.nodes, 12) +
                                " (give the full name, or the node id)",
                            found.status, found.nodes);
    case LookupStatus::NotFound: break;
  }
  std::string message = "no entity named " + quoted;
  if (!found.nodes.empty()) message += "; did you mean: " + list_nodes(graph, found.nodes, 5) + "?";
  throw NameLookupError(message, found.status, found.nodes);
}

NodeId resolve_name(const KnowledgeGraph& graph, std::string_view name) {
  return resolve_name(NameIndex(graph), name);
}

std::string describe_node(const KnowledgeGraph& graph, NodeId node) {
  return graph.node(node).label + " (" + std::string(to_string(graph.node(node).type)) + ", " +
         KnowledgeGraph::node_key(node) + ")";
}

}  // namespace newsgraph
