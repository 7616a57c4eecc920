// The byte scans that take eight bytes at a time (binary check, plain runs
// of the text builder, UTF-16 for the sentence splitter) must judge every
// byte as the byte-by-byte ones did, wherever in a chunk it falls.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "document/document.hpp"
#include "segment/sentences.hpp"

using namespace newsgraph;

namespace {

LoadedDocument load_text(const std::string& bytes) {
  std::istringstream in(bytes);
  DocumentLoadSettings settings;
  settings.standard_input = &in;
  return load_document(InputDocument{"-", {}}, settings);
}

// `length` bytes of prose with `controls` copies of `control` spread over it
// (at odd offsets, so they fall at every place of an eight-byte chunk).
std::string with_controls(std::size_t length, std::size_t controls, char control) {
  std::string s;
  const std::string prose = "The harbour board met\ton Tuesday.\nIt agreed a plan. ";
  while (s.size() < length) s += prose;
  s.resize(length);
  for (std::size_t k = 0; k < controls; ++k) s[7 + k * 9] = control;
  return s;
}

}  // namespace

TEST_CASE("control bytes are counted wherever they fall in a chunk", "[document]") {
  // More than one byte in ten a control byte: not a text.
  CHECK(load_text(with_controls(200, 21, '\x01')).skip_reason.find("control characters") != std::string::npos);
  CHECK(load_text(with_controls(200, 21, '\x7F')).skip_reason.find("control characters") != std::string::npos);
  CHECK(load_text(with_controls(200, 21, '\x1F')).skip_reason.find("control characters") != std::string::npos);
  // Tabs, newlines and at most one byte in ten: still a text.
  CHECK(load_text(with_controls(200, 20, '\x01')).skip_reason.find("control characters") == std::string::npos);
  CHECK(load_text(with_controls(200, 21, '\t')).skip_reason.empty());
  CHECK(load_text(with_controls(200, 21, ' ')).skip_reason.empty());
}

TEST_CASE("plain runs end at a tab, a CR or a non-ASCII byte at any place of a chunk", "[document]") {
  for (std::size_t at = 0; at < 17; ++at) {
    std::string text(24, 'a');
    text[at] = '\t';
    auto loaded = load_text(text);
    REQUIRE(loaded.document);
    CHECK(loaded.document->text.find('\t') == std::string::npos);  // a tab is read as a space
    std::string cr(24, 'b');
    cr[at] = '\r';
    auto crs = load_text(cr);
    REQUIRE(crs.document);
    CHECK(crs.document->text.find('\r') == std::string::npos);  // a lone CR is read as a newline
    std::string accent(24, 'c');
    accent.replace(at, 2, "\xC3\xA9");  // U+00E9
    auto accented = load_text(accent);
    REQUIRE(accented.document);
    CHECK(accented.document->text.find("\xC3\xA9") != std::string::npos);
  }
}

TEST_CASE("sentence offsets stay byte offsets after non-ASCII text at any place of a chunk", "[segment]") {
  for (std::size_t pad = 0; pad < 10; ++pad) {
    std::string text = std::string(pad, 'x') + " Caf\xC3\xA9 owners met. The board agreed.";
    auto sentences = segment_sentences(text, SegmentWords{});
    REQUIRE(sentences.size() == 2);
    CHECK(text.substr(sentences[1].start, sentences[1].end - sentences[1].start) == "The board agreed.");
  }
}
