// Markdown to text: headings, emphasis, links, images, code marks and
// block quotes stripped (list markers kept); every heading and list item is a
// paragraph of its own; the line structure is kept otherwise.
#include <algorithm>
#include <cctype>
#include <string>

#include "document/text_builder.hpp"

namespace newsgraph::document_detail {
namespace {

// Front matter must close within this many bytes of the start.
constexpr std::size_t kMaxFrontMatterBytes = 16384;

// Link texts and targets longer than this are taken as plain text.
constexpr std::size_t kMaxLinkBytes = 2048;

bool is_blank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}
bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool is_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// A line made of one repeated mark ("---", "***", "===", "| --- | :-: |").
bool is_rule(std::string_view line, std::string_view marks) {
  std::size_t count = 0;
  for (char c : line) {
    if (c == ' ' || c == '\t' || c == '\r') continue;
    if (marks.find(c) == std::string_view::npos) return false;
    ++count;
  }
  return count >= 3;
}

class MarkdownConverter {
 public:
  MarkdownConverter(std::string_view s, TextBuilder& out, std::string& heading) : s_(s), out_(out), heading_(heading) {}

  void run(std::size_t from) {
    std::size_t ls = from;
    bool previous_blank = true;
    while (ls < s_.size()) {
      std::size_t nl = s_.find('\n', ls);
      std::size_t le = nl == std::string_view::npos ? s_.size() : nl;
      previous_blank = line(ls, le, previous_blank);
      if (resume_ != std::string_view::npos) {  // an HTML comment ran over lines: go on after it
        ls = resume_;
        resume_ = std::string_view::npos;
        continue;
      }
      if (nl == std::string_view::npos) break;
      ls = nl + 1;
    }
  }

 private:
  std::string_view s_;
  TextBuilder& out_;
  std::string& heading_;
  bool in_code_ = false;
  bool in_item_ = false;                          // the line before was a list item's
  std::size_t resume_ = std::string_view::npos;   // where the text goes on after a comment
  bool comments_closed_ = true;                   // false once a "<!--" was found unclosed

  // Handles one line [ls, le); returns whether it was blank.
  bool line(std::size_t ls, std::size_t le, bool previous_blank) {
    std::string_view text = s_.substr(ls, le - ls);
    std::size_t i = ls;
    while (i < le && i - ls < 3 && s_[i] == ' ') ++i;
    if (s_.compare(i, 3, "```") == 0 || s_.compare(i, 3, "~~~") == 0) {
      in_code_ = !in_code_;
      out_.put_break(ls, 2);
      return true;
    }
    if (in_code_) {
      out_.put_original(ls, le);
      out_.put_byte('\n', le);
      return is_blank(text);
    }
    if (is_blank(text)) {
      in_item_ = false;
      out_.put_byte('\n', ls);
      return true;
    }
    if (item_continuation(ls, le)) return false;
    in_item_ = false;
    if (is_rule(text, "=") || (is_rule(text, "-") && !previous_blank)) {  // setext heading underline
      out_.put_break(ls, 2);
      return true;
    }
    if (is_rule(text, "-*_") || is_rule(text, "|-: ")) return true;  // rule, table separator
    while (i < le && s_[i] == '>') {                                   // block quote
      ++i;
      if (i < le && s_[i] == ' ') ++i;
    }
    if (i + 1 < le && s_[i] == '[' && s_[i + 1] != '^') {
      std::size_t close = find_before(']', i + 1, le);
      if (close + 1 < le && s_[close + 1] == ':') return true;  // link reference definition
    }
    if (atx_heading(ls, i, le)) return false;
    if (std::size_t marker = list_marker(i, le)) {
      out_.put_break(ls, 2);
      // the bullet or number kept, as a plain-text list writes it: "- Fiji (the team of the
      // Fiji Police Force)" is a list's item, the same line without it reads as a title
      while (i < marker && (s_[i] == ' ' || s_[i] == '\t')) ++i;
      out_.put_original(i, marker);
      i = marker;
      in_item_ = true;
    }
    inline_text(i, le);
    out_.put_byte('\n', le);
    return false;
  }

  // "- **Tuvalu** - two officers of the\n  Tuvalu Police Force": an indented line under a
  // list item, itself no item, goes on with the item's text (a space, not a line end).
  bool item_continuation(std::size_t ls, std::size_t le) {
    if (!in_item_) return false;
    std::size_t i = ls;
    while (i < le && (s_[i] == ' ' || s_[i] == '\t')) ++i;
    bool indented = i - ls >= 2 || (i > ls && s_[ls] == '\t');
    if (!indented || list_marker(i, le) || s_[i] == '#' || s_[i] == '>' || s_[i] == '|' || !out_.join_line())
      return false;
    inline_text(i, le);
    out_.put_byte('\n', le);
    return true;
  }

  // "## Heading ##" from i in the line [ls, le): its text, set apart (the
  // first one is the document's heading); false when the line is none.
  bool atx_heading(std::size_t ls, std::size_t i, std::size_t le) {
    std::size_t hashes = 0;
    while (i + hashes < le && s_[i + hashes] == '#') ++hashes;
    if (hashes < 1 || hashes > 6 || (i + hashes != le && s_[i + hashes] != ' ')) return false;
    std::size_t end = le;
    while (end > i + hashes && (s_[end - 1] == '#' || s_[end - 1] == ' ' || s_[end - 1] == '\r')) --end;
    out_.put_break(ls, 2);
    std::size_t before = out_.text().size();
    inline_text(i + hashes + 1 < end ? i + hashes + 1 : end, end);
    if (heading_.empty()) heading_ = out_.text().substr(before);
    out_.put_break(le, 2);
    return true;
  }

  // `c` in [from, limit), looking no further than kMaxLinkBytes so that a
  // line of a million '[' stays linear; npos when not there.
  std::size_t find_before(char c, std::size_t from, std::size_t limit) const {
    limit = std::min(limit, from + kMaxLinkBytes);
    for (std::size_t k = from; k < limit; ++k)
      if (s_[k] == c) return k;
    return std::string_view::npos;
  }

  // The position after "- ", "* ", "+ ", "1. ", "2) "; 0 when none.
  std::size_t list_marker(std::size_t i, std::size_t le) const {
    while (i < le && (s_[i] == ' ' || s_[i] == '\t')) ++i;
    if (i + 1 < le && (s_[i] == '-' || s_[i] == '*' || s_[i] == '+') && s_[i + 1] == ' ') return i + 2;
    std::size_t d = i;
    while (d < le && d - i < 9 && s_[d] >= '0' && s_[d] <= '9') ++d;
    if (d > i && d + 1 < le && (s_[d] == '.' || s_[d] == ')') && s_[d + 1] == ' ') return d + 2;
    return 0;
  }

  // "](" ... ")" after the link text ending at `close`; returns the end or 0.
  std::size_t link_target_end(std::size_t close, std::size_t le) const {
    if (close + 1 < le && (s_[close + 1] == '(' || s_[close + 1] == '[')) {
      char want = s_[close + 1] == '(' ? ')' : ']';
      std::size_t end = find_before(want, close + 2, le);
      if (end != std::string_view::npos) return end + 1;
    }
    return 0;
  }

  void inline_text(std::size_t i, std::size_t le) {
    while (i < le) {
      std::size_t run = i;
      while (run < le && std::string_view("\\`![]*_~<&\r").find(s_[run]) == std::string_view::npos) ++run;
      if (run > i) {
        out_.put_original(i, run);
        i = run;
        continue;
      }
      i = special(i, le);
    }
  }

  // Raw HTML a newsroom's Markdown carries ("<strong>", "<br>", "<figure>", "<!-- ... -->"),
  // dropped: a line break for <br>, a paragraph's end for a block element. Returns
  // where the text goes on, 0 when no tag starts at `i` ("a < b").
  std::size_t html_markup(std::size_t i, std::size_t le) {
    if (s_.compare(i, 4, "<!--") == 0) {
      std::size_t end = comments_closed_ ? s_.find("-->", i + 4) : std::string_view::npos;
      if (end == std::string_view::npos) return comments_closed_ = false, 0;
      if (end + 3 <= le) return end + 3;
      resume_ = end + 3;  // the comment ends on a later line
      out_.put_byte('\n', le);
      return le;
    }
    std::size_t k = i + 1 + (i + 1 < le && s_[i + 1] == '/');
    std::size_t name_begin = k;
    while (k < le && (std::isalnum(static_cast<unsigned char>(s_[k])) || s_[k] == '-')) ++k;
    if (k == name_begin || !std::isalpha(static_cast<unsigned char>(s_[name_begin]))) return 0;
    if (k < le && s_[k] != '>' && s_[k] != ' ' && s_[k] != '/' && s_[k] != '\t') return 0;
    std::size_t close = find_before('>', k, le);
    if (close == std::string_view::npos) return 0;
    std::string name(s_.substr(name_begin, k - name_begin));
    for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (name == "br") out_.put_byte('\n', i);
    else if (html_block_tag(name)) out_.put_break(i, 1);
    return close + 1;
  }

  // Handles the mark at `i`; returns where to continue.
  std::size_t special(std::size_t i, std::size_t le) {
    char c = s_[i];
    if (c == '\r') return i + 1;
    if (c == '\\' && i + 1 < le && is_punct(s_[i + 1])) {
      out_.put_byte(s_[i + 1], i + 1);
      return i + 2;
    }
    if (c == '`') return i + 1;
    if (c == '!' && i + 1 < le && s_[i + 1] == '[') {  // image: dropped
      std::size_t close = find_before(']', i + 2, le);
      if (close < le)
        if (std::size_t end = link_target_end(close, le)) return end;
    }
    if (c == '[') {  // [text](url) and [text][ref] keep the text
      std::size_t close = find_before(']', i + 1, le);
      if (close < le)
        if (std::size_t end = link_target_end(close, le)) {
          inline_text(i + 1, close);
          return end;
        }
    }
    if (c == '<' && (s_.compare(i + 1, 4, "http") == 0 || s_.compare(i + 1, 7, "mailto:") == 0)) {
      std::size_t close = find_before('>', i, le);
      if (close < le) return close + 1;  // autolink: dropped
    }
    if (c == '&') {  // "&nbsp;", "&mdash;", "&#8217;": decoded as CommonMark does
      std::size_t len = 0;
      if (char32_t cp = decode_entity(s_.substr(0, le), i, len)) {
        out_.put_code_point(cp, i);
        return i + len;
      }
    }
    if (c == '<')
      if (std::size_t end = html_markup(i, le)) return end;
    if (c == '*' || c == '_' || c == '~') {
      std::size_t end = i;
      while (end < le && s_[end] == c) ++end;
      bool space_before = i == 0 || s_[i - 1] == ' ' || s_[i - 1] == '\n' || s_[i - 1] == '\t';
      bool space_after = end >= le || s_[end] == ' ' || s_[end] == '\t';
      bool intraword = c == '_' && i > 0 && is_alnum(s_[i - 1]) && end < le && is_alnum(s_[end]);
      bool single_tilde = c == '~' && end - i == 1;
      if (!(space_before && space_after) && !intraword && !single_tilde) return end;  // emphasis mark
      out_.put_original(i, end);
      return end;
    }
    out_.put_byte(c, i);
    return i + 1;
  }
};

// Keys a front matter writes the publication date under ("date", "pubDate", "published_at").
bool date_key(std::string_view key) {
  std::string k;
  for (char c : key)
    if (c != '_' && c != '-') k += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  static constexpr std::string_view kKeys[] = {
      "date",    "published", "pubdate",   "publishdate", "datepublished", "publishedat", "publishedon",
      "publicationdate", "created", "createdat", "datecreated", "posted", "postedat", "postedon", "postdate",
      "datetime", "firstpublished", "issued"};
  return std::find(std::begin(kKeys), std::end(kKeys), k) != std::end(kKeys);
}

}  // namespace

// Front matter, YAML ("---\ntitle: ...\ndate: 2023-11-27\n---") or TOML as
// Hugo writes it ("+++\ndate = 2023-11-27\n+++"): read as metadata, left
// out of the text. Returns where the body starts.
std::size_t read_front_matter(std::string_view s, DocumentMeta& meta, std::string& title) {
  std::size_t start = s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::string_view fence = s.substr(start, 3);
  if (fence != "---" && fence != "+++") return 0;
  if (s.compare(start + 3, 1, "\n") != 0 && s.compare(start + 3, 2, "\r\n") != 0) return 0;
  char assign = fence == "---" ? ':' : '=';
  std::size_t ls = s.find('\n', start) + 1;
  while (ls < s.size() && ls < start + kMaxFrontMatterBytes) {
    std::size_t nl = s.find('\n', ls);
    std::size_t le = nl == std::string_view::npos ? s.size() : nl;
    std::string_view line = s.substr(ls, le - ls);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == fence || (assign == ':' && line == "...")) return nl == std::string_view::npos ? s.size() : nl + 1;
    std::size_t colon = line.find(assign);
    if (colon != std::string_view::npos) {
      std::string_view key = line.substr(0, colon);
      while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
      std::string_view value = line.substr(colon + 1);
      while (!value.empty() && (value.front() == ' ' || value.front() == '"' || value.front() == '\'')) value.remove_prefix(1);
      while (!value.empty() && (value.back() == ' ' || value.back() == '"' || value.back() == '\'')) value.remove_suffix(1);
      if (key == "title" && title.empty()) title = std::string(value);
      else if (key == "author" && meta.author.empty()) meta.author = std::string(value);
      else if ((key == "source" || key == "publisher") && meta.source.empty()) meta.source = std::string(value);
      else if (date_key(key) && !meta.published)
        read_date_value(value, meta.published, meta.timezone);
    }
    if (nl == std::string_view::npos) break;
    ls = nl + 1;
  }
  return 0;  // not closed: not front matter
}

void convert_markdown(std::string_view original, TextBuilder& out, std::string& first_heading, DocumentMeta& meta) {
  DocumentMeta found;
  std::string title;
  std::size_t body = read_front_matter(original, found, title);
  if (body) {
    meta = found;
    first_heading = title;
  }
  MarkdownConverter(original, out, first_heading).run(body);
}

}  // namespace newsgraph::document_detail
