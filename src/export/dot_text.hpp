// DOT text of a drawing without libcgraph: the same statements build_dot
// gives libcgraph, written in the layout agwrite() gives them (attributes
// by name, quoting and 128-column breaks of long strings, each node where
// agwrite puts it), so `--format dot` gives the same file as before. Why:
// building a million-edge graph in libcgraph (a dictionary per node and a
// reference-counted string per attribute value) wrote DOT at about 4 MB/s;
// the text itself is a few appends per statement.
//
// Takes: graph, node and edge statements with their attributes.
// Gives: the DOT text on a stream.
#pragma once
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

class DotText {
 public:
  struct Node {
    std::uint32_t index;
  };
  struct Edge {
    std::uint32_t index;
  };

  explicit DotText(std::string name) : name_(std::move(name)) {}

  // Graph attributes; `html` for an HTML-like label (<...>).
  void graph_attr(std::string_view name, std::string_view value, bool html = false);
  // Defaults that nodes or edges take unless they set their own value.
  void node_default(std::string_view name, std::string_view value);
  void edge_default(std::string_view name, std::string_view value);

  Node node(std::string_view name);
  Edge edge(Node tail, Node head, std::string_view name);
  void set(Node node, std::string_view name, std::string_view value);
  void set(Edge edge, std::string_view name, std::string_view value);

  void write(std::ostream& out) const;

 private:
  // Attributes of one kind (graph, node, edge): names, defaults, ids.
  struct Kind {
    std::vector<std::string> names;
    std::vector<std::string> defaults;
    std::vector<bool> html;  // graph attributes only
    std::uint32_t id(std::string_view name);
    std::vector<std::uint32_t> by_name() const;  // ids in name order
  };
  struct Value {
    std::uint32_t attr;
    std::uint32_t next;  // the object's next value, or kNone
    const char* data;  // in blocks_
    std::uint32_t size;
  };
  struct Object {
    std::uint32_t name;  // a value (attr unused)
    std::uint32_t first = kNone, last = kNone;
  };
  struct EdgeObject : Object {
    std::uint32_t tail, head;
  };
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  const char* keep(std::string_view text);
  std::uint32_t store(std::string_view text, std::uint32_t attr = kNone);
  std::string_view text(const Value& v) const { return std::string_view(v.data, v.size); }
  void set_value(Object& object, std::uint32_t attr, std::string_view value);
  void write_attrs(std::string& out, const Object& object, const Kind& kind, const std::vector<std::uint32_t>& order,
                   bool with_key, std::vector<std::string_view>& slots) const;
  void write_dict(std::string& out, const char* what, const Kind& kind) const;
  bool has_edges(std::uint32_t n) const;
  bool has_own_values(std::uint32_t n) const;

  std::string name_;
  Kind graph_kind_, node_kind_, edge_kind_;
  std::vector<std::string> graph_values_;  // by graph attribute id (the value is its default)
  std::vector<Object> nodes_;
  std::vector<EdgeObject> edges_;
  std::vector<std::vector<std::uint32_t>> out_;  // by node: its out-edges in creation order
  std::vector<std::uint32_t> first_tail_;         // by node: the lowest tail of its in-edges, or kNone
  std::vector<Value> values_;
  static constexpr std::size_t kBlock = 1 << 20;
  std::vector<std::string> blocks_;  // every name and value, end to end, in blocks that never move
};

// agcanonStr: a DOT id as agwrite writes it (bare when it can be, else
// quoted, with long strings broken after 128 columns with a backslash-newline).
void append_dot_id(std::string& out, std::string_view id);

}  // namespace newsgraph
