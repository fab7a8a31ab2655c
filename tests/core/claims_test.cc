// ClaimFinder and the StanceReader under it: typing, polarity with negation
// and scope, hedges, sources and targets of quoted and reported stances.

#include <gtest/gtest.h>

#include "polarity.h"
#include "stance_test_util.h"

namespace explainer::testing {
namespace {

Reading ReadAll(StanceDoc& d) {
  static const StanceReader* reader = new StanceReader(TestLexicons());
  const Words& words = AnnotatedWords(&d.doc(), *reader);
  return reader->Read(words, 0, words.size());
}

TEST(ClaimTest, PolarityHandlesNegationAndScope) {
  const struct {
    const char* text;
    int polarity;
  } cases[] = {
      {"The plan is constructive.", 1},
      {"The plan is not constructive.", -1},
      {"She did not hide her dissatisfaction with the result.", -1},
      {"The approach is cynical, but in a positive sense.", 1},
      {"He is, in the good sense of the word, quite cynical.", 1},
      {"The launch was never a failure.", 1},
      {"I have no doubt the talks were useful.", 1},
      {"It isn't good, and the staff are angry.", -1},
      {"The talks were held on Monday in the capital.", 0},
  };
  for (const auto& c : cases) {
    StanceDoc d(c.text);
    EXPECT_EQ(ReadAll(d).polarity, c.polarity) << c.text;
  }
}

TEST(ClaimTest, HedgesMakeAStatementHedged) {
  const struct {
    const char* text;
    bool hedged;
  } cases[] = {
      {"The meeting could be arranged soon.", true},
      {"The envoy may travel next week.", true},
      {"Officials reportedly left the building.", true},
      {"If it rains, the match stops.", true},
      {"The minister hinted at new rules.", true},
      {"The minister announced new rules.", false},
      {"They did everything they could to stop it.", false},
      {"The school reopened in May after repairs.", false},
  };
  for (const auto& c : cases) {
    StanceDoc d(c.text);
    EXPECT_EQ(ReadAll(d).hedged, c.hedged) << c.text;
  }
}

TEST(ClaimTest, LexiconsTypeEachKindOfStatement) {
  const struct {
    const char* text;
    ClaimType type;
  } cases[] = {
      {"The company will open a plant next year.", ClaimType::kPrediction},
      {"The country would prefer to settle the dispute through talks.",
       ClaimType::kPosition},
      {"The neighbours were doing everything to obstruct a deal.",
       ClaimType::kAccusation},
      {"They will face sanctions if the shelling goes on.", ClaimType::kThreat},
      {"The mayor praised the volunteers.", ClaimType::kPraise},
      {"The union condemned the decision.", ClaimType::kCriticism},
      {"The minister pledged to cut taxes.", ClaimType::kPromise},
      {"The coach accused the referee of bias.", ClaimType::kAccusation},
      {"The senator threatened the firm with fines.", ClaimType::kThreat},
      {"The plan is dangerous and reckless.", ClaimType::kCriticism},
      {"Veloria would prefer diplomacy instead of military action.",
       ClaimType::kPosition},
      {"The bridge opened in 1990.", ClaimType::kOther},
  };
  for (const auto& c : cases) {
    StanceDoc d(c.text);
    EXPECT_EQ(ClaimTypeName(ReadAll(d).type), std::string(ClaimTypeName(c.type)))
        << c.text;
  }
}

struct ReportedCase {
  const char* name;
  const char* text;
  std::vector<EntitySpec> entities;
  const char* needle;  // text inside the claim to check
  ClaimType type;
  const char* source;  // entity id or ""
  const char* target;  // entity id or ""
  int polarity;
  bool hedged;
};

TEST(ClaimTest, StancesReportedWithoutQuoteMarks) {
  const ReportedCase cases[] = {
      {"praise with a target after the verb",
       "In a radio interview, Mayor Ann Holt praised her partnership with "
       "Governor Tim Bell.",
       {{"Ann Holt"}, {"Tim Bell"}},
       "praised", ClaimType::kPraise, "E1", "E2", 1, false},
      {"accusation",
       "The Workers Union accused Norland Steel of hiding the losses.",
       {{"Workers Union", EntityType::kOrganization},
        {"Norland Steel", EntityType::kOrganization}},
       "accused", ClaimType::kAccusation, "E1", "E2", -1, false},
      {"hedged threat aimed by a modifier",
       "Earlier today, President Ola Berg hinted at imposing fresh Veloria "
       "tariffs if the talks fail.",
       {{"Ola Berg"}, {"Veloria", EntityType::kPlace}},
       "hinted", ClaimType::kThreat, "E1", "E2", -1, true},
      {"backing a punishment threatens its target",
       "Ola Berg endorsed a new package of sanctions against Veloria on Tuesday.",
       {{"Ola Berg"}, {"Veloria", EntityType::kPlace}},
       "endorsed", ClaimType::kThreat, "E1", "E2", -1, false},
      {"threat with an object",
       "Ola Berg threatened Veloria with sanctions on Tuesday.",
       {{"Ola Berg"}, {"Veloria", EntityType::kPlace}},
       "threatened", ClaimType::kThreat, "E1", "E2", -1, false},
      {"promise",
       "Ann Holt promised to rebuild the school before winter.",
       {{"Ann Holt"}},
       "promised", ClaimType::kPromise, "E1", "", 0, false},
      {"coordinated verbs keep their subject",
       "The ministry has tried to flatter Tim Bell while accusing Ann Holt of "
       "delays.",
       {{"ministry", EntityType::kOrganization}, {"Tim Bell"}, {"Ann Holt"}},
       "accusing", ClaimType::kAccusation, "E1", "E3", -1, false},
      {"passive voice takes the agent as source",
       "Mayor Tim Bell was sharply criticised by Ann Holt on Sunday.",
       {{"Tim Bell"}, {"Ann Holt"}},
       "criticised", ClaimType::kCriticism, "E2", "E1", -1, false},
      {"a relative clause acts for its antecedent",
       "Ann Holt wrote for the Harbor Herald, which attacked Tim Bell for "
       "years.",
       {{"Ann Holt"}, {"Harbor Herald", EntityType::kOrganization}, {"Tim Bell"}},
       "attacked", ClaimType::kCriticism, "E2", "E3", -1, false},
      {"sanctions imposed are a fact, not a threat",
       "The Union imposed sanctions on Veloria in 2014 after the vote.",
       {{"Union", EntityType::kOrganization}, {"Veloria", EntityType::kPlace}},
       "imposed", ClaimType::kFact, "", "", 0, false},
      {"a stance noun is no reported stance",
       "The praise for Ann Holt was loud in the hall that evening.",
       {{"Ann Holt"}},
       "praise", ClaimType::kFact, "", "", 0, false},
      {"the article's own voice",
       "The bridge was opened in 1990 by the city council.",
       {},
       "bridge", ClaimType::kFact, "", "", 0, false},
  };
  for (const auto& c : cases) {
    StanceDoc d(c.text, c.entities);
    d.RunClaims();
    const Claim* claim = d.ClaimWith(c.needle);
    ASSERT_NE(claim, nullptr) << c.name;
    EXPECT_EQ(ClaimTypeName(claim->type), std::string(ClaimTypeName(c.type))) << c.name;
    EXPECT_EQ(claim->source, c.source) << c.name;
    EXPECT_EQ(claim->target, c.target) << c.name;
    EXPECT_EQ(claim->polarity, c.polarity) << c.name;
    EXPECT_EQ(claim->hedged, c.hedged) << c.name;
  }
}

struct QuoteCase {
  const char* name;
  const char* text;
  std::vector<EntitySpec> entities;
  QuoteKind kind;
  const char* content;
  const char* cue;
  ClaimType type;
  const char* target;
  int polarity;
  bool hedged;
};

TEST(ClaimTest, QuotesBecomeTypedClaimsOfTheirSpeaker) {
  const QuoteCase cases[] = {
      {"hedged prediction in reported speech",
       "Minister Kay Dunn said that a deal could be reached soon.",
       {{"Kay Dunn"}}, QuoteKind::kIndirect, "a deal could be reached soon",
       "Kay Dunn said", ClaimType::kPrediction, "", 0, true},
      {"accusation of a relative clause's antecedent",
       "Kay Dunn criticised Marlow Group, which, she said, was doing everything "
       "it could to obstruct reform.",
       {{"Kay Dunn"}, {"Marlow Group", EntityType::kOrganization}},
       QuoteKind::kIndirect, "was doing everything it could to obstruct reform",
       "", ClaimType::kAccusation, "E2", -1, false},
      {"position",
       "Kay Dunn also said that Veloria would prefer to settle the dispute "
       "through talks.",
       {{"Kay Dunn"}, {"Veloria", EntityType::kPlace}}, QuoteKind::kIndirect,
       "Veloria would prefer to settle the dispute through talks",
       "Kay Dunn also said", ClaimType::kPosition, "", 0, false},
      {"a negative word turned positive by its scope",
       "Kay Dunn said the plan by Ola Berg was “harsh”, but in a good sense.",
       {{"Kay Dunn"}, {"Ola Berg"}}, QuoteKind::kPartial, "harsh",
       "Kay Dunn said", ClaimType::kPraise, "E2", 1, false},
      {"an evaluation is about the actor next to it, not a place named",
       "Kay Dunn said Ola Berg was constructive during the talks in Veloria.",
       {{"Kay Dunn"}, {"Ola Berg"}, {"Veloria", EntityType::kPlace}},
       QuoteKind::kIndirect, "Ola Berg was constructive during the talks in Veloria",
       "Kay Dunn said", ClaimType::kPraise, "E2", 1, false},
      {"negated concealment stays negative",
       "“We did not hide our disappointment with Norland Steel,” said Kay Dunn.",
       {{"Kay Dunn"}, {"Norland Steel", EntityType::kOrganization}},
       QuoteKind::kDirect, "We did not hide our disappointment with Norland Steel,",
       "said Kay Dunn", ClaimType::kCriticism, "E2", -1, false},
      {"the cue verb types the quote",
       "Ola Berg warned that Veloria would face sanctions.",
       {{"Ola Berg"}, {"Veloria", EntityType::kPlace}}, QuoteKind::kIndirect,
       "Veloria would face sanctions", "Ola Berg warned", ClaimType::kThreat,
       "E2", -1, false},
  };
  for (const auto& c : cases) {
    StanceDoc d(c.text, c.entities);
    d.AddQuote(c.kind, c.content, 1, c.cue);
    d.RunClaims();
    const Claim* claim = d.ClaimWith(c.content);
    ASSERT_NE(claim, nullptr) << c.name;
    EXPECT_EQ(claim->quote, "Q1") << c.name;
    EXPECT_EQ(claim->source, "E1") << c.name;
    EXPECT_EQ(ClaimTypeName(claim->type), std::string(ClaimTypeName(c.type))) << c.name;
    EXPECT_EQ(claim->target, c.target) << c.name;
    EXPECT_EQ(claim->polarity, c.polarity) << c.name;
    EXPECT_EQ(claim->hedged, c.hedged) << c.name;
  }
}

TEST(ClaimTest, ClaimsAreOrderedWithSequentialIds) {
  StanceDoc d("Ann Holt praised Tim Bell. The school opened in May last year. "
              "Tim Bell condemned the delays in the harbour project.",
              {{"Ann Holt"}, {"Tim Bell"}});
  d.RunClaims();
  ASSERT_EQ(d.out.claims.size(), 3u);
  for (size_t i = 0; i < d.out.claims.size(); ++i) {
    EXPECT_EQ(d.out.claims[i].id, "C" + std::to_string(i + 1));
    if (i) EXPECT_LT(d.out.claims[i - 1].span.start, d.out.claims[i].span.start);
  }
}

}  // namespace
}  // namespace explainer::testing
