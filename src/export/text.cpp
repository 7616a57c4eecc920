#include "export/text.hpp"

#include "util/names.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <unordered_set>
#include <cstdint>
#include <sstream>

namespace newsgraph::text {
namespace {

// Length of the UTF-8 sequence at `s[i]` and its code point; 0 when invalid.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

bool allowed(char32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  if (cp == 0x7F) return false;
  return cp != 0xFFFE && cp != 0xFFFF;
}

}  // namespace

std::string clean(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    char32_t cp = 0;
    std::size_t len = decode(in, i, cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (allowed(cp)) out.append(in.substr(i, len));
    i += len;
  }
  return out;
}

void write_xml(std::ostream& out, std::string_view in) {
  std::string safe = clean(in);
  std::size_t from = 0;
  for (std::size_t i = 0; i < safe.size(); ++i) {
    const char* rep = nullptr;
    switch (safe[i]) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '"': rep = "&quot;"; break;
      case '\'': rep = "&apos;"; break;
      case '\t': rep = "&#9;"; break;
      case '\n': rep = "&#10;"; break;
      case '\r': rep = "&#13;"; break;
      default: continue;
    }
    out.write(safe.data() + from, static_cast<std::streamsize>(i - from));
    out << rep;
    from = i + 1;
  }
  out.write(safe.data() + from, static_cast<std::streamsize>(safe.size() - from));
}

std::string xml(std::string_view in) {
  std::ostringstream out;
  write_xml(out, in);
  return out.str();
}

void write_csv(std::ostream& out, std::string_view in) {
  out << '"';
  for (char c : clean(in)) {
    if (c == '"')
      out << "\"\"";
    else if (c == '\n' || c == '\r' || c == '\t')
      out << ' ';
    else
      out << c;
  }
  out << '"';
}

std::string dot_label(std::string_view in) {
  std::string out;
  for (char c : clean(in)) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n' || c == '\r' || c == '\t')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string dot_html(std::string_view in) {
  std::string out = xml(in);
  // Character references for newlines would still break a line in a cell.
  for (std::string_view ref : {"&#9;", "&#10;", "&#13;"})
    for (auto at = out.find(ref); at != std::string::npos; at = out.find(ref)) out.replace(at, ref.size(), " ");
  return out;
}

std::string shorten(std::string_view in, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if ((static_cast<unsigned char>(in[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return std::string(in.substr(0, i)) + "\xE2\x80\xA6";
  }
  return std::string(in);
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::string number(double value) {
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string iri_part(std::string_view in, bool keep_slash) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : in) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || (keep_slash && c == '/')) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::vector<std::string> entity_keys(const KnowledgeGraph& graph) {
  std::vector<std::string> keys(graph.node_count());
  std::unordered_set<std::string> seen;
  for (NodeId v = 0; v < graph.node_count(); ++v) {
    std::string key = name_key(graph.node(v).label);
    for (char& c : key)
      if (c == ' ') c = '-';
    key = iri_part(key.empty() ? graph.node(v).label : key, false);
    if (!seen.insert(key).second) key += "-" + KnowledgeGraph::node_key(v);
    keys[v] = std::move(key);
  }
  return keys;
}

EvidenceSummary summarise_evidence(const EdgeProps& edge) {
  EvidenceSummary s;
  s.count = edge.evidence.size();
  if (!edge.evidence.empty()) s.first_sentence = edge.evidence.front().sentence;
  for (const auto& e : edge.evidence)
    if (std::find(s.documents.begin(), s.documents.end(), e.doc) == s.documents.end()) s.documents.push_back(e.doc);
  return s;
}

}  // namespace newsgraph::text
