// HTML to text: tags stripped, entities decoded, block elements end
// paragraphs, script/style/navigation dropped, <head> read as metadata.
#include <algorithm>
#include <array>
#include <cctype>

#include "document/text_builder.hpp"
#include "util/ascii.hpp"

namespace newsgraph::document_detail {
namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':' ||
         c == '_';
}
bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// Their content is never article text.
// (Not <form>: some sites wrap the whole page in one.)
constexpr std::array<std::string_view, 11> kDropped = {"script", "style",  "noscript", "template", "svg",   "iframe",
                                                       "object", "canvas", "nav",      "button",   "select"};
constexpr std::array<std::string_view, 38> kBlocks = {
    "address", "article", "aside",   "blockquote", "body",    "caption", "dd",     "details", "div",    "dl",
    "dt",      "fieldset", "figcaption", "figure", "footer",  "h1",      "h2",     "h3",      "h4",     "h5",
    "h6",      "header",  "hr",      "html",       "li",      "main",    "ol",     "p",       "pre",    "section",
    "summary", "table",   "tbody",   "td",         "th",      "thead",   "tr",     "ul"};

}  // namespace

bool html_block_tag(std::string_view name) { return one_of(kBlocks, name); }

namespace {

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  bool self_closing = false;
  std::size_t end = 0;  // one past '>'
  std::vector<std::pair<std::string, std::string>> attributes;  // lower-case names, raw values
  std::string attribute(std::string_view key) const {
    for (const auto& [k, v] : attributes)
      if (k == key) return v;
    return {};
  }
};

// Parses the tag at `i` ('<'); false when it is not a tag ("a < b").
bool parse_tag(std::string_view s, std::size_t i, Tag& tag) {
  std::size_t j = i + 1;
  tag = Tag{};
  if (j < s.size() && s[j] == '/') tag.closing = true, ++j;
  std::size_t name_start = j;
  while (j < s.size() && is_name_char(s[j])) ++j;
  if (j == name_start || !((s[name_start] >= 'a' && s[name_start] <= 'z') || (s[name_start] >= 'A' && s[name_start] <= 'Z')))
    return false;
  tag.name = ascii_lowered(s.substr(name_start, j - name_start));
  while (j < s.size() && s[j] != '>') {
    if (is_html_space(s[j])) { ++j; continue; }
    if (s[j] == '/') { tag.self_closing = true; ++j; continue; }
    std::size_t k = j;
    while (k < s.size() && !is_html_space(s[k]) && s[k] != '=' && s[k] != '>' && s[k] != '/') ++k;
    std::string key = ascii_lowered(s.substr(j, k - j));
    std::string value;
    if (k == j) ++k;  // a stray character
    j = k;
    while (j < s.size() && is_html_space(s[j])) ++j;
    if (j < s.size() && s[j] == '=') {
      ++j;
      while (j < s.size() && is_html_space(s[j])) ++j;
      if (j < s.size() && (s[j] == '"' || s[j] == '\'')) {
        char q = s[j++];
        std::size_t close = s.find(q, j);
        if (close == std::string_view::npos) close = s.size();
        value = std::string(s.substr(j, close - j));
        j = close + 1;
      } else {
        std::size_t v = j;
        while (j < s.size() && !is_html_space(s[j]) && s[j] != '>') ++j;
        value = std::string(s.substr(v, j - v));
      }
    }
    if (!key.empty()) tag.attributes.emplace_back(std::move(key), std::move(value));
  }
  tag.end = j < s.size() ? j + 1 : s.size();
  return true;
}

// Text of an element for metadata (<title>, <h1>), entities decoded.
void append_plain(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t len = 0;
    char32_t cp = s[i] == '&' ? decode_entity(s, i, len) : 0;
    if (cp) {
      append_utf8(out, cp == 0xA0 ? U' ' : cp);
      i += len - 1;
    } else if (is_html_space(s[i])) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += s[i];
    }
  }
}

std::string trimmed(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  std::size_t a = 0;
  while (a < s.size() && s[a] == ' ') ++a;
  return s.substr(a);
}

// "2023-11-27T20:00:00+09:00": the local date as written and its offset.
bool read_iso_timestamp(std::string_view value, std::optional<Date>& date, std::string& zone) {
  auto d = parse_iso_date(value.substr(0, 10));
  if (!d) return false;
  date = d;
  zone.clear();
  std::size_t t = value.find('T');
  if (t != std::string_view::npos) {
    std::size_t z = value.find_first_of("+-Z", t);
    if (z != std::string_view::npos) zone = std::string(value.substr(z));
  }
  return true;
}

// "datePublished": "..." in a JSON-LD script (no full JSON parse needed).
void read_json_ld(std::string_view script, DocumentMeta& meta) {
  std::size_t key = script.find("\"datePublished\"");
  if (key == std::string_view::npos || meta.published) return;
  std::size_t open = script.find('"', script.find(':', key + 15));
  if (open == std::string_view::npos) return;
  std::size_t close = script.find('"', open + 1);
  if (close == std::string_view::npos || close - open > 64) return;
  read_iso_timestamp(script.substr(open + 1, close - open - 1), meta.published, meta.timezone);
}

// Names of <meta> tags that carry the publication date.
bool published_key(std::string_view key) {
  static constexpr std::string_view kKeys[] = {
      "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
      "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
      "dcterms.issued", "parsely-pub-date", "sailthru.date", "article.published", "date.published",
      "og:published_time", "published_time", "article:published", "publication_date", "publication-date",
      "citation_publication_date", "citation_date"};
  return std::find(std::begin(kKeys), std::end(kKeys), key) != std::end(kKeys);
}

// <meta name="author" content="...">, article:published_time, og:site_name.
void read_meta_tag(const Tag& tag, DocumentMeta& meta) {
  std::string key = ascii_lowered(tag.attribute("name"));
  if (key.empty()) key = ascii_lowered(tag.attribute("property"));
  if (key.empty()) key = ascii_lowered(tag.attribute("itemprop"));
  std::string content;
  append_plain(content, tag.attribute("content"));
  content = trimmed(content);
  if (content.empty()) return;
  if ((key == "author" || key == "article:author") && meta.author.empty() && content.find("://") == std::string::npos)
    meta.author = content;
  else if (key == "og:site_name" && meta.source.empty())
    meta.source = content;
  else if (published_key(key) && !meta.published) {
    read_date_value(content, meta.published, meta.timezone);
  }
}

// Position of the closing tag "</name" (case-insensitive) from `i`, or size.
std::size_t find_closing(std::string_view s, std::size_t i, std::string_view name) {
  while (true) {
    std::size_t lt = s.find("</", i);
    if (lt == std::string_view::npos) return s.size();
    std::size_t k = lt + 2;
    std::size_t n = 0;
    while (n < name.size() && k + n < s.size() && ascii_lowered(s[k + n]) == name[n]) ++n;
    if (n == name.size() && (k + n >= s.size() || !is_name_char(s[k + n]))) return lt;
    i = lt + 2;
  }
}

// A <br> inside a running sentence ("the Ministry of<br>Defence said", "Tamm<br>met Saar"):
// the line is wrapped by hand, so the break is a space. It stays a line break where
// what follows may start a line of its own (a byline's outlet, an address, a second <br>).
bool br_inside_sentence(const std::string& built, std::string_view s, std::size_t after) {
  std::size_t k = after;
  while (k < s.size() && is_html_space(s[k])) ++k;
  if (k >= s.size() || s[k] == '<') return false;
  if (std::islower(static_cast<unsigned char>(s[k]))) return true;
  std::size_t end = built.size();
  while (end > 0 && built[end - 1] == ' ') --end;
  if (end == 0) return false;
  if (built[end - 1] == ',') return true;
  std::size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(built[begin - 1]))) --begin;
  static constexpr std::string_view kJoining[] = {"of", "for", "and", "the", "to", "in", "on", "at", "with", "by", "from", "a", "an"};
  std::string_view last(built.data() + begin, end - begin);
  return begin < end && std::find(std::begin(kJoining), std::end(kJoining), last) != std::end(kJoining) &&
         (begin == 0 || !std::isalnum(static_cast<unsigned char>(built[begin - 1])));
}

// "Ana Lopez", "Ana Pryce-Edwards": two to five capitalised words, no digit.
bool person_like(std::string_view text) {
  std::size_t words = 0;
  for (std::size_t i = 0; i <= text.size(); ++words) {
    std::size_t j = std::min(text.find(' ', i), text.size());
    auto first = j > i ? static_cast<unsigned char>(text[i]) : 0;
    if (!(std::isupper(first) || first >= 0x80)) return false;
    i = j + 1;
  }
  return words >= 2 && words <= 5 && std::none_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// <span class="author">Ana Lopez</span>, <div class="byline">: the writer, when no <meta>
// named one; "Baltic Wire / Ana Lopez": the outlet, then the writer. Only an element
// holding a name alone (no markup inside, no sentence) is read.
void read_author_element(std::string_view s, const Tag& tag, DocumentMeta& meta) {
  if (tag.closing || tag.self_closing || !meta.author.empty()) return;
  std::string cls = ascii_lowered(tag.attribute("class"));
  if (cls.find("author") == std::string::npos && cls.find("byline") == std::string::npos) return;
  std::size_t close = find_closing(s, tag.end, tag.name);
  std::string_view inner = s.substr(tag.end, close - tag.end);
  if (inner.size() > 160 || inner.find('<') != std::string_view::npos) return;
  std::string text;
  append_plain(text, inner);
  text = trimmed(std::move(text));
  std::string outlet;
  if (auto slash = text.find(" / "); slash != std::string::npos) outlet = text.substr(0, slash), text = text.substr(slash + 3);
  if (text.size() > 3 && ascii_lowered(text.substr(0, 3)) == "by ") text = trimmed(text.substr(3));  // "BY ANA LOPEZ"
  if (!person_like(text)) return;
  meta.author = text;
  if (meta.source.empty() && !outlet.empty() && outlet.find(" / ") == std::string::npos) meta.source = outlet;
}

// <span class="date">03.04.2027</span>, <p itemprop="datePublished">4 March 2027</p>, a <time>
// without its datetime: an element whose class or itemprop says it holds the article's date
// (no update's); its text alone, no markup inside, is read as a date value.
void read_date_element(std::string_view s, const Tag& tag, HtmlFindings& found) {
  constexpr std::size_t kMaxBytes = 80;
  if (tag.closing || tag.self_closing || found.time_element) return;
  std::string cls = ascii_lowered(tag.attribute("class")), prop = ascii_lowered(tag.attribute("itemprop"));
  auto has = [&](std::string_view w) { return cls.find(w) != std::string::npos; };
  bool other = has("updat") || has("modif") || has("timeline") || prop == "datemodified";
  bool dated = prop == "datepublished" || prop == "datecreated" || tag.name == "time" || has("date") || has("time") ||
               has("published");
  if (!dated || other) return;
  // <abbr class="published" title="2026-11-27T17:40:00+10:00">Nov 27</abbr>: the timestamp in an attribute
  for (std::string_view key : {"title", "content"})
    if (read_iso_timestamp(tag.attribute(key), found.time_element, found.time_zone)) return;
  std::size_t close = find_closing(s, tag.end, tag.name);
  std::string_view inner = s.substr(tag.end, close - tag.end);
  if (inner.size() > kMaxBytes || inner.find('<') != std::string_view::npos) return;
  std::string text;
  append_plain(text, inner);
  std::optional<Date> date;
  std::string zone;
  if (read_date_value(trimmed(std::move(text)), date, zone)) found.time_element = date, found.time_zone = zone;
}

struct HtmlState {
  bool in_head = false;
  bool in_pre = false;
  int h1_depth = 0;
  bool h1_done = false;
  bool row_open = false;  // a table row written as a line of cells: "| Chile | Chilean Navy |"
  int row_cells = 0;
  bool after_term = false;  // a <dt> just closed: its <dd> continues the line ("Latvia: CERT.LV")
};

// Position of the next opening tag "<name" (case-insensitive) from `i`, or size.
std::size_t find_opening(std::string_view s, std::size_t i, std::string_view name) {
  for (std::size_t lt = s.find('<', i); lt != std::string_view::npos; lt = s.find('<', lt + 1)) {
    std::size_t n = 0;
    while (n < name.size() && lt + 1 + n < s.size() && ascii_lowered(s[lt + 1 + n]) == name[n]) ++n;
    if (n == name.size() && (lt + 1 + n >= s.size() || !is_name_char(s[lt + 1 + n]))) return lt;
  }
  return s.size();
}

// The end of the element opened by `tag` (the index of its closing tag); a row whose
// end tag is left out ends where the next row or the table does.
std::size_t element_end(std::string_view s, const Tag& tag) {
  std::size_t close = find_closing(s, tag.end, tag.name);
  if (tag.name == "tr")
    close = std::min({close, find_opening(s, tag.end, "tr"), find_closing(s, tag.end, "table")});
  return close;
}

// A row whose cells hold a line of text each (no paragraph, list or line break inside):
// a table of data, written as one line. A layout table's cells hold whole paragraphs.
bool simple_row(std::string_view s, const Tag& tag) {
  std::size_t close = element_end(s, tag);
  Tag inner;
  for (std::size_t lt = s.find('<', tag.end); lt < close; lt = s.find('<', lt + 1))
    if (parse_tag(s, lt, inner) && !inner.closing && inner.name != "td" && inner.name != "th" &&
        (one_of(kBlocks, inner.name) || inner.name == "br"))
      return false;
  return close < s.size();
}

// A box of links to other pages (related stories, most read, a menu): an <aside>, <ul> or
// <ol> whose text lies inside links (headings aside), one of them a headline of four words
// or more. Its headlines name things the story does not speak of.
bool link_box(std::string_view s, const Tag& tag) {
  std::size_t close = element_end(s, tag);
  if (close >= s.size()) return false;
  Tag inner;
  int link_depth = 0, heading_depth = 0, words = 0, most_words = 0;
  bool in_word = false;
  for (std::size_t i = tag.end; i < close; ++i) {
    if (s[i] == '<' && parse_tag(s, i, inner)) {
      if (inner.name == "a") link_depth = inner.closing ? std::max(0, link_depth - 1) : link_depth + 1;
      if (inner.name.size() == 2 && inner.name[0] == 'h' && inner.name[1] >= '1' && inner.name[1] <= '6')
        heading_depth = inner.closing ? 0 : 1;
      if (inner.name == "a" && inner.closing) most_words = std::max(most_words, words), words = 0;
      i = inner.end - 1;
      in_word = false;
      continue;
    }
    bool letter = std::isalnum(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80;
    if (letter && !link_depth && !heading_depth) return false;
    if (letter && !in_word && link_depth) ++words;
    in_word = letter || s[i] == '&' || s[i] == ';' || s[i] == '#';
  }
  return most_words >= 4;
}

// Opens a cell of a row written as a line: "| " first, " | " between cells.
void put_cell_mark(std::size_t i, TextBuilder& out, HtmlState& st) {
  if (st.row_cells++ > 0) out.put_space(i);
  out.put_byte('|', i);
  out.put_space(i);
}

// Table rows, cells and the terms of a definition list; false when `tag` is none of them
// or is read as any block.
bool handle_row_tag(std::string_view s, std::size_t i, const Tag& tag, TextBuilder& out, HtmlState& st) {
  const std::string& name = tag.name;
  bool row_end = st.row_open && (name == "tr" || name == "table" || name == "tbody" || name == "thead" || name == "tfoot");
  if (row_end) {
    out.put_space(i);
    out.put_byte('|', i);
    out.put_break(i, 2);
    st.row_open = false;
    if (tag.closing || name != "tr") return true;
  }
  if (name == "tr" && !tag.closing && simple_row(s, tag)) {
    out.put_break(i, 2);
    st.row_open = true, st.row_cells = 0;
    return true;
  }
  if ((name == "td" || name == "th") && st.row_open) {
    if (!tag.closing) put_cell_mark(i, out, st);
    return true;
  }
  if (name == "dt" && tag.closing) {
    st.after_term = true;
    return true;
  }
  if (name == "dd" && !tag.closing && st.after_term) {
    st.after_term = false;
    std::size_t end = out.text().size();
    while (end > 0 && out.text()[end - 1] == ' ') --end;
    if (end > 0 && out.text()[end - 1] != ':') out.put_byte(':', i);
    out.put_space(i);
    return true;
  }
  return false;
}

// Handles one tag; returns where to continue.
std::size_t handle_tag(std::string_view s, std::size_t i, const Tag& tag, TextBuilder& out, DocumentMeta& meta,
                       HtmlFindings& found, HtmlState& st) {
  std::string& h1 = found.heading;
  const std::string& name = tag.name;
  bool box = !tag.closing && !tag.self_closing && (name == "aside" || name == "ul" || name == "ol") && link_box(s, tag);
  if (!tag.closing && !tag.self_closing && (one_of(kDropped, name) || name == "title" || box)) {
    std::size_t close = find_closing(s, tag.end, name);
    if (name == "title" && meta.title.empty()) {
      std::string title;
      append_plain(title, s.substr(tag.end, close - tag.end));
      meta.title = trimmed(std::move(title));
    }
    if (name == "script" && tag.attribute("type").find("ld+json") != std::string::npos)
      read_json_ld(s.substr(tag.end, close - tag.end), meta);
    std::size_t gt = s.find('>', close);
    return gt == std::string_view::npos ? s.size() : gt + 1;
  }
  if (name == "meta") read_meta_tag(tag, meta);
  if (!st.in_head && (name == "span" || name == "div" || name == "p" || name == "a")) read_author_element(s, tag, meta);
  if (name == "time" && !tag.closing && !found.time_element && !st.in_head)
    read_iso_timestamp(tag.attribute("datetime"), found.time_element, found.time_zone);
  if (!st.in_head && (name == "span" || name == "div" || name == "p" || name == "time" || name == "small" || name == "abbr"))
    read_date_element(s, tag, found);
  if (name == "head") st.in_head = !tag.closing;
  if (name == "body") st.in_head = false;
  if (name == "pre") st.in_pre = !tag.closing;
  if (name == "h1" && !st.h1_done) {
    st.h1_depth = tag.closing ? 0 : 1;
    if (tag.closing) st.h1_done = !h1.empty();
  }
  if (name != "dd" && name != "dt") st.after_term = false;
  if (handle_row_tag(s, i, tag, out, st)) return tag.end;
  if (name == "br") {
    if (!st.in_pre && br_inside_sentence(out.text(), s, tag.end)) out.put_space(i);
    else out.put_break(i, 1);
  }
  else if (one_of(kBlocks, name)) out.put_break(i, 2);
  // a list item opens with a bullet, as a plain-text or Markdown list writes it: "- Estonia:
  // Estonian Defence Forces Cyber Command" is an item, the same line without it a title
  if (name == "li" && !tag.closing) {
    out.put_byte('-', i);
    out.put_space(i);
  }
  return tag.end;
}

// "<!-- ... -->", "<!DOCTYPE ...>", "<?xml ...?>" at i: the index after it; i when none starts there.
std::size_t skip_declaration(std::string_view s, std::size_t i) {
  if (s.compare(i, 4, "<!--") == 0) {
    std::size_t end = s.find("-->", i + 4);
    return end == std::string_view::npos ? s.size() : end + 3;
  }
  if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?')) {
    std::size_t end = s.find('>', i);
    return end == std::string_view::npos ? s.size() : end + 1;
  }
  return i;
}

// A space character at i: kept as written inside <pre>, else one space; one space in the heading.
void put_html_space(char c, std::size_t i, const HtmlState& st, TextBuilder& out, std::string& h1) {
  if (st.in_pre && c == '\n') out.put_byte('\n', i);
  else if (st.in_pre) out.put_byte(' ', i);
  else out.put_space(i);
  if (st.h1_depth && !h1.empty() && h1.back() != ' ') h1 += ' ';
}

}  // namespace

void convert_html(std::string_view s, TextBuilder& out, DocumentMeta& meta, HtmlFindings& found) {
  std::string& h1 = found.heading;
  HtmlState st;
  Tag tag;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '<') {
      if (std::size_t after = skip_declaration(s, i); after != i) {
        i = after;
        continue;
      }
      if (parse_tag(s, i, tag)) {
        i = handle_tag(s, i, tag, out, meta, found, st);
        continue;
      }
    }
    if (st.in_head) {
      ++i;
      continue;
    }
    if (c == '&') {
      std::size_t len = 0;
      if (char32_t cp = decode_entity(s, i, len)) {
        if (cp == 0xA0 || cp == ' ') out.put_space(i);
        else out.put_code_point(cp, i);
        if (st.h1_depth) append_plain(h1, s.substr(i, len));
        i += len;
        continue;
      }
    }
    if (is_html_space(c)) {
      put_html_space(c, i, st, out, h1);
      ++i;
      continue;
    }
    std::size_t run = i;
    while (run < s.size() && s[run] != '<' && s[run] != '&' && !is_html_space(s[run])) ++run;
    if (run == i) run = i + 1;  // a '<' or '&' that starts nothing
    out.put_original(i, run);
    if (st.h1_depth) h1.append(s.substr(i, run - i));
    i = run;
  }
  h1 = trimmed(std::move(h1));
}

}  // namespace newsgraph::document_detail
