// The graph reader's key tables, value kinds, date shape and node ids: what
// the streaming handler (graph_json_reader.cpp) looks up per key and value.
// Header-only so that the small look-ups stay inlined into the handler.
#pragma once
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace newsgraph::graph_json_keys {

enum class Section { Other, Version, Documents, Nodes, Edges };
// The fields of records the schema says something about; Other: any more.
enum class Field {
  Other, Id, Title, Source, Hash, Published, Author, Timezone, Type, Label, Aliases, TypeVotes, Target, Date, End, Confidence,
  Evidence, Omitted
};
enum class Sub { Other, Doc, Sentence, Start, End, Pattern };
// What a value may be where it stands; Count: an integer >= 0.
enum class Kind { Any, String, Number, Count, Array, Object, Other };

// Keys are looked up in small tables, the length compared before the bytes:
// a chain of string_view comparisons called compare() out of line for each
// candidate (a tenth of the instructions of a load, with the UTF-8 check
// the recognised keys no longer need).
template <typename T, std::size_t N>
T lookup(std::string_view key, const std::pair<std::string_view, T> (&table)[N], T other) {
  for (const auto& [name, value] : table)
    if (name.size() == key.size() && std::memcmp(name.data(), key.data(), key.size()) == 0) return value;
  return other;
}

inline Section section_of(std::string_view key) {
  static constexpr std::pair<std::string_view, Section> kTable[] = {
      {"edges", Section::Edges}, {"nodes", Section::Nodes}, {"documents", Section::Documents},
      {"newsgraph", Section::Version}};
  return lookup(key, kTable, Section::Other);
}

inline Field field_of(Section section, std::string_view key) {
  // In the order the writer puts them, after "id".
  static constexpr std::pair<std::string_view, Field> kDocuments[] = {
      {"id", Field::Id},         {"title", Field::Title},   {"source", Field::Source},
      {"published", Field::Published}, {"hash", Field::Hash}, {"author", Field::Author},
      {"timezone", Field::Timezone}};
  static constexpr std::pair<std::string_view, Field> kNodes[] = {
      {"id", Field::Id}, {"type", Field::Type}, {"label", Field::Label}, {"aliases", Field::Aliases},
      {"type_votes", Field::TypeVotes}};
  static constexpr std::pair<std::string_view, Field> kEdges[] = {
      {"id", Field::Id},         {"source", Field::Source},         {"target", Field::Target},
      {"type", Field::Type},     {"date", Field::Date},             {"end", Field::End},
      {"confidence", Field::Confidence}, {"evidence", Field::Evidence}, {"evidence_omitted", Field::Omitted}};
  static constexpr std::pair<std::string_view, Field> kOthers[] = {{"id", Field::Id}};
  switch (section) {
    case Section::Documents: return lookup(key, kDocuments, Field::Other);
    case Section::Nodes: return lookup(key, kNodes, Field::Other);
    case Section::Edges: return lookup(key, kEdges, Field::Other);
    default: return lookup(key, kOthers, Field::Other);
  }
}

inline Sub sub_of(std::string_view key) {
  static constexpr std::pair<std::string_view, Sub> kTable[] = {
      {"doc", Sub::Doc}, {"sentence", Sub::Sentence}, {"start", Sub::Start}, {"end", Sub::End},
      {"pattern", Sub::Pattern}};
  return lookup(key, kTable, Sub::Other);
}

inline Kind kind_of(Field f) {
  switch (f) {
    case Field::Other: return Kind::Any;
    case Field::Aliases: case Field::Evidence: return Kind::Array;
    case Field::TypeVotes: return Kind::Object;
    case Field::Confidence: return Kind::Number;
    case Field::Omitted: return Kind::Count;
    default: return Kind::String;
  }
}

inline Kind kind_of(Sub s) {
  return s == Sub::Other ? Kind::Any : s == Sub::Start || s == Sub::End ? Kind::Count : Kind::String;
}

// The schema's date pattern ^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$
inline bool date_shaped(std::string_view v) {
  auto digit = [&](std::size_t i) { return v[i] >= '0' && v[i] <= '9'; };
  auto two = [&](std::size_t i) { return (v[i] - '0') * 10 + (v[i + 1] - '0'); };
  if (v.size() != 4 && v.size() != 7 && v.size() != 10) return false;
  for (std::size_t i = 0; i < 4; ++i)
    if (!digit(i)) return false;
  if (v.size() == 4) return true;
  if (v[4] != '-' || !digit(5) || !digit(6) || two(5) < 1 || two(5) > 12) return false;
  if (v.size() == 7) return true;
  return v[7] == '-' && digit(8) && digit(9) && two(8) >= 1 && two(8) <= 31;
}

// Node ids as written in the file. Our own files number nodes "n1", "n2",
// ... in order; those are resolved by arithmetic, anything else by a map.
class NodeIds {
 public:
  // False when the id is already taken.
  bool add(const std::string& id, NodeId node) {
    if (auto n = numbered(id); n && *n == node && (map_.empty() || !map_.count(id))) {
      sequential_.push_back(true);
      return true;
    }
    sequential_.push_back(false);
    if (auto n = numbered(id); n && *n < sequential_.size() && sequential_[*n]) return false;
    return map_.emplace(id, node).second;
  }
  std::optional<NodeId> find(const std::string& id) const {
    if (auto n = numbered(id); n && *n < sequential_.size() && sequential_[*n]) return *n;
    if (map_.empty()) return std::nullopt;
    auto it = map_.find(id);
    if (it == map_.end()) return std::nullopt;
    return it->second;
  }

 private:
  static std::optional<NodeId> numbered(const std::string& id) {
    if (id.size() < 2 || id[0] != 'n' || id[1] == '0') return std::nullopt;
    // Digits by hand (from_chars cost ~80 instructions an id); more than
    // 18 digits is not a node of ours.
    if (id.size() > 19) return std::nullopt;
    std::size_t value = 0;
    for (std::size_t i = 1; i < id.size(); ++i) {
      unsigned digit = static_cast<unsigned char>(id[i]) - '0';
      if (digit > 9) return std::nullopt;
      value = value * 10 + digit;
    }
    return value - 1;
  }
  std::vector<bool> sequential_;
  std::unordered_map<std::string, NodeId> map_;
};

}  // namespace newsgraph::graph_json_keys
