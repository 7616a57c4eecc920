// Reads the native JSON in one streaming pass: RapidJSON's SAX reader into
// a handler that adds each node and edge to the graph as soon as its object
// is complete and valid. No DOM is built. Edges whose ends are not known yet
// (files of other tools may put edges first) wait until the end of the parse.
//
// The handler checks the shape the schema asks for itself (types, required
// fields, enums, date patterns, ranges), which is several times cheaper than
// RapidJSON's generic schema validator. Its checks only ever refuse what the
// schema refuses; on the first doubt (or any error) the file is read a
// second time through the validator, so that the message, with its JSON
// pointer, is exactly the validator's.
// RapidJSON copies strings 16 bytes at a time with SSE2 (every x86-64 has
// it) when reading a NUL-terminated StringStream without its own UTF-8
// check; both hold for the first reading below. Its 16-byte loads are
// aligned, so never cross into a page past the terminating NUL.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <functional>
#include <iterator>
#include <tuple>
#include <utility>

#include "io/graph_json.hpp"
#include "io/graph_json_keys.hpp"
#include "io/json_support.hpp"
#include "util/utf8.hpp"

namespace newsgraph {
namespace {

constexpr std::string_view kGraphSchema = "schemas/graph.schema.json";

using namespace graph_json_keys;  // Section, Field, Sub, Kind, NodeIds: graph_json_keys.hpp

struct PendingEdge {
  std::size_t index = 0;  // position in the file, for messages
  std::string source, target;
  EdgeProps props;
};

// Records sit at fixed depths: /section/i/field, /nodes/i/aliases/j and
// /edges/i/evidence/j/field; anything else (fields of other tools) is skipped.
// With `checking`, a value the schema would refuse stops the parse with
// `doubt` set (the caller then asks the validator for the message).
class GraphHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, GraphHandler> {
 public:
  KnowledgeGraph graph;
  std::optional<InputError> error;
  bool doubt = false;

  GraphHandler() = default;  // RapidJSON's validator needs a default-constructible type
  GraphHandler(const std::string& source_name, bool checking) : source_name_(&source_name), checking_(checking) {
    graph.defer_name_index();
  }

  bool StartObject() {
    if (!fits(Kind::Object)) return false;
    ++depth_;
    if (depth_ == 3) begin_record();
    if (depth_ == 5 && in_evidence()) edge_.props.evidence.emplace_back(), sub_seen_ = 0;
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    if (checking_ && !complete()) return doubted();
    bool ok = depth_ == 3 ? end_record() : true;
    --depth_;
    return ok;
  }
  bool StartArray() {
    if (!fits(Kind::Array)) return false;
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
    // Strict UTF-8, what RapidJSON's kParseValidateEncodingFlag accepts, checked
    // on the decoded strings: an escape only ever adds a whole character, so
    // they are valid exactly when the file's bytes were (a lone "\uDC00" at
    // worst sends the file to the second, validating reading). A key that
    // names a known field is ASCII: only the others are checked.
    bool known = false, ok = true;
    if (depth_ == 1) {
      section_ = section_of(key);
      known = section_ != Section::Other;
      ok = !known || seen(top_seen_, static_cast<unsigned>(section_));
    } else if (depth_ == 3) {
      field_ = field_of(section_, key);
      known = field_ != Field::Other;
      ok = !known || seen(seen_, static_cast<unsigned>(field_));
    } else if (depth_ == 4 && in_votes()) {
      auto type = parse_node_type(key);  // without `checking_`, the validator refused others
      if (!type) return doubted();
      vote_type_ = *type;
      known = true;
    } else if (depth_ == 5) {
      sub_ = sub_of(key);
      known = sub_ != Sub::Other;
      ok = !known || !in_evidence() || seen(sub_seen_, static_cast<unsigned>(sub_));
    }
    if (checking_ && !known && !is_valid_utf8(key)) return doubted();
    return ok;
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (!fits(Kind::String)) return false;
    std::string_view value(s, n);
    if (checking_ && !self_checked() && !is_valid_utf8(value)) return doubted();
    if (depth_ == 3) return record_string(value);
    if (depth_ == 4 && section_ == Section::Nodes && field_ == Field::Aliases) node_.aliases.emplace_back(value);
    if (depth_ == 5 && in_evidence()) evidence_string(value);
    return true;
  }
  bool Uint64(std::uint64_t v) {
    if (!fits(Kind::Count)) return false;
    if (depth_ == 5 && in_evidence()) {
      if (sub_ == Sub::Start) edge_.props.evidence.back().start = v;
      if (sub_ == Sub::End) edge_.props.evidence.back().end = v;
    }
    if (depth_ == 3 && section_ == Section::Edges && field_ == Field::Omitted) edge_.props.evidence_omitted = v;
    if (depth_ == 4 && in_votes()) return add_vote(v);
    return number(static_cast<double>(v));
  }
  bool Uint(unsigned v) { return Uint64(v); }
  bool Int(int v) { return Int64(v); }  // only negative numbers come here
  bool Int64(std::int64_t v) { return fits(Kind::Number) && number(static_cast<double>(v)); }
  bool Double(double v) { return fits(Kind::Number) && number(v); }
  bool Null() { return fits(Kind::Other); }
  bool Bool(bool) { return fits(Kind::Other); }

  // Now and then, at the end of a record, tells `release` how far the
  // reading has gone (less a margin): strings are copied out of the text
  // as they are parsed, so nothing points behind that.
  void watch(const rapidjson::StringStream& stream, const std::function<void(std::size_t)>& release) {
    stream_ = &stream;
    release_ = &release;
  }

  // Edges that named nodes defined after them; false on a dangling end.
  bool finish() {
    for (auto& edge : waiting_)
      if (!add_edge(edge, true)) return false;
    waiting_.clear();
    graph.place_appended_edges();  // now, not on the first (maybe concurrent) use
    return true;
  }

 private:
  bool in_evidence() const { return section_ == Section::Edges && field_ == Field::Evidence; }
  // Values read as a type or a date: they are taken only when ASCII (an
  // enum's name, the schema's date pattern), else doubted, so they need no
  // UTF-8 check of their own.
  bool self_checked() const {
    return depth_ == 3 && (field_ == Field::Type || field_ == Field::Date || field_ == Field::End ||
                           field_ == Field::Published);
  }
  bool in_votes() const { return section_ == Section::Nodes && field_ == Field::TypeVotes; }

  // Kept in type order, as the graph keeps them; a type named twice counts once.
  bool add_vote(std::uint64_t count) {
    if (checking_ && count == 0) return doubted();  // the schema's minimum 1
    auto& votes = node_.type_votes;
    auto at = std::lower_bound(votes.begin(), votes.end(), vote_type_,
                               [](const TypeVote& v, NodeType t) { return v.type < t; });
    if (at != votes.end() && at->type == vote_type_)
      at->count = count;
    else
      votes.insert(at, TypeVote{vote_type_, count});
    return true;
  }
  bool in_records() const {
    return section_ == Section::Documents || section_ == Section::Nodes || section_ == Section::Edges;
  }

  bool doubted() {
    doubt = true;
    return false;
  }

  // Marks bit `bit` of `set`; false (a doubt) when a key comes twice.
  bool seen(unsigned& set, unsigned bit) {
    if (!checking_) return true;
    if (set & (1u << bit)) return doubted();
    set |= 1u << bit;
    return true;
  }

  // What the schema allows at the current place.
  Kind expected() const {
    switch (depth_) {
      case 0: return Kind::Object;
      case 1: return section_ == Section::Version ? Kind::String : in_records() ? Kind::Array : Kind::Any;
      case 2: return in_records() ? Kind::Object : Kind::Any;
      case 3: return in_records() ? kind_of(field_) : Kind::Any;
      case 4:
        if (section_ == Section::Nodes && field_ == Field::Aliases) return Kind::String;
        if (in_votes()) return Kind::Count;
        return in_evidence() ? Kind::Object : Kind::Any;
      case 5: return in_evidence() ? kind_of(sub_) : Kind::Any;
      default: return Kind::Any;
    }
  }

  bool fits(Kind got) {
    if (!checking_) return true;
    Kind want = expected();
    if (want == Kind::Any || want == got || (want == Kind::Number && got == Kind::Count)) return true;
    return doubted();
  }

  // The required fields of the object that ends here are all there.
  bool complete() const {
    auto has = [](unsigned set, auto bit) { return (set >> static_cast<unsigned>(bit)) & 1u; };
    if (depth_ == 1) return has(top_seen_, Section::Nodes) && has(top_seen_, Section::Edges);
    if (depth_ == 5 && in_evidence()) return has(sub_seen_, Sub::Doc);
    if (depth_ != 3) return true;
    switch (section_) {
      case Section::Documents: return has(seen_, Field::Id);
      case Section::Nodes: return has(seen_, Field::Id) && has(seen_, Field::Type) && has(seen_, Field::Label);
      case Section::Edges: return has(seen_, Field::Source) && has(seen_, Field::Target) && has(seen_, Field::Type);
      default: return true;
    }
  }

  bool number(double v) {
    if (depth_ == 3 && section_ == Section::Edges && field_ == Field::Confidence) {
      if (checking_ && !(v >= 0 && v <= 1)) return doubted();
      edge_.props.confidence = v;
    }
    return true;
  }

  void begin_record() {
    seen_ = 0;
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
    if (stream_ && stream_->Tell() >= next_release_) {
      next_release_ = stream_->Tell() + kReleaseStep;
      if (stream_->Tell() > kReleaseStep) (*release_)(stream_->Tell() - kReleaseStep);
    }
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
      // Files in canonical order list edges by increasing key: each one is
      // new without a look-up. The first out of order turns to look-ups.
      NodeId s = *source, t = *target;
      if (is_symmetric(edge.props.type) && t < s) std::swap(s, t);
      KnowledgeGraph::EdgeKey key{s, t, edge.props.type, edge.props.date, edge.props.end};
      if (in_order_ && (!last_key_ || *last_key_ < key)) {
        graph.append_edge(s, t, std::move(edge.props));
        last_key_ = key;
      } else {
        in_order_ = false;
        graph.insert_edge(s, t, std::move(edge.props));
      }
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
    // The schema's minLength 1: ids, labels and edge ends (types and dates are checked below).
    bool named = field_ == Field::Id || field_ == Field::Label || field_ == Field::Target ||
                 (field_ == Field::Source && section_ == Section::Edges);
    if (checking_ && named && value.empty()) return doubted();
    switch (section_) {
      case Section::Documents: return document_string(value);
      case Section::Nodes: return node_string(value);
      case Section::Edges: return edge_string(value);
      default: return true;
    }
  }

  bool document_string(std::string_view value) {
    switch (field_) {
      case Field::Id: document_.id = value; break;
      case Field::Title: document_.title = value; break;
      case Field::Source: document_.source = value; break;
      case Field::Hash: document_.hash = value; break;
      case Field::Author: document_.author = value; break;
      case Field::Timezone: document_.timezone = value; break;
      case Field::Published: return parse_date(value, document_.published, "/documents/", "/published");
      default: break;
    }
    return true;
  }

  bool node_string(std::string_view value) {
    switch (field_) {
      case Field::Id: node_id_ = value; break;
      case Field::Label: node_.label = value; break;
      case Field::Type: {
        auto type = parse_node_type(value);  // without `checking_`, the validator checked the enum
        if (!type) return doubted();
        node_.type = *type;
        break;
      }
      default: break;
    }
    return true;
  }

  bool edge_string(std::string_view value) {
    switch (field_) {
      case Field::Source: edge_.source = value; break;
      case Field::Target: edge_.target = value; break;
      case Field::Type: {
        auto type = parse_edge_type(value);
        if (!type) return doubted();
        edge_.props.type = *type;
        break;
      }
      case Field::Date: return parse_date(value, edge_.props.date, "/edges/", "/date");
      case Field::End: return parse_date(value, edge_.props.end, "/edges/", "/end");
      default: break;
    }
    return true;
  }

  void evidence_string(std::string_view value) {
    Evidence& e = edge_.props.evidence.back();
    if (sub_ == Sub::Doc) e.doc = value;
    else if (sub_ == Sub::Sentence) e.sentence = value;
    else if (sub_ == Sub::Pattern) e.pattern = value;
  }

  // The schema checks the shape; a date like 2023-02-30 is caught here.
  bool parse_date(std::string_view value, std::optional<Date>& out, const char* section, const char* field) {
    if (checking_ && !date_shaped(value)) return doubted();
    out = parse_iso_date(value);
    return out ? true : fail(section, field, "not a real date: " + std::string(value));
  }

  bool fail(const char* section, const std::string& field, std::string what) {
    Position pos;
    pos.json_pointer.append(section).append(std::to_string(record_index_)).append(field);
    error.emplace(source_name_ ? *source_name_ : std::string(), pos, std::move(what));
    return false;
  }

  static constexpr std::size_t kReleaseStep = 16u << 20;
  const std::string* source_name_ = nullptr;
  const rapidjson::StringStream* stream_ = nullptr;
  const std::function<void(std::size_t)>* release_ = nullptr;
  std::size_t next_release_ = kReleaseStep;
  bool checking_ = false;
  int depth_ = 0;
  Section section_ = Section::Other;
  Field field_ = Field::Other;
  Sub sub_ = Sub::Other;
  NodeType vote_type_ = NodeType::Organisation;  // the key of the vote being read
  unsigned top_seen_ = 0, seen_ = 0, sub_seen_ = 0;  // keys met, by bit
  std::size_t record_index_ = 0;
  DocumentRecord document_;
  NodeProps node_;
  std::string node_id_;
  PendingEdge edge_;
  NodeIds ids_;
  std::vector<PendingEdge> waiting_;
  std::optional<KnowledgeGraph::EdgeKey> last_key_;
  bool in_order_ = true;
};

// The second reading, through RapidJSON's schema validator, for files the
// checked reading doubted: it names the first violation with its pointer.
KnowledgeGraph read_validated(std::string_view text, const std::string& source_name) {
  GraphHandler handler(source_name, false);
  rapidjson::GenericSchemaValidator<rapidjson::SchemaDocument, GraphHandler> validator(schema_for(kGraphSchema),
                                                                                       handler);
  rapidjson::Reader reader;
  rapidjson::MemoryStream stream(text.data(), text.size());
  rapidjson::ParseResult ok = reader.Parse<rapidjson::kParseValidateEncodingFlag>(stream, validator);
  if (handler.error) throw *handler.error;
  if (!validator.IsValid()) throw_schema_error(validator, kGraphSchema, source_name);
  if (!ok)
    throw InputError(source_name, position_of(text, ok.Offset()),
                     std::string("not valid JSON: ") + rapidjson::GetParseError_En(ok.Code()));
  if (!handler.finish()) throw *handler.error;
  return std::move(handler.graph);
}

// The first reading: the text must be followed by a NUL byte (RapidJSON's
// StringStream stops there, and its SSE2 string copy reads in aligned
// blocks up to it).
KnowledgeGraph read_terminated(std::string_view text, const std::string& source_name,
                               const std::function<void(std::size_t)>& release) {
  try {
    {
      GraphHandler handler(source_name, true);
      rapidjson::Reader reader;
      rapidjson::StringStream stream(text.data());
      handler.watch(stream, release);
      // Invalid UTF-8 in a label would pass into every export (XML, JSON):
      // the handler refuses it (then the second reading gives its offset).
      if (reader.Parse(stream, handler) && stream.Tell() == text.size() && handler.finish())
        return std::move(handler.graph);
    }
    return read_validated(text, source_name);
  } catch (const LimitError& e) {  // the graph's limits know no file name
    if (!e.file().empty()) throw;
    throw LimitError(source_name, e.what());
  }
}

}  // namespace

KnowledgeGraph read_graph_json_text(std::string_view text, const std::string& source_name) {
  std::string copy;
  copy.reserve(text.size() + 16);  // the NUL, and room for aligned loads past it
  copy.assign(text);
  return read_terminated(copy, source_name, [](std::size_t) {});
}

KnowledgeGraph read_graph_json_terminated(std::string_view text, const std::string& source_name,
                                          const std::function<void(std::size_t)>& release) {
  return read_terminated(text, source_name, release);
}

KnowledgeGraph read_graph_json(std::istream& in, const std::string& source_name) {
  std::string text;
  // One read of the known size where the stream can tell it (files); else in chunks.
  in.seekg(0, std::ios::end);
  auto size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0 && in) {
    text.reserve(static_cast<std::size_t>(size) + 16);  // see read_graph_json_text
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), size);
    text.resize(static_cast<std::size_t>(in.gcount()));
  } else {
    in.clear();
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) text.append(buffer, static_cast<std::size_t>(in.gcount()));
    text.reserve(text.size() + 16);
  }
  if (in.bad()) throw IoError(source_name, "cannot read");
  return read_terminated(text, source_name, [](std::size_t) {});
}

}  // namespace newsgraph
