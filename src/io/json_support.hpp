// What the JSON readers share: the embedded schemas, parsed once, and
// errors that say where (line and column, or JSON pointer) and what.
#pragma once
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <string>
#include <string_view>

#include "util/errors.hpp"

namespace newsgraph {

// Line and column (1-based) of a byte offset in `text`, for syntax errors.
Position position_of(std::string_view text, std::size_t offset);

// An embedded schema ("schemas/graph.schema.json"), parsed on first use and
// shared read-only between threads afterwards.
const rapidjson::SchemaDocument& schema_for(std::string_view path);

// What to do about a file that does not match `schema_path`, said after the error.
std::string_view schema_hint(std::string_view schema_path);

// Parses `text` into `doc`, UTF-8 checked; a syntax error throws an InputError
// with its line and column. `check_utf8` false: only for text already checked
// (the shipped lexicon, by the unit tests), as the check is half of a parse.
void parse_json_text(rapidjson::Document& doc, std::string_view text, const std::string& source_name,
                     bool check_utf8 = true);
// Throws the InputError of the first place `doc` does not match `schema_path`.
void validate_json_document(const rapidjson::Document& doc, std::string_view schema_path, const std::string& source_name);

// Throws the InputError that names the first schema violation a validator saw.
template <typename Validator>
[[noreturn]] void throw_schema_error(const Validator& validator, std::string_view schema_path,
                                     const std::string& source_name) {
  // The plain JSON pointer, not the URI fragment: RapidJSON 1.1.0's
  // percent-encoding reads past the end of a key that is not valid UTF-8
  // (found by fuzz_lexicon, tests/fuzz/regressions/fuzz_lexicon/).
  rapidjson::StringBuffer where, rule;
  validator.GetInvalidDocumentPointer().Stringify(where);
  validator.GetInvalidSchemaPointer().Stringify(rule);
  Position pos;
  std::string pointer = where.GetString();
  pos.json_pointer = pointer.empty() ? "/" : pointer;
  throw InputError(source_name, pos,
                   std::string("does not match ") + std::string(schema_path) + ": fails '" +
                       validator.GetInvalidSchemaKeyword() + "' of " + rule.GetString() + "; " +
                       std::string(schema_hint(schema_path)));
}

}  // namespace newsgraph
