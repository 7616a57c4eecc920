// Relations and their dates, session 22: a subject's place between it and its
// verb, a state or province of a nation, a partner by apposition, and a past
// edition's year that dates no one else's part in this edition.
// Each text is read as published on Wednesday 18 June 2025 unless a row says otherwise.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s22: a subject's place after it leaves the verb its own", "[relate][s22]") {
  check_relation_rows({
      {"Exercise Harbour Lock began in Gdansk on Monday. Europol in The Hague sent two analysts.",
       {"Europol participates_in Harbour Lock 2025-06-16", "Europol located_in The Hague"},
       {}},
      {"Exercise Harbour Lock began in Gdansk on Monday. The NATO Cooperative Cyber Defence Centre of Excellence "
       "in Tallinn also sent observers.",
       {"NATO Cooperative Cyber Defence Centre of Excellence participates_in Harbour Lock",
        "NATO Cooperative Cyber Defence Centre of Excellence located_in Tallinn"},
       {}},
      // "sent" after the place is the subject's verb, not a noun the place qualifies
      {"Europol in The Hague sent a statement on Tuesday.", {"Europol located_in The Hague"}, {}},
      // the place is the object's, not a place of the subject's: nothing placed
      {"Exercise Harbour Lock began in Gdansk on Monday. The ministry represented Europol in Brussels.",
       {},
       {"Europol located_in Brussels"}},
  });
}

TEST_CASE("s22: the state, province or region of a nation lies in it", "[relate][s22]") {
  check_relation_rows({
      {"Guardsmen from the U.S. state of Vermont trained in Skopje.", {"Vermont located_in United States"}, {}},
      {"The team came from the Canadian province of Ontario.", {"Ontario located_in Canada"}, {}},
      // no nation before "state of": no place of a nation
      {"The ministers met in Vermont to discuss the state of Ontario's networks.", {}, {"Vermont * Canada"}},
  });
}

TEST_CASE("s22: a body or nation set beside another's partner cooperates with it", "[relate][s22]") {
  check_relation_rows({
      {"The drill was organised by the ministry together with the Vermont National Guard, North Macedonia's "
       "partner under the State Partnership Program.",
       {"North Macedonia cooperates_with Vermont National Guard"},
       {}},
      {"Ghana, Nigeria's closest partner in the region, hosted the talks.", {"Ghana cooperates_with Nigeria"}, {}},
      // a partner of an organisation is its member's kind of tie, read elsewhere; and a partner's
      // own words are no tie
      {"Ghana, Nigeria's neighbour, hosted the talks.", {}, {"Ghana cooperates_with Nigeria"}},
  });
}

TEST_CASE("s22: last year's edition dates no part taken in this one", "[relate][dating][s22]") {
  check_relation_rows({
      {"Specialists from 12 countries gathered in Vilnius this week for Iron Wolf, Lithuania's annual cyber "
       "exercise, which runs until Friday.\n\n"
       "The exercise is organised by the Lithuanian Armed Forces. Colonel Darius Petrauskas said teams from "
       "Latvia, Estonia and Finland were joined for the first time by a unit from Ukraine.\n\n"
       "Last year, Iron Wolf was held in Kaunas and drew teams from nine nations.",
       {"Iron Wolf located_in Kaunas 2024"},
       {"Latvia participates_in Iron Wolf 2024", "Estonia participates_in Iron Wolf 2024",
        "Latvia participates_in Iron Wolf undated"}},
      // told in its own sentence, last year's time dates that edition's facts
      {"Last year, Norway took part in the Iron Wolf exercise, which was organised by the Lithuanian Armed Forces.",
       {"Norway participates_in Iron Wolf 2024"},
       {}},
  });
}

TEST_CASE("s22: an owner's possessive holds its first body only, not one brought alongside", "[relate][s22]") {
  check_relation_rows({
      {"The exercise is organised by the Lithuanian Armed Forces' Cyber Security Operations Centre together with "
       "the National Cyber Security Centre.",
       {"Lithuanian Armed Forces' Cyber Security Operations Centre part_of Lithuanian Armed Forces"},
       {"Lithuania's National Cyber Security Centre part_of Lithuanian Armed Forces"}},
      {"The drill was run by Finland's Defence Forces alongside the Bank of Finland.",
       {"Finland's Defence Forces part_of Finland"},
       {"Bank of Finland part_of Finland"}},
  });
}

TEST_CASE("s22: who heads a team a body sent serves the body, not heads it", "[relate][s22]") {
  check_relation_rows({
      {"Finland sent a team from the Finnish Defence Forces' C5 Agency, headed by Commander Juha Lehto.",
       {"Juha Lehto affiliated_with C5 Agency"},
       {"Juha Lehto leads C5 Agency"}},
      {"A delegation of Europol, led by Anna Berg, attended the talks.",
       {"Anna Berg affiliated_with Europol"},
       {"Anna Berg leads Europol"}},
      // the body itself headed by the person: its head
      {"The C5 Agency, headed by Commander Juha Lehto, sent a team.", {"Juha Lehto leads C5 Agency"}, {}},
  });
}

TEST_CASE("s22: a body's owner after 'of' belongs to the body, not to the list", "[relate][s22]") {
  check_relation_rows({
      {"The Joint Cyberspace Command of the Spanish Armed Forces and Portugal's Cyber Defence Centre on Monday "
       "closed Exercise Rio Digital.",
       // (the lexicon knows Spain's Joint Cyberspace Command, MCCE, by that name since s32-z6)
       {"Joint Cyberspace Command organises Rio Digital", "Joint Cyberspace Command part_of Spanish Armed Forces"},
       {"Spanish Armed Forces organises Rio Digital"}},
      // a person of a body: the person's list, as before
      {"Colonel Ana Ruiz of the Spanish Army and Colonel Rui Costa met in Tui on Monday.",
       {"Ana Ruiz met_with Rui Costa"},
       {}},
  });
}

TEST_CASE("s22: 'its' after a body and its owner is the body's", "[relate][s22]") {
  check_relation_rows({
      {"The ministers visited the Cyber Operations Centre of the Chilean Air Force in El Bosque, where they were "
       "briefed by its commander, Colonel Marcelo Riquelme.",
       {"Marcelo Riquelme leads Cyber Operations Centre of the Chilean Air Force"},
       {"Marcelo Riquelme leads Chilean Air Force"}},
      // no body before the owner: the owner is the one spoken of
      {"The ministers visited the Chilean Air Force in El Bosque, where they were briefed by its commander, "
       "General Marcelo Riquelme.",
       {"Marcelo Riquelme leads Chilean Air Force"},
       {}},
  });
}

TEST_CASE("s22: the second or final day of an event counts from the days the document gives it", "[relate][dating][s22]") {
  check_relation_rows({
      {"The Atlantic Cable Forum opened in Lisbon on Monday and closed on Wednesday. On the second day, Portugal "
       "and Chile signed the Cable Protection Accord.",
       {"Portugal party_to Cable Protection Accord 2025-06-17"},
       {"Portugal party_to Cable Protection Accord 2025-06-16"}},
      {"The Atlantic Cable Forum opened in Lisbon on Monday and closed on Wednesday. On the final day of the "
       "forum, Portugal and Chile signed the Cable Protection Accord.",
       {"Portugal party_to Cable Protection Accord 2025-06-18"},
       {}},
      // a count past the days the document gives: no such day of this event
      {"The Atlantic Cable Forum opened in Lisbon on Monday and closed on Tuesday. On the fourth day, Portugal "
       "and Chile signed the Cable Protection Accord.",
       {},
       {"Portugal party_to Cable Protection Accord 2025-06-19"}},
  });
}

TEST_CASE("s22: semicolons between the members of a list of people are its commas", "[relate][s22]") {
  check_relation_rows({
      {"Speakers at the Atlantic Cable Forum included Vice Admiral Henrik Sorensen, commander of the Danish Naval "
       "Command; Dr. Claire Dubois of the French Naval Academy in Brest; and Michael O'Leary, director of Ireland's "
       "National Cyber Security Centre.",
       {"Henrik Sorensen participates_in Atlantic Cable Forum", "Claire Dubois participates_in Atlantic Cable Forum",
        "Michael O'Leary participates_in Atlantic Cable Forum", "Claire Dubois affiliated_with French Naval Academy"},
       {}},
      // two clauses joined by a semicolon: no list
      {"Henrik Sorensen spoke at the Atlantic Cable Forum; Claire Dubois stayed in Brest.",
       {},
       {"Claire Dubois participates_in Atlantic Cable Forum"}},
  });
}

TEST_CASE("s22: a relative clause after a body seated in a place may speak of the body", "[relate][s22]") {
  check_relation_rows({
      {"They discussed the NATO Cooperative Cyber Defence Centre of Excellence in Tallinn, which Australia joined "
       "as a contributing participant in 2024.",
       {"Australia member_of NATO Cooperative Cyber Defence Centre of Excellence 2024"},
       {}},
      // the place's own clause still speaks of the place
      {"Estonia hosted the talks in Tallinn, which is home to the NATO Cooperative Cyber Defence Centre of "
       "Excellence.",
       {"NATO Cooperative Cyber Defence Centre of Excellence located_in Tallinn"},
       {"NATO Cooperative Cyber Defence Centre of Excellence member_of Estonia"}},
  });
}

TEST_CASE("s22: 'of which A and B are members' makes them members", "[relate][member_of][s22]") {
  check_relation_rows({
      {"Ghana and Germany welcomed their work within the Global Forum on Cyber Expertise (GFCE), of which both "
       "countries are members.",
       {"Ghana member_of Global Forum on Cyber Expertise", "Germany member_of Global Forum on Cyber Expertise"},
       {}},
      {"The ministers praised the Global Forum on Cyber Expertise, of which Kenya and Peru are founding members.",
       {"Kenya member_of Global Forum on Cyber Expertise", "Peru member_of Global Forum on Cyber Expertise"},
       {}},
      // "of which" naming no membership
      {"The ministers praised the Global Forum on Cyber Expertise, of which Kenya and Peru are critics.",
       {},
       {"Kenya member_of Global Forum on Cyber Expertise"}},
  });
}

TEST_CASE("s22: two people who agree or sign during talks met", "[relate][met_with][s22]") {
  check_relation_rows({
      {"Japanese Defence Minister Kenji Morita and his Philippine counterpart, Gilberto Santos, agreed on Tuesday to "
       "hold a joint exercise next year, during talks at Camp Aguinaldo.",
       {"Kenji Morita met_with Gilberto Santos 2025-06-17"},
       {}},
      {"Kenji Morita and Gilberto Santos agreed to hold a joint exercise during talks in Manila on Tuesday.",
       {"Kenji Morita met_with Gilberto Santos 2025-06-17"},
       {}},
      // talks with a third party: the two did not (only) meet each other
      {"Kenji Morita and Gilberto Santos agreed on Tuesday during talks with Vietnam.",
       {},
       {"Kenji Morita met_with Gilberto Santos"}},
      // talks spoken of, not held
      {"Kenji Morita said on Tuesday that talks would continue.", {}, {"Kenji Morita met_with Gilberto Santos"}},
  });
}

TEST_CASE("s22: the signing of an agreement between two parties makes them its parties", "[relate][party_to][s22]") {
  check_relation_rows({
      {"The ministers witnessed the signing of the Manila Arrangement between the Japanese Cyber Defense Command "
       "and the Philippine Cyber Group on Tuesday.",
       {"Japanese Cyber Defense Command party_to Manila Arrangement 2025-06-17",
        "Philippine Cyber Group party_to Manila Arrangement 2025-06-17"},
       {}},
      // the signing by one who is not a party named after "by": not read
      {"The ministers discussed the signing of the Manila Arrangement by Chile next year.",
       {},
       {"Chile party_to Manila Arrangement"}},
  });
}

TEST_CASE("s22: a person's or body's owner after 'of' leaves the verb the subject's", "[relate][s22]") {
  check_relation_rows({
      {"Colonel Tomasz Nowak of the Polish Cyberspace Defence Forces has taken over as chief of staff at the NATO "
       "Cyber Security Centre in Mons.",
       {"Tomasz Nowak affiliated_with NATO Cyber Security Centre",
        "Tomasz Nowak affiliated_with Polish Cyberspace Defence Forces"},
       {}},
      {"Exercise Harbour Lock began in Gdansk on Monday. Jan Berg of Europol took part.",
       {"Jan Berg participates_in Harbour Lock", "Jan Berg affiliated_with Europol"},
       {"Europol participates_in Harbour Lock"}},
      {"Exercise Cyber Coalition will run from 16 to 20 November in Tartu, Estonia.",
       {"Cyber Coalition located_in Tartu"},
       {}},
      {"The Dutch Defence Cyber Command welcomed a new commander, Brigadier General Pieter Visser, on 2 June.",
       {"Pieter Visser leads Dutch Defence Cyber Command 2025-06-02"},
       {}},
  });
}

TEST_CASE("s22: the exercise a sentence names in a cut clause is the one its main clause left out", "[relate][s22]") {
  check_relation_rows({
      {"Latvia hosted Crossed Swords last month. Teams said it was harder than Locked Shields in Tallinn. "
       "Germany's Cyber and Information Domain Service, which joined Crossed Swords in 2023, sent its largest team yet.",
       {"Cyber and Information Domain Service participates_in Crossed Swords"},
       {"Cyber and Information Domain Service participates_in Locked Shields"}},
      // a fronted 'organised by' before the exercise's noun
      {"Latvia hosted Crossed Swords last month. Organised by CERT.LV together with the NATO Cooperative Cyber "
       "Defence Centre of Excellence, the week-long exercise brought 150 specialists to Riga.",
       {"CERT.LV organises Crossed Swords",
        "NATO Cooperative Cyber Defence Centre of Excellence organises Crossed Swords"},
       {}},
  });
}

TEST_CASE("s22: what talks were about is not what was taken part in", "[relate][participates_in][s22]") {
  check_relation_rows({
      {"Estonia took part in talks on Cyber Europe in Tallinn.", {}, {"Estonia participates_in Cyber Europe"}},
      {"Estonia took part in a debate about the Cyber Europe exercise.", {}, {"Estonia participates_in Cyber Europe"}},
      {"Estonia took part in Cyber Europe on Monday.", {"Estonia participates_in Cyber Europe 2025-06-16"}, {}},
  });
}
