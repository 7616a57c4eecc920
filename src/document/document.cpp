#include "document/document.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "document/text_builder.hpp"
#include "util/errors.hpp"

namespace newsgraph {
namespace fs = std::filesystem;
using namespace document_detail;

std::uint64_t Document::original_offset(std::uint64_t text_offset) const {
  if (text_offset >= text.size()) return original.size();
  if (offset_anchors.empty()) return text_offset;
  auto it = std::upper_bound(offset_anchors.begin(), offset_anchors.end(), text_offset,
                             [](std::uint64_t t, const OffsetAnchor& a) { return t < a.text; });
  if (it == offset_anchors.begin()) return text_offset;
  --it;
  return std::min<std::uint64_t>(it->original + (text_offset - it->text), original.size());
}

std::uint64_t Document::original_end(std::uint64_t text_end) const {
  if (text_end == 0) return original_offset(0);
  if (text_end >= text.size() && offset_anchors.empty()) return std::min<std::uint64_t>(text_end, original.size());
  const std::uint64_t last = std::min<std::uint64_t>(text_end, text.size()) - 1;
  const std::uint64_t o = original_offset(last);
  if (o >= original.size()) return original.size();
  const std::uint64_t limit = last + 1 < text.size() ? std::max(original_offset(last + 1), o + 1) : original.size();
  unsigned char c = static_cast<unsigned char>(original[o]);
  if (c == '&' && text[last] != '&') {  // a decoded entity: up to its ';'
    std::size_t semi = original.find(';', o);
    if (semi != std::string::npos && semi < limit) return semi + 1;
  }
  if (c == '&' && format == DocumentFormat::Html && original.compare(o, 5, "&amp;") == 0) return o + 5;
  char32_t cp = 0;
  std::size_t len = c >= 0xC0 ? decode_utf8(original, o, cp) : 0;
  return std::min<std::uint64_t>(o + (len ? len : 1), limit);
}

namespace {
std::string lower_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}
bool is_document_file(const fs::path& path) {
  std::string ext = lower_extension(path);
  return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm";
}

// Why these bytes are not a text document, or "" when they are.
std::string binary_reason(std::string_view bytes) {
  if (std::memchr(bytes.data(), 0, bytes.size())) return "binary file (NUL bytes), skipped";
  std::string_view head = bytes.substr(0, 65536);
  std::size_t control = 0, invalid = 0;
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (std::size_t i = 0; i < head.size();) {
    // Eight bytes of printable ASCII at once (most of a text): nothing to count.
    if (i + 8 <= head.size()) {
      std::uint64_t w;
      std::memcpy(&w, head.data() + i, 8);
      std::uint64_t del = w ^ (kOnes * 0x7F);
      if (!((w & kHigh) | ((w - kOnes * 0x20) & ~w & kHigh) | ((del - kOnes) & ~del & kHigh))) {
        i += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(head[i]);
    if (c < 0x80) {
      control += (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F;
      ++i;
      continue;
    }
    char32_t cp = 0;
    std::size_t len = decode_utf8(head, i, cp);
    if (!len) ++invalid, len = 1;
    i += len;
  }
  if (control * 10 > head.size()) return "binary file (mostly control characters), skipped";
  if (invalid * 3 > head.size()) return "not UTF-8 text (mostly invalid bytes), skipped";
  return {};
}

// Starts with <!DOCTYPE html> or <html (after white space).
bool looks_like_html_page(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  std::string head(bytes.substr(first, 14));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0;
}

// Reads at most kMaxDocumentBytes + 1 bytes.
std::string read_capped(std::istream& in) {
  std::string bytes;
  char buffer[65536];
  while (in && bytes.size() <= kMaxDocumentBytes) {
    in.read(buffer, sizeof buffer);
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return bytes;
}

// A file's bytes, at most one past the size limit. Most documents are
// small: one read fills them and a second finds the end, without a stat
// by path or an ifstream (on this kind of VM each system call is dear, and
// a corpus is thousands of files); a file that fills the first block is
// measured before more is read, so that an oversized one is not read.
enum class FileRead { Ok, CannotOpen, TooLarge, CannotRead };

FileRead read_file_capped(const fs::path& path, std::string& bytes, int& error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return error = errno, FileRead::CannotOpen;
  FileRead status = FileRead::Ok;
  char block[65536];
  bool measured = false;
  for (;;) {
    ssize_t got = ::read(fd, block, sizeof block);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      status = FileRead::CannotRead;
      break;
    }
    if (got == 0) break;
    bytes.append(block, static_cast<std::size_t>(got));
    if (bytes.size() > kMaxDocumentBytes) break;
    if (!measured && bytes.size() >= sizeof block) {
      measured = true;
      struct stat st;
      if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        if (static_cast<std::uint64_t>(st.st_size) > kMaxDocumentBytes) {
          status = FileRead::TooLarge;
          break;
        }
        bytes.reserve(static_cast<std::size_t>(st.st_size) + 1);
      }
    }
  }
  ::close(fd);
  return status;
}

void apply_overrides(Document& doc, const InputDocument& input, const DocumentLoadSettings& settings) {
  if (settings.default_date) {
    doc.meta.published = settings.default_date;
    doc.meta.timezone.clear();
  }
  const SidecarEntry* entry = settings.sidecar ? settings.sidecar->find(input) : nullptr;
  if (!entry) return;
  if (entry->date) {
    doc.meta.published = entry->date;
    doc.meta.timezone.clear();
  }
  if (!entry->title.empty()) doc.meta.title = entry->title;
  if (!entry->source.empty()) doc.meta.source = entry->source;
  if (!entry->author.empty()) doc.meta.author = entry->author;
}
}  // namespace

DocumentFormat format_of_path(const fs::path& path) {
  std::string ext = lower_extension(path);
  if (ext == ".md" || ext == ".markdown") return DocumentFormat::Markdown;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return DocumentFormat::Html;
  return DocumentFormat::Text;
}

DocumentFormat sniff_format(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && bytes[first] == '<') return DocumentFormat::Html;
  std::string head(bytes.substr(0, 4096));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  return head.find("<html") != std::string::npos ? DocumentFormat::Html : DocumentFormat::Text;
}

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
      if (found.empty()) skipped.push_back({given, "no .txt, .md or .html documents in this folder"});
      std::sort(found.begin(), found.end());
      for (auto& f : found) out.push_back({f.string(), f});
    } else {
      // A file named on the command line that cannot be opened is an error,
      // like a missing one; one found in a folder is skipped with a warning.
      if (!std::ifstream(path, std::ios::binary))
        throw IoError(given, "cannot open: " + std::string(std::strerror(errno)));
      out.push_back({given, path});
    }
  }
  // A file reached twice ("corpus corpus/a", "a.txt ./a.txt") is read once:
  // the report would otherwise count it twice.
  std::set<std::string> seen;
  std::vector<InputDocument> once;
  for (auto& input : out) {
    if (!input.path.empty() && !seen.insert(input.path.lexically_normal().string()).second) {
      skipped.push_back({input.id, "given twice, read once"});
      continue;
    }
    once.push_back(std::move(input));
  }
  out = std::move(once);
  if (out.empty())
    throw InputError(paths.size() == 1 ? paths[0] : std::string(),
                     "no documents to read (.txt, .md, .html files, or - for standard input)");
  return out;
}

Document read_document_bytes(std::string bytes, const std::string& id, DocumentFormat format,
                             const MetadataWords* words) {
  Document doc;
  doc.id = id;
  doc.format = format;
  doc.original = std::move(bytes);
  TextBuilder builder(doc.original);
  HtmlFindings found;
  std::string& heading = found.heading;
  if (format == DocumentFormat::Html)
    convert_html(doc.original, builder, doc.meta, found);
  else if (format == DocumentFormat::Markdown)
    convert_markdown(doc.original, builder, heading, doc.meta);
  else
    convert_text(doc.original, builder);
  if (builder.invalid_count()) {
    std::string more = builder.invalid_count() > 1 ? " (and " + std::to_string(builder.invalid_count() - 1) + " more bytes)" : "";
    doc.warnings.push_back(id + ": invalid UTF-8 at byte " + std::to_string(builder.first_invalid()) + more +
                           ", replaced with U+FFFD");
  }
  builder.finish(doc);
  // A heading names the article better than an HTML <title> with the site's name in it.
  if (!heading.empty()) doc.meta.title = heading.substr(0, 300);
  extract_metadata(doc.text, format, doc.meta, words ? *words : default_metadata_words());
  if (!doc.meta.published && found.time_element) {
    doc.meta.published = found.time_element;
    doc.meta.timezone = found.time_zone;
  }
  return doc;
}

Document read_document(std::istream& in, const std::string& id) {
  std::string bytes(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) throw IoError(id, "cannot read");
  return read_document_bytes(std::move(bytes), id, DocumentFormat::Text);
}

LoadedDocument load_document(const InputDocument& input, const DocumentLoadSettings& settings) {
  LoadedDocument result;
  std::string bytes;
  DocumentFormat format = DocumentFormat::Text;
  if (input.path.empty()) {
    std::istream& in = settings.standard_input ? *settings.standard_input : std::cin;
    bytes = read_capped(in);
    if (in.bad()) return result.skip_reason = "cannot read standard input", result;
    format = sniff_format(bytes);
  } else {
    int error = 0;
    switch (read_file_capped(input.path, bytes, error)) {
      case FileRead::Ok: break;
      case FileRead::CannotOpen: return result.skip_reason = "cannot open: " + std::string(std::strerror(error)), result;
      case FileRead::TooLarge: return result.skip_reason = "larger than the document size limit (64 MiB), skipped", result;
      case FileRead::CannotRead: return result.skip_reason = "cannot read", result;
    }
    format = format_of_path(input.path);
    // a page saved as .txt is still a page
    if (format == DocumentFormat::Text && looks_like_html_page(bytes)) format = DocumentFormat::Html;
  }
  if (bytes.size() > kMaxDocumentBytes)
    return result.skip_reason = "larger than the document size limit (64 MiB), skipped", result;
  if (std::string why = binary_reason(bytes); !why.empty()) return result.skip_reason = why, result;
  Document doc = read_document_bytes(std::move(bytes), input.id, format, settings.metadata_words);
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return result.skip_reason = "empty document, skipped", result;
  apply_overrides(doc, input, settings);
  result.warnings = doc.warnings;
  result.document = std::move(doc);
  return result;
}

}  // namespace newsgraph
