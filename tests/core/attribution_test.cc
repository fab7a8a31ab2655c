// Attributor: one table row per attribution pattern, with the speaker's
// name (a substring of the entity's name; "" = the text gives none), the
// cue and the confidence band the pattern should get.

#include <gtest/gtest.h>

#include "quotes_test_util.h"

namespace explainer::testing {
namespace {

struct Case {
  const char* pattern;
  const char* text;
  const char* quote;    // a piece of the quote's content
  const char* speaker;  // a piece of the speaker's name; "" = null
  const char* cue;      // a piece of the cue; nullptr = don't check
  double min_confidence;
  double max_confidence;
};

void Check(const Case& c) {
  const auto quotes = QuotesOf(c.text);
  const QuoteView q = QuoteWith(quotes, c.quote);
  ASSERT_FALSE(q.kind.empty()) << c.pattern << ": no quote in " << c.text;
  if (*c.speaker) {
    EXPECT_NE(q.speaker.find(c.speaker), std::string::npos)
        << c.pattern << ": speaker \"" << q.speaker << "\" in " << c.text;
  } else {
    EXPECT_EQ(q.speaker, "") << c.pattern << ": " << c.text;
  }
  if (c.cue) {
    EXPECT_NE(q.cue.find(c.cue), std::string::npos) << c.pattern << ": cue \"" << q.cue << "\"";
  }
  EXPECT_GE(q.confidence, c.min_confidence) << c.pattern;
  EXPECT_LE(q.confidence, c.max_confidence) << c.pattern;
}

TEST(AttributionTest, ExplicitSpeakerAfterTheQuote) {
  const Case cases[] = {
      {"“…,” X said", "“The river is rising fast,” Ingrid Solberg said.", "river", "Ingrid Solberg",
       "Ingrid Solberg said", 0.9, 1},
      {"said X", "“We need more buses,” said Tomas Berg, a city councillor.", "buses", "Tomas Berg",
       "said Tomas Berg", 0.9, 1},
      {"X told reporters", "“Prices will fall,” Rafael Ortiz told reporters on Tuesday.", "Prices",
       "Rafael Ortiz", "Rafael Ortiz told", 0.9, 1},
      {"X added", "“It was a long night,” Dana Whitfield added.", "long night", "Dana Whitfield",
       "added", 0.9, 1},
      {"X, who …, said", "“The numbers are clear,” Peter Lindahl, who chairs the finance committee, said.",
       "numbers", "Peter Lindahl", "said", 0.9, 1},
      {"X, role at a body with a plural's apostrophe, called … “…”",
       "Raj Sahni, president of the Home Builders' Council, called the loans “the right tool” for "
       "the job.",
       "right tool", "Raj Sahni", "called", 0.8, 1},
      {"X, whose … names someone else, said",
       "“The numbers are clear,” Peter Lindahl, whose daughter works for Anna Reyes, said.", "numbers",
       "Peter Lindahl", "said", 0.9, 1},
      {"“…” — X", "“Never give up on a good idea.” — Amara Nwosu", "good idea", "Amara Nwosu",
       "Amara Nwosu", 0.8, 0.95},
      {"according to X after", "“The bridge is safe,” according to engineer Lucas Brandt.", "bridge",
       "Lucas Brandt", "according to", 0.8, 0.95},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, ExplicitSpeakerBeforeTheQuote) {
  const Case cases[] = {
      {"X said: “…”", "Helena Markov said: “The deal is done.”", "deal", "Helena Markov",
       "Helena Markov said", 0.85, 1},
      {"X said, “…”", "After the vote, Helena Markov said, “We will appeal.”", "appeal", "Helena Markov",
       "said", 0.85, 1},
      {"X was quoted as saying", "Victor Hale was quoted as saying “the election was stolen from us”.",
       "election", "Victor Hale", "Victor Hale", 0.75, 1},
      {"according to X before", "According to Lucas Brandt, “the bridge has never been safer.”",
       "never been safer", "Lucas Brandt", "According to", 0.8, 0.95},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, ContinuationAndPronouns) {
  const Case cases[] = {
      {"adding, “…”", "“We won the vote,” Samuel Okoro told reporters, adding, “Now the real work begins.”",
       "real work", "Samuel Okoro", "adding", 0.8, 0.9},
      {"“…,” he said", "Samuel Okoro left the hall early. “Nobody listened to us,” he said.", "Nobody",
       "Samuel Okoro", "he said", 0.7, 0.85},
      {"“…,” she said", "Maria Gonzalez spoke first. “Nobody wants a strike,” she said.", "strike",
       "Maria Gonzalez", "she said", 0.7, 0.85},
      {"he said after a quote naming someone else",
       "Samuel Okoro said the union would wait. “If Maria Gonzalez calls, we will talk,” he said.",
       "we will talk", "Samuel Okoro", "he said", 0.7, 0.85},
      // A nationality naming again the person the story is about.
      {"“…,” the Welshman said", "Manager Rhys Pugh said his side had tired. “We went backwards,” the Welshman said.",
       "backwards", "Rhys Pugh", "Welshman said", 0.7, 0.85},
      {"“…,” the Spanish forward told X",
       "Ivan Sola scored twice. “Two goals should be enough,” the Spanish forward told the club's website.",
       "Two goals", "Ivan Sola", "forward told", 0.7, 0.85},
      // "Asked whether …" is the reporter's question; "he" is still the manager.
      {"Asked whether …, he said: “…”",
       "Manager Rhys Pugh was unhappy. Asked whether he would speak to referee Tom Hale, he said: “What is the point?”",
       "the point", "Rhys Pugh", "he said", 0.7, 0.85},
      {"He …, saying …", "Rhys Pugh spoke after the match.\n\nHe was unhappy with the decision, saying Sola had gone down too easily.",
       "gone down", "Rhys Pugh", "saying", 0.7, 0.9},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, AppositivesAndSharedSubjects) {
  const Case cases[] = {
      {"name in an appositive", "“There is no evidence,” the mayor’s spokeswoman, Linda Marsh, said.",
       "no evidence", "Linda Marsh", "Linda Marsh, said", 0.85, 1},
      {"lone surname with an age appositive", "“It is over,” Jones, a 34-year-old teacher, told the paper.",
       "It is over", "Jones", "Jones, a 34-year-old teacher, told", 0.85, 1},
      {"subject shared across 'but'",
       "Health Minister Ravi Menon said the outbreak was under control, but warned: “We cannot be "
       "complacent.”",
       "complacent", "Ravi Menon", "warned", 0.8, 0.9},
      {"in the words of X", "In the words of the chief engineer, Marta Silva, “the dam was never built for this.”",
       "the dam", "Marta Silva", "words of", 0.8, 0.95},
      {"transcript colon", "Grace Obi leads the union.\n\nObi: “We will strike on Monday.”", "strike",
       "Grace Obi", "Obi:", 0.8, 0.9},
      {"a verb of manner: “…,” fumed X / she laughed",
       "Boss Karl Menzies was asked where his striker was. “I don't know, ask his agent,” fumed Menzies.",
       "ask his agent", "Karl Menzies", "fumed", 0.85, 1},
      {"a verb of manner after a pronoun", "Nora Petit sat down. “Not bad for a rookie,” she laughed.",
       "rookie", "Nora Petit", "laughed", 0.75, 0.9},
      {"X, in remarks to …, said",
       "Omar Haddad, in remarks to state television, said “the border stays shut.”", "border",
       "Omar Haddad", "Omar Haddad, in remarks to state television, said", 0.85, 1},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, UnnamedSpeakerIsCarriedAsNull) {
  const auto quotes = QuotesOf(
      "“We will rebuild,” Alan Reyes said.\n\n“This is a turning point,” the official, who spoke on "
      "condition of anonymity, told the paper. “We expect more arrests.”");
  EXPECT_EQ(QuoteWith(quotes, "turning point").speaker, "");
  EXPECT_EQ(QuoteWith(quotes, "more arrests").speaker, "");
  EXPECT_NE(QuoteWith(quotes, "rebuild").speaker.find("Alan Reyes"), std::string::npos);
}

TEST(AttributionTest, CitedPersonSpeaksNotTheAgency) {
  Check({"X reported, citing Y’s interview",
         "“Exports will double,” news agency Nordpress reported, citing Minister Karin Holm’s "
         "interview to the weekly.",
         "Exports", "Karin Holm", "Nordpress reported, citing", 0.8, 0.95});
}

TEST(AttributionTest, SpeakerInANeighbouringSentence) {
  const Case cases[] = {
      {"carried over from the previous quote",
       "“We will rebuild,” Alan Reyes said. “Every house will stand again.”", "Every house",
       "Alan Reyes", nullptr, 0.5, 0.7},
      {"named in the next sentence", "“The ship is sinking.” Irene Vos said so on Sunday.", "ship",
       "Irene Vos", "Irene Vos said", 0.7, 0.9},
      {"“…” That is how X described it",
       "“We will rebuild,” Alan Reyes said.\n\n“The ash came down like snow.”\n\nThat is how "
       "Margit Kowal, 72, described the afternoon.",
       "ash came down", "Margit Kowal", "That is how Margit Kowal", 0.5, 0.7},
      {"“That was when X arrived” names no speaker: the quote stays the last speaker's",
       "“We will rebuild,” Alan Reyes said.\n\n“We will not back down.”\n\nThat was when Jane "
       "Dowd, a nurse, arrived.",
       "back down", "Alan Reyes", nullptr, 0.5, 0.7},
      {"announced by a sentence saying how: 'X was blunter still. “…”'",
       "“We see a narrow path,” the analysts wrote.\n\nPriya Venkat, who covers the company, was "
       "blunter still. “This was the one real shot on goal.”",
       "shot on goal", "Priya Venkat", nullptr, 0.5, 0.7},
      {"announced in the sentence before",
       "“We will rebuild,” Alan Reyes said. Crews worked all night.\n\nJudge Thea Mahl closed "
       "the hearing with a warning to the public.\n\n“This commission is not a theatre.”",
       "not a theatre", "Thea Mahl", nullptr, 0.5, 0.7},
      {"“…” The words came from X",
       "“We will rebuild,” Alan Reyes said.\n\n“The water rose in ten minutes.” The words came from "
       "Ines Halvorsen, a baker whose shop flooded.",
       "water rose", "Ines Halvorsen", "The words came from Ines Halvorsen", 0.5, 0.7},
      {"“…” That message, posted by X, …",
       "“We will rebuild,” Alan Reyes said.\n\n“Stay safe. We reopen soon.” That message, posted on "
       "the bakery's page by Tomas Rieck, was shared widely.",
       "reopen soon", "Tomas Rieck", nullptr, 0.5, 0.7},
      {"“…” That was the text X sent",
       "“We will rebuild,” Alan Reyes said.\n\n“I have never seen anything like it.” That was the text "
       "Sunita Oberoi sent to her brother.",
       "never seen", "Sunita Oberoi", nullptr, 0.5, 0.7},
      {"“…” That was X, speaking to …",
       "“We will rebuild,” Alan Reyes said.\n\n“It took eleven years to get here.” That was Dara Quist, "
       "the project's lead, speaking to reporters.",
       "eleven years", "Dara Quist", nullptr, 0.5, 0.7},
      {"'The question now is whether X …' names no author",
       "“We will rebuild,” Alan Reyes said. “Stay strong.” The question now is whether Dara Quist will "
       "stay.",
       "Stay strong", "Alan Reyes", nullptr, 0.5, 0.7},
      {"a message to X is not X's",
       "“We will rebuild,” Alan Reyes said. “Stay strong.” The message to Dara Quist was read aloud.",
       "Stay strong", "Alan Reyes", nullptr, 0.5, 0.7},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, PartialQuoteTakesTheSubjectOfItsSentence) {
  const Case cases[] = {
      {"partial after a speech verb", "Lena Fischer said the proposal was “dead on arrival” in its form.",
       "dead on arrival", "Lena Fischer", "Lena Fischer said", 0.75, 1},
      {"partial framed by 'called'", "Her rival, Owen Price, called the plan “a gamble with savings” on Friday.",
       "a gamble", "Owen Price", "called", 0.75, 1},
      {"partial after saying",
       "Lena Fischer hinted at new taxes, saying “the money has to come from somewhere”.",
       "the money", "Lena Fischer", nullptr, 0.7, 0.9},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, IndirectSpeechHasASpeaker) {
  const Case cases[] = {
      {"X asserted that", "Ingrid Solberg asserted that the levee would hold.", "levee", "Ingrid Solberg",
       "asserted", 0.8, 0.9},
      {"X hinted at", "Ingrid Solberg hinted at closing the old harbour.", "closing", "Ingrid Solberg",
       "hinted", 0.8, 0.9},
      {"according to X, …", "According to Ingrid Solberg, the levee will hold.", "levee", "Ingrid Solberg",
       "According to", 0.8, 0.9},
      {"according to <role>, <name>, …",
       "According to the team’s coach, Ana Ruiz, the players had trained for months.", "players",
       "Ana Ruiz", "According to", 0.8, 0.9},
      {"…, X said.", "The levee will hold, Mayor Ingrid Solberg said.", "levee", "Ingrid Solberg",
       "said", 0.8, 0.9},
      {"subject shared by 'and said'",
       "Owen Price criticised the budget and said the reforms had come too late.", "reforms",
       "Owen Price", "said", 0.6, 0.8},
      {"which, he said, …", "Tomas Berg blamed the contractors, who, he said, had ignored the warnings.",
       "ignored", "Tomas Berg", "he said", 0.7, 0.85},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, NoSpeakerWhenTheTextGivesNone) {
  const Case cases[] = {
      {"scare quote", "The so-called “reform” changed nothing.", "reform", "", nullptr, 0, 0.5},
      {"standalone quote with no speaker nearby", "“Closed until further notice.” The shop stayed dark.",
       "Closed", "", nullptr, 0, 0.5},
      {"unnamed officials", "“The road is closed,” officials said.", "road", "", "officials said", 0, 0.5},
      {"said one witness", "“It was chaos,” said one witness. “People were screaming.”", "People", "",
       nullptr, 0, 0.5},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, ExplicitBeatsPronounBeatsCarriedOver) {
  const auto quotes = QuotesOf(
      "“We start today,” Rosa Lindgren said. “The money is there.” Later she spoke again. "
      "“We will finish by May,” she said.");
  const QuoteView named = QuoteWith(quotes, "start today");
  const QuoteView carried = QuoteWith(quotes, "money is there");
  const QuoteView pronoun = QuoteWith(quotes, "finish by May");
  EXPECT_GT(named.confidence, pronoun.confidence);
  EXPECT_GT(pronoun.confidence, carried.confidence);
  for (const auto* q : {&named, &carried, &pronoun})
    EXPECT_NE(q->speaker.find("Rosa Lindgren"), std::string::npos) << q->content;
}

// The entity holding the given mention text, as "type:name", or "".
std::string EntityWithMention(const nlohmann::json& r, const std::string& text,
                              const std::string& mention) {
  for (const auto& e : r["entities"])
    for (const auto& m : e["mentions"])
      if (SliceUtf16(text, m) == mention) return e["type"].get<std::string>() + ":" + e["name"].get<std::string>();
  return "";
}

TEST(AttributionTest, ResolvedSpeakerPronounBecomesAMention) {
  const std::string text =
      "Home Secretary Ruth Abbott defended the plan on Monday. She said: “We will not back down.”";
  const nlohmann::json r = ExplainJson(text);
  EXPECT_EQ(EntityWithMention(r, text, "She"), "person:Ruth Abbott");
  // An unresolved pronoun stays out of every entity.
  const std::string alone = "“We will not back down,” she said.";
  EXPECT_EQ(EntityWithMention(ExplainJson(alone), alone, "she"), "");
}

TEST(AttributionTest, RolesBodiesAndAuthorsTheTextDescribes) {
  const Case cases[] = {
      {"“…,” said role X, “…”", "“The problem,” said county health officer Amina Wanjiru, “is the wells.”",
       "is the wells", "Amina Wanjiru", "Amina Wanjiru", 0.8, 1},
      {"“…,” said the role X, who …", "“Everyone played better,” said the drummer Tomas Krell, who toured with him.",
       "Everyone played better", "Tomas Krell", "Tomas Krell", 0.8, 1},
      {"“…,” a spokesperson for X said: the one spoken for",
       "The Ministry of Fisheries opened an inquiry.\n\n“No comment,” a spokesperson for the Ministry of "
       "Fisheries said.",
       "No comment", "Ministry of Fisheries", nullptr, 0.7, 0.9},
      {"A party spokesperson said: “…” (the party named before)",
       "The Harbour Reform Party lost the seat.\n\nA party spokesperson said: “By-elections are always hard.”",
       "always hard", "Harbour Reform Party", nullptr, 0.7, 1},
      {"“…,” said a spokesman for X", "“We are reviewing it,” said a spokesman for Dunmore Foods.",
       "reviewing", "Dunmore Foods", nullptr, 0.7, 0.95},
      {"X issued a statement saying …. “…,” the statement said",
       "Within hours, the Harbour Trust issued a statement saying no deal had been agreed.\n\n“We made "
       "no promise,” the statement said.",
       "no promise", "Harbour Trust", nullptr, 0.6, 0.9},
      {"her representative said in a statement: “…” The statement asked …",
       "Singer Marla Quinn filed for divorce. Quinn has not commented. In June, her representative said "
       "in a statement: “We have decided to part.” The statement asked for privacy.",
       "decided to part", "Marla Quinn", nullptr, 0.7, 0.9},
      {"Country's lower-case body said", "Norway's health ministry said on Friday that 14 people had died.",
       "14 people", "Norway's health ministry", nullptr, 0.7, 1},
      {"According to figures from X", "According to figures from the Kenya Red Cross, 2,000 families have fled.",
       "2,000 families", "Red Cross", nullptr, 0.7, 1},
  };
  for (const Case& c : cases) Check(c);
  // The described body's mention is its own words, not the country's.
  const std::string text = "Norway's health ministry said on Friday that 14 people had died.";
  EXPECT_EQ(EntityWithMention(ExplainJson(text), text, "health ministry"), "organization:Norway's health ministry");
}

TEST(AttributionTest, SpokespersonOfABodyIsNoMentionOfIt) {
  const std::string text = "A Norvik Energy spokesperson said: “We will not back down.”";
  EXPECT_EQ(QuoteWith(QuotesOf(text), "back down").speaker, "Norvik Energy");
  const nlohmann::json r = ExplainJson(text);
  EXPECT_EQ(EntityWithMention(r, text, "A Norvik Energy spokesperson"), "");
  EXPECT_EQ(EntityWithMention(r, text, "Norvik Energy"), "organization:Norvik Energy");
}

TEST(AttributionTest, PersonOfAPlaceOrBodySpeaks) {
  const Case cases[] = {
      {"X of Place said", "Senator Rick Alvarez of Florida said in a statement that the bank “has lost its way.”",
       "lost its way", "Rick Alvarez", nullptr, 0.7, 1},
      {"X of Body said", "“The last mile is the hardest,” Diane Okoro of Norbank said.", "last mile",
       "Diane Okoro", nullptr, 0.85, 1},
      // A two-word body after a titled person is where they work, not a person.
      {"Prof. X of Two Words said", "“Walking helps,” Professor Ines Varga of Lindholm Institutet said.",
       "Walking", "Ines Varga", nullptr, 0.85, 1},
      {"Body (ACR) role X told", "“We will strike,” Teachers Union Federation (TUF) president Ada Obi told reporters.",
       "strike", "Ada Obi", "Ada Obi told", 0.85, 1},
      {"the Body (ACR) said", "“We will strike,” the Teachers Union Federation (TUF) said.", "strike",
       "Teachers Union Federation", nullptr, 0.85, 1},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, TheTimeBeforeTheVerbIsNotTheSpeaker) {
  const Case cases[] = {
      {"X on Sunday urged …, warning",
       "China on Sunday urged the United States to cancel the sale, warning that Beijing would take "
       "“resolute countermeasures” if it went ahead.",
       "resolute", "China", nullptr, 0.7, 1},
      {"X last week said", "Mayor Ruth Abbott last Tuesday said the plan was “dead on arrival”.", "dead on",
       "Ruth Abbott", nullptr, 0.7, 1},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, ParticipleReportsForTheSentencesSubject) {
  const Case cases[] = {
      {"X defended …, saying …", "President Ana Ruiz defended the deal with Norbank, saying it was consistent with policy.",
       "consistent with", "Ana Ruiz", "saying", 0.6, 0.9},
      {"X urged …, warning that …", "China on Sunday urged the United States to cancel the sale to Taiwan, warning that Beijing would respond.",
       "Beijing would respond", "China", "warning", 0.6, 0.9},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, PraiseAndCriticismFrameTheSubjectsWords) {
  const Case cases[] = {
      {"X praised … as “…”", "Commission President Ursula von der Leyen praised the package as “a strong signal of unity.”",
       "strong signal", "Ursula von der Leyen", nullptr, 0.7, 1},
      {"X criticised … as “…”", "Viktor Orban criticised the sanctions as “a failed policy” on Friday.", "failed policy",
       "Viktor Orban", nullptr, 0.7, 1},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, AndSaidSharesTheSubjectEvenBeforeAName) {
  const Case cases[] = {
      {"X welcomed … and said Berlin was …",
       "German Chancellor Olaf Scholz welcomed the agreement and said Berlin was ready to send more aid.",
       "Berlin was ready", "Olaf Scholz", nullptr, 0.6, 0.9},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, APossessorDoesNotSpeakForHisFamily) {
  const Case cases[] = {
      {"X's family described …", "The victim, Jamal Ahmed, died in hospital. Jamal's family described him as “a kind and caring boy”.",
       "kind and caring", "", nullptr, 0, 0.5},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, DocumentsSpeakForTheirAuthor) {
  const Case cases[] = {
      {"according to a statement from X",
       "According to a statement from the Ministry of Finance, the budget will be cut by 5%.",
       "budget will be cut", "Ministry of Finance", nullptr, 0.7, 1},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, DescribedSpeakersByAgeOrFamily) {
  const Case cases[] = {
      // "the 45-year-old" names again someone in the story: the nearest
      // person, even when another was the last to speak.
      {"“…,” the 45-year-old told X",
       "“We will appeal,” Mayor Ruth Abbott said. Among the crowd was Omar Haddad.\n\n“I did nothing "
       "wrong,” the 45-year-old told the Evening Herald.",
       "nothing wrong", "Omar Haddad", "45-year-old told", 0.7, 0.85},
      // The person the paragraph is about, not one named in passing: "He"
      // opening a sentence stands for its subject.
      {"“…,” the 26-year-old said after '… off spinner X'",
       "Imran Sadiq batted for six hours, and Captain Dev Rana declared after tea. He hit 13 fours, the "
       "last of them off left-arm spinner Tariq Malik.\n\n“I was not thinking about the hundred,” the "
       "26-year-old said.",
       "thinking about the hundred", "Imran Sadiq", "26-year-old said", 0.7, 0.85},
      {"“…,” the mother of two said", "Tasha Whitfield spoke first.\n\n“We will be back,” the mother of two said.",
       "be back", "Tasha Whitfield", "mother of two said", 0.7, 0.85},
      // "a 45-year-old" is someone new whom the text does not name.
      {"“…,” a 45-year-old told X",
       "“We will appeal,” Mayor Ruth Abbott said.\n\n“I did nothing wrong,” a 45-year-old told the Evening Herald.",
       "nothing wrong", "", "told", 0, 0.5},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, WordsDescribingTheSpeakerBeforeTheName) {
  const Case cases[] = {
      {"“…,” <body> <lower-case role> X said",
       "“This is a very wet storm,” MARINA weather specialist Lorna Pascoe-Yan said.", "wet storm",
       "Lorna Pascoe-Yan", "said", 0.85, 1},
      {"“…,” <body of …> (<acronym>) <role> X said",
       "“The numbers will rise,” Office of Civil Defense (OCD) spokesperson Arlo Dimasanta said in a "
       "briefing.",
       "numbers will rise", "Arlo Dimasanta", "said", 0.85, 1},
      {"“…,” flight director X told …",
       "“We are in orbit,” flight director Ines Carvo told the control team.", "in orbit",
       "Ines Carvo", "told", 0.85, 1},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, DescribedRolesNameSomeoneInTheStory) {
  const Case cases[] = {
      {"“…,” the veteran councillor said: the person given that role",
       "“We will appeal,” Mayor Ruth Abbott said. Councillor Agnes Mbeki voted against.\n\n“This is "
       "a mistake,” the veteran councillor said.",
       "a mistake", "Agnes Mbeki", "veteran councillor said", 0.7, 0.85},
      {"“…,” the retired teacher added: the nearest person",
       "“We will appeal,” Mayor Ruth Abbott said. Among the crowd was Omar Haddad, 71.\n\n“I taught "
       "here for 40 years,” the retired teacher added.",
       "taught here", "Omar Haddad", "retired teacher added", 0.7, 0.85},
      {"“…,” the veteran MP said: an acronym role",
       "Opposition leader Lina Sorvik spoke last.\n\n“Zoning is not our job,” the veteran MP said.",
       "Zoning", "Lina Sorvik", "MP said", 0.7, 0.85},
      {"“…,” said the veteran councillor",
       "Councillor Agnes Mbeki voted against.\n\n“This is a mistake,” said the veteran councillor.",
       "a mistake", "Agnes Mbeki", nullptr, 0.7, 0.85},
      {"“…,” the midfielder said: a role noun that is no title",
       "Captain Joel Ambrose told reporters the dressing room was angry.\n\n“We know the rules,” the "
       "midfielder said.",
       "know the rules", "Joel Ambrose", "midfielder said", 0.7, 0.85},
      {"“…,” the youngster said",
       "Rhys Penlow, who joined the academy at 16, admitted he was nervous.\n\n“My phone has not "
       "stopped,” the youngster said.",
       "phone has not", "Rhys Penlow", "youngster said", 0.7, 0.85},
      {"“…,” the Polish-born flanker said",
       "Tomas Wrobel, 27, said he had not expected to lead the side.\n\n“He told me to be myself,” the "
       "Polish-born flanker said.",
       "be myself", "Tomas Wrobel", "flanker said", 0.7, 0.85},
      {"“…,” the statement said: who gave the statement",
       "Tamarvale Hospitals NHS Trust runs three hospitals.\n\nIn a statement, the trust said it was "
       "sorry.\n\n‘These waits are unacceptable,’ the statement said.",
       "unacceptable", "Tamarvale Hospitals", "statement said", 0.7, 0.8},
      {"“…,” the analysts wrote: the body they were named with",
       "Regulators rarely approve such drugs, analysts at Brenton Capital wrote in a note to "
       "clients.\n\n“We see a narrow path at best,” the analysts wrote.",
       "narrow path", "Brenton Capital", "analysts wrote", 0.7, 0.8},
      {"“…,” the company said: the company, not a public body named since",
       "Dunmore Foods recalled its yoghurts, according to a notice from the Food Standards "
       "Authority.\n\n“We are acting out of caution,” the company said.",
       "out of caution", "Dunmore Foods", "company said", 0.7, 0.8},
      {"“…,” the union said: the body last named",
       "The National Federation of Postal Staff said its members had waited a week.\n\n“Workers should "
       "not live deadline to deadline,” the union said.",
       "deadline to deadline", "National Federation of Postal Staff", "union said", 0.7, 0.8},
      {"the X union said: the body's own name",
       "Dock workers walked out on Monday. The Havenbond union said the strike would go on.",
       "strike would go on", "Havenbond", nullptr, 0.7, 1},
      {"“…,” the agency said: the body last named",
       "In a statement, the Federal Motor Carrier Safety Administration said it was reviewing the "
       "decision.\n\n“Speed makes crashes deadlier,” the agency said.",
       "deadlier", "Federal Motor Carrier Safety Administration", "agency said", 0.7, 0.8},
      // Someone the text introduced as "a …" stays unnamed.
      {"“…,” the senior official added, after 'a senior official'",
       "Minister Rafael Oruno met the envoy. A senior official said talks had stalled.\n\n“We are not "
       "close,” the senior official added.",
       "not close", "", nullptr, 0, 0.5},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, AColonAfterAClauseWithoutSpeechIsItsSubjects) {
  const Case cases[] = {
      {"He put it plainly: “…”",
       "Harbour chief Marta Lindqvist met dock workers on Friday. She put it plainly: “We cannot pay "
       "what we do not have.”",
       "cannot pay", "Marta Lindqvist", nullptr, 0.6, 0.8},
      {"X had a blunter message: “…”",
       "Union secretary Pavel Oduya had a blunter message for the port: “Pay up or the cranes stay "
       "still.”",
       "Pay up", "Pavel Oduya", nullptr, 0.6, 0.8},
      {"Body made its position clear in a post on X: “…”",
       "The Tramways Union, which represents most drivers, made its position clear in a post on X "
       "late on Thursday: “Tomorrow, the buses stop.”",
       "buses stop", "Tramways Union", nullptr, 0.6, 0.8},
      {"Then, more quietly: “…” goes on with the last speaker",
       "“We are in orbit,” flight director Ines Carvo told the team. Then, more quietly: “Eleven "
       "years.”",
       "Eleven years", "Ines Carvo", nullptr, 0.5, 0.7},
      {"His race engineer, X, hesitated: ‘…’ is the engineer's",
       "“These tyres are cooked,” Elias Brand said over the radio.\n\nHis race engineer, Tom Ashby, "
       "hesitated before answering: ‘Understood, but it is still wet.’",
       "still wet", "Tom Ashby", nullptr, 0.6, 0.8},
      {"Her view of it is blunt: “…”",
       "Marit Lunde is the ship's lead jointer.\n\nHer view of the job is unsentimental: “People "
       "think the internet is in the sky.”",
       "in the sky", "Marit Lunde", nullptr, 0.6, 0.8},
      {"a fronted phrase with its own pronoun: Speaking as he arrived, X had been blunt: “…”",
       "Premier Tomas Vell flew in late. Speaking to reporters as he arrived, Vell had been blunt: "
       "“Our vote is not for sale.”",
       "not for sale", "Tomas Vell", nullptr, 0.6, 0.8},
      {"a question put first: Asked whether she …, X paused before answering: “…”",
       "Asked whether she had a message for her staff, Ingrid Solberg paused before answering: “I told "
       "them I was proud of them.”",
       "proud of them", "Ingrid Solberg", nullptr, 0.6, 0.8},
      {"a role before its holder: A spokesman for X, Y, sounded unworried: “…”",
       "Speaker Ann Kinnick was confident. A spokesman for Kinnick, Ross Dell, sounded unworried on "
       "Friday: “The votes are there.”",
       "votes are there", "Ross Dell", nullptr, 0.6, 0.8},
      {"two fronted phrases: Asked whether he …, instead of … to X, Y was brief: “…”",
       "Asked whether he had considered bowling Mirza earlier, instead of giving the over to Qadri, Lodhi "
       "was brief: “I would do the same again.”",
       "same again", "Lodhi", nullptr, 0.6, 0.8},
      {"a possessive before the role and its holder: X's race engineer Y was heard shouting: ‘…’",
       "Luka Novak won the race.\n\nOver the radio, Novak’s race engineer Declan Moyo was heard "
       "shouting: ‘Yes, Luka! What a drive!’",
       "What a drive", "Declan Moyo", nullptr, 0.6, 0.8},
      {"an object is no subject: The judge addressed X: “…”",
       "“Sit down,” said the clerk. The judge then addressed Dara Quist directly: “You may go.”",
       "You may go", "", nullptr, 0, 0.5},
      {"a dummy 'it': It was simple: “…”",
       "The Tarn Works union met on Friday. It was simple: “No deal, no work.”", "No deal", "",
       nullptr, 0, 0.5},
      {"a possessive is no subject: X's lawyer read a statement: “…”",
       "Dara Quist's lawyer read a statement: “My client is innocent.”", "innocent", "", nullptr, 0,
       0.5},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, PronounsInsideAQuoteTeachNoGender) {
  const Case cases[] = {
      // "He" and "his" in the quote, and "his ear" after her name, are the
      // patient's: the paramedic is still a "she".
      {"“He …,” she said after a woman of unknown gender",
       "Paramedic Dana Whitcombe told the court the man had a wound above his ear.\n\n“He kept asking "
       "for his wife,” she said.",
       "asking for his wife", "Dana Whitcombe", "she said", 0.7, 0.85},
      // A "She" inside single quotation marks is the speaker's words about
      // someone else: it teaches nothing about the team boss.
      {"‘She …,’ he said after a man of unknown gender",
       "Priya Menon took fourth.\n\nTeam boss Marc Delorme praised the team. ‘She did well,’ he said.",
       "did well", "Marc Delorme", "he said", 0.7, 0.85},
      // A preposition's object is a weaker antecedent than a subject.
      {"“…,” she told … after 'a gown by X'",
       "Princess Amalie hosted a gala last night.\n\nThe 34-year-old royal, wearing a gown by Maison "
       "Verel, was greeted by crowds as she arrived.\n\nInside, she gave a speech.\n\n“I was ten "
       "years old,” she told the guests.",
       "ten years old", "Amalie", "she told", 0.7, 0.85},
      // The subject of her reported clause is the musician she speaks of.
      {"X said he …. “…,” she said: X is still a 'she'",
       "Saxophonist Abel Moran played the club for years. Its owner, Tess Varga, said he had rarely "
       "missed a night.\n\n“He played through a broken wrist,” she said.",
       "broken wrist", "Tess Varga", "she said", 0.7, 0.85},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, PronounFollowsTheNewSubjectNotTheLastSpeaker) {
  const Case cases[] = {
      {"“…,” A said. B was unhappy. He claimed …",
       "“It was a massive game,” Arsenal manager Mikel Arteta said.\n\nChelsea boss Enzo Maresca was unhappy "
       "with the officiating. He claimed his side should have had a penalty.",
       "should have had", "Enzo Maresca", nullptr, 0.6, 1},
      {"a subject after a fronted phrase: 'In X, Minister Y rejected …'",
       "“We will not yield,” party president Ravi Goud said.\n\nIn Amravati, Water Resources Minister "
       "K. Suresh Murthy rejected the claims. He told reporters the releases were lawful.\n\n“There "
       "is no need for panic,” he said.",
       "no need for panic", "Suresh Murthy", "he said", 0.7, 0.85},
      {"“…,” it wrote: the body, not the platform it wrote on",
       "Tarn Coachlines chief executive Rhea Whitmore said the offer was fair.\n\nIn a post on X, the "
       "company apologised to passengers. “We are sorry,” it wrote.",
       "We are sorry", "Tarn Coachlines", "it wrote", 0.7, 0.85},
      {"“…,” he said after 'That drew a response from X'",
       "“The street must close,” Councillor Dara Fahy said.\n\nThat drew an angry response from the "
       "council's director of transport, Colm Dubhain. “That is simply not true,” he said.",
       "simply not true", "Colm Dubhain", "he said", 0.7, 0.85},
      {"a subject after any short fronted phrase: 'Back at the hall, X was waiting'",
       "“Hand-washing is the first thing to go,” nurse Zola Faku said.\n\nBack at the hall in Ezibeni, "
       "Nomsa Mpeta was waiting for the tanker.\n\n“The mayor says Friday,” she said.",
       "mayor says Friday", "Nomsa Mpeta", "she said", 0.7, 0.85},
      {"an object is no new subject: 'Fans booed X'",
       "“It was a massive game,” Arsenal manager Mikel Arteta said.\n\nFans booed Enzo Maresca at the "
       "end. “We deserved it,” he said.",
       "deserved it", "Mikel Arteta", nullptr, 0.6, 1},
      {"a possessive is no new subject",
       "“We are ready,” Kremlin spokesman Dmitry Peskov said. Peskov contrasted Trump’s position with that of "
       "Europe, which, he said, was doing everything to hinder a settlement.",
       "doing everything", "Dmitry Peskov", nullptr, 0.6, 1},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, AndWarnedSharesTheSubjectNotTheObject) {
  const Case cases[] = {
      {"X accused Y of … and warned that …",
       "Senator Marco Rubio accused Elon Musk of putting profits first and warned that the data could be exploited.",
       "data could be exploited", "Marco Rubio", nullptr, 0.6, 0.9},
      {"Body role X … and said …",
       "Facebook co-founder Mark Zuckerberg tweeted to Mohamed and said the boy was welcome to visit.",
       "boy was welcome", "Mark Zuckerberg", nullptr, 0.6, 0.9},
      {"…, telling reporters that …",
       "Elon Musk dismissed the concerns, telling reporters that the cars stored data locally.",
       "stored data locally", "Elon Musk", nullptr, 0.6, 0.9},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, SpeakersOfFragmentsAndRoles) {
  const Case cases[] = {
      {"said <team> <role> X: the person, not the team",
       "“We were far too polite,” said Dunmore manager Colin Pratt.", "polite", "Colin Pratt",
       "said", 0.85, 1},
      {"a fragment quoted in a reported clause",
       "Mara Ellis, head of research at the charity, said the trial added to a “growing body of "
       "evidence” that walking helps.",
       "growing body", "Mara Ellis", "said", 0.6, 0.9},
      {"…, accusing … of “…”: the subject's words",
       "Prakash Varma took a different line, accusing both parties of “playing politics with lives”.",
       "playing politics", "Prakash Varma", nullptr, 0.6, 0.9},
      {"accused … of “…”: the subject's words",
       "Lena Brandt accused the council of “playing politics with the housing list”.",
       "playing politics", "Lena Brandt", nullptr, 0.8, 1},
      {"a name, its party in brackets, an aside naming a body, then the verb",
       "Rep. Ana Ferro (D-Oregon), chair of the Congressional Rural Caucus, called the bill “a "
       "betrayal of farmers”.",
       "betrayal", "Ana Ferro", nullptr, 0.8, 1},
      {"X was quoted by <outlet> as saying: “…”",
       "The mayor, Efrain Condo, was quoted by the newspaper El Diario as saying: “We have no "
       "water.”",
       "no water", "Efrain Condo", nullptr, 0.8, 1},
      {"… as describing … as “…”",
       "Its president, Nadia Rahm, was quoted by CBC News as describing the tax as “painful but fair”.",
       "painful", "Nadia Rahm", nullptr, 0.6, 1},
      {"thanked … “…”", "Accepting the award, Lea Tamm thanked the islanders, “who let us in”.",
       "let us in", "Lea Tamm", nullptr, 0.6, 1},
      {"“…,” one of X, role Y, told Z",
       "“Maps can tell ugly stories,” one of the signatories, historian Marek Ziel, told reporters.",
       "ugly stories", "Marek Ziel", "told", 0.8, 1},
      {"X, R-La., told reporters …",
       "House Speaker Tom Reeve, R-La., told reporters that he would schedule a vote.",
       "schedule a vote", "Tom Reeve", "told", 0.8, 1},
      {"the second verb owns its 'that'",
       "Senator Mark Reyes accused Lena Voss of putting profits first and warned that the data "
       "could leak.",
       "could leak", "Mark Reyes", "warned", 0.6, 0.9},
      {"a fragment ending the clause of a shared subject",
       "Tariq Osei conceded at 11:30 p.m. but said the result showed that the grip was \"a lot "
       "weaker than they think\".",
       "a lot weaker", "Tariq Osei", nullptr, 0.6, 0.95},
  };
  for (const Case& c : cases) Check(c);
  // The reported clause keeps its quoted ending whole.
  const auto quotes = QuotesOf("Mara Ellis warned that walking was “not a vaccine against dementia”.");
  const QuoteView q = QuoteWith(quotes, "walking", "indirect");
  EXPECT_EQ(q.content, "walking was “not a vaccine against dementia”");
}

TEST(AttributionTest, PluralRoleWordsAreUnnamedGroups) {
  const std::string text =
      "Analysts said the dispute would not derail the talks. “It will pass,” Officials said. "
      "Charities warned that the approach was failing. Estimates suggest 8000 people may be "
      "stranded. Polls show voters are split. Investigators said he had been drinking. Forecasters "
      "warned that rivers would rise.\n\n“Grateful for every day,” she wrote.";
  const nlohmann::json r = ExplainJson(text);
  for (const auto& e : r["entities"]) {
    for (const char* group :
         {"Analysts", "Officials", "Charities", "Estimates", "Polls", "Investigators", "Forecasters", "Grateful"})
      EXPECT_NE(e["name"], group);
  }
}

TEST(AttributionTest, DescribedBodyOfANamedOne) {
  const Case cases[] = {
      {"the UN refugee agency said", "At least 25 people have died this year, the UN refugee agency said.",
       "25 people", "UN", nullptr, 0.7, 0.9},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, TheCompanySaidGoesBackToTheBody) {
  const Case cases[] = {
      {"the company said", "Veltrix Corp. will cut 200 jobs. “We must adapt,” the company said.", "adapt",
       "Veltrix Corp.", "the company said", 0.7, 0.8},
      {"the German carmaker said",
       "Bavaro Motors and the news agency Baltic Wire disagree. “Sales are strong,” the German carmaker said.",
       "Sales", "Bavaro Motors", nullptr, 0.7, 0.8},
      {"the ministry said: its own noun beats a later company",
       "The Ministry of Transport met Veltrix Corp. “Talks went well,” the ministry said.", "Talks",
       "Ministry of Transport", nullptr, 0.7, 0.8},
      {"no body named before", "“Talks went well,” the ministry said.", "Talks", "", nullptr, 0, 0.5},
  };
  for (const Case& c : cases) Check(c);
}

TEST(AttributionTest, UnknownOneWordSpeakerIsABodyWhenItIsAnIt) {
  const std::string body = "Acme Corp cut 200 jobs. Veltrix said it was not involved.";
  EXPECT_EQ(EntityWithMention(ExplainJson(body), body, "Veltrix"), "organization:Veltrix");
  const std::string person = "The talks failed. Okonkwo said he would resign.";
  EXPECT_EQ(EntityWithMention(ExplainJson(person), person, "Okonkwo"), "person:Okonkwo");
}

}  // namespace
}  // namespace explainer::testing
