// Session 27 (helper f5) recall of relations: wordings of government releases
// and news the earlier rules missed. Sentences written for these tests, as rows
// of paraphrase_rows.hpp: the text, the facts it must give, those it must not.
#include "article_graph.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// The graph's edges of a press release whose headline (after a masthead line) is `headline`.
static std::vector<std::string> headed_edges(const std::string& headline, const std::string& body) {
  return edge_lines(article_graph("Press release\n\n" + headline + "\n\n" + body + "\n"));
}

TEST_CASE("a name a headline puts 'in' is an exercise when an exercise noun names it later",
          "[recognise][relate][participates_in][f5]") {
  auto e = headed_edges("Border defenders trained together in Harbourguard 2026",
                        "Specialists from Malta and Iceland took part in the cyber defence exercise Harbourguard 2026, "
                        "which was organised by the Velorian Signals Authority.");
  CHECK(contains(e, "Malta participates_in Harbourguard"));
  CHECK(contains(e, "Velorian Signals Authority organises Harbourguard"));
  e = headed_edges("Drills wrap up in Kestrel Shield",
                   "The exercise Kestrel Shield ended on Friday. Teams from Malta and Iceland took part in the exercise.");
  CHECK(contains(e, "Iceland participates_in Kestrel Shield"));
}

TEST_CASE("a place an exercise is named after stays a place", "[recognise][f5]") {
  auto g = article_graph(article("Troops gathered in Dunmere.\n\nTeams from Malta took part in the Dunmere exercise, "
                                 "which was held in Dunmere."));
  CHECK(contains(typed_labels(g), "Dunmere:Place"));
}

TEST_CASE("'Both are members of X' opening a sentence: the last two nations named", "[relate][member_of][f5]") {
  check_relation_rows({
      {"Malta and Cyprus fielded a joint team at Locked Shields last year. Both are members of NATO and the "
       "European Union.",
       {"Malta member_of North Atlantic Treaty Organization", "Cyprus member_of European Union"}, {}},
      {"Ministers of Malta and Cyprus met in Valletta on Monday. Both have been members of the "
       "European Union since 2004.",
       {"Malta member_of European Union", "Cyprus member_of European Union"}, {}},
      // "both" before a verb that is no auxiliary is not read as the subject
      {"Malta and Cyprus fielded a joint team. Both said they would apply to join NATO.", {},
       {"Malta member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("whoever appoints or names a person as head of a body: the person leads it", "[relate][leads][f5]") {
  check_relation_rows({
      {"The cabinet today appointed Brigadier John Smith as Chief of the Velorian Signals Authority, effective 1 "
       "October 2026.",
       {"John Smith leads Velorian Signals Authority"}, {}},
      {"The President named Anna Berg, a former banker, as the new chief executive of the Velorian Signals "
       "Authority.",
       {"Anna Berg leads Velorian Signals Authority"}, {}},
      // the post held until now, in an aside, does not make the new one less
      {"On Monday the government also appointed Anna Berg, until now the agency's deputy director for cyber "
       "security, as head of the Velorian Signals Authority.",
       {"Anna Berg leads Velorian Signals Authority"}, {}},
      {"The Velorian Signals Authority held a drill. On Monday the government appointed Anna Berg, until now its "
       "deputy director, as the agency's new director.",
       {"Anna Berg leads Velorian Signals Authority"}, {}},
      // a deputy's post is no head's
      {"The cabinet appointed John Smith as Deputy Chief of the Velorian Signals Authority.",
       {"John Smith affiliated_with Velorian Signals Authority"}, {"John Smith leads Velorian Signals Authority"}},
  });
}

TEST_CASE("a body that functions or came under another, a body that runs 'the national CSIRT, X'", "[relate][part_of][f5]") {
  check_relation_rows({
      {"The Velorian CERT functions under the Ministry of Defence of Veloria.",
       {"Velorian CERT part_of Ministry of Defence of Veloria"}, {}},
      {"The Velorian CERT, which came under the Ministry of Defence of Veloria in 2020, sent a team.",
       {"Velorian CERT part_of Ministry of Defence of Veloria"}, {}},
      {"Malta's team came from the Velorian Signals Authority, which runs the national CSIRT, VEL-CERT.",
       {"VEL-CERT part_of Velorian Signals Authority"}, {}},
  });
}

TEST_CASE("terms of reference are an agreement, 'the two sides' are the two nations a compound word of the sentence joins",
          "[relate][party_to][f5]") {
  check_relation_rows({
      // two bodies named last are not the sides: the sentence's "Malta-Cyprus" names them
      {"The Velorian Navy and the Maltese Armed Forces attended the talks. At the talks, the two sides signed the "
       "Terms of Reference on the Malta-Cyprus Cyber Working Group.",
       {"Malta party_to Terms of Reference", "Cyprus party_to Terms of Reference"},
       {"Velorian Navy party_to Terms of Reference"}},
      {"Officials of the Velorian Navy and the Maltese Armed Forces also attended. At the Malta-Cyprus talks, the "
       "two sides signed a cyber security agreement, the Valletta Accord.",
       {"Malta party_to Valletta Accord", "Cyprus party_to Valletta Accord"}, {"Velorian Navy party_to Valletta Accord"}},
  });
}

TEST_CASE("'A and B already cooperate closely in X': two that cooperate, in the present", "[relate][cooperates_with][f5]") {
  check_relation_rows({
      {"Malta and Cyprus already cooperate closely in cyber defence.", {"Malta cooperates_with Cyprus"}, {}},
      {"Malta and Cyprus work together on cyber training.", {"Malta cooperates_with Cyprus"}, {}},
      // with a partner named after "with", the partner is the one cooperated with
      {"Malta and Cyprus cooperate with NATO on cyber defence.", {"Malta cooperates_with North Atlantic Treaty Organization"},
       {"Malta cooperates_with Cyprus"}},
      {"Malta and Cyprus do not cooperate in cyber defence.", {}, {"Malta cooperates_with Cyprus"}},
  });
}

TEST_CASE("who reports a clause after a comma ('..., the ministry said') is not its subject", "[relate][member_of][f5]") {
  check_relation_rows({
      {"Malta also became a member of the Global Forum on Cyber Expertise (GFCE) last week, the Velorian Signals "
       "Authority said.",
       {"Malta member_of Global Forum on Cyber Expertise"},
       {"Velorian Signals Authority member_of Global Forum on Cyber Expertise"}},
      {"Malta became a member of the Global Forum on Cyber Expertise, the Velorian Signals Authority said on Monday.",
       {"Malta member_of Global Forum on Cyber Expertise"},
       {"Velorian Signals Authority member_of Global Forum on Cyber Expertise"}},
      // a subject that goes on speaking is the subject still
      {"A member of NATO since 2004, Estonia said it would host the exercise.",
       {"Estonia member_of North Atlantic Treaty Organization"}, {}},
  });
}

TEST_CASE("an envoy 'to' a nation serves the nation that sent them, with or without a comma before the name",
          "[relate][affiliated_with][f5]") {
  check_relation_rows({
      {"The minister received Ms. Anna Berg and Australian Ambassador to the ROK Mr. Daniel Prescott-Ward at the "
       "ministry.",
       {"Daniel Prescott-Ward affiliated_with Australia"}, {"Daniel Prescott-Ward affiliated_with South Korea"}},
      {"The minister met Australia's Ambassador to Malta Daniel Prescott-Ward on Monday.",
       {"Daniel Prescott-Ward affiliated_with Australia"}, {"Daniel Prescott-Ward affiliated_with Malta"}},
      // a high commissioner leads no nation
      {"The memorandum was signed by the Indian High Commissioner to Malta, Mr Daniel Prescott-Ward, on Monday.",
       {"Daniel Prescott-Ward affiliated_with India"}, {"Daniel Prescott-Ward leads India"}},
  });
}

TEST_CASE("an exercise held, after its dates, at a venue in a place", "[relate][located_in][f5]") {
  check_relation_rows({
      {"The navies wrapped up Kestrel Shield, a bilateral cyber defense exercise held from July 27 to 31 at Camp "
       "Aguinaldo in Quezon City.",
       {"Kestrel Shield located_in Camp Aguinaldo"}, {}},
      {"The Velorian Signals Authority held the cyber defence exercise Kestrel Shield 2026 from 6 to 10 April at its "
       "headquarters in Valletta.",
       {"Kestrel Shield located_in Valletta"}, {}},
      {"The agency concluded the exercise Kestrel Shield, which it hosted from October 12 to 16 at the barracks in "
       "Valletta.",
       {"Kestrel Shield located_in Valletta"}, {}},
      // the place of the organiser's seat is not the exercise's
      {"The exercise Kestrel Shield is organised by the Velorian Signals Authority, the agency based in Valletta.", {},
       {"Kestrel Shield located_in Valletta"}},
  });
}

TEST_CASE("a bracket naming a body's holder after a title and a colon", "[relate][leads][organises][f5]") {
  check_relation_rows({
      {"Meanwhile, the Velorian Signals Authority (Commander: Maj. Gen. John Smith) held the multinational cyber "
       "defence exercise Kestrel Shield 2026 from 6 to 10 April.",
       {"John Smith leads Velorian Signals Authority", "Velorian Signals Authority organises Kestrel Shield"}, {}},
      {"The Velorian Signals Authority (spokesperson: Anna Berg) said the exercise Kestrel Shield ended.",
       {"Anna Berg affiliated_with Velorian Signals Authority"}, {"Anna Berg leads Velorian Signals Authority"}},
      // the head of a body's delegation does not head the body
      {"Delegations: Velorian Signals Authority (head: Anna Berg); Maltese Armed Forces (head: John Smith)", {},
       {"Anna Berg leads Velorian Signals Authority"}},
  });
}

TEST_CASE("what a denied report says did not happen", "[relate][cooperates_with][f5]") {
  check_relation_rows({
      {"The Velorian Signals Authority denied a report that it had signed a similar agreement with Malta.", {},
       {"Malta cooperates_with Velorian Signals Authority"}},
      {"Malta rejected claims that it had joined NATO.", {}, {"Malta member_of North Atlantic Treaty Organization"}},
      // a confirmed report stands
      {"The ministry confirmed reports that Malta had joined NATO.", {"Malta member_of North Atlantic Treaty Organization"},
       {}},
  });
}

TEST_CASE("a nation represented at a signing takes no part in the exercise the story tells of", "[relate][participates_in][f5]") {
  check_relation_rows({
      {"Malta hosted the exercise Kestrel Shield last week. On Monday the Velorian minister signed for Veloria, while "
       "Cyprus was represented by its Cyber Security Agency.",
       {}, {"Cyprus participates_in Kestrel Shield"}},
      // represented with no signing: at the exercise
      {"Malta hosted the exercise Kestrel Shield last week. Cyprus was represented by its Cyber Security Agency.",
       {"Cyprus participates_in Kestrel Shield"}, {}},
  });
}

TEST_CASE("'A's delegation was headed by X, and the B delegation by Y': the verb left out for the second head",
          "[relate][participates_in][f5]") {
  check_relation_rows({
      {"Malta held the Malta-Cyprus Cyber Policy Talks in Valletta on 15 April. The Maltese delegation was headed by "
       "John Smith, Director General for Cyber Policy of the Velorian Signals Authority, and the Cypriot delegation "
       "by Ms. Anna Berg, First Assistant Secretary for Cyber at the Maltese Armed Forces.",
       {"Anna Berg participates_in Malta-Cyprus Cyber Policy Talks", "John Smith participates_in Malta-Cyprus Cyber Policy Talks"},
       {}},
      {"Malta held the Malta-Cyprus Cyber Policy Talks in Valletta on 15 April. The Maltese delegation was headed by "
       "John Smith, and the Cypriot delegation by Anna Berg.",
       {"Anna Berg affiliated_with Cyprus", "Anna Berg participates_in Malta-Cyprus Cyber Policy Talks"}, {}},
  });
}

TEST_CASE("the heads of the two delegations of talks met", "[relate][met_with][f5]") {
  check_relation_rows({
      {"Malta held the Malta-Cyprus Cyber Policy Talks in Valletta on 15 April. The Maltese delegation was led by John "
       "Smith, while the Cypriot side was headed by Anna Berg.",
       {"John Smith met_with Anna Berg"}, {}},
      {"Malta held the Malta-Cyprus Cyber Policy Talks in Valletta on 15 April. The Maltese delegation was headed by "
       "John Smith, and the Cypriot delegation by Anna Berg.",
       {"John Smith met_with Anna Berg"}, {}},
      // one head alone meets no one
      {"Malta held the Malta-Cyprus Cyber Policy Talks in Valletta on 15 April. The Maltese delegation was led by John "
       "Smith.",
       {}, {"John Smith met_with Anna Berg"}},
  });
}

TEST_CASE("a retired officer's mark after the rank, '(retd)', is part of the title", "[relate][met_with][f5]") {
  check_relation_rows({
      {"Anna Berg and John Smith also called on the National Cyber Security Coordinator, Lt Gen (retd) Vikram "
       "Bhandari, at his office on Wednesday.",
       {"Anna Berg met_with Vikram Bhandari", "John Smith met_with Vikram Bhandari"}, {}},
      {"Anna Berg met Lt Gen (Retd.) Vikram Bhandari on Wednesday.", {"Anna Berg met_with Vikram Bhandari"}, {}},
  });
}

TEST_CASE("'A, Joint Secretary (Cyber Diplomacy) in the Ministry of X': the titled person serves the body", "[relate][affiliated_with][f5]") {
  check_relation_rows({
      {"The delegation was led by Anna Berg, Joint Secretary (Cyber Diplomacy) in the Ministry of External Affairs "
       "(MEA), while the Maltese side was headed by John Smith.",
       {"Anna Berg affiliated_with Ministry of External Affairs"}, {"Anna Berg leads Ministry of External Affairs"}},
      {"The delegation was led by Anna Berg, Joint Secretary in the Ministry of External Affairs.",
       {"Anna Berg affiliated_with Ministry of External Affairs"}, {}},
      // a joint secretary is no head of the ministry
      {"Anna Berg, Joint Secretary at the Ministry of External Affairs, said so.",
       {"Anna Berg affiliated_with Ministry of External Affairs"}, {"Anna Berg leads Ministry of External Affairs"}},
  });
}

TEST_CASE("'the western Norwegian city of Bergen': the place lies in the nation of the adjective", "[relate][located_in][f5]") {
  check_relation_rows({
      {"The drill was held in the western Maltese city of Mdina from 7 to 11 September.", {"Mdina located_in Malta"}, {}},
      {"The drill was held in the Cypriot port of Larnaca.", {"Larnaca located_in Cyprus"}, {}},
  });
}

TEST_CASE("'A and B have been working together since 2009': two that cooperate, dated", "[relate][cooperates_with][f5]") {
  check_relation_rows({
      {"Malta and Cyprus have been working together in cyber security since 2009.", {"Malta cooperates_with Cyprus 2009"}, {}},
      {"Malta and Cyprus have been cooperating on incident response.", {"Malta cooperates_with Cyprus"}, {}},
      {"Malta and Cyprus have not been working together.", {}, {"Malta cooperates_with Cyprus"}},
  });
}

TEST_CASE("whoever plays the red team takes part in the exercise", "[relate][participates_in][f5]") {
  check_relation_rows({
      {"Malta hosted the exercise Kestrel Shield last week. Around 90 operators defended a simulated network against a "
       "\"red team\" played by members of the Velorian Signals Authority.",
       {"Velorian Signals Authority participates_in Kestrel Shield"}, {}},
      {"Teams from Chile and Uruguay defended a simulated network in the exercise Kestrel Shield against a red team run "
       "by the Maltese Armed Forces.",
       {"Maltese Armed Forces participates_in Kestrel Shield"}, {}},
  });
}
