// Names a document gives in short that another of its names spells out: a listed
// acronym the document spells for another body ("the Australian Federal Police ...
// the AFP's cyber centre" is not the news agency the lexicon knows as "AFP"), and a
// lower-case occasion that shortens a capitalised one ("the Vang Vieng forum" after
// "the Vang Vieng Cyber Security Forum").
#include <algorithm>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {
namespace {

// The initials of a label's capitalised words, function words skipped ("AFP" of
// "Australian Federal Police"; "AF" of "Agence France-Presse").
std::string initials_of(const Lexicon& lex, const std::string& label) {
  std::string out;
  for_each_word(label, [&](std::string_view w) {
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && !lex.function_word_set.count(ascii_lowered(w))) out.push_back(w[0]);
  });
  return out;
}

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

// A listed organisation the document names only by an acronym ("AFP") is the one other
// organisation of the document whose capitalised words' initials spell it, when the
// lexicon's own label does not ("Agence France-Presse"): the document says which it means.
void Recogniser::merge_lexicon_acronyms() {
  const int n = static_cast<int>(doc_.entities.size());
  for (int a = 0; a < n; ++a) {
    const DocEntity& ea = doc_.entities[a];
    if (ea.type != NodeType::Organisation || ea.lexicon < 0 || redirect_.count(a)) continue;
    std::vector<std::string> forms = mentioned_forms(a);
    if (forms.size() != 1 || forms[0].size() < 2 || forms[0].size() > 6 || !ascii_capitals(forms[0]) ||
        initials_of(lex_, ea.label) == forms[0])
      continue;
    int body = -1, found = 0;
    for (int f = 0; f < n; ++f)
      if (f != a && !redirect_.count(f) && doc_.entities[f].type == NodeType::Organisation &&
          doc_.entities[f].label.find(' ') != std::string::npos && initials_of(lex_, doc_.entities[f].label) == forms[0])
        body = f, ++found;
    if (found != 1) continue;
    redirect_[a] = body;
    auto& names = doc_.entities[body].names;
    if (std::find(names.begin(), names.end(), forms[0]) == names.end()) names.push_back(forms[0]);
  }
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
