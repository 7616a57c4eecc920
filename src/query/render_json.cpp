// The --json answers; their shapes are schemas/query-result.schema.json.
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include "query/render.hpp"
#include "query/traversal.hpp"

namespace newsgraph {
namespace {

class Json {
 public:
  explicit Json(std::ostream& out) : stream_(out), w_(stream_) {}
  ~Json() { stream_.Put('\n'); stream_.Flush(); }
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper>& w() { return w_; }
  void key(std::string_view k) { w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }
  void str(std::string_view v) { w_.String(v.data(), static_cast<rapidjson::SizeType>(v.size())); }
  void field(std::string_view k, std::string_view v) { key(k), str(v); }
  void field(std::string_view k, std::size_t v) { key(k), w_.Uint64(v); }
  void node(const KnowledgeGraph& graph, NodeId v) {
    w_.StartObject();
    field("id", KnowledgeGraph::node_key(v));
    field("label", graph.node(v).label);
    field("type", to_string(graph.node(v).type));
    w_.EndObject();
  }
  void dates(const EdgeProps& e) {
    if (e.date) field("date", e.date->iso());
    if (e.end) field("end", e.end->iso());
  }
  void evidence(const EdgeProps& e) {
    key("evidence");
    w_.StartArray();
    for (const Evidence& ev : e.evidence) {
      w_.StartObject();
      field("doc", ev.doc);
      field("sentence", ev.sentence);
      field("start", static_cast<std::size_t>(ev.start));
      field("end", static_cast<std::size_t>(ev.end));
      if (!ev.pattern.empty()) field("pattern", ev.pattern);  // why the edge exists
      w_.EndObject();
    }
    w_.EndArray();
  }
  // A hop: the edge walked from `from` to `to`, its stored direction kept.
  void hop(const KnowledgeGraph& graph, const Hop& h, bool with_evidence) {
    const EdgeProps& e = graph.edge(h.edge);
    w_.StartObject();
    key("from"), node(graph, h.from);
    key("to"), node(graph, h.to);
    field("relation", to_string(e.type));
    field("direction", is_symmetric(e.type) ? "both" : h.forward ? "forward" : "backward");
    dates(e);
    key("confidence"), w_.Double(e.confidence);
    if (with_evidence) evidence(e);
    w_.EndObject();
  }

 private:
  rapidjson::OStreamWrapper stream_;
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w_;
};

}  // namespace

void write_json(std::ostream& out, const KnowledgeGraph& graph, const NeighboursResult& result) {
  Json j(out);
  j.w().StartObject();
  j.field("query", "neighbours");
  j.key("focus"), j.node(graph, result.focus);
  j.field("depth", static_cast<std::size_t>(result.depth));
  j.key("neighbours");
  j.w().StartArray();
  for (const Neighbour& n : result.neighbours) {
    j.w().StartObject();
    j.field("id", KnowledgeGraph::node_key(n.node));
    j.field("label", graph.node(n.node).label);
    j.field("type", to_string(graph.node(n.node).type));
    j.field("distance", static_cast<std::size_t>(n.distance));
    j.w().EndObject();
  }
  j.w().EndArray();
  j.key("links");
  j.w().StartArray();
  for (const Hop& h : result.links) j.hop(graph, h, false);
  j.w().EndArray();
  j.key("edges");
  j.w().StartArray();
  for (EdgeId e : result.edges) {
    j.w().StartObject();
    j.field("source", KnowledgeGraph::node_key(graph.source(e)));
    j.field("target", KnowledgeGraph::node_key(graph.target(e)));
    j.field("relation", to_string(graph.edge(e).type));
    j.dates(graph.edge(e));
    j.w().EndObject();
  }
  j.w().EndArray();
  j.w().EndObject();
}

void write_json(std::ostream& out, const KnowledgeGraph& graph, const PathResult& result, bool evidence) {
  Json j(out);
  j.w().StartObject();
  j.field("query", "path");
  j.key("from"), j.node(graph, result.from);
  j.key("to"), j.node(graph, result.to);
  j.field("max_length", static_cast<std::size_t>(result.max_length));
  j.key("all"), j.w().Bool(result.all);
  j.key("truncated"), j.w().Bool(result.truncated);
  j.key("paths");
  j.w().StartArray();
  for (const Path& path : result.paths) {
    j.w().StartObject();
    j.field("length", path.hops.size());
    const PathSince since = path_since(graph, path);
    if (since.since) j.field("since", since.since->iso());
    j.key("undated_hops");
    j.w().StartArray();
    for (std::size_t hop : since.undated_hops) j.w().Uint64(hop + 1);
    j.w().EndArray();
    j.key("hops");
    j.w().StartArray();
    for (const Hop& h : path.hops) j.hop(graph, h, evidence);
    j.w().EndArray();
    j.w().EndObject();
  }
  j.w().EndArray();
  j.w().EndObject();
}

void write_json(std::ostream& out, const KnowledgeGraph& graph, const TimelineResult& result) {
  Json j(out);
  j.w().StartObject();
  j.field("query", "timeline");
  j.key("entity"), j.node(graph, result.entity);
  j.key("events");
  j.w().StartArray();
  for (const Hop& h : result.events) j.hop(graph, h, true);
  j.w().EndArray();
  j.w().EndObject();
}

void write_json(std::ostream& out, const KnowledgeGraph& graph, const EntitiesResult& result) {
  Json j(out);
  j.w().StartObject();
  j.field("query", "entities");
  j.field("total", result.total);
  j.key("entities");
  j.w().StartArray();
  for (const EntityRow& row : result.entities) {
    j.w().StartObject();
    j.field("id", KnowledgeGraph::node_key(row.node));
    j.field("label", graph.node(row.node).label);
    j.field("type", to_string(graph.node(row.node).type));
    j.field("degree", row.degree);
    j.w().EndObject();
  }
  j.w().EndArray();
  j.w().EndObject();
}

namespace {

// A stats answer's counts: nodes and edges by type, components, date range.
void write_stats_counts(Json& j, const StatsResult& s) {
  j.key("nodes");
  j.w().StartObject();
  j.field("total", s.nodes);
  j.key("by_type");
  j.w().StartObject();
  for (auto [type, n] : s.nodes_by_type) j.field(to_string(type), n);
  j.w().EndObject();
  j.w().EndObject();
  j.key("edges");
  j.w().StartObject();
  j.field("total", s.edges);
  j.field("undated", s.undated_edges);
  j.key("by_type");
  j.w().StartObject();
  for (auto [type, n] : s.edges_by_type) j.field(to_string(type), n);
  j.w().EndObject();
  j.w().EndObject();
  j.key("components");
  j.w().StartObject();
  j.field("count", s.components);
  j.field("largest", s.largest_component);
  j.w().EndObject();
  j.key("date_range");
  if (s.first_date) {
    j.w().StartObject();
    j.field("first", s.first_date->iso());
    j.field("last", s.last_date->iso());
    j.w().EndObject();
  } else {
    j.w().Null();
  }
}

// Central entities with their scores, under `name`.
void write_scored(Json& j, const KnowledgeGraph& graph, std::string_view name, const std::vector<ScoredNode>& list) {
  j.key(name);
  j.w().StartArray();
  for (const ScoredNode& n : list) {
    j.w().StartObject();
    j.key("entity"), j.node(graph, n.node);
    j.key("score"), j.w().Double(n.score);
    j.w().EndObject();
  }
  j.w().EndArray();
}

}  // namespace

void write_json(std::ostream& out, const KnowledgeGraph& graph, const StatsResult& s) {
  Json j(out);
  j.w().StartObject();
  j.field("query", "stats");
  j.field("documents", s.documents);
  write_stats_counts(j, s);
  write_scored(j, graph, "top_degree", s.top_degree);
  j.key("betweenness");
  j.w().StartObject();
  j.field("method", s.betweenness_method);
  j.field("sources", s.betweenness_sources);
  if (!s.betweenness_note.empty()) j.field("note", s.betweenness_note);
  write_scored(j, graph, "top", s.top_betweenness);
  j.w().EndObject();
  j.w().EndObject();
}

}  // namespace newsgraph
