// validate_json SCHEMA FILE...: checks each FILE against a JSON schema with
// RapidJSON's SchemaValidator; prints the first error of each invalid file
// with its JSON pointer and exits 1 if any is invalid.
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <fstream>
#include <iostream>
#include <iterator>

static bool parse_file(const char* path, rapidjson::Document& doc) {
  std::ifstream in(path, std::ios::binary);
  std::string text{std::istreambuf_iterator<char>(in), {}};
  doc.Parse(text.c_str(), text.size());
  if (!in || doc.HasParseError()) {
    std::cerr << path << ": not valid JSON (offset " << doc.GetErrorOffset() << ")\n";
    return false;
  }
  return true;
}

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: validate_json SCHEMA FILE...\n";
    return 2;
  }
  rapidjson::Document schema_doc;
  if (!parse_file(argv[1], schema_doc)) return 2;
  rapidjson::SchemaDocument schema(schema_doc);
  int status = 0;
  for (int i = 2; i < argc; ++i) {
    rapidjson::Document doc;
    if (!parse_file(argv[i], doc)) {
      status = 1;
      continue;
    }
    rapidjson::SchemaValidator validator(schema);
    if (!doc.Accept(validator)) {
      rapidjson::StringBuffer where;
      validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
      std::cerr << argv[i] << ": invalid at " << where.GetString() << ": fails '"
                << validator.GetInvalidSchemaKeyword() << "'\n";
      status = 1;
    }
  }
  return status;
}
