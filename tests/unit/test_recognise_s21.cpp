// Recognition, session 21: a line's label in capitals ("SOURCE", "FACTBOX-")
// is not part of the name after it.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s21: a label in capitals opening a line is no part of a name", "[recognise][s21]") {
  check_entity_rows({
      {"Revontuli Security Oyj opened an office in Tallinn.\n\nSOURCE Revontuli Security Oyj\n",
       {"Revontuli Security Oyj:Organisation"},
       {"SOURCE Revontuli Security Oyj:Organisation"}},
      {"FACTBOX-Who leads the Baltic Cyber Centre?\n\nThe Baltic Cyber Centre opened in Riga.",
       {"Baltic Cyber Centre:Organisation"},
       {"FACTBOX-Who:Organisation"}},
      // an acronym opening a line is a name's ("UPDATE" only as a label word)
      {"NATO Allied Command Transformation hosted the meeting.",
       {"Allied Command Transformation:Organisation"},
       {}},
      // inside a line the word is the name's
      {"Estonia joined the Open Source Security Alliance in May.",
       {"Open Source Security Alliance:Organisation"},
       {}},
  });
}

TEST_CASE("s21: an acronym no lexicon knows is the one body whose initials it spells", "[recognise][s21]") {
  check_entity_rows({
      {"The Government Communications Security Bureau, the GCSB, hosted the drill. The GCSB said it went well.",
       {"Government Communications Security Bureau:Organisation"},
       {"GCSB:Organisation"}},
      {"The Ministry of External Affairs said the talks went well. The MEA's cyber division will follow up.",
       {"Ministry of External Affairs:Organisation"},
       {"MEA:Organisation"}},
      // two bodies spell it: which one is not told
      {"The Baltic Cyber Centre and the Bureau of Cyber Coordination met. The BCC said it went well.",
       {"BCC:Organisation"},
       {}},
      // a body whose initials spell no acronym named keeps its name alone
      {"The Government Communications Security Bureau hosted the drill with the Latvian Cyber Bureau (LCB).",
       {"Government Communications Security Bureau:Organisation", "Latvian Cyber Bureau:Organisation"},
       {}},
  });
}

TEST_CASE("s21: a title before a family name in capitals and a given name is a person", "[recognise][s21]") {
  check_entity_rows({
      {"Defense Minister TAKEDA Hiroshi held talks with Ingrid Solberg in Brussels.",
       {"TAKEDA Hiroshi:Person", "Ingrid Solberg:Person"},
       {}},
      // an acronym the lexicon knows before a capitalised word is no family name
      {"Minister NATO Affairs said nothing.",
       {},
       {"NATO Affairs:Person"}},
      // without a title nothing says a person is named
      {"The ACME Group held talks with Ingrid Solberg.",
       {},
       {"ACME Group:Person"}},
  });
}
