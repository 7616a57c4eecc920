#include "document/document.hpp"

#include <algorithm>
#include <iterator>

#include "util/errors.hpp"

namespace newsgraph {
namespace fs = std::filesystem;

std::uint64_t Document::original_offset(std::uint64_t text_offset) const {
  if (offset_map.empty()) return text_offset;
  if (text_offset >= offset_map.size()) return original.size();
  return offset_map[text_offset];
}

namespace {
bool is_document_file(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm";
}
}  // namespace

std::vector<InputDocument> collect_inputs(const std::vector<std::string>& paths, std::vector<SkippedInput>& skipped) {
  std::vector<InputDocument> out;
  for (const auto& given : paths) {
    if (given == "-") {
      out.push_back({"-", {}});
      continue;
    }
    fs::path path(given);
    std::error_code ec;
    if (!fs::exists(path, ec)) throw IoError(given, "no such file or folder");
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        if (is_document_file(it->path()))
          found.push_back(it->path());
        else
          skipped.push_back({it->path().string(), "not a .txt, .md or .html file"});
      }
      if (ec) throw IoError(given, "cannot read folder: " + ec.message());
      std::sort(found.begin(), found.end());
      for (auto& f : found) out.push_back({f.string(), f});
    } else {
      out.push_back({given, path});
    }
  }
  return out;
}

Document read_document(std::istream& in, const std::string& id) {
  Document doc;
  doc.id = id;
  doc.original.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) throw IoError(id, "cannot read");
  doc.text = doc.original;
  return doc;
}

}  // namespace newsgraph
