// Neo4j: files for `neo4j-admin database import full` (nodes.csv,
// relationships.csv, import.sh) and a Cypher script for a running database
// (load.cypher), with a README saying which to use.
//
// Dates: Neo4j's `date` type holds whole days only, so `date` and `end`
// stay strings at the precision of the text ("2023", "2023-07"), and typed
// `from:date` / `to:date` give the days the relation covers, for range
// queries: `to` is the last day of the span, or of an occurrence's date
// (participates_in, organises, met_with); a state (member_of, leads, ...)
// without an end has no `to`. `span` ("2023-07", "2023--2024", "undated")
// identifies the relation among parallel ones, and is what load.cypher
// merges on, so relations at different times do not collapse.
//
// Lists (aliases, docs) use ';' between items, neo4j-admin's default; a ';'
// inside an item becomes ','. Newlines in text become spaces (CSV records
// are lines).
#include <fstream>
#include <map>

#include "export/text.hpp"
#include "export/writers.hpp"
#include "util/errors.hpp"

namespace newsgraph {
namespace {

constexpr std::size_t kBatch = 500;

bool is_occurrence(EdgeType type) {
  return type == EdgeType::participates_in || type == EdgeType::organises || type == EdgeType::met_with;
}

std::string span(const EdgeProps& edge) {
  if (!edge.date) return "undated";
  return edge.end ? edge.date->iso() + "--" + edge.end->iso() : edge.date->iso();
}

std::optional<Date> last_day(const EdgeProps& edge) {
  if (edge.end) return edge.end->last_day();
  if (edge.date && is_occurrence(edge.type)) return edge.date->last_day();
  return std::nullopt;
}

std::string list_item(std::string_view item) {
  std::string out(item);
  for (char& c : out)
    if (c == ';') c = ',';
  return out;
}

std::string list(const std::vector<std::string>& items) {
  std::vector<std::string> parts;
  for (const auto& item : items) parts.push_back(list_item(item));
  return text::join(parts, ";");
}

// A Cypher string literal.
std::string cypher(std::string_view in) {
  std::string out = "\"";
  for (char c : text::clean(in)) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

std::string cypher_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + cypher(items[i]);
  return out + "]";
}

std::ofstream open_file(const std::filesystem::path& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw IoError(path.string(), "cannot write");
  return out;
}

void write_nodes_csv(const KnowledgeGraph& graph, const std::vector<std::string>& keys, std::ostream& out) {
  out << "id:ID,:LABEL,key,label,type,aliases:string[]\n";
  for (NodeId v = 0; v < graph.node_count(); ++v) {
    const NodeProps& node = graph.node(v);
    std::string type(to_string(node.type));
    out << KnowledgeGraph::node_key(v) << ",Entity;" << type << ',';
    text::write_csv(out, keys[v]);
    out << ',';
    text::write_csv(out, node.label);
    out << ',' << type << ',';
    text::write_csv(out, list(node.aliases));
    out << '\n';
  }
}

void write_relationships_csv(const KnowledgeGraph& graph, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,date,end,from:date,to:date,span,confidence:double,evidence_count:int,"
         "sentence,docs:string[]\n";
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it) {
    const EdgeProps& edge = graph.edge(*it);
    text::EvidenceSummary evidence = text::summarise_evidence(edge);
    std::optional<Date> to = last_day(edge);
    out << KnowledgeGraph::node_key(graph.source(*it)) << ',' << KnowledgeGraph::node_key(graph.target(*it)) << ','
        << to_string(edge.type) << ',' << (edge.date ? edge.date->iso() : "") << ','
        << (edge.end ? edge.end->iso() : "") << ',' << (edge.date ? edge.date->first_day().iso() : "") << ','
        << (to ? to->iso() : "") << ',' << span(edge) << ',' << text::number(edge.confidence) << ','
        << evidence.count << ',';
    text::write_csv(out, evidence.first_sentence);
    out << ',';
    text::write_csv(out, list(evidence.documents));
    out << '\n';
  }
}

void write_cypher_nodes(const KnowledgeGraph& graph, const std::vector<std::string>& keys, std::ostream& out) {
  for (NodeType type : kNodeTypes) {
    std::vector<NodeId> rows;
    for (NodeId v = 0; v < graph.node_count(); ++v)
      if (graph.node(v).type == type) rows.push_back(v);
    for (std::size_t from = 0; from < rows.size(); from += kBatch) {
      out << "UNWIND [\n";
      for (std::size_t i = from; i < std::min(rows.size(), from + kBatch); ++i) {
        const NodeProps& node = graph.node(rows[i]);
        out << (i == from ? "  " : ", ") << "{key: " << cypher(keys[rows[i]]) << ", label: " << cypher(node.label)
            << ", aliases: " << cypher_list(node.aliases) << "}\n";
      }
      out << "] AS row\nMERGE (n:Entity {key: row.key})\nSET n:" << to_string(type)
          << ", n.label = row.label, n.type = \"" << to_string(type) << "\", n.aliases = row.aliases;\n\n";
    }
  }
}

void write_cypher_relationships(const KnowledgeGraph& graph, const std::vector<std::string>& keys, std::ostream& out) {
  std::map<EdgeType, std::vector<EdgeId>> by_type;
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it) by_type[graph.edge(*it).type].push_back(*it);
  auto optional_text = [](const std::optional<Date>& d) { return d ? cypher(d->iso()) : std::string("null"); };
  for (const auto& [type, rows] : by_type) {
    for (std::size_t from = 0; from < rows.size(); from += kBatch) {
      out << "UNWIND [\n";
      for (std::size_t i = from; i < std::min(rows.size(), from + kBatch); ++i) {
        const EdgeProps& edge = graph.edge(rows[i]);
        text::EvidenceSummary evidence = text::summarise_evidence(edge);
        out << (i == from ? "  " : ", ") << "{source: " << cypher(keys[graph.source(rows[i])])
            << ", target: " << cypher(keys[graph.target(rows[i])]) << ", span: " << cypher(span(edge))
            << ", date_text: " << optional_text(edge.date) << ", end_text: " << optional_text(edge.end)
            << ", first_day: " << optional_text(edge.date ? std::optional(edge.date->first_day()) : std::nullopt)
            << ", last_day: " << optional_text(last_day(edge)) << ", confidence: " << text::number(edge.confidence)
            << ", evidence_count: " << evidence.count << ", sentence: " << cypher(evidence.first_sentence)
            << ", docs: " << cypher_list(evidence.documents) << "}\n";
      }
      // Backquoted: date, end, from and to are keywords to some Cypher parsers.
      out << "] AS row\nMATCH (a:Entity {key: row.source}), (b:Entity {key: row.target})\n"
          << "MERGE (a)-[r:" << to_string(type) << " {span: row.span}]->(b)\n"
          << "SET r.`date` = row.date_text, r.`end` = row.end_text, r.`from` = date(row.first_day),\n"
          << "    r.`to` = date(row.last_day), r.confidence = row.confidence, r.evidence_count = row.evidence_count,\n"
          << "    r.sentence = row.sentence, r.docs = row.docs;\n\n";
    }
  }
}

constexpr const char* kImportScript = R"SH(#!/bin/sh
# Loads nodes.csv and relationships.csv into a new Neo4j 5 database with
# neo4j-admin (the database must not exist, or add --overwrite-destination).
# Usage: sh import.sh [DATABASE]    (default: neo4j; stop the database first)
# The database name comes first, as Neo4j's manual writes it since 5.19
# (after the options, the name can be taken for one more file to import).
set -e
cd "$(dirname "$0")"
neo4j-admin database import full "${1:-neo4j}" \
  --nodes=nodes.csv \
  --relationships=relationships.csv \
  --array-delimiter=";" \
  --id-type=string
)SH";

constexpr const char* kReadme = R"MD(# Neo4j import, written by newsgraph

Two ways in:

- **A new database, fast** (neo4j-admin bulk import; the database must be
  stopped and must not exist yet):

      sh import.sh            # neo4j-admin database import full neo4j ...
      sh import.sh news       # into a database called news

  Then, once, for lookups by key:
  `CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;`

- **Into a running database, repeatable** (Cypher; creates the constraint,
  then MERGEs, so loading twice, or two graphs, changes nothing twice):

      cypher-shell -u neo4j -p PASSWORD -f load.cypher

Files:

| file | what |
| --- | --- |
| nodes.csv | `id:ID` (n1, ...), `:LABEL` (Entity and the node type), `key` (stable across graphs), `label`, `type`, `aliases:string[]` |
| relationships.csv | `:START_ID`, `:END_ID`, `:TYPE` (member_of, ...), `date` and `end` as in the text (2023, 2023-07, 2023-07-17), `from:date`/`to:date` (the days covered), `span`, `confidence:double`, `evidence_count:int`, `sentence` (the first piece of evidence), `docs:string[]` |
| load.cypher | the same data as UNWIND batches with MERGE; relationships merge on `span`, so the same relation at different times stays apart |

Neo4j's `date` holds whole days, so partial dates stay strings in `date`
and `end`; `from` is the first day covered, `to` the last (absent for a
state such as member_of that has no end). Example:

    MATCH (n:Nation)-[r:member_of]->(o {label: "North Atlantic Treaty Organization"})
    WHERE r.from >= date("2023-01-01") RETURN n.label, r.date ORDER BY r.from;

In lists, items are separated by ';' (a ';' inside an item was written
as ','); newlines inside text were written as spaces.
)MD";

}  // namespace

void write_neo4j_folder(const KnowledgeGraph& graph, const std::filesystem::path& folder) {
  std::vector<std::string> keys = text::entity_keys(graph);
  auto finish = [](std::ofstream& out, const std::filesystem::path& path) {
    out.flush();
    if (!out) throw IoError(path.string(), "cannot write: write failed (disk full?)");
  };
  {
    auto out = open_file(folder / "nodes.csv");
    write_nodes_csv(graph, keys, out);
    finish(out, folder / "nodes.csv");
  }
  {
    auto out = open_file(folder / "relationships.csv");
    write_relationships_csv(graph, out);
    finish(out, folder / "relationships.csv");
  }
  {
    auto out = open_file(folder / "load.cypher");
    out << "// Written by newsgraph: load with cypher-shell -f load.cypher (see README.md).\n"
           "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;\n\n";
    write_cypher_nodes(graph, keys, out);
    write_cypher_relationships(graph, keys, out);
    finish(out, folder / "load.cypher");
  }
  {
    auto out = open_file(folder / "import.sh");
    out << kImportScript;
    finish(out, folder / "import.sh");
    std::filesystem::permissions(folder / "import.sh", std::filesystem::perms::owner_exec |
                                                           std::filesystem::perms::group_exec |
                                                           std::filesystem::perms::others_exec,
                                 std::filesystem::perm_options::add);
  }
  auto out = open_file(folder / "README.md");
  out << kReadme;
  finish(out, folder / "README.md");
}

}  // namespace newsgraph
