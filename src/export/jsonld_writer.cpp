// JSON-LD 1.1 with the inline @context of schemas/jsonld-context.json
// (never fetched): entities typed with schema.org classes, the ten
// relations as the project's vocabulary (urn:newsgraph:vocab:), each edge
// both as a plain triple on its subject and as a Relation node carrying
// subject, object, relation, typed dates, confidence and evidence.
//
// IRIs are stable across graphs: an entity's comes from its label, a
// relation's from its ends, type and dates, a document's from its id.
#include <rapidjson/document.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "export/text.hpp"
#include "export/writers.hpp"
#include "util/resources.hpp"

namespace newsgraph {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;
constexpr std::string_view kEntityPrefix = "urn:newsgraph:entity:";

void str(Writer& w, std::string_view s) {
  std::string safe = text::clean(s);
  w.String(safe.data(), static_cast<rapidjson::SizeType>(safe.size()));
}
void field(Writer& w, std::string_view key, std::string_view value) {
  str(w, key);
  str(w, value);
}

void typed_date(Writer& w, std::string_view key, const Date& date) {
  static constexpr std::array<const char*, 3> kTypes = {"xsd:gYear", "xsd:gYearMonth", "xsd:date"};
  str(w, key);
  w.StartObject();
  field(w, "@value", date.iso());
  field(w, "@type", kTypes[static_cast<std::size_t>(date.precision())]);
  w.EndObject();
}

void node_types(Writer& w, NodeType type) {
  str(w, "@type");
  w.StartArray();
  switch (type) {
    case NodeType::Nation: str(w, "Country"); break;
    case NodeType::Organisation: str(w, "Organization"); break;
    case NodeType::Exercise: str(w, "Event"); str(w, "Exercise"); break;
    case NodeType::Event: str(w, "Event"); break;
    case NodeType::Person: str(w, "Person"); break;
    case NodeType::Place: str(w, "Place"); break;
    case NodeType::Agreement: str(w, "CreativeWork"); str(w, "Agreement"); break;
  }
  w.EndArray();
}

class JsonLdWriter : public GraphWriter {
 public:
  void write(const KnowledgeGraph& graph, std::ostream& out) const override {
    rapidjson::OStreamWrapper stream(out);
    Writer w(stream);
    w.SetIndent(' ', 1);
    std::vector<std::string> iris = entity_iris(graph);
    w.StartObject();
    str(w, "@context");
    rapidjson::Document context;
    std::string_view text = embedded_resource("schemas/jsonld-context.json");
    context.Parse(text.data(), text.size());
    context["@context"].Accept(w);
    str(w, "@graph");
    w.StartArray();
    for (const auto& doc : graph.documents()) write_document(w, doc);
    for (auto [it, end] = boost::vertices(graph.storage()); it != end; ++it) write_entity(w, graph, iris, *it);
    for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it) write_relation(w, graph, iris, *it);
    w.EndArray();
    w.EndObject();
    out << '\n';
  }

 private:
  static std::vector<std::string> entity_iris(const KnowledgeGraph& graph) {
    std::vector<std::string> iris = text::entity_keys(graph);
    for (auto& iri : iris) iri.insert(0, kEntityPrefix);
    return iris;
  }

  static std::string document_iri(std::string_view id) { return "urn:newsgraph:document:" + text::iri_part(id, true); }

  static void write_document(Writer& w, const DocumentRecord& doc) {
    w.StartObject();
    field(w, "@id", document_iri(doc.id));
    field(w, "@type", "NewsArticle");
    field(w, "identifier", doc.id);
    if (!doc.title.empty()) field(w, "headline", doc.title);
    if (!doc.source.empty()) field(w, "publisher", doc.source);
    if (!doc.author.empty()) field(w, "author", doc.author);
    if (doc.published) typed_date(w, "datePublished", *doc.published);
    if (!doc.hash.empty()) field(w, "contentHash", doc.hash);
    w.EndObject();
  }

  // The entity with its plain triples: its own edges, and the symmetric
  // ones stored on the other end (met_with and cooperates_with hold both ways).
  static void write_entity(Writer& w, const KnowledgeGraph& graph, const std::vector<std::string>& iris, NodeId v) {
    const NodeProps& node = graph.node(v);
    w.StartObject();
    field(w, "@id", iris[v]);
    node_types(w, node.type);
    field(w, "nodeType", to_string(node.type));
    field(w, "name", node.label);
    if (!node.aliases.empty()) {
      str(w, "alternateName");
      w.StartArray();
      for (const auto& alias : node.aliases) str(w, alias);
      w.EndArray();
    }
    std::array<std::vector<std::string>, kEdgeTypes.size()> objects;
    const GraphStorage& g = graph.storage();
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
      objects[static_cast<std::size_t>(graph.edge(*it).type)].push_back(iris[boost::target(*it, g)]);
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      if (is_symmetric(graph.edge(*it).type))
        objects[static_cast<std::size_t>(graph.edge(*it).type)].push_back(iris[boost::source(*it, g)]);
    for (EdgeType type : kEdgeTypes) {
      auto& list = objects[static_cast<std::size_t>(type)];
      if (list.empty()) continue;
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
      str(w, to_string(type));
      w.StartArray();
      for (const auto& iri : list) str(w, iri);
      w.EndArray();
    }
    w.EndObject();
  }

  static void write_relation(Writer& w, const KnowledgeGraph& graph, const std::vector<std::string>& iris, EdgeId e) {
    const EdgeProps& edge = graph.edge(e);
    NodeId s = graph.source(e), t = graph.target(e);
    std::string when = edge.date ? edge.date->iso() : "undated";
    if (edge.end) when += "--" + edge.end->iso();
    w.StartObject();
    auto local = [](const std::string& iri) { return iri.substr(kEntityPrefix.size()); };
    field(w, "@id", "urn:newsgraph:relation:" + local(iris[s]) + "/" + std::string(to_string(edge.type)) + "/" +
                        local(iris[t]) + "/" + when);
    field(w, "@type", "Relation");
    field(w, "relation", to_string(edge.type));
    field(w, "subject", iris[s]);
    field(w, "object", iris[t]);
    if (edge.date) typed_date(w, "startDate", *edge.date);
    if (edge.end) typed_date(w, "endDate", *edge.end);
    str(w, "confidence");
    w.Double(edge.confidence);
    str(w, "evidence");
    w.StartArray();
    for (const auto& ev : edge.evidence) {
      w.StartObject();
      field(w, "@type", "Evidence");
      field(w, "document", document_iri(ev.doc));
      field(w, "sentence", ev.sentence);
      str(w, "startOffset");
      w.Uint64(ev.start);
      str(w, "endOffset");
      w.Uint64(ev.end);
      if (!ev.pattern.empty()) field(w, "pattern", ev.pattern);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
};

}  // namespace

std::unique_ptr<GraphWriter> make_jsonld_writer() { return std::make_unique<JsonLdWriter>(); }

}  // namespace newsgraph
