#include "relate/relate.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "relate/dating.hpp"
#include "relate/matcher.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph {
namespace {

using detail::Dating;
using detail::Item;

// ", who see cyberspace as ...," is cut out of the clause; what it says
// about its antecedent becomes a sequence of its own.
std::vector<std::vector<Item>> split_relative_clauses(std::vector<Item> items) {
  std::vector<std::vector<Item>> extra;
  for (std::size_t i = 1; i + 1 < items.size(); ++i) {
    if (items[i].key != "," || (items[i + 1].key != "who" && items[i + 1].key != "which")) continue;
    std::size_t close = 0;
    for (std::size_t k = i + 2; k < items.size() && k < i + 30; ++k) {
      if (items[k].key == "." || items[k].key == ";") break;
      if (items[k].key == ",") {
        close = k;
        break;
      }
    }
    if (!close) continue;
    if (items[i - 1].is_entity()) {
      std::vector<Item> clause{items[i - 1]};
      clause.insert(clause.end(), items.begin() + static_cast<long>(i + 2), items.begin() + static_cast<long>(close));
      extra.push_back(std::move(clause));
    }
    items.erase(items.begin() + static_cast<long>(i), items.begin() + static_cast<long>(close + 1));
  }
  extra.insert(extra.begin(), std::move(items));
  return extra;
}

bool negated(const Lexicon& lex, const std::vector<Item>& items, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i <= last && i < items.size(); ++i) {
    const std::string& k = items[i].key;
    if (k.empty()) continue;
    if (lex.negator_set.count(k) || lex.modal_set.count(k) || k.ends_with("n't")) return true;
    if (i + 1 <= last && (lex.negator_set.count(k + " " + items[i + 1].key) || lex.modal_set.count(k + " " + items[i + 1].key)))
      return true;
  }
  return false;
}

class Relater {
 public:
  Relater(const DocAnalysis& doc, std::string_view text, std::optional<Date> published, const Lexicon& lex)
      : doc_(doc), text_(text), published_(published), lex_(lex) {
    ctx_.doc = &doc;
    ctx_.lex = &lex;
  }

  std::vector<Relation> run() {
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) sentence(si);
    people_act_for_what_they_lead();
    date_event_edges();
    lexicon_knowledge();
    return std::move(out_);
  }

 private:
  void sentence(std::size_t si) {
    const SentenceAnalysis& s = doc_.sentences[si];
    std::string_view stext = text_.substr(s.start, s.end - s.start);
    stext_ = stext;
    auto exprs = find_time_expressions(stext, published_);
    std::size_t first_relation = out_.size();
    quiet_ = exprs.empty() && !detail::other_time_words(stext);
    std::vector<detail::ChunkRelation> chunks;
    auto clauses = split_relative_clauses(detail::build_items(s, ctx_, true, &chunks));
    auto surface = detail::build_items(s, ctx_, false, nullptr);
    for (const auto& c : chunks) add(c.source, c.target, c.type, {}, si, c.pattern, c.confidence);
    auto keys_of = [](const std::vector<Item>& items) {
      std::unordered_set<std::string_view> keys;
      for (const auto& it : items) keys.insert(it.key);
      return keys;
    };
    auto surface_keys = keys_of(surface);
    std::vector<std::unordered_set<std::string_view>> clause_keys;
    for (const auto& clause : clauses) clause_keys.push_back(keys_of(clause));
    for (const auto& p : lex_.patterns) {
      if (p.name.starts_with("surface_")) {
        apply(p, surface, si, exprs, surface_keys);
        continue;
      }
      for (std::size_t c = 0; c < clauses.size(); ++c) apply(p, clauses[c], si, exprs, clause_keys[c]);
    }
    std::vector<detail::StatedFact> facts;
    for (std::size_t r = first_relation; r < out_.size(); ++r)
      facts.push_back({out_[r].type, out_[r].source, out_[r].target});
    narrative_.observe(exprs, s.headline, stext, std::move(facts));
    events_.observe(si, exprs, stext, events_named(s));
    has_time_words_.push_back(!exprs.empty());
    for (const auto& m : s.mentions) {
      latest_[doc_.entities[m.entity].type] = m.entity;
      NodeType t = doc_.entities[m.entity].type;
      if (ctx_.previous_subject < 0 || &m == &s.mentions.front())
        if (t == NodeType::Organisation || t == NodeType::Nation) ctx_.previous_subject = m.entity;
    }
  }

  void apply(const RelationPattern& p, const std::vector<Item>& items, std::size_t si,
             const std::vector<TimeExpression>& exprs, const std::unordered_set<std::string_view>& keys) {
    const SentenceAnalysis& s = doc_.sentences[si];
    for (auto& m : detail::match_pattern(p, items, ctx_, si, keys)) {
      if (negated(lex_, items, m.first, m.last)) continue;
      EdgeType relation = p.relation;
      for (std::size_t k = m.first; relation == EdgeType::leads && k <= m.last; ++k)
        if (lex_.demoting_set.count(items[k].key)) relation = EdgeType::affiliated_with;
      if (m.targets.empty() && p.implicit_object) {
        auto it = latest_.find(*p.implicit_object);
        if (it == latest_.end() || named_later(items, m.last + 1, *p.implicit_object)) continue;
        m.targets.push_back(it->second);
      }
      std::size_t from = s.tokens[items[m.first].begin].start - s.start;
      std::size_t to = s.tokens[items[m.last].end - 1].end - s.start;
      Dating d = p.event ? detail::date_near(exprs, stext_, from, to) : Dating{};
      double confidence = p.confidence;
      if (p.event && !d.date && !d.end && s.headline && si < 3) d.date = published_;
      bool inherits = !d.date && !d.end && p.event && quiet_;
      std::vector<Dating> dates{d};
      if (p.event) detail::repeated_dates(exprs, stext_, to, dates);
      for (int a : m.sources)
        for (int b : m.targets) {
          auto story = inherits ? narrative_.for_fact(relation, a, b) : std::nullopt;
          if (story) add(a, b, relation, {story, {}}, si, p.name, confidence * 0.8);
          for (const auto& date : dates)
            if (!story) add(a, b, relation, date, si, p.name, confidence);
          if (p.relation == EdgeType::met_with) ctx_.last_pair = {a, b};
        }
    }
  }

  // The distinct exercises and events a sentence names.
  std::vector<int> events_named(const SentenceAnalysis& s) const {
    std::vector<int> events;
    for (const auto& m : s.mentions) {
      NodeType t = doc_.entities[m.entity].type;
      if ((t == NodeType::Exercise || t == NodeType::Event) &&
          std::find(events.begin(), events.end(), m.entity) == events.end())
        events.push_back(m.entity);
    }
    return events;
  }

  // Taking part in or organising an event is dated by when the document
  // says the event took place, when the clause itself gives no date.
  void date_event_edges() {
    for (auto& r : out_) {
      if ((r.type != EdgeType::participates_in && r.type != EdgeType::organises) || r.date || r.end) continue;
      auto d = events_.near(r.target, r.sentence, has_time_words_[r.sentence]);
      if (!d) continue;
      r.date = d->date;
      r.end = d->end;
      r.confidence *= 0.9;
    }
  }

  // The object the pattern leaves out is written later in the clause after all.
  bool named_later(const std::vector<Item>& items, std::size_t from, NodeType type) const {
    for (std::size_t i = from; i < items.size(); ++i) {
      if (items[i].key == "." || items[i].key == ";") return false;
      if (items[i].entity >= 0 && doc_.entities[items[i].entity].type == type) return true;
    }
    return false;
  }

  void add(int a, int b, EdgeType type, Dating d, std::size_t si, const std::string& pattern, double confidence) {
    if (a < 0 || b < 0 || a == b) return;
    out_.push_back({a, b, type, d.date, d.end, si, pattern, confidence});
  }

  // "the two adopted the programme": the nations and organisations the two lead.
  void people_act_for_what_they_lead() {
    std::map<int, int> leads;
    for (const auto& r : out_)
      if (r.type == EdgeType::leads && doc_.entities[r.target].type != NodeType::Person) leads.emplace(r.source, r.target);
    std::vector<Relation> kept;
    for (auto& r : out_) {
      bool acts = r.type == EdgeType::party_to || r.type == EdgeType::cooperates_with;
      if (acts && doc_.entities[r.source].type == NodeType::Person) {
        auto it = leads.find(r.source);
        if (it == leads.end()) continue;
        r.source = it->second;
      }
      kept.push_back(std::move(r));
    }
    out_ = std::move(kept);
  }

  // What the lexicon knows (part_of, leads) between two entities the document names.
  void lexicon_knowledge() {
    std::map<int, int> by_lexicon;
    std::map<int, std::size_t> first_sentence;
    for (int e = 0; e < static_cast<int>(doc_.entities.size()); ++e)
      if (doc_.entities[e].lexicon >= 0) by_lexicon[doc_.entities[e].lexicon] = e;
    for (std::size_t si = doc_.sentences.size(); si-- > 0;)
      for (const auto& m : doc_.sentences[si].mentions) first_sentence[m.entity] = si;
    for (const auto& [lex_id, e] : by_lexicon) {
      const LexEntity& le = lex_.entities[lex_id];
      auto link = [&](const std::string& label, EdgeType type, const char* pattern) {
        if (label.empty()) return;
        auto target = lex_.find_entity(label);
        if (!target || !by_lexicon.count(*target) || !first_sentence.count(e)) return;
        add(e, by_lexicon[*target], type, {}, first_sentence[e], pattern, 0.6);
      };
      link(le.part_of, EdgeType::part_of, "lexicon_part_of");
      link(le.leads, EdgeType::leads, "lexicon_leads");
    }
  }

  const DocAnalysis& doc_;
  std::string_view text_;
  std::optional<Date> published_;
  const Lexicon& lex_;
  detail::ItemContext ctx_;
  std::vector<Relation> out_;
  std::string_view stext_;
  std::map<NodeType, int> latest_;
  detail::NarrativeDate narrative_;
  detail::EventDates events_;
  std::vector<bool> has_time_words_;  // per sentence: any time expression at all
  bool quiet_ = false;                // the current sentence has no words of time
};

}  // namespace

std::vector<Relation> find_relations(const DocAnalysis& doc, std::string_view text, std::optional<Date> published,
                                     const Lexicon& lexicon) {
  return Relater(doc, text, published, lexicon).run();
}

}  // namespace newsgraph
