// Building a Document's text from its original bytes while recording where
// every piece came from. Internal to document/.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "document/metadata_words.hpp"

namespace newsgraph::document_detail {

class TextBuilder {
 public:
  explicit TextBuilder(std::string_view original) : original_(original) { text_.reserve(original.size()); }

  // Appends `bytes` that stand for the original bytes starting at `source`.
  void put(std::string_view bytes, std::size_t source);
  void put_byte(char c, std::size_t source) { put(std::string_view(&c, 1), source); }
  // Appends one code point, normalised for matching (quotes, spaces, dashes).
  void put_code_point(char32_t cp, std::size_t source);
  // Decodes a run of original UTF-8 bytes [begin, end), normalising each
  // character; invalid bytes become U+FFFD and are counted.
  void put_original(std::size_t begin, std::size_t end);
  // Collapsing white space (HTML): one space, none at a line start.
  void put_space(std::size_t source);
  // Ends the paragraph: trailing spaces removed, then "\n\n" (or "\n").
  void put_break(std::size_t source, int newlines = 2);
  // A line that continues the one before it (a list item's wrapped text): the newline
  // that ended that line becomes a space. False when the text does not end with one.
  bool join_line();

  const std::string& text() const { return text_; }
  std::size_t invalid_count() const { return invalid_count_; }
  std::size_t first_invalid() const { return first_invalid_; }

  // Moves the text and anchors into `doc` (anchors cleared when identical).
  void finish(Document& doc);

 private:
  std::string_view original_;
  std::string text_;
  std::vector<OffsetAnchor> anchors_;
  std::size_t invalid_count_ = 0;
  std::size_t first_invalid_ = 0;
};

// Length of the valid UTF-8 sequence at `i`, 0 when invalid; `cp` gets it.
std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp);
void append_utf8(std::string& out, char32_t cp);

// The HTML entity named `name` (without & and ;), 0 when unknown.
char32_t html_entity(std::string_view name);
// Decodes the character reference "&...;" at `i` (named or numeric); `len` gets its
// length. 0 when none starts there.
char32_t decode_entity(std::string_view s, std::size_t i, std::size_t& len);
bool html_entities_sorted();  // for a unit test

void convert_text(std::string_view original, TextBuilder& out);
// Also reads YAML front matter (title, date, author, source) into `meta`.
void convert_markdown(std::string_view original, TextBuilder& out, std::string& first_heading, DocumentMeta& meta);
// What an HTML page says besides <head>: its first <h1>, and its first
// <time datetime="..."> (the date to use when nothing better names one).
struct HtmlFindings {
  std::string heading;
  std::optional<Date> time_element;
  std::string time_zone;
};
// Whether the HTML element `name` (lower case) is a block: it ends a paragraph.
bool html_block_tag(std::string_view name);
// Also fills title / author / date metadata found in <head> and JSON-LD.
void convert_html(std::string_view original, TextBuilder& out, DocumentMeta& meta, HtmlFindings& found);

// Title, author, source, date and time zone from the first lines of the text;
// `words` are the lexicon's metadata words (a user's --lexicon extends them).
void extract_metadata(std::string_view text, DocumentFormat format, DocumentMeta& meta,
                      const MetadataWords& words = default_metadata_words());
// A date value of a metadata field ("2024-05-14T09:30:00+03:00", "14.05.2024
// 09:30 EEST", "May 3, 2024"): a full date and its zone, or false.
bool read_date_value(std::string_view value, std::optional<Date>& date, std::string& zone,
                     const MetadataWords& words = default_metadata_words());

}  // namespace newsgraph::document_detail
