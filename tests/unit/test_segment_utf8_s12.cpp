// The UTF-8 sentence breaker (segment/ascii_breaks.hpp, utf8_sentence_breaks)
// against ICU's filtered English sentence iterator, which it replaces for
// text with curly quotes, dashes and accented letters.
#include <catch2/catch.hpp>

#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "segment/ascii_breaks.hpp"
#include "segment/sentences.hpp"

using newsgraph::segment_detail::utf8_sentence_breaks;

namespace {

// The boundaries ICU's "en@ss=standard" sentence iterator gives from next()
// on well-formed UTF-8 `text`, as byte offsets.
std::vector<std::uint32_t> icu_breaks(const std::string& text) {
  std::u16string units;
  std::vector<std::uint32_t> byte_of;  // of each UTF-16 unit, and the end
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    REQUIRE(c >= 0);
    for (int k = 0; k < U16_LENGTH(c); ++k) byte_of.push_back(static_cast<std::uint32_t>(start));
    if (U16_LENGTH(c) == 1) {
      units.push_back(static_cast<char16_t>(c));
    } else {
      units.push_back(static_cast<char16_t>(U16_LEAD(c)));
      units.push_back(static_cast<char16_t>(U16_TRAIL(c)));
    }
  }
  byte_of.push_back(static_cast<std::uint32_t>(text.size()));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  REQUIRE(U_SUCCESS(status));
  UText* ut = utext_openUChars(nullptr, reinterpret_cast<const UChar*>(units.data()),
                               static_cast<int64_t>(units.size()), &status);
  it->setText(ut, status);
  std::vector<std::uint32_t> out;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) out.push_back(byte_of[static_cast<std::size_t>(b)]);
  it.reset();
  utext_close(ut);
  return out;
}

std::vector<std::uint32_t> utf8_breaks(const std::string& text) {
  std::vector<std::uint32_t> out;
  REQUIRE(utf8_sentence_breaks(text, out));
  return out;
}

}  // namespace

TEST_CASE("UTF-8 sentence breaks equal ICU's on written cases", "[segment]") {
  const char* rows[] = {
      "The fleet sailed. Then it rained.",                                          // ASCII too
      "\xE2\x80\x9CWe are ready.\xE2\x80\x9D Then the ships left.",                 // curly quotes close a sentence
      "It rained \xE2\x80\x94 heavily. Then it stopped.",                           // em dash
      "He said \xE2\x80\x98no.\xE2\x80\x99 \xC3\x89lise left.",                     // an accented capital after
      "Jos\xC3\xA9 M. Garc\xC3\xAD""a arrived. Zo\xC3\xAB stayed.",                 // accented names and an initial
      "The M\xC3\x9C. Berlin office. \xC3\xA9t\xC3\xA9 was warm.",                  // SB7 with an accented capital; SB8
      "Costs rose 5.\xE2\x80\x93 Then fell. Prices\xC2\xA0rose. Again.",            // SContinue after a dot; NBSP is Sp
      "Mr.\xC2\xA0" "Brown came. Dr. M\xC3\xBCller left.",                             // a suppression before NBSP
      "It ended\xE2\x80\xA6 Then? \xE2\x80\x9CYes!\xE2\x80\x9D she said.",          // ellipsis character
      "Wait\xE2\x80\xBC Next. \xF0\x9F\x98\x80 Smile. \xE6\x9D\xB1\xE4\xBA\xAC.",  // STerm U+203C, an emoji, CJK
      "\xC3\xA9",
  };
  for (const char* row : rows) {
    CAPTURE(row);
    CHECK(utf8_breaks(row) == icu_breaks(row));
  }
}

TEST_CASE("UTF-8 sentence breaks equal ICU's on random texts", "[segment]") {
  // ASCII pieces of every rule, and non-ASCII letters, closing marks,
  // continuations, terminators, spaces and others of 2, 3 and 4 bytes.
  const char* pieces[] = {
      "a", "Z", "4", ".", ".", "?", "!", " ", "  ", "\n", "\r\n", "\"", ")", ",", "-", "Mr", " Mr.", "U.S.", "Ph.D.",
      "Ph.", "e.g.", "No.", "x",
      "\xC3\xA9",          // é Lower
      "\xC3\x89",          // É Upper
      "\xC3\x9F",          // ß Lower
      "\xC2\xA0",          // NBSP Sp
      "\xC2\xAB",          // « Close
      "\xC2\xBB",          // » Close
      "\xE2\x80\x99",      // ’ Close
      "\xE2\x80\x9C",      // “ Close
      "\xE2\x80\x9D",      // ” Close
      "\xE2\x80\x93",      // – SContinue
      "\xE2\x80\x94",      // — SContinue
      "\xE2\x80\xA6",      // … Other
      "\xE2\x80\xA4",      // ․ ATerm
      "\xE2\x80\xBC",      // ‼ STerm
      "\xE2\x82\xAC",      // € Other
      "\xD7\x90",          // א OLetter
      "\xE2\x85\xA0",      // Ⅰ Upper (roman numeral)
      "\xEF\xBC\x8E",      // ． ATerm (fullwidth)
      "\xEF\xBC\x91",      // １ Numeric (fullwidth)
      "\xF0\x9F\x98\x80",  // an emoji: Other, two UTF-16 units
      "\xF0\x9D\x90\x80",  // mathematical bold A: Upper, two UTF-16 units
  };
  std::mt19937 rng(20261212);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int k = 1 + static_cast<int>(rng() % 16); k > 0; --k) text += pieces[rng() % std::size(pieces)];
    CAPTURE(text);
    REQUIRE(utf8_breaks(text) == icu_breaks(text));
  }
}

TEST_CASE("UTF-8 text the rules leave out goes to ICU", "[segment]") {
  struct Row {
    const char* text;
    const char* why;
  };
  const Row rows[] = {
      {"Cafe\xCC\x81 opened. It rained.", "a combining accent (Extend)"},
      {"co\xC2\xADop. It rained.", "a soft hyphen (Format)"},
      {"One.\xE2\x80\xA8Two.", "a line separator (Sep)"},
      {"Bad \xC3 byte. Next.", "ill-formed UTF-8"},
      {"Surrogate \xED\xA0\x80. Next.", "an encoded surrogate"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.why);
    std::vector<std::uint32_t> out;
    CHECK_FALSE(utf8_sentence_breaks(row.text, out));
  }
  // segment_sentences still splits such text, with ICU.
  auto sentences = newsgraph::segment_sentences("Cafe\xCC\x81 opened. It rained.");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1].start == 15);  // bytes: "Cafe\xCC\x81 opened. " is 15
}

TEST_CASE("segment_sentences splits text with curly quotes at ICU's places", "[segment]") {
  std::string text = "\xE2\x80\x9CThe drill ended.\xE2\x80\x9D The ships left on Friday. Gen. M\xC3\xBCller spoke.";
  auto sentences = newsgraph::segment_sentences(text);
  REQUIRE(sentences.size() == 3);
  auto sentence = [&](std::size_t k) { return text.substr(sentences[k].start, sentences[k].end - sentences[k].start); };
  CHECK(sentence(0) == "\xE2\x80\x9CThe drill ended.\xE2\x80\x9D");
  CHECK(sentence(1) == "The ships left on Friday.");
  CHECK(sentence(2) == "Gen. M\xC3\xBCller spoke.");  // an abbreviation holds before an accented name
}
