// Sidecar metadata (--meta FILE): CSV or JSON, keyed by document path.
#include <rapidjson/document.h>

#include <fstream>
#include <set>
#include <sstream>

#include "document/document.hpp"
#include "io/graph_json.hpp"
#include "util/errors.hpp"

namespace newsgraph {
namespace fs = std::filesystem;

namespace {

// Larger sidecars are refused (a sidecar is a list of paths and dates).
constexpr std::uint64_t kMaxSidecarBytes = 64ull << 20;

std::string normalised_path(const std::string& path) {
  std::string s = fs::path(path).lexically_normal().generic_string();
  if (s.rfind("./", 0) == 0) s.erase(0, 2);
  return s;
}

Date checked_date(const std::string& value, const std::string& name, Position where) {
  auto date = parse_iso_date(value);
  if (!date) throw InputError(name, std::move(where), "date \"" + value + "\" is not YYYY, YYYY-MM or YYYY-MM-DD");
  return *date;
}

// RFC 4180 records: fields separated by commas, "quoted" with "" inside.
std::vector<std::vector<std::string>> csv_records(std::string_view text, const std::string& name,
                                                  std::vector<std::uint64_t>& lines) {
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  std::uint64_t line = 1;
  lines.push_back(1);
  bool quoted = false;
  bool field_was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    std::string& field = records.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c, line += c == '\n';
    } else if (c == '"' && field.empty() && !field_was_quoted) {
      quoted = field_was_quoted = true;
    } else if (c == ',') {
      records.back().emplace_back();
      field_was_quoted = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      records.emplace_back(1);
      lines.push_back(line);
      field_was_quoted = false;
    } else if (field_was_quoted) {
      throw InputError(name, Position{line, {}, {}, {}}, "text after a closing quote in a CSV field");
    } else {
      field += c;
    }
  }
  if (quoted) throw InputError(name, Position{line, {}, {}, {}}, "a quoted CSV field is not closed");
  return records;
}

void parse_csv(std::string_view text, const std::string& name, SidecarMetadata& out) {
  std::vector<std::uint64_t> lines;
  auto records = csv_records(text, name, lines);
  auto blank = [](const std::vector<std::string>& r) { return r.size() == 1 && r[0].find_first_not_of(" \t") == std::string::npos; };
  std::size_t first = 0;
  while (first < records.size() && blank(records[first])) ++first;
  if (first == records.size()) throw InputError(name, "empty CSV: expected a header row path,date,title,source");
  int path_col = -1, date_col = -1, title_col = -1, source_col = -1, author_col = -1;
  const auto& header = records[first];
  for (std::size_t c = 0; c < header.size(); ++c) {
    std::string h = header[c];
    while (!h.empty() && (h.back() == ' ')) h.pop_back();
    if (c == 0 && h.rfind("\xEF\xBB\xBF", 0) == 0) h.erase(0, 3);
    int col = static_cast<int>(c);
    if (h == "path") path_col = col;
    else if (h == "date") date_col = col;
    else if (h == "title") title_col = col;
    else if (h == "source") source_col = col;
    else if (h == "author") author_col = col;
    else throw InputError(name, Position{lines[first], c + 1, {}, {}}, "unknown column \"" + h + "\" (expected path, date, title, source, author)");
  }
  if (path_col < 0) throw InputError(name, Position{lines[first], {}, {}, {}}, "the header row has no \"path\" column");
  for (std::size_t r = first + 1; r < records.size(); ++r) {
    const auto& rec = records[r];
    if (blank(rec)) continue;
    if (rec.size() != header.size())
      throw InputError(name, Position{lines[r], {}, {}, {}},
                       std::to_string(rec.size()) + " fields, the header has " + std::to_string(header.size()));
    SidecarEntry entry;
    auto at = [&](int col) { return col < 0 ? std::string() : rec[static_cast<std::size_t>(col)]; };
    if (!at(date_col).empty())
      entry.date = checked_date(at(date_col), name, Position{lines[r], static_cast<std::uint64_t>(date_col) + 1, {}, {}});
    entry.title = at(title_col);
    entry.source = at(source_col);
    entry.author = at(author_col);
    if (at(path_col).empty()) throw InputError(name, Position{lines[r], {}, {}, {}}, "empty path");
    out.add(at(path_col), std::move(entry));
  }
}

SidecarEntry json_entry(const rapidjson::Value& v, const std::string& name, const std::string& pointer) {
  SidecarEntry entry;
  auto str = [&](const char* key) {
    auto it = v.FindMember(key);
    return it == v.MemberEnd() ? std::string() : std::string(it->value.GetString(), it->value.GetStringLength());
  };
  if (std::string d = str("date"); !d.empty()) entry.date = checked_date(d, name, Position{{}, {}, {}, pointer + "/date"});
  entry.title = str("title");
  entry.source = str("source");
  entry.author = str("author");
  return entry;
}

std::string escape_pointer(std::string key) {
  std::string out;
  for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

void parse_json(std::string_view text, const std::string& name, SidecarMetadata& out) {
  validate_json_text(text, "schemas/meta.schema.json", name);
  rapidjson::Document doc;
  doc.Parse(text.data(), text.size());
  if (doc.IsArray()) {
    for (rapidjson::SizeType i = 0; i < doc.Size(); ++i) {
      const auto& v = doc[i];
      out.add(v["path"].GetString(), json_entry(v, name, "/" + std::to_string(i)));
    }
  } else {
    for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
      std::string key(it->name.GetString(), it->name.GetStringLength());
      out.add(key, json_entry(it->value, name, "/" + escape_pointer(key)));
    }
  }
}

}  // namespace

void SidecarMetadata::add(const std::string& path, SidecarEntry entry) {
  std::string key = normalised_path(path);
  std::string file_name = fs::path(key).filename().string();
  auto [it, inserted] = by_name_.emplace(file_name, key);
  if (!inserted && it->second != key) it->second.clear();  // two entries share this name
  by_path_[key] = std::move(entry);
}

const SidecarEntry* SidecarMetadata::find(const InputDocument& input) const {
  if (by_path_.empty()) return nullptr;
  std::string key = normalised_path(input.id);
  if (auto it = by_path_.find(key); it != by_path_.end()) return &it->second;
  if (input.path.empty()) return nullptr;
  auto name = by_name_.find(input.path.filename().string());
  if (name == by_name_.end() || name->second.empty()) return nullptr;
  return &by_path_.find(name->second)->second;
}

std::vector<std::string> SidecarMetadata::unmatched(const std::vector<InputDocument>& inputs) const {
  std::set<const SidecarEntry*> used;
  for (const InputDocument& input : inputs)
    if (const SidecarEntry* entry = find(input)) used.insert(entry);
  std::vector<std::string> out;
  for (const auto& [path, entry] : by_path_)
    if (!used.count(&entry)) out.push_back(path);
  return out;
}

SidecarMetadata SidecarMetadata::parse(std::string_view text, const std::string& name) {
  SidecarMetadata out;
  std::string ext = fs::path(name).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t first = text.find_first_not_of(" \t\r\n");
  bool json = ext == ".json" || (ext != ".csv" && first != std::string_view::npos && (text[first] == '[' || text[first] == '{'));
  if (json)
    parse_json(text, name, out);
  else
    parse_csv(text, name, out);
  return out;
}

SidecarMetadata SidecarMetadata::load(const fs::path& file) {
  std::error_code ec;
  if (!fs::exists(file, ec)) throw IoError(file.string(), "no such metadata file");
  if (!fs::is_regular_file(file, ec))
    throw IoError(file.string(), "not a regular file: --meta takes a .csv or .json file");
  if (fs::file_size(file, ec) > kMaxSidecarBytes) throw LimitError(file.string(), "metadata file larger than 64 MiB");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw IoError(file.string(), "cannot read metadata file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return parse(buffer.str(), file.string());
}

}  // namespace newsgraph
