#include "io/graph_json.hpp"

#include <cstdint>
#include <cstring>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "io/json_support.hpp"
#include "util/errors.hpp"
#include "util/utf8.hpp"

namespace newsgraph {
namespace {

// The writer fills a memory buffer that goes to the stream in large blocks,
// where RapidJSON's OStreamWrapper would make one virtual put() per character.
// RapidJSON copies a string character by character through its escape
// table; most strings (ids, keys, evidence sentences) need no escape and are
// copied in one go here, the bytes RapidJSON would have written.
class Writer : public rapidjson::PrettyWriter<rapidjson::StringBuffer> {
 public:
  using PrettyWriter::PrettyWriter;
  // `s` must be ASCII without a control character, '"' or '\\'.
  void plain_string(std::string_view s) {
    PrettyPrefix(rapidjson::kStringType);
    char* out = os_->Push(s.size() + 2);
    out[0] = '"';
    std::memcpy(out + 1, s.data(), s.size());
    out[s.size() + 1] = '"';
  }
};

// Whether `s` has a byte RapidJSON escapes (control characters, '"', '\\')
// or a non-ASCII one (to be checked as UTF-8): eight bytes at a time.
bool needs_care(std::string_view s) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  std::size_t i = 0;
  for (std::uint64_t w; s.size() - i >= 8; i += 8) {
    std::memcpy(&w, s.data() + i, 8);
    // high bit set, a byte below 0x20, a '"', a '\\'
    if ((w & kHigh) | ((w - kOnes * 0x20) & ~w & kHigh) | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')))
      return true;
  }
  if (i == s.size()) return false;
  // The last bytes the same way, in a word padded with 'a' (a byte that needs no care).
  std::uint64_t w = kOnes * 'a';
  std::memcpy(&w, s.data() + i, s.size() - i);
  return ((w & kHigh) | ((w - kOnes * 0x20) & ~w & kHigh) | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) != 0;
}

class BlockOutput {
 public:
  explicit BlockOutput(std::ostream& out) : out_(out) {}
  rapidjson::StringBuffer& buffer() { return buffer_; }
  // Writes out the buffer once it holds a block's worth.
  void maybe_flush() {
    if (buffer_.GetSize() >= (1u << 20)) flush();
  }
  // Text already rendered, after what the buffer holds (flush() it first).
  void write(std::string_view text) { out_.write(text.data(), static_cast<std::streamsize>(text.size())); }
  void flush() {
    out_.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
    buffer_.Clear();
  }

 private:
  std::ostream& out_;
  rapidjson::StringBuffer buffer_;
};

// A graph newsgraph writes must be one it reads, and the reader refuses
// invalid UTF-8: a document id is a path (any bytes) and metadata may come
// from raw HTML, so such bytes become U+FFFD here (found by fuzz_extract).
void write_string(Writer& w, std::string_view s) {
  if (!needs_care(s)) {
    w.plain_string(s);
    return;
  }
  if (is_valid_utf8(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  const std::string valid = replace_invalid_utf8(s);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

// A key of the format: a literal of this file, plain ASCII, needs no look.
void write_key(Writer& w, std::string_view key) { w.plain_string(key); }

void write_field(Writer& w, std::string_view key, std::string_view value) {
  write_key(w, key);
  write_string(w, value);
}

void write_document(Writer& w, const DocumentRecord& doc) {
  w.StartObject();
  write_field(w, "id", doc.id);
  if (!doc.title.empty()) write_field(w, "title", doc.title);
  if (!doc.source.empty()) write_field(w, "source", doc.source);
  if (!doc.author.empty()) write_field(w, "author", doc.author);
  if (doc.published) write_field(w, "published", doc.published->iso());
  if (!doc.timezone.empty()) write_field(w, "timezone", doc.timezone);
  if (!doc.hash.empty()) write_field(w, "hash", doc.hash);
  w.EndObject();
}

void write_node(Writer& w, NodeId id, const NodeProps& node) {
  w.StartObject();
  write_field(w, "id", KnowledgeGraph::node_key(id));
  write_field(w, "type", to_string(node.type));
  write_field(w, "label", node.label);
  write_key(w, "aliases");
  w.StartArray();
  for (const auto& alias : node.aliases) write_string(w, alias);
  w.EndArray();
  // Left out when it says no more than its absence does: one vote for the type.
  const auto& votes = node.type_votes;
  if (!votes.empty() && !(votes.size() == 1 && votes[0].type == node.type && votes[0].count == 1)) {
    write_key(w, "type_votes");
    w.StartObject();
    for (const auto& vote : votes) {
      write_string(w, to_string(vote.type));
      w.Uint64(vote.count);
    }
    w.EndObject();
  }
  w.EndObject();
}

void write_evidence(Writer& w, const Evidence& e) {
  w.StartObject();
  write_field(w, "doc", e.doc);
  write_field(w, "sentence", e.sentence);
  write_key(w, "start");
  w.Uint64(e.start);
  write_key(w, "end");
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
  write_key(w, "confidence");
  w.Double(edge.confidence);
  write_key(w, "evidence");
  w.StartArray();
  for (const auto& e : edge.evidence) write_evidence(w, e);
  w.EndArray();
  if (edge.evidence_omitted) {
    write_key(w, "evidence_omitted");
    w.Uint64(edge.evidence_omitted);
  }
  w.EndObject();
}

// Edges [from, to) of `ids` as the edges array's later elements: written by a
// writer of their own at the array's depth, whose first element (that a writer
// starts with no comma) gets the comma the main writer would have put.
std::string render_edges(const KnowledgeGraph& graph, const std::vector<EdgeId>& ids, std::size_t from,
                         std::size_t to) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 1);
  w.StartObject();
  write_key(w, "edges");
  w.StartArray();
  const std::size_t primed = buffer.GetSize();
  for (std::size_t i = from; i < to; ++i) write_edge(w, i, graph, ids[i]);
  std::string out = ",";
  out.append(buffer.GetString() + primed, buffer.GetSize() - primed);
  return out;
}

// With two jobs, a helper thread renders the odd batches of edges (the write
// was the longest serial part of a build with --jobs 2), one at a time, each
// taken by the writer before the next is started: the memory stays bounded
// and only one thread is started.
class OddBatches {
 public:
  OddBatches(const KnowledgeGraph& graph, const std::vector<EdgeId>& ids, std::size_t batch)
      : graph_(graph), ids_(ids), batch_(batch), thread_([this] { run(); }) {}
  ~OddBatches() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }
  // The next odd batch's text, once rendered.
  std::string take() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return full_; });
    if (error_) std::rethrow_exception(error_);
    full_ = false;
    changed_.notify_all();
    return std::move(slot_);
  }

 private:
  void run() {
    for (std::size_t from = batch_; from < ids_.size(); from += 2 * batch_) {
      std::string text;
      std::exception_ptr error;
      try {
        text = render_edges(graph_, ids_, from, std::min(from + batch_, ids_.size()));
      } catch (...) {
        error = std::current_exception();
      }
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return !full_ || stop_; });
      if (stop_) return;
      slot_ = std::move(text), error_ = error, full_ = true;
      changed_.notify_all();
      if (error) return;
    }
  }

  const KnowledgeGraph& graph_;
  const std::vector<EdgeId>& ids_;
  const std::size_t batch_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::string slot_;
  std::exception_ptr error_;
  bool full_ = false, stop_ = false;
  std::thread thread_;  // last: started once the rest is set
};

// The edges in order, numbered from 1; with two jobs the odd batches come
// from OddBatches, the even ones are written here meanwhile.
void write_edges(Writer& w, BlockOutput& block, const KnowledgeGraph& graph, unsigned jobs) {
  std::vector<EdgeId> ids;
  ids.reserve(graph.edge_count());
  for (NodeId v = 0; v < graph.node_count(); ++v)
    for (auto [it, end] = boost::out_edges(v, graph.storage()); it != end; ++it) ids.push_back(*it);
  constexpr std::size_t kBatch = 2048;
  std::optional<OddBatches> odd;
  if (jobs > 1 && ids.size() > kBatch) odd.emplace(graph, ids, kBatch);
  for (std::size_t from = 0, b = 0; from < ids.size(); from += kBatch, ++b) {
    if (odd && b % 2 == 1) {
      block.flush();
      block.write(odd->take());
      continue;
    }
    for (std::size_t i = from; i < std::min(from + kBatch, ids.size()); ++i)
      write_edge(w, i, graph, ids[i]), block.maybe_flush();
  }
}

}  // namespace

void write_graph_json(const KnowledgeGraph& graph, std::ostream& out, unsigned jobs) {
  BlockOutput block(out);
  Writer w(block.buffer());
  w.SetIndent(' ', 1);
  w.StartObject();
  write_field(w, "newsgraph", kGraphFormatVersion);
  write_key(w, "documents");
  w.StartArray();
  for (const auto& doc : graph.documents()) write_document(w, doc), block.maybe_flush();
  w.EndArray();
  write_key(w, "nodes");
  w.StartArray();
  for (NodeId v = 0; v < graph.node_count(); ++v) write_node(w, v, graph.node(v)), block.maybe_flush();
  w.EndArray();
  write_key(w, "edges");
  w.StartArray();
  write_edges(w, block, graph, jobs);
  w.EndArray();
  w.EndObject();
  block.buffer().Put('\n');
  block.flush();
}

void validate_json_text(std::string_view text, std::string_view schema_path, const std::string& source_name) {
  rapidjson::Document doc;
  parse_json_text(doc, text, source_name);
  validate_json_document(doc, schema_path, source_name);
}

}  // namespace newsgraph
