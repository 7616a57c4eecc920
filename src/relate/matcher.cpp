#include "relate/matcher.hpp"

#include <algorithm>
#include <cctype>

namespace newsgraph::detail {
namespace {

bool boundary(const std::string& key) { return key == ";" || key == "." || key == ":" || key == "?" || key == "!"; }

const std::vector<std::string> kExtenders = {"alongside", "along with", "as well as", "together with", "such as", "including", "like"};

struct Matcher {
  const RelationPattern& p;
  const std::vector<Item>& items;
  const ItemContext& ctx;
  std::size_t sentence;
  PatternMatch m;

  // "the two" are the two who met; "the two nations", "both countries" what they stand for.
  const std::vector<int>& pair_of(const Item& it) const {
    const auto& toks = ctx.doc->sentences[sentence].tokens;
    const std::string& noun = it.end > 0 && it.end - 1 < toks.size() ? toks[it.end - 1].key : it.key;
    if ((noun == "nations" || noun == "countries") && !ctx.last_nation_pair.empty()) return ctx.last_nation_pair;
    bool parties = noun == "nations" || noun == "countries" || noun == "sides" || noun == "allies" || noun == "parties";
    return parties && !ctx.last_party_pair.empty() ? ctx.last_party_pair : ctx.last_pair;
  }

  // Called for every item and pattern: looks at the entities in place (no copy).
  bool fits(const PatternElement& e, const Item& it) const {
    if (!it.is_entity()) return false;
    const int* first = &it.entity;
    std::size_t count = 1;
    if (it.key == "<pair>") {
      const std::vector<int>& pair = pair_of(it);
      first = pair.data(), count = pair.size();
    } else if (!it.group.empty()) {
      first = it.group.data(), count = it.group.size();
    }
    if (count == 0) return false;
    for (std::size_t k = 0; k < count; ++k)
      if (std::find(e.types.begin(), e.types.end(), entity_type(ctx, first[k])) == e.types.end()) return false;
    return true;
  }
  void add(std::vector<int>& to, const Item& it) const {
    if (it.key == "<pair>") to.insert(to.end(), pair_of(it).begin(), pair_of(it).end());
    else if (it.group.empty()) to.push_back(it.entity);
    else to.insert(to.end(), it.group.begin(), it.group.end());
  }

  // A slot takes a coordinated list: "Sweden, Finland, and now South Korea".
  std::size_t take_list(const PatternElement& e, std::size_t i, std::vector<int>& out) const {
    add(out, items[i]);
    std::size_t j = i + 1;
    if (p.name.starts_with("surface_")) return j;  // "NIS, Japan's agency": only Japan owns it
    while (j < items.size()) {
      std::size_t k = j;
      bool sep = false;
      while (k < items.size() && (items[k].key == "," || items[k].key == "and" || items[k].key == "or" ||
                                  items[k].key == "now" || items[k].key == "the")) {
        sep |= items[k].key != "the";
        ++k;
      }
      if (!sep || k >= items.size() || !fits(e, items[k])) break;
      if (items[k].key == "<pair>") break;  // "met with B, and the two agreed": a new subject
      if (k + 1 < items.size() && items[k + 1].key == "'s") break;  // "Tartu, Estonia's second city"
      add(out, items[k]);
      j = k + 1;
    }
    return j;
  }

  // A target that only qualifies what follows is not the target: "NATO" in
  // "joins NATO's Cyber Defense Unit" or "admitted to NATO Cyber Defense Center".
  bool modifies_next(std::size_t next) const {
    if (next >= items.size() || items[next].is_entity()) return false;
    const Item& it = items[next];
    if (it.key == "'s") return true;
    const auto& toks = ctx.doc->sentences[sentence].tokens;
    if (it.begin >= toks.size() || !toks[it.begin].word) return false;
    if (toks[it.begin].capital) return true;
    // "NATO cyber exercise": a lower-case noun after the name, unless it names
    // the same kind of thing ("the Cyber Flag exercise") or is a function word.
    const std::string& k = it.key;
    const Lexicon& lex = *ctx.lex;
    // A past form ("Cyber Flag ended in 2022") is the verb after the name, not a noun it qualifies.
    if (lex.function_word_set.count(k) || k.ends_with("ly") || k.ends_with("ed") || lex.anaphor_type.count(k) ||
        lex.head_type.count(k))
      return false;
    return std::isalpha(static_cast<unsigned char>(k[0])) != 0;
  }

  // Words matched at i: the length in items, 0 when none.
  std::size_t words_at(const PatternElement& e, std::size_t i) const {
    for (const auto& alt : e.words) {
      // A hyphenated word is one token whose key has a space ("director-general").
      if (i < items.size() && (!items[i].is_entity() || items[i].head_word) && items[i].key == alt) return 1;
      std::size_t len = 0, pos = 0;
      bool ok = true;
      std::string_view words(alt);
      while (pos <= words.size()) {
        auto space = words.find(' ', pos);
        std::string_view w = words.substr(pos, space == std::string::npos ? std::string::npos : space - pos);
        if (i + len >= items.size() || items[i + len].key != w || items[i + len].is_entity()) {
          ok = false;
          break;
        }
        ++len;
        if (space == std::string::npos) break;
        pos = space + 1;
      }
      if (ok && len) return len;
    }
    return 0;
  }

  bool run(std::size_t ei, std::size_t i) {
    if (ei == p.elements.size()) {
      m.last = i - 1;
      return true;
    }
    const PatternElement& e = p.elements[ei];
    if (e.optional && run_element(e, ei, i)) return true;
    if (e.optional) return run(ei + 1, i);
    return run_element(e, ei, i);
  }

  bool run_element(const PatternElement& e, std::size_t ei, std::size_t i) {
    switch (e.kind) {
      case PatternElement::Slot: {
        if (i + 1 < items.size() && items[i].key == "the" && fits(e, items[i + 1])) ++i;
        if (i >= items.size() || !fits(e, items[i])) return false;
        auto& to = e.role == 'S' ? m.sources : m.targets;
        std::size_t before = to.size();
        std::size_t next = take_list(e, i, to);
        if (e.role == 'O' && ei + 1 == p.elements.size() && modifies_next(next)) {
          to.resize(before);
          return false;
        }
        if (run(ei + 1, next)) return true;
        to.resize(before);
        return false;
      }
      case PatternElement::Words: {
        std::size_t len = words_at(e, i);
        return len && run(ei + 1, i + len);
      }
      case PatternElement::End:
        return (i >= items.size() || boundary(items[i].key) || items[i].key == ",") && run(ei + 1, i);
      case PatternElement::Gap:
        for (std::size_t k = 0; k <= e.max_gap && i + k <= items.size(); ++k) {
          if (k > 0 && boundary(items[i + k - 1].key)) return false;
          if (run(ei + 1, i + k)) return true;
        }
        return false;
    }
    return false;
  }

  // After the last slot: "... alongside other countries such as A, B and C".
  void extend(std::size_t from) {
    const PatternElement& last = p.elements.back();
    if (last.kind != PatternElement::Slot) return;
    auto& to = last.role == 'S' ? m.sources : m.targets;
    bool extender = false;
    for (std::size_t i = from, seen = 0; i < items.size() && seen < 12; ++i, ++seen) {
      const Item& it = items[i];
      if (boundary(it.key) || it.key == "but" || it.key == "while" || it.key == "which" || it.key == "who") return;
      if (it.is_entity()) {
        if (extender && fits(last, it)) {
          std::vector<int> more;
          take_list(last, i, more);
          for (int x : more)
            if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
          return;
        }
        std::size_t b = i > 0 && items[i - 1].key == "the" ? i - 1 : i;
        if (b == 0 || items[b - 1].key != "of") return;
        continue;
      }
      for (const auto& x : kExtenders) {
        auto space = x.find(' ');
        if (space == std::string::npos ? it.key == x
                                       : (it.key == x.substr(0, space) && i + 1 < items.size() &&
                                          items[i + 1].key == x.substr(space + 1)))
          extender = true;
      }
    }
  }
};

}  // namespace

std::vector<PatternMatch> match_pattern(const RelationPattern& pattern, const std::vector<Item>& items,
                                        const ItemContext& ctx, std::size_t sentence,
                                        const std::unordered_set<std::string_view>& keys) {
  std::vector<PatternMatch> out;
  // Cheap test first: a word the pattern cannot do without must be there.
  if (!pattern.anchors.empty() &&
      std::none_of(pattern.anchors.begin(), pattern.anchors.end(), [&](const std::string& w) { return keys.count(w) > 0; }))
    return out;
  bool starts_with_slot = !pattern.elements.empty() && pattern.elements[0].kind == PatternElement::Slot;
  bool starts_with_anchor = !pattern.elements.empty() && pattern.elements[0].kind == PatternElement::Words &&
                            !pattern.elements[0].optional;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (starts_with_slot && items[i].entity < 0 && items[i].group.empty() && items[i].key != "the" && items[i].key != "<pair>")
      continue;
    if (starts_with_anchor &&
        std::find(pattern.anchors.begin(), pattern.anchors.end(), items[i].key) == pattern.anchors.end())
      continue;
    Matcher mt{pattern, items, ctx, sentence, {}};
    mt.m.first = i;
    if (!mt.run(0, i)) continue;
    mt.extend(mt.m.last + 1);
    out.push_back(std::move(mt.m));
  }
  return out;
}

}  // namespace newsgraph::detail
