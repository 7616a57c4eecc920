#include "query/name_lookup.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include "query/fuzzy_index.hpp"
#include "util/names.hpp"

namespace newsgraph {
namespace {

// Calls f on each word of a name key (words are parted by single spaces).
template <typename F>
void for_each_word(std::string_view key, F&& f) {
  while (!key.empty()) {
    std::size_t space = key.find(' ');
    if (space != 0) f(key.substr(0, space));
    if (space == std::string_view::npos) break;
    key.remove_prefix(space + 1);
  }
}

std::vector<std::string_view> split_words(std::string_view key) {
  std::vector<std::string_view> words;
  for_each_word(key, [&words](std::string_view word) { words.push_back(word); });
  return words;
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

std::uint64_t word_hash(std::string_view word) { return std::hash<std::string_view>{}(word); }

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

// What a user types around a name rather than in it: quotes, brackets,
// "!", "?", ";", ":", "*" ("ESTONIA!", "(NATO)", "\"Japan\""). name_key
// keeps these (it also keys the graph's own names), so a query drops them
// before looking again.
std::string without_stray_punctuation(std::string_view name) {
  std::string out;
  for (char c : name) {
    switch (c) {
      case '!': case '?': case '"': case '(': case ')': case '[': case ']':
      case '{': case '}': case ';': case ':': case '*': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

NameIndex::NameIndex(const KnowledgeGraph& graph) : graph_(graph) {}

void NameIndex::build_words() const {
  // Flat arrays rather than maps of strings: on a million names, the
  // allocations of a map would cost more than everything else here.
  std::call_once(words_built_, [this] {
    auto index_name = [this](NodeId v, const std::string& name) {
      std::string key = name_key(name);
      if (key.empty()) return;
      name_keys_.add(key);
      name_nodes_.push_back(v);
    };
    // Room for every name first: growing a pool of a million names copied
    // it again and again.
    std::size_t names = 0, bytes = 0;
    for (NodeId v = 0; v < graph_.node_count(); ++v) {
      const NodeProps& node = graph_.node(v);
      names += 1 + node.aliases.size();
      bytes += node.label.size();
      for (const auto& alias : node.aliases) bytes += alias.size();
    }
    name_keys_.reserve(names, bytes);
    name_nodes_.reserve(names);
    for (NodeId v = 0; v < graph_.node_count(); ++v) {
      index_name(v, graph_.node(v).label);
      for (const auto& alias : graph_.node(v).aliases) index_name(v, alias);
    }
    // The views into name_keys_ stay valid: no name is added after this.
    words_.reserve(2 * name_keys_.size());
    for (std::uint32_t id = 0; id < name_keys_.size(); ++id)
      for_each_word(name_keys_.text(id), [this, id](std::string_view word) {
        words_.push_back(WordEntry{word_hash(word), word, name_nodes_[id]});
      });
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  });
}

void NameIndex::build_fuzzy() const {
  build_words();
  std::call_once(fuzzy_built_, [this] {
    name_keys_.finish();
    for (std::size_t i = 0; i < words_.size(); ++i)
      if (i == 0 || words_[i].word != words_[i - 1].word) {
        word_keys_.add(words_[i].word);
        word_starts_.push_back(i);
      }
    word_starts_.push_back(words_.size());
    word_keys_.finish();
  });
}

std::vector<NodeId> NameIndex::word_matches(const std::string& key) const {
  std::vector<NodeId> result;
  bool first = true;
  for (std::string_view word : split_words(key)) {
    const std::uint64_t hash = word_hash(word);
    auto begin = std::lower_bound(words_.begin(), words_.end(), WordEntry{hash, word, 0});
    if (begin == words_.end() || begin->hash != hash || begin->word != word) return {};
    std::vector<NodeId> nodes;
    for (auto it = begin; it != words_.end() && it->hash == hash && it->word == word; ++it)
      nodes.push_back(it->node);  // increasing: words_ is sorted
    if (first) {
      result = std::move(nodes);
      first = false;
      continue;
    }
    std::vector<NodeId> both;
    std::set_intersection(result.begin(), result.end(), nodes.begin(), nodes.end(), std::back_inserter(both));
    result.swap(both);
    if (result.empty()) break;
  }
  return result;
}

NameLookup NameIndex::lookup(std::string_view typed) const {
  // The graph keeps one node per name key: an exact name is never ambiguous.
  if (auto node = graph_.find_node(typed)) return {LookupStatus::Found, {*node}};
  const std::string loose = without_stray_punctuation(typed);
  const std::string_view name = loose;
  if (loose != typed)
    if (auto node = graph_.find_node(name)) return {LookupStatus::Found, {*node}};
  std::string key = name_key(name);
  build_words();
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
  std::string key = name_key(without_stray_punctuation(name));
  if (key.empty()) return {};
  build_fuzzy();
  const std::size_t bound = std::max<std::size_t>(2, key.size() / 3);
  std::map<NodeId, std::size_t> best;  // node -> score, lower is closer
  auto offer = [&best](NodeId v, std::size_t score) {
    auto [it, added] = best.emplace(v, score);
    if (!added) it->second = std::min(it->second, score);
  };
  // Only the names the bigram index lets through can be this close.
  for (std::uint32_t id : name_keys_.candidates(key, bound)) {
    std::string_view candidate = name_keys_.text(id);
    std::size_t score = bounded_distance(key, candidate, bound);
    if (score > bound && key.size() >= 3 && candidate.find(key) != std::string::npos) score = bound;
    if (score <= bound) offer(name_nodes_[id], score);
  }
  // A misspelt word of a longer name ("Stoltenbrg").
  for (const auto& typed : split_words(key)) {
    if (typed.size() < 4) continue;
    for (std::uint32_t id : word_keys_.candidates(typed, 1)) {
      std::size_t score = bounded_distance(typed, word_keys_.text(id), 1);
      if (score <= 1)
        for (std::size_t k = word_starts_[id]; k < word_starts_[id + 1]; ++k) offer(words_[k].node, score + 1);
    }
  }
  std::vector<std::pair<std::size_t, NodeId>> ranked;
  for (auto [v, score] : best) ranked.emplace_back(score, v);
  const std::size_t kept = std::min(limit, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(kept), ranked.end(),
                    [this](const auto& a, const auto& b) {
                      return std::tie(a.first, graph_.node(a.second).label, a.second) <
                             std::tie(b.first, graph_.node(b.second).label, b.second);
                    });
  std::vector<NodeId> out;
  for (std::size_t i = 0; i < kept; ++i) out.push_back(ranked[i].second);
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
