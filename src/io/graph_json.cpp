#include "io/graph_json.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <iterator>
#include <map>
#include <mutex>
#include <unordered_map>

#include "util/errors.hpp"
#include "util/resources.hpp"

namespace newsgraph {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void write_string(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void write_field(Writer& w, std::string_view key, std::string_view value) {
  write_string(w, key);
  write_string(w, value);
}

void write_document(Writer& w, const DocumentRecord& doc) {
  w.StartObject();
  write_field(w, "id", doc.id);
  if (!doc.title.empty()) write_field(w, "title", doc.title);
  if (!doc.source.empty()) write_field(w, "source", doc.source);
  if (doc.published) write_field(w, "published", doc.published->iso());
  if (!doc.hash.empty()) write_field(w, "hash", doc.hash);
  w.EndObject();
}

void write_node(Writer& w, NodeId id, const NodeProps& node) {
  w.StartObject();
  write_field(w, "id", KnowledgeGraph::node_key(id));
  write_field(w, "type", to_string(node.type));
  write_field(w, "label", node.label);
  write_string(w, "aliases");
  w.StartArray();
  for (const auto& alias : node.aliases) write_string(w, alias);
  w.EndArray();
  w.EndObject();
}

void write_evidence(Writer& w, const Evidence& e) {
  w.StartObject();
  write_field(w, "doc", e.doc);
  write_field(w, "sentence", e.sentence);
  write_string(w, "start");
  w.Uint64(e.start);
  write_string(w, "end");
  w.Uint64(e.end);
  if (!e.pattern.empty()) write_field(w, "pattern", e.pattern);
  w.EndObject();
}

void write_edge(Writer& w, std::size_t index, const KnowledgeGraph& graph, EdgeId id) {
  const EdgeProps& edge = graph.edge(id);
  w.StartObject();
  write_field(w, "id", "e" + std::to_string(index + 1));
  write_field(w, "source", KnowledgeGraph::node_key(graph.source(id)));
  write_field(w, "target", KnowledgeGraph::node_key(graph.target(id)));
  write_field(w, "type", to_string(edge.type));
  if (edge.date) write_field(w, "date", edge.date->iso());
  if (edge.end) write_field(w, "end", edge.end->iso());
  write_string(w, "confidence");
  w.Double(edge.confidence);
  write_string(w, "evidence");
  w.StartArray();
  for (const auto& e : edge.evidence) write_evidence(w, e);
  w.EndArray();
  w.EndObject();
}

// Line and column (1-based) of a byte offset, for syntax errors.
Position position_of(std::string_view text, std::size_t offset) {
  Position pos;
  pos.byte_offset = offset;
  std::uint64_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  pos.line = line;
  pos.column = column;
  return pos;
}

// Schemas are parsed once per process and shared read-only between threads.
const rapidjson::SchemaDocument& schema_for(std::string_view path) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<rapidjson::SchemaDocument>, std::less<>> cache;
  std::lock_guard lock(mutex);
  auto it = cache.find(path);
  if (it != cache.end()) return *it->second;
  rapidjson::Document doc;
  std::string_view text = embedded_resource(path);
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError()) throw InternalError("embedded schema " + std::string(path) + " does not parse");
  auto schema = std::make_unique<rapidjson::SchemaDocument>(doc);
  return *cache.emplace(std::string(path), std::move(schema)).first->second;
}

void parse_or_throw(rapidjson::Document& doc, std::string_view text, const std::string& source_name) {
  doc.Parse(text.data(), text.size());
  if (doc.HasParseError())
    throw InputError(source_name, position_of(text, doc.GetErrorOffset()),
                     std::string("not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()));
}

void validate_or_throw(const rapidjson::Document& doc, std::string_view schema_path, const std::string& source_name) {
  rapidjson::SchemaValidator validator(schema_for(schema_path));
  if (doc.Accept(validator)) return;
  rapidjson::StringBuffer where, rule;
  validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
  validator.GetInvalidSchemaPointer().StringifyUriFragment(rule);
  Position pos;
  std::string pointer = where.GetString();
  pos.json_pointer = pointer.size() > 1 ? pointer.substr(1) : "/";  // drop the leading '#'
  throw InputError(source_name, pos,
                   std::string("does not match ") + std::string(schema_path) + ": fails '" +
                       validator.GetInvalidSchemaKeyword() + "' of " + rule.GetString());
}

std::string_view string_of(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

std::optional<Date> date_field(const rapidjson::Value& obj, const char* key, const std::string& source_name,
                               const std::string& pointer) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd()) return std::nullopt;
  auto date = parse_iso_date(string_of(it->value));
  if (!date) {
    Position pos;
    pos.json_pointer = pointer + "/" + key;
    throw InputError(source_name, pos, "not a real date: " + std::string(string_of(it->value)));
  }
  return date;
}

std::string string_field(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it == obj.MemberEnd() ? std::string() : std::string(string_of(it->value));
}

KnowledgeGraph graph_from_dom(const rapidjson::Document& doc, const std::string& source_name) {
  KnowledgeGraph graph;
  if (auto docs = doc.FindMember("documents"); docs != doc.MemberEnd()) {
    for (rapidjson::SizeType i = 0; i < docs->value.Size(); ++i) {
      const auto& d = docs->value[i];
      graph.add_document({string_field(d, "id"), string_field(d, "title"), string_field(d, "source"),
                          date_field(d, "published", source_name, "/documents/" + std::to_string(i)),
                          string_field(d, "hash")});
    }
  }
  std::unordered_map<std::string_view, NodeId> ids;
  const auto& nodes = doc["nodes"];
  for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
    const auto& n = nodes[i];
    NodeProps props{*parse_node_type(string_of(n["type"])), string_field(n, "label"), {}};
    if (auto aliases = n.FindMember("aliases"); aliases != n.MemberEnd())
      for (const auto& a : aliases->value.GetArray()) props.aliases.emplace_back(string_of(a));
    if (!ids.emplace(string_of(n["id"]), graph.insert_node(std::move(props))).second) {
      Position pos;
      pos.json_pointer = "/nodes/" + std::to_string(i) + "/id";
      throw InputError(source_name, pos, "node id used twice: " + std::string(string_of(n["id"])));
    }
  }
  const auto& edges = doc["edges"];
  for (rapidjson::SizeType i = 0; i < edges.Size(); ++i) {
    const auto& e = edges[i];
    std::string pointer = "/edges/" + std::to_string(i);
    NodeId ends[2];
    const char* keys[2] = {"source", "target"};
    for (int k = 0; k < 2; ++k) {
      auto found = ids.find(string_of(e[keys[k]]));
      if (found == ids.end()) {
        Position pos;
        pos.json_pointer = pointer + "/" + keys[k];
        throw InputError(source_name, pos, "no node has the id " + std::string(string_of(e[keys[k]])));
      }
      ends[k] = found->second;
    }
    EdgeProps props;
    props.type = *parse_edge_type(string_of(e["type"]));
    props.date = date_field(e, "date", source_name, pointer);
    props.end = date_field(e, "end", source_name, pointer);
    if (auto c = e.FindMember("confidence"); c != e.MemberEnd()) props.confidence = c->value.GetDouble();
    if (auto ev = e.FindMember("evidence"); ev != e.MemberEnd()) {
      for (const auto& x : ev->value.GetArray()) {
        Evidence evidence{string_field(x, "doc"), string_field(x, "sentence"), 0, 0, string_field(x, "pattern")};
        if (auto s = x.FindMember("start"); s != x.MemberEnd()) evidence.start = s->value.GetUint64();
        if (auto s = x.FindMember("end"); s != x.MemberEnd()) evidence.end = s->value.GetUint64();
        props.evidence.push_back(std::move(evidence));
      }
    }
    graph.insert_edge(ends[0], ends[1], std::move(props));
  }
  return graph;
}

}  // namespace

void write_graph_json(const KnowledgeGraph& graph, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  Writer w(stream);
  w.SetIndent(' ', 1);
  w.StartObject();
  write_field(w, "newsgraph", kGraphFormatVersion);
  write_string(w, "documents");
  w.StartArray();
  for (const auto& doc : graph.documents()) write_document(w, doc);
  w.EndArray();
  write_string(w, "nodes");
  w.StartArray();
  for (NodeId v = 0; v < graph.node_count(); ++v) write_node(w, v, graph.node(v));
  w.EndArray();
  write_string(w, "edges");
  w.StartArray();
  std::size_t index = 0;
  for (NodeId v = 0; v < graph.node_count(); ++v)
    for (auto [it, end] = boost::out_edges(v, graph.storage()); it != end; ++it) write_edge(w, index++, graph, *it);
  w.EndArray();
  w.EndObject();
  out << '\n';
}

void validate_json_text(std::string_view text, std::string_view schema_path, const std::string& source_name) {
  rapidjson::Document doc;
  parse_or_throw(doc, text, source_name);
  validate_or_throw(doc, schema_path, source_name);
}

KnowledgeGraph read_graph_json_text(std::string text, const std::string& source_name) {
  rapidjson::Document doc;
  parse_or_throw(doc, text, source_name);
  validate_or_throw(doc, "schemas/graph.schema.json", source_name);
  return graph_from_dom(doc, source_name);
}

KnowledgeGraph read_graph_json(std::istream& in, const std::string& source_name) {
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) throw IoError(source_name, "cannot read");
  return read_graph_json_text(std::move(text), source_name);
}

}  // namespace newsgraph
