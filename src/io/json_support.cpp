#include "io/json_support.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <map>
#include <memory>
#include <mutex>

#include "util/resources.hpp"

namespace newsgraph {

Position position_of(std::string_view text, std::size_t offset) {
  Position pos;
  pos.byte_offset = offset;
  std::uint64_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count characters, not UTF-8 continuation bytes
    }
  }
  pos.line = line;
  pos.column = column;
  return pos;
}

void parse_json_text(rapidjson::Document& doc, std::string_view text, const std::string& source_name,
                     bool check_utf8) {
  // Invalid UTF-8 in a lexicon or sidecar would reach the graph's labels and
  // every export (XML, JSON): refused here with its offset.
  if (check_utf8) doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  else doc.Parse(text.data(), text.size());
  if (doc.HasParseError())
    throw InputError(source_name, position_of(text, doc.GetErrorOffset()),
                     std::string("not valid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()));
}

void validate_json_document(const rapidjson::Document& doc, std::string_view schema_path, const std::string& source_name) {
  rapidjson::SchemaValidator validator(schema_for(schema_path));
  if (!doc.Accept(validator)) throw_schema_error(validator, schema_path, source_name);
}

std::string_view schema_hint(std::string_view schema_path) {
  if (schema_path.ends_with("graph.schema.json"))
    return "expected a newsgraph graph (an object with nodes and edges, as newsgraph build writes)";
  if (schema_path.ends_with("meta.schema.json"))
    return "expected an array of objects with a path (and date, title, source, author), or an object keyed by path";
  if (schema_path.ends_with("lexicon.schema.json") || schema_path.ends_with("patterns.schema.json"))
    return "see the README's lexicon section for the format";
  return "see the schema for the expected shape";
}

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

}  // namespace newsgraph
