// QuoteFinder and quote-mark pairing: every kind of mark, apostrophes that
// are not marks, nesting, quotes over several paragraphs, unbalanced marks,
// and the four kinds (direct, partial, nested, indirect).

#include <gtest/gtest.h>

#include "quotes_test_util.h"

namespace explainer::testing {
namespace {

std::vector<QuoteView> Marked(const std::string& text) {
  std::vector<QuoteView> out;
  for (const auto& q : QuotesOf(text))
    if (q.kind != "indirect") out.push_back(q);
  return out;
}

TEST(QuoteMarksTest, PairsEveryKindOfMark) {
  const struct {
    const char* text;
    const char* content;  // the one quote's content
  } cases[] = {
      {"“We will rebuild the bridge,” the mayor said.", "We will rebuild the bridge,"},
      {"\"The vote is final,\" Alma Reyes said.", "The vote is final,"},
      {"‘Nobody expected this,’ the coach said.", "Nobody expected this,"},
      {"'Nobody expected this,' the coach said.", "Nobody expected this,"},
      {"«We stay here», the farmers declared.", "We stay here"},
      {"„The plan is good“, Jonas Weber said.", "The plan is good"},
      {"Asked why, she said:\"Because it works.\"", "Because it works."},
      {"The board said, \"We are done here.\"", "We are done here."},
      {"The board said it was “a fair deal” overall.", "a fair deal"},
  };
  for (const auto& c : cases) {
    const auto quotes = Marked(c.text);
    ASSERT_EQ(quotes.size(), 1u) << c.text;
    EXPECT_EQ(quotes[0].content, c.content) << c.text;
  }
}

TEST(QuoteMarksTest, ApostrophesAreNotMarks) {
  const struct {
    const char* text;
    const char* content;
  } cases[] = {
      {"“You’ll see we’re right about the ’90s,” the aide said.",
       "You’ll see we’re right about the ’90s,"},
      {"“It’s the workers’ money,” Ines Duarte said.", "It’s the workers’ money,"},
      {"“Rock ’n’ roll never dies,” the singer said.", "Rock ’n’ roll never dies,"},
      {"\"Don't go to the 'old mill' alone,\" the guide said.",
       "Don't go to the 'old mill' alone,"},
  };
  for (const auto& c : cases) {
    const auto quotes = Marked(c.text);
    ASSERT_GE(quotes.size(), 1u) << c.text;
    EXPECT_EQ(quotes[0].content, c.content) << c.text;
    // No quote opens at an apostrophe ("’90s", "’n’").
    for (const auto& q : quotes) EXPECT_NE(q.content.substr(0, 2), "90") << c.text;
    for (const auto& q : quotes) EXPECT_NE(q.content.substr(0, 1), "n") << c.text;
  }
  // No quote at all where only apostrophes appear.
  for (const char* text : {"The players’ union met in the ’80s.", "Ines’s team won. The boys’ coach left.",
                           "They sang rock ’n’ roll all night."}) {
    EXPECT_TRUE(Marked(text).empty()) << text;
    EXPECT_TRUE(WarningCodes(text).empty()) << text;
  }
}

TEST(QuoteMarksTest, NestedQuoteWithTwoClosingMarks) {
  const std::string text =
      "“They kept telling us ’wait and see’ for a year,” Amir Haddad said.";
  const auto quotes = Marked(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].kind, "direct");
  EXPECT_EQ(quotes[1].kind, "nested");
  EXPECT_EQ(quotes[1].text, "’wait and see’");
  EXPECT_EQ(quotes[1].speaker, quotes[0].speaker);
}

TEST(QuoteMarksTest, NestedSingleInsideDouble) {
  const auto quotes = Marked("“Her answer was ‘never again’ and that was that,” the clerk said.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].kind, "nested");
  EXPECT_EQ(quotes[1].content, "never again");
}

TEST(QuoteMarksTest, QuoteReopenedInTheNextParagraphIsOneQuote) {
  const std::string text =
      "“The first part of the statement ends here.\n\n"
      "“The second part goes on and closes,” Lena Brandt said.";
  const auto quotes = Marked(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_NE(quotes[0].content.find("first part"), std::string::npos);
  EXPECT_NE(quotes[0].content.find("closes,"), std::string::npos);
  EXPECT_TRUE(WarningCodes(text).empty());
}

TEST(QuoteMarksTest, ReopenedParagraphsWithSingleLineBreaks) {
  const std::string text =
      "“The first part of the statement ends here.\n"
      "“The second part closes it,” Lena Brandt said.\n"
      "The meeting ended.";
  const auto quotes = Marked(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_NE(quotes[0].content.find("closes it,"), std::string::npos);
}

TEST(QuoteMarksTest, UnbalancedOpenerIsWarnedAndCappedAtItsParagraph) {
  std::string text = "“This quote never closes. It just runs on.\n\n";
  for (int i = 0; i < 50; ++i) text += "Another paragraph of ordinary reporting follows here.\n\n";
  const auto quotes = Marked(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].content, "This quote never closes. It just runs on.");
  const auto codes = WarningCodes(text);
  ASSERT_EQ(codes.size(), 1u);
  EXPECT_EQ(codes[0], "unbalanced_quote");
}

TEST(QuoteMarksTest, StrayClosingMarkIsWarnedNotQuoted) {
  const std::string text = "The result surprised everyone.” Then the hall emptied.";
  EXPECT_TRUE(Marked(text).empty());
  const auto codes = WarningCodes(text);
  ASSERT_EQ(codes.size(), 1u);
  EXPECT_EQ(codes[0], "unbalanced_quote");
}

TEST(QuoteMarksTest, ManyStrayMarksStayCheap) {
  std::string text;
  for (int i = 0; i < 600; ++i) text += (i % 3 == 0) ? "“ word " : (i % 3 == 1 ? "” " : "\" ‘ ");
  const auto r = ExplainJson(text);
  EXPECT_LE(r["warnings"].size(), 25u);
}

TEST(QuoteKindTest, DirectPartialNested) {
  const struct {
    const char* text;
    const char* content;
    const char* kind;
  } cases[] = {
      {"“We are leaving the talks,” Ruth Okafor said.", "We are leaving the talks,", "direct"},
      {"Ruth Okafor said: “We are leaving the talks.”", "We are leaving the talks.", "direct"},
      {"The minister called the plan “deeply flawed” on Monday.", "deeply flawed", "partial"},
      {"Okafor said the deal was “not worth the paper” it was printed on.", "not worth the paper",
       "partial"},
      {"Okafor warned of “consequences” if it fails.", "consequences", "partial"},
      {"“Wait,” she said, “there is more.”", "there is more.", "direct"},
      {"“He shouted ‘stop the count’ twice,” the witness said.", "stop the count", "nested"},
  };
  for (const auto& c : cases) {
    QuoteView q;
    for (const auto& m : Marked(c.text))
      if (m.content == c.content) q = m;
    EXPECT_EQ(q.kind, c.kind) << c.text;
  }
}

TEST(QuoteKindTest, IndirectSpeechCoversTheReportedContent) {
  const struct {
    const char* text;
    const char* content;
  } cases[] = {
      {"Councillor Ortega insisted that the budget would be balanced by spring.",
       "the budget would be balanced by spring"},
      {"Governor Mei Tanaka hinted at raising the fuel tax before the summer.",
       "raising the fuel tax before the summer"},
      {"According to Samir Haddad, the factory will close in March.",
       "the factory will close in March"},
      {"The factory will close in March, according to Samir Haddad.",
       "The factory will close in March"},
      {"The talks have collapsed, Ambassador Petra Lindqvist said.", "The talks have collapsed"},
      {"Petra Lindqvist said the talks would resume next week.",
       "the talks would resume next week"},
      {"Lindqvist told reporters on Friday that the border would stay open.",
       "the border would stay open"},
      {"Prices will rise again, said police.", "Prices will rise again"},
      {"Lindqvist cautioned that the border could close again.", "the border could close again"},
      {"Lindqvist defended the deal, saying it was consistent with policy.", "it was consistent with policy"},
      {"Norbank said it planned to file for approval by March.", "it planned to file for approval by March"},
      // The "that" of a relative clause inside the reported clause.
      {"Orban said Hungary would not support any measure that endangered its energy supplies.",
       "Hungary would not support any measure that endangered its energy supplies"},
      // No "that", and a subject that is a bare noun or a number.
      {"Professor Okafor says manufacturers could easily add iodine to bread.",
       "manufacturers could easily add iodine to bread"},
      {"Dana Reyes, the museum's treasurer, said 500 schools received the invitation.",
       "500 schools received the invitation"},
      {"Nadia Rahman said Omar wishes to study engineering.", "Omar wishes to study engineering"},
      {"Officials, however, said supply trucks had been blocked by landslides.",
       "supply trucks had been blocked by landslides"},
      {"Councillor Ben Aldo said the $850,000 cost would be covered by parking fees.",
       "the $850,000 cost would be covered by parking fees"},
      {"Dr. Lund said the pace of walking also appeared to matter.",
       "the pace of walking also appeared to matter"},
      {"The State Department said Ana Ruiz, the envoy, contacted the minister.",
       "Ana Ruiz, the envoy, contacted the minister"},
      {"Defence counsel Ian Moss said that, as the parents were abroad, they should be acquitted.",
       "as the parents were abroad, they should be acquitted"},
      {"The agency reported, citing local police, that six people had been swept away.",
       "six people had been swept away"},
      // The attribution ends the writer's clause, which goes on after it.
      {"Operating profit rose 14% in the quarter, the company said, beating forecasts.",
       "Operating profit rose 14% in the quarter"},
      {"Another 41 people were missing, the council said in its 8 a.m. bulletin.",
       "Another 41 people were missing"},
      {"People who walked briskly saw a further drop in risk, the paper found.",
       "People who walked briskly saw a further drop in risk"},
      // Quantities, coordinated subjects and longer subjects before a past.
      {"The agency said two of its staff members were among those killed.",
       "two of its staff members were among those killed"},
      {"The WHO said only 16 of the 36 hospitals were working.", "only 16 of the 36 hospitals were working"},
      {"The ministry said at least nine deaths were being investigated.",
       "at least nine deaths were being investigated"},
      {"The ministry said women and children accounted for half of the dead.",
       "women and children accounted for half of the dead"},
      {"Ana Ruiz said the current episode fitted a known pattern.", "the current episode fitted a known pattern"},
      {"According to two crew members who asked not to be named because they were not allowed to "
       "speak, the actor slipped on a wet platform.",
       "the actor slipped on a wet platform"},
      // A listener, an acronym in brackets, an aside inside the subject, a
      // bare noun with its place.
      {"Maya Ortiz, a junior, told the board she had collected 300 signatures.",
       "she had collected 300 signatures"},
      {"Rebecca Ashmore KC, prosecuting, told jurors the two men had fallen out over money.",
       "the two men had fallen out over money"},
      {"Paramedic Gemma Stone told the court Mr Mallin was conscious but confused.",
       "Mr Mallin was conscious but confused"},
      {"Transport Secretary Helen Marsh told Sky News the government had gone as far as it can.",
       "the government had gone as far as it can"},
      {"Ana Berg told reporters at the agency's centre in Darmstadt, Germany, that the plan had "
       "changed.",
       "the plan had changed"},
      {"Premier Dan Whit said the State Emergency Service (SES) had been placed on standby.",
       "the State Emergency Service (SES) had been placed on standby"},
      {"Ken Hase said the forecast, for the year ending March 2026, assumed a weaker yen.",
       "the forecast, for the year ending March 2026, assumed a weaker yen"},
      {"The HSE said attendances at emergency departments were up 9 per cent.",
       "attendances at emergency departments were up 9 per cent"},
      {"Raj Saini was quoted as saying that he took responsibility for the defeat.",
       "he took responsibility for the defeat"},
      {"Ana Dre was quoted by the newspaper O Globo as saying that the rise was a warning.",
       "the rise was a warning"},
      {"According to Yonhap, quoting the state news agency KCNA, the army has been put on alert.",
       "the army has been put on alert"},
      {"Ana Whit said higher fuel and wage costs had left the city with little choice.",
       "higher fuel and wage costs had left the city with little choice"},
      {"Dr Tana said warming waters in the Gulf of Maine were drawing turtles north.",
       "warming waters in the Gulf of Maine were drawing turtles north"},
      {"The Pirate Party has said it prefers to remain in opposition.", "it prefers to remain in opposition"},
      {"He said his party remained the anchor of any coalition and that he would stay.",
       "his party remained the anchor of any coalition and that he would stay"},
      // An -ing word that is no verb before the verb of saying.
      {"Officials on Sunday evening said that the border would reopen.", "the border would reopen"},
      {"The ministry's ruling said that the tax would rise.", "the tax would rise"},
      {"Sam Lee told Drew Brees that the game was over.", "the game was over"},
      // An apostrophe is no quote mark: the fragment keeps its closing mark.
      {"Ana Dix said the workers’ union had called the offer “unfair”.",
       "the workers’ union had called the offer “unfair”"},
      // Two reports of one verb.
      {"Lt. Omar Hale said most of those arrested had been released, and that two people faced "
       "charges.",
       "two people faced charges"},
      // The reported clause stops where the writer contrasts another voice.
      {"Officials have said the road was closed, but the mayor says it will reopen soon.",
       "the road was closed"},
      // Clauses with no "that": a quantity, a long subject with an aside, an
      // adverb before the verb, an irregular past.
      {"Ana Ruiz said more than 600 soldiers from the army had been deployed.",
       "more than 600 soldiers from the army had been deployed"},
      {"Diplomats said the bank and the fund, which tried and failed to broker a deal in 2020, had "
       "quietly urged the two countries to talk.",
       "the bank and the fund, which tried and failed to broker a deal in 2020, had quietly urged the two "
       "countries to talk"},
      {"She said treating patients in corridors, once considered an emergency measure, had become routine.",
       "treating patients in corridors, once considered an emergency measure, had become routine"},
      {"He said his family of four rarely filled their bin.", "his family of four rarely filled their bin"},
      {"Dr Ines Varga said the solution lay outside the hospital.", "the solution lay outside the hospital"},
      // "that" after a noun with its determiner, or past an ampersand.
      {"Tom Hale said in a note to clients that the guidance looked too optimistic.",
       "the guidance looked too optimistic"},
      {"The forward told BBC Radio Kent & Sussex that he had trained all week.", "he had trained all week"},
      // A reported question.
      {"Opposition politicians questioned whether warnings had been issued in time.",
       "warnings had been issued in time"},
      // "<clause>, X said, in …": the clause before the attribution.
      {"Two soldiers were killed on Thursday, the ministry said, in the worst incident this year.",
       "Two soldiers were killed on Thursday"},
      // The day it was said comes between the verb and a clause with no "that".
      {"The regulator said on Monday it had opened an inquiry into the sector.",
       "it had opened an inquiry into the sector"},
      {"The firm said Tuesday its profit would fall.", "its profit would fall"},
      // A quoted fragment closing after the comma ends the clause before "but".
      {"Lena Ortiz said the year had been “tougher than we expected,” but she insisted the plan was sound.",
       "the year had been “tougher than we expected,”"},
      {"Lena Ortiz said the year had been “tougher than we expected,” but she insisted the plan was sound.",
       "the plan was sound"},
      // No "that", and a present verb agreeing with its subject.
      {"The researchers say the findings confirm a steady fall in bird numbers.",
       "the findings confirm a steady fall in bird numbers"},
      {"The review says the rise in waiting times appears to be due to staff shortages.",
       "the rise in waiting times appears to be due to staff shortages"},
      // A participle of saying right after the subject's verb.
      {"Premier Ana Sousa arrived saying her country had taken in 140,000 people this year.",
       "her country had taken in 140,000 people this year"},
      // ... or after a noun of speech.
      {"The council issued a statement saying the bridge would stay shut until May.",
       "the bridge would stay shut until May"},
      // A body's acronym is no preposition ("AT", "IN").
      {"AT said it would add more buses on Friday.", "it would add more buses on Friday"},
  };
  for (const auto& c : cases) {
    const auto quotes = QuotesOf(c.text);
    const QuoteView q = QuoteWith(quotes, c.content, "indirect");
    EXPECT_EQ(q.content, c.content) << c.text;
  }
}

TEST(QuoteKindTest, NoIndirectQuoteWithoutReportedContent) {
  for (const char* text : {"The council discussed the report and the statement.",
                           "She said a prayer.", "The said agreement expired.",
                           "They read the report aloud.", "She was told that the flight was full.",
                           "The residents were told the water was safe.",
                           "The firm reported revenue of $2 billion, below estimates.",
                           "New drug slows decline, but experts urge caution\n\nThe drug was tested.",
                           "The festival continues a 2000 year old tradition of light related festivals.",
                           "In Washington, however, lawmakers criticised the trip.",
                           "The striker conceded a penalty which the referee Ana Ruiz awarded Chile.",
                           "Voters can suggest what the flag should mean on the website.",
                           "Peru warns Chile against port deal as Boric defends plan\n\nThe deal was signed.",
                           "She said goodbye to the crew before the flight.",
                           "He told the story of the men who were lost at sea.",
                           "Tesla cut prices in the United States, a move that hurt its margins.",
                           "Photos of the scene showed numerous bloodied bodies.",
                           "Revenue rose 4%, beating forecasts.",
                           // An object, not a clause: no verb agrees with a noun before it.
                           "Analysts had forecast peak annual sales of $2 billion.",
                           "Ruiz told reporters outside the campus gates on Elm Street.",
                           "Vega claims victory in runoff as rival refuses to concede.",
                           "Several towns have started asking local schools to pay taxes.",
                           "Also the regional president, Roberto Maro, proposed counter-measures to help schools.",
                           "In a statement to a broadcaster, Norvik Lines denied these allegations.",
                           "Applicants whose claim acceptance rate is above 95% wait less.",
                           // A verb inside a subordinate clause reports nothing before it.
                           "The message came from the governor at a briefing, where he promised water.",
                           // A question put to the speaker is no report of theirs.
                           "Asked whether he would resign, the minister said no.",
                           "When asked whether he would resign, the minister said no.",
                           // Declining to comment, or not saying, reports nothing.
                           "The ministry's press secretary, Anna Berg, declined to comment on the timing.",
                           "The harbour master, Tom Hale, did not comment.",
                           // A headline: "signals" has an object, not a speaker, after it.
                           "Central bank holds rates steady as inflation cools, signals cuts later this year\n\nThe bank met on Monday."}) {
    for (const auto& q : QuotesOf(text)) EXPECT_NE(q.kind, "indirect") << text;
  }
}

TEST(QuoteKindTest, IndirectQuoteIsNotMadeFromADirectOne) {
  const auto quotes = QuotesOf("“The harbour will reopen,” Mira Kovac said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, "direct");
}

}  // namespace
}  // namespace explainer::testing
