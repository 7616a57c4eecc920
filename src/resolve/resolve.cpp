#include "resolve/resolve.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <utility>
#include <unordered_map>

#include "graph/edge_index.hpp"
#include "util/names.hpp"
#include "util/word_hash.hpp"

namespace newsgraph {
namespace {

struct Record {
  NodeType type;
  std::string label;
  std::vector<std::string> names;
  int lexicon = -1;
  std::size_t count = 1;  // documents (or graph nodes) that gave this record
};

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

bool all_caps(const std::string& s) {
  return std::none_of(s.begin(), s.end(), [](unsigned char c) { return std::islower(c); });
}

// Label: the lexicon's, else the longest name that is not an acronym;
// ties by text, so that the choice never depends on the order of inputs.
std::string choose_label(const std::vector<const Record*>& members, const Lexicon& lex) {
  for (const Record* r : members)
    if (r->lexicon >= 0) return lex.entities[r->lexicon].label;
  std::string best;
  auto better = [&](const std::string& a) {
    if (best.empty()) return true;
    bool ca = all_caps(a), cb = all_caps(best);
    if (ca != cb) return !ca;
    if (a.size() != best.size()) return a.size() > best.size();
    return a < best;
  };
  for (const Record* r : members)
    if (better(r->label)) best = r->label;
  return best;
}

// The documents' votes for the type of a cluster, in type order.
std::vector<TypeVote> count_votes(const std::vector<const Record*>& members) {
  std::map<NodeType, std::uint64_t> votes;
  for (const Record* r : members) votes[r->type] += r->count;
  std::vector<TypeVote> out;
  for (const auto& [type, count] : votes)
    if (count > 0) out.push_back({type, count});
  return out;
}

// The lexicon's type, else the type most documents gave (ties: the first in type order).
NodeType choose_type(const std::vector<const Record*>& members, const std::vector<TypeVote>& votes,
                     const Lexicon& lex) {
  for (const Record* r : members)
    if (r->lexicon >= 0) return lex.entities[r->lexicon].type;
  if (votes.empty()) return members.front()->type;
  return std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) { return a.count < b.count; })
      ->type;
}

// A name written with its nation: "Estonia's Ministry of Finance",
// "Philippines' X", "Estonian X", "X of [the] Estonia" give the nation and
// the rest ("Ministry of Finance"), a name other nations' bodies may share.
struct OwnedName {
  std::int64_t nation = -1;
  std::string core;
  bool after_of = false;  // the nation named after "of" ("Embassy of Estonia")
};

std::optional<OwnedName> owned_name(const std::string& name, const Lexicon& lex) {
  auto nation = [](std::optional<std::uint32_t> n) { return n ? static_cast<std::int64_t>(*n) : -1; };
  std::string_view owner, rest;
  if (split_possessive(name, owner, rest))
    if (auto n = nation(lex.find_nation(owner)); n >= 0) return OwnedName{n, std::string(rest)};
  if (auto space = name.find(' '); space != std::string::npos)
    if (auto n = nation(lex.nation_of_demonym(name.substr(0, space))); n >= 0) return OwnedName{n, name.substr(space + 1)};
  for (auto of = name.find(" of "); of != std::string::npos; of = name.find(" of ", of + 1)) {
    std::string_view after = std::string_view(name).substr(of + 4);
    if (after.starts_with("the ")) after.remove_prefix(4);
    if (auto n = nation(lex.find_nation(after)); n >= 0) return OwnedName{n, name.substr(0, of), true};
  }
  return std::nullopt;
}

// The nation a body named as many nations' bodies are belongs to: its
// lexicon entry's, or the one its names give ("Finland's National Cyber
// Security Centre", "Finnish National Cyber Security Centre"); -1 when none says.
std::int64_t record_nation(const Record& r, const Lexicon& lex) {
  if (r.type != NodeType::Organisation) return -1;
  if (r.lexicon >= 0) {
    const std::string& owner = lex.entities[r.lexicon].part_of;
    auto n = owner.empty() ? std::nullopt : lex.find_nation(owner);
    return n ? static_cast<std::int64_t>(*n) : -1;
  }
  for (const auto& name : r.names)
    if (auto owned = owned_name(name, lex)) return owned->nation;
  return -1;
}

// The nation a lexicon body belongs to, up its part_of chain ("National Cyber
// Security Centre" -> GCHQ -> United Kingdom); -1 when none.
std::int64_t lexicon_nation(std::size_t entity, const Lexicon& lex) {
  const LexEntity* at = &lex.entities[entity];
  for (int depth = 0; depth < 3 && !at->part_of.empty(); ++depth) {
    auto n = lex.find_entity(at->part_of);
    if (!n) return -1;
    if (lex.entities[*n].type == NodeType::Nation) return *n;
    at = &lex.entities[*n];
  }
  return -1;
}

// "U.S. Cybersecurity and Infrastructure Security Agency", "Britain's GCHQ": a lexicon
// body's name written after its own nation is that body (never another nation's:
// "Ireland's National Cyber Security Centre" is not the UK's). Its entry, else -1.
int owned_lexicon_body(const Record& r, const Lexicon& lex) {
  if (r.type != NodeType::Organisation) return -1;
  std::optional<OwnedName> owned = owned_name(r.label, lex);
  if (!owned)
    if (auto space = r.label.find(' '); space != std::string::npos)
      if (auto n = lex.find_nation(r.label.substr(0, space)))
        owned = OwnedName{static_cast<std::int64_t>(*n), r.label.substr(space + 1)};
  if (!owned) return -1;
  // the core, or another name a document gave it ("South Korean Defense Ministry")
  auto of_nation = [&](const std::string& name) {
    auto found = lex.find_entity(name);
    return found && lex.entities[*found].type == NodeType::Organisation && lexicon_nation(*found, lex) == owned->nation
               ? static_cast<int>(*found)
               : -1;
  };
  if (int e = of_nation(owned->core); e >= 0) return e;
  for (const auto& name : r.names)
    if (int e = of_nation(name); e >= 0) return e;
  return -1;
}

// The name keys some document writes with a nation ("Estonia's Ministry of
// Finance" -> "ministry of finance"): names of bodies many nations have,
// though not all their words are in the lexicon's generic words.
std::set<std::string> nation_scoped_keys(const std::vector<Record>& records, const Lexicon& lex) {
  std::set<std::string> out;
  for (const Record& r : records)
    if (r.type == NodeType::Organisation && r.lexicon < 0)
      for (const auto& name : r.names)
        if (auto owned = owned_name(name, lex)) out.insert(lex.name_key_of(owned->core));
  return out;
}

// Whether the name (a key) opens with words naming a body every nation has
// ("Ministry of Defence", "Armed Forces"): bare, it is no one body by guess.
bool nation_wide_name(const std::string& key, const Lexicon& lex) {
  return std::any_of(lex.nation_wide_names.begin(), lex.nation_wide_names.end(), [&](const std::string& words) {
    std::string head = lex.name_key_of(words);
    return key == head || key.starts_with(head + " ");
  });
}

// Records that share a name key are one entity. A name many nations' bodies
// have ("Cyber Command", "Ministry of Finance") joins records only of one
// nation.
void unite_by_names(const std::vector<Record>& records, const std::set<std::string>& scoped, const Lexicon& lex,
                    UnionFind& uf) {
  std::unordered_map<std::string, std::size_t> owner;
  auto claim = [&](const std::string& key, std::size_t i) {
    auto [it, fresh] = owner.emplace(key, i);
    if (!fresh) uf.unite(it->second, i);
  };
  auto shared = [&](const std::string& key) { return lex.generic_key(key) || scoped.count(key) > 0; };
  std::vector<std::pair<std::string, std::size_t>> owned;  // shared names of records known otherwise
  std::vector<std::pair<std::string, std::size_t>> bare;   // shared names of records known by nothing else
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    if (r.lexicon >= 0) claim("#lexicon " + std::to_string(r.lexicon), i);
    std::int64_t nation = record_nation(r, lex);
    // "the JSDF Cyber Defense Command ... the Cyber Defense Command": a record with a
    // specific name is that body; its generic names join it to no other nation's body.
    // An acronym is not specific: it is mostly the generic name's initials ("CFCS").
    bool specific = r.lexicon >= 0 || std::any_of(r.names.begin(), r.names.end(), [&](const std::string& n) {
                      return !all_caps(n) && !shared(lex.name_key_of(n));
                    });
    // the nation of a lexicon body is its entry's, up the part_of chain
    std::int64_t home = r.lexicon >= 0 ? lexicon_nation(static_cast<std::size_t>(r.lexicon), lex) : nation;
    for (const auto& n : r.names) {
      std::string key = lex.name_key_of(n);
      // "Embassy of the Republic of Estonia", "Embassy of Estonia", "Estonia's Information
      // System Authority", "the Estonian Information System Authority": one body of one
      // nation, however the nation is written with the name
      if (r.type == NodeType::Organisation && home >= 0)
        if (auto owned_by = owned_name(n, lex); owned_by && owned_by->nation == home)
          claim(lex.name_key_of(owned_by->core) + "\x1f#of nation " + std::to_string(home), i);
      if (!shared(key)) {
        claim(key, i);
      } else if (nation >= 0) {
        claim(key + "\x1f#nation " + std::to_string(nation), i);
        owned.emplace_back(key, i);
      } else {
        (specific ? owned : bare).emplace_back(key, i);
      }
    }
  }
  // A generic name known by nothing else ("the Centre for Cyber Security") is
  // the one body other records give that name, if only one; else only the bare
  // name's own (bodies of two nations: no guess).
  std::unordered_map<std::string, std::set<std::size_t>> owners;  // generic name key -> bodies of that name
  for (const auto& [key, i] : owned) owners[key].insert(uf.find(i));
  for (const auto& [key, i] : bare) {
    auto it = owners.find(key);
    if (it != owners.end() && it->second.size() == 1 && !nation_wide_name(key, lex))
      uf.unite(i, *it->second.begin());
    else
      claim(key, i);
  }
}

// A lone surname ("Stoltenberg") joins the one person whose name ends with it.
void unite_lone_surnames(const std::vector<Record>& records, const Lexicon& lex, UnionFind& uf) {
  std::unordered_map<std::string, std::vector<std::size_t>> surnames;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (records[i].type != NodeType::Person) continue;
    std::string key = lex.name_key_of(records[i].label);
    auto space = key.rfind(' ');
    if (space != std::string::npos) surnames[key.substr(space + 1)].push_back(uf.find(i));
  }
  for (std::size_t i = 0; i < records.size(); ++i) {
    std::string key = lex.name_key_of(records[i].label);
    if (records[i].type != NodeType::Person || key.find(' ') != std::string::npos) continue;
    auto it = surnames.find(key);
    if (it == surnames.end()) continue;
    std::vector<std::size_t> roots;
    for (auto r : it->second) roots.push_back(uf.find(r));
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    if (roots.size() == 1) uf.unite(i, roots[0]);
  }
}

// A body labelled by a name another nation's body has too ("Ministry of
// Finance") is labelled with its one nation ("Estonia's Ministry of
// Finance"), as the recogniser names such bodies; else the label stays.
std::string nation_label(const std::vector<const Record*>& list, const std::string& label,
                         const std::set<std::string>& scoped, const Lexicon& lex) {
  std::string key = lex.name_key_of(label);
  if (!scoped.count(key) && !lex.generic_key(key)) return label;
  std::set<std::int64_t> nations;
  for (const Record* r : list)
    if (std::int64_t n = record_nation(*r, lex); n >= 0 && r->lexicon < 0) nations.insert(n);
  if (nations.size() != 1) return label;
  return possessive(lex.entities[static_cast<std::size_t>(*nations.begin())].label) + " " + label;
}

// One node per cluster: its type by the records' votes, its label the fullest
// name, the other names as aliases.
NodeProps node_of_cluster(const std::vector<const Record*>& list, const Lexicon& lex) {
  NodeProps props;
  props.type_votes = count_votes(list);
  props.type = choose_type(list, props.type_votes, lex);
  props.label = choose_label(list, lex);
  std::vector<std::string> aliases;
  for (const Record* r : list)
    for (const auto& n : r->names)
      if (n != props.label) aliases.push_back(n);
  std::sort(aliases.begin(), aliases.end());
  aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
  props.aliases = std::move(aliases);
  return props;
}

// Clusters records; returns the cluster of each record and fills `nodes` (one per cluster).
std::vector<std::size_t> cluster(std::vector<Record> records, const Lexicon& lex, std::vector<NodeProps>& nodes) {
  for (auto& r : records)
    if (r.lexicon < 0) {
      if (auto found = lex.find_entity(r.label); found && lex.entities[*found].type == r.type)
        r.lexicon = static_cast<int>(*found);
      else
        r.lexicon = owned_lexicon_body(r, lex);
    }
  UnionFind uf(records.size());
  const std::set<std::string> scoped = nation_scoped_keys(records, lex);
  unite_by_names(records, scoped, lex, uf);
  unite_lone_surnames(records, lex, uf);
  std::map<std::size_t, std::vector<const Record*>> members;
  for (std::size_t i = 0; i < records.size(); ++i) members[uf.find(i)].push_back(&records[i]);
  std::map<std::size_t, std::size_t> node_of;
  std::map<std::string, int> bodies_labelled;  // organisations (not of the lexicon) by label key
  for (const auto& [root, list] : members) {
    node_of[root] = nodes.size();
    nodes.push_back(node_of_cluster(list, lex));
    if (nodes.back().type == NodeType::Organisation &&
        std::none_of(list.begin(), list.end(), [](const Record* r) { return r->lexicon >= 0; }))
      ++bodies_labelled[lex.name_key_of(nodes.back().label)];
  }
  for (const auto& [root, list] : members) {
    NodeProps& node = nodes[node_of[root]];
    auto same = bodies_labelled.find(lex.name_key_of(node.label));
    if (node.type != NodeType::Organisation || same == bodies_labelled.end() || same->second < 2) continue;
    std::string label = nation_label(list, node.label, scoped, lex);
    if (label == node.label) continue;
    node.aliases.insert(std::lower_bound(node.aliases.begin(), node.aliases.end(), node.label), node.label);
    node.aliases.erase(std::remove(node.aliases.begin(), node.aliases.end(), label), node.aliases.end());
    node.label = label;
  }
  std::vector<std::size_t> out(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) out[i] = node_of[uf.find(i)];
  return out;
}

struct PendingEdge {
  std::size_t source, target;  // record indexes
  EdgeProps props;
};

// The graph is built once, directly in the order KnowledgeGraph::canonical()
// gives (nodes by type, label and aliases; edges by key, edges with one key
// merged in the order they come): a second, canonical copy of every piece
// of evidence doubled the peak memory of a build.
KnowledgeGraph assemble(std::vector<Record> records, std::vector<PendingEdge> edges,
                        const std::vector<DocumentRecord>& documents, const Lexicon& lex) {
  std::vector<NodeProps> nodes;
  std::vector<std::size_t> node = cluster(std::move(records), lex, nodes);
  std::vector<std::size_t> order(nodes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(nodes[a].type, nodes[a].label, nodes[a].aliases) < std::tie(nodes[b].type, nodes[b].label, nodes[b].aliases);
  });
  std::vector<NodeId> renumber(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) renumber[order[i]] = i;
  KnowledgeGraph graph;
  for (std::size_t old : order) graph.insert_node(std::move(nodes[old]));
  using Key = KnowledgeGraph::EdgeKey;
  std::vector<std::pair<Key, std::size_t>> keyed;  // (key in the final numbering, index in edges)
  keyed.reserve(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    NodeId s = renumber[node[edges[i].source]], t = renumber[node[edges[i].target]];
    if (s == t) continue;
    const EdgeProps& p = edges[i].props;
    if (is_symmetric(p.type) && t < s) std::swap(s, t);
    keyed.push_back({Key{s, t, p.type, p.date, p.end}, i});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  graph.reserve_edges(keyed.size());
  for (auto& [key, i] : keyed) graph.insert_edge(std::get<0>(key), std::get<1>(key), std::move(edges[i].props));
  for (const auto& d : documents) graph.add_document(d);
  return graph;
}

void records_of_graph(const KnowledgeGraph& graph, std::vector<Record>& records, std::vector<PendingEdge>& edges) {
  std::vector<std::size_t> record_of(graph.node_count());
  for (NodeId v = 0; v < graph.node_count(); ++v) {
    const NodeProps& n = graph.node(v);
    Record r{n.type, n.label, n.aliases, -1, 0};
    r.names.push_back(n.label);
    // The node's type, carrying its own votes (none when the lexicon chose
    // it over the documents), then a record for each other type voted: the
    // votes add up across graphs as the documents' votes do in one build.
    const std::vector<TypeVote> votes = votes_of(n);
    record_of[v] = records.size();
    for (const TypeVote& vote : votes)
      if (vote.type == n.type) r.count = vote.count;
    records.push_back(r);
    for (const TypeVote& vote : votes) {
      if (vote.type == n.type) continue;
      Record other = r;
      other.type = vote.type;
      other.count = vote.count;
      records.push_back(std::move(other));
    }
  }
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it)
    edges.push_back({record_of[graph.source(*it)], record_of[graph.target(*it)], graph.edge(*it)});
}

}  // namespace

// Records stand where nodes will: an edge between records has a node edge's key.
using RecordEdgeKey = KnowledgeGraph::EdgeKey;

struct GraphAssembler::Folded {
  std::vector<Record> records;
  // record_key -> records. WordHash (8 bytes a step, its hash kept in the
  // node) where std::hash cost a byte-wise pass over a long key per entity.
  std::unordered_map<std::string, std::size_t, WordHash, std::equal_to<>> record_index;
  // In the order first seen, indexed by key while documents come; put in key
  // order by finish(). A flat index over a vector, not a node-based map: the
  // look-up of each edge of each document missed the cache twice or more.
  std::vector<std::pair<RecordEdgeKey, EdgeProps>> edges;
  FlatEdgeIndex<std::size_t> edge_index;
  std::vector<DocumentRecord> documents;
  std::string key;  // record_of's buffer, reused: most entities are records already seen

  // One string for everything resolution reads of an entity.
  void make_record_key(const DocEntity& e) {
    key.clear();
    key.append(std::to_string(static_cast<int>(e.type))).push_back('\x1f');
    key.append(std::to_string(e.lexicon)).push_back('\x1f');
    key.append(e.label);
    for (const auto& n : e.names) key.append("\x1f").append(n);
  }

  std::size_t record_of(DocEntity& e) {
    std::sort(e.names.begin(), e.names.end());
    e.names.erase(std::unique(e.names.begin(), e.names.end()), e.names.end());
    make_record_key(e);
    if (auto it = record_index.find(key); it != record_index.end()) {
      ++records[it->second].count;
      return it->second;
    }
    record_index.emplace(key, records.size());
    records.push_back({e.type, std::move(e.label), std::move(e.names), e.lexicon, 1});
    return records.size() - 1;
  }
};

GraphAssembler::GraphAssembler(const Lexicon& lexicon) : lex_(lexicon), folded_(std::make_unique<Folded>()) {}
GraphAssembler::~GraphAssembler() = default;

void GraphAssembler::add(DocResult doc) {
  Folded& f = *folded_;
  std::vector<std::size_t> record(doc.entities.size());
  for (std::size_t i = 0; i < doc.entities.size(); ++i) record[i] = f.record_of(doc.entities[i]);
  for (auto& e : doc.edges) {
    RecordEdgeKey key{record[static_cast<std::size_t>(e.source)], record[static_cast<std::size_t>(e.target)], e.type,
                      e.date, e.end};
    std::uint64_t hash = KnowledgeGraph::key_hash(key);
    const std::size_t* at = f.edge_index.find(hash, [&](std::size_t i) { return f.edges[i].first == key; });
    if (!at) {
      f.edge_index.insert(hash, f.edges.size());
      f.edges.emplace_back(key, EdgeProps{e.type, e.date, e.end, {}, e.confidence});
    }
    EdgeProps& props = f.edges[at ? *at : f.edges.size() - 1].second;
    props.confidence = std::max(props.confidence, e.confidence);
    props.evidence_omitted += e.evidence_omitted;
    add_evidence(props, std::move(e.evidence));
  }
  f.documents.push_back(std::move(doc.record));
}

KnowledgeGraph GraphAssembler::finish(const KnowledgeGraph& graph) {
  std::vector<Record> records;
  std::vector<PendingEdge> edges;
  std::vector<DocumentRecord> documents = graph.documents();
  records_of_graph(graph, records, edges);
  Folded f = std::exchange(*folded_, Folded{});
  std::size_t base = records.size();
  for (auto& r : f.records) records.push_back(std::move(r));
  // In key order, as a map would give them: the order edges of one key are merged in.
  std::vector<std::pair<RecordEdgeKey, EdgeProps*>> sorted;
  sorted.reserve(f.edges.size());
  for (auto& [key, props] : f.edges) sorted.emplace_back(key, &props);  // (keys are unique: any order sorts alike)
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  edges.reserve(edges.size() + sorted.size());
  for (auto& [key, props] : sorted)
    edges.push_back({base + std::get<0>(key), base + std::get<1>(key), std::move(*props)});
  for (auto& d : f.documents) documents.push_back(std::move(d));
  return assemble(std::move(records), std::move(edges), documents, lex_);
}

KnowledgeGraph resolve_graph(const KnowledgeGraph& graph, const Lexicon& lexicon) {
  GraphAssembler assembler(lexicon);
  return assembler.finish(graph);
}

}  // namespace newsgraph
