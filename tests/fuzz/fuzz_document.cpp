// libFuzzer target: the document reader (every format), sentence
// segmentation and time expressions on arbitrary bytes. Checks that
// sentences are ordered, trimmed and inside the text, that every span maps
// inside the original bytes, and that time expressions lie in their sentence.
#include <cstddef>
#include <cstdint>
#include <string>

#include "document/document.hpp"
#include "fuzz_input.hpp"
#include "segment/sentences.hpp"
#include "temporal/time_expressions.hpp"

using namespace newsgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  Document doc = fuzz_document(data, size, "fuzz");
  std::size_t previous_end = 0;
  for (const Sentence& s : segment_sentences(doc.text)) {
    if (s.start < previous_end || s.end <= s.start || s.end > doc.text.size()) __builtin_trap();
    if (doc.text[s.start] == ' ' || doc.text[s.end - 1] == ' ') __builtin_trap();
    previous_end = s.end;
    auto [a, b] = doc.original_span(s.start, s.end);
    if (a > b || b > doc.original.size()) __builtin_trap();
    std::string_view sentence(doc.text.data() + s.start, s.end - s.start);
    std::optional<Date> published = doc.meta.published ? doc.meta.published : Date{2024, 2, 29};
    std::size_t last = 0;
    for (const auto& e : find_time_expressions(sentence, published)) {
      if (e.start < last || e.end <= e.start || e.end > sentence.size()) __builtin_trap();
      last = e.end;
      for (const auto& d : {e.date, e.until})
        if (d && (d->month > 12 || (d->day && d->day > days_in_month(d->year, d->month)))) __builtin_trap();
    }
  }
  return 0;
}
