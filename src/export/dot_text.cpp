#include "export/dot_text.hpp"

#include <algorithm>
#include <array>
#include <strings.h>

namespace newsgraph {
namespace {

constexpr std::size_t kMaxOutputLine = 128;  // agwrite's MAX_OUTPUTLINE

// cgraph's is_id_char and ISALNUM in the C locale (bytes of UTF-8
// sequences count as letters), without a call per byte.
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alnum(unsigned char c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool is_id_char(unsigned char c) { return is_ascii_alnum(c) || c == '.' || c == '-' || c >= 0x80; }
bool is_alnum(unsigned char c) { return is_ascii_alnum(c) || c == '_' || c >= 0x80; }

// A DOT keyword in any case: quoted even where it needs no quotes otherwise.
bool is_dot_keyword(std::string_view id) {
  static constexpr std::array<const char*, 6> kKeywords = {"node", "edge", "strict", "graph", "digraph", "subgraph"};
  if (id.size() > 8) return false;
  const std::string plain(id);
  for (const char* keyword : kKeywords)
    if (::strcasecmp(keyword, plain.c_str()) == 0) return true;
  return false;
}

}  // namespace

void append_dot_id(std::string& out, std::string_view id) {
  if (id.empty()) {
    out += "\"\"";
    return;
  }
  const std::size_t start = out.size();
  out += '"';
  bool needs_quotes = false, backslash_pending = false;
  bool maybe_num = is_digit(static_cast<unsigned char>(id[0])) || id[0] == '.' || id[0] == '-';
  std::size_t count = 0, dots = 0;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const auto c = static_cast<unsigned char>(id[i]);
    if (c == '"') {
      out += '\\';
      needs_quotes = true;
    } else if (maybe_num) {
      if ((c == '-' && count) || (c == '.' && dots++) || (c != '-' && c != '.' && !is_digit(c)))
        maybe_num = false, needs_quotes = true;
    } else if (!is_alnum(c)) {
      needs_quotes = true;
    }
    out += static_cast<char>(c);
    ++count;
    if (i + 1 == id.size()) break;
    // Long strings break after a character that is not part of a word,
    // before one that is (so that the reader joins them back).
    const auto next = static_cast<unsigned char>(id[i + 1]);
    const auto last = static_cast<unsigned char>(out.back());
    const bool may_break = !(is_id_char(last) || last == '\\') && is_id_char(next);
    if (backslash_pending && may_break) {
      out += "\\\n";
      needs_quotes = true;
      backslash_pending = false;
      count = 0;
    } else if (count >= kMaxOutputLine) {
      if (may_break) {
        out += "\\\n";
        needs_quotes = true;
        count = 0;
      } else {
        backslash_pending = true;
      }
    }
  }
  out += '"';
  if (needs_quotes || (count == 1 && (id[0] == '.' || id[0] == '-')) || is_dot_keyword(id)) return;
  out.resize(start);
  out += id;
}

std::uint32_t DotText::Kind::id(std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<std::uint32_t>(i);
  names.emplace_back(name);
  defaults.emplace_back();
  html.push_back(false);
  return static_cast<std::uint32_t>(names.size() - 1);
}

std::vector<std::uint32_t> DotText::Kind::by_name() const {
  std::vector<std::uint32_t> order(names.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  std::sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) { return names[a] < names[b]; });
  return order;
}

void DotText::graph_attr(std::string_view name, std::string_view value, bool html) {
  const std::uint32_t id = graph_kind_.id(name);
  graph_kind_.defaults[id] = value;  // a root graph's value is its default
  graph_kind_.html[id] = html;
}

void DotText::node_default(std::string_view name, std::string_view value) {
  node_kind_.defaults[node_kind_.id(name)] = value;
}

void DotText::edge_default(std::string_view name, std::string_view value) {
  edge_kind_.defaults[edge_kind_.id(name)] = value;
}

const char* DotText::keep(std::string_view text) {
  if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < text.size()) {
    blocks_.emplace_back();
    blocks_.back().reserve(std::max<std::size_t>(kBlock, text.size()));
  }
  std::string& block = blocks_.back();  // never grows past its capacity: pointers into it stay valid
  const std::size_t at = block.size();
  block.append(text);
  return block.data() + at;
}

std::uint32_t DotText::store(std::string_view text, std::uint32_t attr) {
  values_.push_back({attr, kNone, keep(text), static_cast<std::uint32_t>(text.size())});
  return static_cast<std::uint32_t>(values_.size() - 1);
}

DotText::Node DotText::node(std::string_view name) {
  Object object;
  object.name = store(name);
  nodes_.push_back(object);
  out_.emplace_back();
  first_tail_.push_back(kNone);
  return {static_cast<std::uint32_t>(nodes_.size() - 1)};
}

DotText::Edge DotText::edge(Node tail, Node head, std::string_view name) {
  EdgeObject object;
  object.name = store(name);
  object.tail = tail.index;
  object.head = head.index;
  const auto index = static_cast<std::uint32_t>(edges_.size());
  edges_.push_back(object);
  out_[tail.index].push_back(index);
  first_tail_[head.index] = std::min(first_tail_[head.index], tail.index);
  return {index};
}

void DotText::set_value(Object& object, std::uint32_t attr, std::string_view value) {
  for (std::uint32_t v = object.first; v != kNone; v = values_[v].next)
    if (values_[v].attr == attr) {  // set again: the new value replaces the old
      values_[v].data = keep(value);
      values_[v].size = static_cast<std::uint32_t>(value.size());
      return;
    }
  const std::uint32_t v = store(value, attr);
  if (object.last == kNone)
    object.first = v;
  else
    values_[object.last].next = v;
  object.last = v;
}

void DotText::set(Node node, std::string_view name, std::string_view value) {
  set_value(nodes_[node.index], node_kind_.id(name), value);
}

void DotText::set(Edge edge, std::string_view name, std::string_view value) {
  set_value(edges_[edge.index], edge_kind_.id(name), value);
}

// agwrite's write_nondefault_attrs: "\t[key=NAME" for a named edge, then
// each attribute whose value is not the default, by name.
void DotText::write_attrs(std::string& out, const Object& object, const Kind& kind,
                          const std::vector<std::uint32_t>& order, bool with_key,
                          std::vector<std::string_view>& slots) const {
  // The object's values by attribute (a default-constructed view: not set).
  for (std::uint32_t v = object.first; v != kNone; v = values_[v].next) slots[values_[v].attr] = text(values_[v]);
  std::size_t count = 0;
  if (with_key && values_[object.name].size > 0) {
    out += "\t[key=";
    append_dot_id(out, text(values_[object.name]));
    ++count;
  }
  for (std::uint32_t attr : order) {
    if (slots[attr].data() == nullptr || slots[attr] == kind.defaults[attr]) continue;
    out += count++ == 0 ? "\t[" : ",\n\t\t";
    append_dot_id(out, kind.names[attr]);
    out += '=';
    append_dot_id(out, slots[attr]);
  }
  if (count > 0) out += ']';
  for (std::uint32_t v = object.first; v != kNone; v = values_[v].next) slots[values_[v].attr] = {};
}

// agwrite's write_dict: the non-empty defaults of one kind.
void DotText::write_dict(std::string& out, const char* what, const Kind& kind) const {
  std::size_t count = 0;
  for (std::uint32_t attr : kind.by_name()) {
    if (kind.defaults[attr].empty()) continue;
    if (count++ == 0)
      out.append("\t").append(what).append(" [");
    else
      out += ",\n\t\t";
    append_dot_id(out, kind.names[attr]);
    out += '=';
    if (kind.html[attr])
      out.append("<").append(kind.defaults[attr]).append(">");
    else
      append_dot_id(out, kind.defaults[attr]);
  }
  if (count > 1) out += "\n\t";
  if (count > 0) out += "];\n";
}

// Whether node n has an edge in or out.
bool DotText::has_edges(std::uint32_t n) const { return !out_[n].empty() || first_tail_[n] != kNone; }

// Whether node n has a value other than its attribute's default.
bool DotText::has_own_values(std::uint32_t n) const {
  for (std::uint32_t v = nodes_[n].first; v != kNone; v = values_[v].next)
    if (text(values_[v]) != node_kind_.defaults[values_[v].attr]) return true;
  return false;
}

// agwrite's order: nodes in creation order, each followed by its out-edges;
// a node is written where it first appears (before the edge from the
// earliest node that points to it, else in its own place), and again (name
// only) when an edge leads to it from the same earlier node after another.
void DotText::write(std::ostream& out) const {
  constexpr std::size_t kFlushAt = 1 << 16;
  std::string buffer = "digraph ";
  append_dot_id(buffer, name_);
  buffer += " {\n";
  write_dict(buffer, "graph", graph_kind_);
  write_dict(buffer, "node", node_kind_);
  write_dict(buffer, "edge", edge_kind_);
  const std::vector<std::uint32_t> node_order = node_kind_.by_name(), edge_order = edge_kind_.by_name();
  std::vector<std::string_view> node_slots(node_kind_.names.size()), edge_slots(edge_kind_.names.size());
  std::vector<bool> attrs_written(nodes_.size(), false);
  // write_node_test: no earlier node (than `before`) leads to n, and n says something.
  auto to_write = [&](std::uint32_t n, std::uint32_t before) {
    if (n < before || (first_tail_[n] != kNone && first_tail_[n] < before)) return false;
    return !has_edges(n) || has_own_values(n);
  };
  auto write_node = [&](std::uint32_t n) {
    buffer += '\t';
    append_dot_id(buffer, text(values_[nodes_[n].name]));
    if (!attrs_written[n]) write_attrs(buffer, nodes_[n], node_kind_, node_order, false, node_slots);
    attrs_written[n] = true;
    buffer += ";\n";
  };
  for (std::uint32_t n = 0; n < nodes_.size(); ++n) {
    if (to_write(n, n)) write_node(n);
    std::uint32_t previous = n;
    for (std::uint32_t e : out_[n]) {
      const EdgeObject& edge = edges_[e];
      if (previous != edge.head && to_write(edge.head, n)) {
        write_node(edge.head);
        previous = edge.head;
      }
      buffer += '\t';
      append_dot_id(buffer, text(values_[nodes_[edge.tail].name]));
      buffer += " -> ";
      append_dot_id(buffer, text(values_[nodes_[edge.head].name]));
      write_attrs(buffer, edge, edge_kind_, edge_order, true, edge_slots);
      buffer += ";\n";
      if (buffer.size() >= kFlushAt) out.write(buffer.data(), static_cast<std::streamsize>(buffer.size())), buffer.clear();
    }
    if (buffer.size() >= kFlushAt) out.write(buffer.data(), static_cast<std::streamsize>(buffer.size())), buffer.clear();
  }
  buffer += "}\n";
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace newsgraph
