// Reads the native JSON in one streaming pass: RapidJSON's SAX reader,
// through the schema validator, into a handler that adds each node and edge
// to the graph as soon as its object is complete and valid. No DOM is
// built. Edges whose ends are not known yet (files of other tools may put
// edges first) wait until the end of the parse.
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <charconv>
#include <iterator>
#include <unordered_map>

#include "io/graph_json.hpp"
#include "io/json_support.hpp"

namespace newsgraph {
namespace {

constexpr std::string_view kGraphSchema = "schemas/graph.schema.json";

enum class Section { Other, Documents, Nodes, Edges };

// Node ids as written in the file. Our own files number nodes "n1", "n2",
// ... in order; those are resolved by arithmetic, anything else by a map.
class NodeIds {
 public:
  // False when the id is already taken.
  bool add(const std::string& id, NodeId node) {
    if (auto n = numbered(id); n && *n == node && !map_.count(id)) {
      sequential_.push_back(true);
      return true;
    }
    sequential_.push_back(false);
    if (auto n = numbered(id); n && *n < sequential_.size() && sequential_[*n]) return false;
    return map_.emplace(id, node).second;
  }
  std::optional<NodeId> find(const std::string& id) const {
    if (auto n = numbered(id); n && *n < sequential_.size() && sequential_[*n]) return *n;
    auto it = map_.find(id);
    if (it == map_.end()) return std::nullopt;
    return it->second;
  }

 private:
  static std::optional<NodeId> numbered(const std::string& id) {
    if (id.size() < 2 || id[0] != 'n' || id[1] == '0') return std::nullopt;
    std::size_t value = 0;
    auto [end, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), value);
    if (ec != std::errc() || end != id.data() + id.size() || value == 0) return std::nullopt;
    return value - 1;
  }
  std::vector<bool> sequential_;
  std::unordered_map<std::string, NodeId> map_;
};

struct PendingEdge {
  std::size_t index = 0;  // position in the file, for messages
  std::string source, target;
  EdgeProps props;
};

// Records sit at fixed depths: /section/i/field, /nodes/i/aliases/j and
// /edges/i/evidence/j/field; anything else (fields of other tools) is skipped.
class GraphHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, GraphHandler> {
 public:
  KnowledgeGraph graph;
  std::optional<InputError> error;

  GraphHandler() = default;  // RapidJSON's validator needs a default-constructible type
  explicit GraphHandler(const std::string& source_name) : source_name_(&source_name) {}

  bool StartObject() {
    ++depth_;
    if (depth_ == 3) begin_record();
    if (depth_ == 5 && in_evidence()) edge_.props.evidence.emplace_back();
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    bool ok = depth_ == 3 ? end_record() : true;
    --depth_;
    return ok;
  }
  bool StartArray() {
    ++depth_;
    if (depth_ == 2) record_index_ = 0;
    return true;
  }
  bool EndArray(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    std::string_view key(s, n);
    if (depth_ == 1)
      section_ = key == "documents" ? Section::Documents
                 : key == "nodes"   ? Section::Nodes
                 : key == "edges"   ? Section::Edges
                                    : Section::Other;
    if (depth_ == 3) field_ = key;
    if (depth_ == 5) subfield_ = key;
    return true;
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    std::string_view value(s, n);
    if (depth_ == 3) return record_string(value);
    if (depth_ == 4 && section_ == Section::Nodes && field_ == "aliases") node_.aliases.emplace_back(value);
    if (depth_ == 5 && in_evidence()) evidence_string(value);
    return true;
  }
  bool Uint64(std::uint64_t v) {
    if (depth_ == 5 && in_evidence()) {
      if (subfield_ == "start") edge_.props.evidence.back().start = v;
      if (subfield_ == "end") edge_.props.evidence.back().end = v;
    }
    return Double(static_cast<double>(v));
  }
  bool Uint(unsigned v) { return Uint64(v); }
  bool Int(int v) { return Double(v); }  // the schema allows no negative offsets
  bool Int64(std::int64_t v) { return Double(static_cast<double>(v)); }
  bool Double(double v) {
    if (depth_ == 3 && section_ == Section::Edges && field_ == "confidence") edge_.props.confidence = v;
    return true;
  }

  // Edges that named nodes defined after them; false on a dangling end.
  bool finish() {
    for (auto& edge : waiting_)
      if (!add_edge(edge, true)) return false;
    waiting_.clear();
    return true;
  }

 private:
  bool in_evidence() const { return section_ == Section::Edges && field_ == "evidence"; }

  void begin_record() {
    if (section_ == Section::Documents) document_ = {};
    if (section_ == Section::Nodes) node_ = {}, node_id_.clear();
    if (section_ == Section::Edges) edge_ = {}, edge_.index = record_index_;
  }

  bool end_record() {
    bool ok = true;
    if (section_ == Section::Documents) graph.add_document(std::move(document_));
    if (section_ == Section::Nodes) ok = add_node();
    if (section_ == Section::Edges) ok = add_edge(edge_, false);
    ++record_index_;
    return ok;
  }

  bool add_node() {
    if (ids_.add(node_id_, graph.insert_node(std::move(node_)))) return true;
    return fail("/nodes/", "/id", "node id used twice: " + node_id_);
  }

  // With `last_chance`, an unknown end is an error; before, the edge waits.
  bool add_edge(PendingEdge& edge, bool last_chance) {
    auto source = ids_.find(edge.source);
    auto target = ids_.find(edge.target);
    if (source && target) {
      graph.insert_edge(*source, *target, std::move(edge.props));
      return true;
    }
    if (!last_chance) {
      waiting_.push_back(std::move(edge));
      return true;
    }
    record_index_ = edge.index;
    return source ? fail("/edges/", "/target", "no node has the id " + edge.target)
                  : fail("/edges/", "/source", "no node has the id " + edge.source);
  }

  bool record_string(std::string_view value) {
    switch (section_) {
      case Section::Documents: return document_string(value);
      case Section::Nodes: return node_string(value);
      case Section::Edges: return edge_string(value);
      case Section::Other: return true;
    }
    return true;
  }

  bool document_string(std::string_view value) {
    if (field_ == "id") document_.id = value;
    else if (field_ == "title") document_.title = value;
    else if (field_ == "source") document_.source = value;
    else if (field_ == "hash") document_.hash = value;
    else if (field_ == "published") return parse_date(value, document_.published, "/documents/");
    return true;
  }

  bool node_string(std::string_view value) {
    if (field_ == "id") node_id_ = value;
    else if (field_ == "label") node_.label = value;
    else if (field_ == "type") node_.type = *parse_node_type(value);  // the schema checked the enum
    return true;
  }

  bool edge_string(std::string_view value) {
    if (field_ == "source") edge_.source = value;
    else if (field_ == "target") edge_.target = value;
    else if (field_ == "type") edge_.props.type = *parse_edge_type(value);
    else if (field_ == "date") return parse_date(value, edge_.props.date, "/edges/");
    else if (field_ == "end") return parse_date(value, edge_.props.end, "/edges/");
    return true;
  }

  void evidence_string(std::string_view value) {
    Evidence& e = edge_.props.evidence.back();
    if (subfield_ == "doc") e.doc = value;
    else if (subfield_ == "sentence") e.sentence = value;
    else if (subfield_ == "pattern") e.pattern = value;
  }

  // The schema checks the shape; a date like 2023-02-30 is caught here.
  bool parse_date(std::string_view value, std::optional<Date>& out, const char* section) {
    out = parse_iso_date(value);
    return out ? true : fail(section, "/" + field_, "not a real date: " + std::string(value));
  }

  bool fail(const char* section, const std::string& field, std::string what) {
    Position pos;
    pos.json_pointer.append(section).append(std::to_string(record_index_)).append(field);
    error.emplace(source_name_ ? *source_name_ : std::string(), pos, std::move(what));
    return false;
  }

  const std::string* source_name_ = nullptr;
  int depth_ = 0;
  Section section_ = Section::Other;
  std::size_t record_index_ = 0;
  std::string field_, subfield_;
  DocumentRecord document_;
  NodeProps node_;
  std::string node_id_;
  PendingEdge edge_;
  NodeIds ids_;
  std::vector<PendingEdge> waiting_;
};

}  // namespace

KnowledgeGraph read_graph_json_text(std::string text, const std::string& source_name) {
  GraphHandler handler(source_name);
  rapidjson::GenericSchemaValidator<rapidjson::SchemaDocument, GraphHandler> validator(schema_for(kGraphSchema),
                                                                                       handler);
  rapidjson::Reader reader;
  rapidjson::StringStream stream(text.c_str());
  rapidjson::ParseResult ok = reader.Parse(stream, validator);
  if (handler.error) throw *handler.error;
  if (!validator.IsValid()) throw_schema_error(validator, kGraphSchema, source_name);
  if (!ok)
    throw InputError(source_name, position_of(text, ok.Offset()),
                     std::string("not valid JSON: ") + rapidjson::GetParseError_En(ok.Code()));
  text = {};  // free the text before the graph grows any further
  if (!handler.finish()) throw *handler.error;
  return std::move(handler.graph);
}

KnowledgeGraph read_graph_json(std::istream& in, const std::string& source_name) {
  std::string text;
  // One read of the known size where the stream can tell it (files); else in chunks.
  in.seekg(0, std::ios::end);
  auto size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0 && in) {
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), size);
    text.resize(static_cast<std::size_t>(in.gcount()));
  } else {
    in.clear();
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) text.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw IoError(source_name, "cannot read");
  return read_graph_json_text(std::move(text), source_name);
}

}  // namespace newsgraph
