// Reading documents: files, folders and standard input become Documents.
//
// Takes: the paths a user gave ("-" for stdin), optional sidecar metadata
// and a default date. Gives: the list of documents to read, those skipped
// and why; then, per document, its text (markup stripped, Unicode
// normalised for matching) with a map back to the original bytes, and its
// metadata (title, author, source, publication date and time zone).
//
// Formats, by extension: .txt (text), .md (Markdown: headings, emphasis,
// links, list markers, code fences stripped), .html/.htm (tags stripped,
// script/style/nav/form dropped, block elements end paragraphs, entities
// decoded; <title>, <h1>, <meta name="author"> and article:published_time
// read as metadata). Standard input is HTML when it starts with '<' or has
// "<html" near its start, else text.
//
// Normalisation (text only; offsets still map to the original): curly
// quotes -> ' and ", non-breaking and thin spaces -> space, U+2010/U+2011/
// U+2012/en dash/minus -> '-', em dash -> " - " (so "countries—representing"
// stays two words), ellipsis -> "...", soft hyphens and zero-width
// characters dropped, CR LF -> LF. Invalid UTF-8 bytes become U+FFFD with a
// warning "FILE: invalid UTF-8 at byte N, replaced".
//
// Metadata precedence, per field: the sidecar (--meta) entry of the
// document > --date (publication date only, for every document) > what the
// document says (byline, <meta>, title line). A date given explicitly is
// what the user knows; a sidecar names one document, so it wins over --date.
#pragma once
#include <cstdint>
#include <filesystem>
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document/metadata_words.hpp"
#include "graph/date.hpp"

namespace newsgraph {

// Larger documents are skipped with this reason (README: Limits).
inline constexpr std::uint64_t kMaxDocumentBytes = 64ull << 20;

enum class DocumentFormat { Text, Markdown, Html };

struct DocumentMeta {
  std::string title;
  std::string author;
  std::string source;
  std::optional<Date> published;  // from the byline, a sidecar or --date: the local date as written
  std::string timezone;           // as written in the byline ("GMT+9", "KST", "+09:00")
};

// Where text and original advance together from (text, original) on.
struct OffsetAnchor {
  std::uint32_t text = 0;
  std::uint32_t original = 0;
};

struct Document {
  std::string id;        // the path as given, or "-" for stdin
  std::string original;  // the bytes as read
  std::string text;      // the text to analyse (markup stripped, normalised)
  DocumentFormat format = DocumentFormat::Text;
  DocumentMeta meta;
  std::vector<std::string> warnings;  // one line each, naming the file

  // Byte offset in `original` of a byte offset in `text`.
  std::uint64_t original_offset(std::uint64_t text_offset) const;
  // One past the original bytes of the text ending at `text_end` (exclusive):
  // evidence of text span [s, e) is [original_offset(s), original_end(e)).
  std::uint64_t original_end(std::uint64_t text_end) const;
  std::pair<std::uint64_t, std::uint64_t> original_span(std::uint64_t start, std::uint64_t end) const {
    return {original_offset(start), original_end(end)};
  }
  // Sorted by text offset; empty when text and original are the same bytes.
  std::vector<OffsetAnchor> offset_anchors;
};

struct InputDocument {
  std::string id;               // as it will appear in evidence
  std::filesystem::path path;   // empty for stdin
};

struct SkippedInput {
  std::string path;
  std::string reason;
};

// Per-document metadata given by the user (--meta FILE).
struct SidecarEntry {
  std::optional<Date> date;
  std::string title, source, author;
};

class SidecarMetadata {
 public:
  // CSV (a header row naming columns among path,date,title,source,author;
  // RFC 4180 quoting) or JSON (an array of objects with "path", or an object
  // keyed by path; schemas/meta.schema.json), chosen by the extension (.csv,
  // .json) or, failing that, by the first character. Throws InputError with
  // the line (CSV) or JSON pointer of what is wrong.
  static SidecarMetadata parse(std::string_view text, const std::string& name);
  static SidecarMetadata load(const std::filesystem::path& file);

  // The entry of a document: by its path as given, then its normalised
  // path, then its file name (when only one entry has that name).
  const SidecarEntry* find(const InputDocument& input) const;
  // The paths of the entries that no input finds (a typo in the sidecar
  // would otherwise change nothing, silently), in order.
  std::vector<std::string> unmatched(const std::vector<InputDocument>& inputs) const;
  std::size_t size() const { return by_path_.size(); }
  void add(const std::string& path, SidecarEntry entry);

 private:
  std::map<std::string, SidecarEntry, std::less<>> by_path_;
  std::map<std::string, std::string, std::less<>> by_name_;  // file name -> path ("" when ambiguous)
};

struct DocumentLoadSettings {
  const SidecarMetadata* sidecar = nullptr;  // --meta
  std::optional<Date> default_date;          // --date
  std::istream* standard_input = nullptr;    // for "-"; std::cin when null
  const MetadataWords* metadata_words = nullptr;  // the lexicon's (--lexicon); the shipped ones when null
};

// What load_document gives: a document, or why it was skipped.
struct LoadedDocument {
  std::optional<Document> document;  // empty when skipped
  std::string skip_reason;           // "binary file (NUL bytes)", "empty document", ...
  std::vector<std::string> warnings; // one line each, naming the file (also in document->warnings)
};

// Expands folders recursively (sorted, so that the order never depends on
// the file system), keeps .txt, .md, .html and .htm files (a file named
// explicitly is kept whatever its extension, read as text). Throws IoError
// for a path that does not exist and InputError when no document is left;
// a folder without documents is listed in `skipped`.
std::vector<InputDocument> collect_inputs(const std::vector<std::string>& paths, std::vector<SkippedInput>& skipped);

DocumentFormat format_of_path(const std::filesystem::path& path);
DocumentFormat sniff_format(std::string_view bytes);

// The one call per input: opens the file (or stdin), reads at most
// kMaxDocumentBytes, skips binary, empty and unreadable inputs with a
// reason, converts by format, normalises, extracts metadata and applies the
// sidecar and --date. Never throws for a bad document (only for bugs).
LoadedDocument load_document(const InputDocument& input, const DocumentLoadSettings& settings);

// Converts bytes already read (no skipping, no limit): used by
// load_document and by tests.
// `words`: the metadata words of the lexicon in use; the shipped ones when null.
Document read_document_bytes(std::string bytes, const std::string& id, DocumentFormat format,
                             const MetadataWords* words = nullptr);

// Reads one text document from a stream; `id` names it in evidence and messages.
Document read_document(std::istream& in, const std::string& id);

}  // namespace newsgraph
