// Names a document gives in short that another of its names spells out: the forms
// an entity is mentioned by, and a lower-case occasion that shortens a capitalised
// one ("the Vang Vieng forum" after "the Vang Vieng Cyber Security Forum"). (A listed
// acronym the document spells for another body: merges.cpp, beside the other
// acronym merge.)
#include <algorithm>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {
namespace {

// The capitalised words opening a label, up to its first lower-case word ("Vang Vieng"
// of "Vang Vieng forum"); the lower-case rest in `rest`.
std::string capital_stem(const std::string& label, std::string* rest) {
  std::size_t at = 0;
  while (at < label.size()) {
    std::size_t sp = label.find(' ', at);
    std::string_view w = std::string_view(label).substr(at, sp == std::string::npos ? std::string::npos : sp - at);
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') break;
    at = sp == std::string::npos ? label.size() : sp + 1;
  }
  *rest = at < label.size() ? label.substr(at) : std::string();
  return at == 0 ? std::string() : label.substr(0, at - 1);
}

}  // namespace

// The surface forms the document mentions entity `e` by, each once.
std::vector<std::string> Recogniser::mentioned_forms(int e) const {
  std::vector<std::string> forms;
  for (const auto& s : doc_.sentences)
    for (const Mention& m : s.mentions)
      if (m.entity == e) {
        std::string form = span_text(text_, s, m.begin, m.end);
        if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
      }
  return forms;
}

// "the Vang Vieng forum", "the Byblos cyber conference" (an event read from its lower-case
// head, lowercase_heads.cpp) after "the Vang Vieng Cyber Security Forum": the one capitalised
// event of the document that opens with the same words and holds the head word is it.
void Recogniser::merge_lowercase_occasions() {
  const int n = static_cast<int>(doc_.entities.size());
  for (int a = 0; a < n; ++a) {
    const DocEntity& ea = doc_.entities[a];
    if (ea.type != NodeType::Event || ea.lexicon >= 0 || redirect_.count(a)) continue;
    std::string rest;
    std::string stem = capital_stem(ea.label, &rest);
    std::string head = rest.substr(rest.rfind(' ') == std::string::npos ? 0 : rest.rfind(' ') + 1);
    auto type = lex_.lowercase_head_type.find(head);
    if (stem.empty() || rest.empty() || type == lex_.lowercase_head_type.end() || type->second != NodeType::Event) continue;
    int full = -1, found = 0;
    for (int f = 0; f < n; ++f) {
      const DocEntity& ef = doc_.entities[f];
      if (f == a || redirect_.count(f) || ef.type != NodeType::Event || !ef.label.starts_with(stem + " ")) continue;
      bool headed = false;  // the head word, capitalised, among its own words ("Forum", "Conference")
      for_each_word(std::string_view(ef.label).substr(stem.size()), [&](std::string_view w) {
        headed |= !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && ascii_lowered(w) == head;
      });
      if (headed) full = f, ++found;
    }
    if (found == 1) merge_into(a, full);
  }
}

}  // namespace newsgraph::detail
