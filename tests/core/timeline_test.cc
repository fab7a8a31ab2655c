// TimelineBuilder (core/src/timeline.cc) through the whole pipeline: the
// event phrase cut from each dated clause, one entry per date, and time order.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace explainer::testing {
namespace {

struct Entry {
  std::string when;
  std::string iso;  // "" = null
  std::string event;
};

std::vector<Entry> Timeline(const std::string& text, const std::string& date = "") {
  Options options;
  options.date = date;
  const auto r = ExplainJson(text, options);
  std::vector<Entry> out;
  for (const auto& t : r["timeline"]) {
    out.push_back({t["when"]["text"], t["when"]["iso"].is_null() ? "" : t["when"]["iso"].get<std::string>(),
                   t["event"]});
    // The entry's span holds its date expression.
    EXPECT_LE(t["start"].get<int>(), t["when"]["start"].get<int>());
    EXPECT_GE(t["end"].get<int>(), t["when"]["end"].get<int>());
    EXPECT_EQ(SliceUtf16(text, t["when"]), t["when"]["text"]);
  }
  return out;
}

struct EventCase {
  const char* text;
  const char* when;
  const char* event;
};

void ExpectEvent(const EventCase& c) {
  const auto entries = Timeline(c.text);
  for (const Entry& e : entries) {
    if (e.when == c.when) {
      EXPECT_EQ(e.event, c.event) << c.text;
      return;
    }
  }
  ADD_FAILURE() << "no entry for \"" << c.when << "\" in: " << c.text;
}

TEST(TimelineTest, EventIsTheDatedClauseWithoutItsDate) {
  const EventCase cases[] = {
      {"The mayor opened the new bridge on May 4.", "May 4", "The mayor opened the new bridge"},
      {"The firm cut 300 jobs in 2019, its worst year in decades.", "2019",
       "The firm cut 300 jobs"},
      {"Voters rejected the plan, their second refusal since the governor took office in 2015.",
       "2015", "The governor took office"},
      {"Officials said on Wednesday that the dam was safe.", "Wednesday", "Officials said"},
  };
  for (const EventCase& c : cases) ExpectEvent(c);
}

TEST(TimelineTest, PreposedDateTakesTheMainClause) {
  const EventCase cases[] = {
      {"On Monday, the council approved the budget.", "Monday", "The council approved the budget"},
      {"Earlier this week, the union called a strike, saying talks had failed.",
       "Earlier this week", "The union called a strike"},
      {"During the hearing on March 12, the judge dismissed the case because of delays.",
       "March 12", "The judge dismissed the case"},
  };
  for (const EventCase& c : cases) ExpectEvent(c);
}

TEST(TimelineTest, DateSetOffByCommasTakesTheSentenceAroundIt) {
  ExpectEvent({"The last flood, in 1998, destroyed the old mill.", "1998",
               "The last flood destroyed the old mill"});
}

TEST(TimelineTest, PrepositionalBeforeDoesNotStartAClause) {
  ExpectEvent({"Talks stalled before the March 3 deadline.", "March 3",
               "Talks stalled before the March 3 deadline"});
}

TEST(TimelineTest, VerbFirstClauseBorrowsTheSubject) {
  ExpectEvent({"The factory, which opened in 1998, closed last year.", "last year",
               "The factory closed"});
  ExpectEvent({"The factory, which opened in 1998, closed last year.", "1998",
               "The factory opened"});
}

TEST(TimelineTest, NameInAppositionGivesWayToTheSubjectItRenames) {
  ExpectEvent({"The mayor and her deputy, John Smith, will resign next month.", "next month",
               "The mayor and her deputy will resign"});
}

TEST(TimelineTest, DescriptionInAppositionGivesWayToTheName) {
  ExpectEvent({"Maria Lopez, a local lawyer, filed the appeal on Thursday.", "Thursday",
               "Maria Lopez filed the appeal"});
  ExpectEvent({"The gallery, which is housed in Leeds, England, will close in April.", "April",
               "The gallery will close"});
}

TEST(TimelineTest, AgeAndAddressAsidesGiveWayToTheName) {
  ExpectEvent({"Daniel Price, of no fixed address, is due to appear in court on Monday.", "Monday",
               "Daniel Price is due to appear in court"});
  ExpectEvent({"Police said a second man, aged 19, who was arrested on Sunday, was released.", "Sunday",
               "A second man was arrested"});
}

TEST(TimelineTest, TimeModifiersGoWithTheirDate) {
  ExpectEvent({"The bill was first tabled in early May by the treasury.", "May",
               "The bill was first tabled by the treasury"});
}

TEST(TimelineTest, RelativeClauseTakesItsAntecedentAsSubject) {
  ExpectEvent({"Officials said the strike, which began at dawn, would end on Tuesday.", "Tuesday",
               "The strike would end"});
  ExpectEvent({"Sales never recovered from the flood, which closed the port in 2019.", "2019",
               "The flood closed the port"});
}

TEST(TimelineTest, TwoNamesForOneDateInOneClauseGiveOneEntry) {
  const auto entries = Timeline("The line first opened 150 years ago, in 1874.", "2024-03-03");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].iso, "1874");
}

TEST(TimelineTest, SameDayDifferentWordsAreDifferentEvents) {
  const auto entries = Timeline(
      "Drivers walked out this morning. Talks had collapsed late on Sunday.", "2024-03-03");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].event, "Talks had collapsed");
}

TEST(TimelineTest, EventsAreShort) {
  const auto entries = Timeline(
      "On Friday, the regional transport authority announced a sweeping overhaul of bus, tram "
      "and ferry timetables across the entire northern district and its many suburbs.");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_LE(entries[0].event.size(), 80u);
  EXPECT_EQ(entries[0].event.rfind("The regional transport authority announced", 0), 0u);
}

TEST(TimelineTest, EntriesAreSortedByTime) {
  const auto entries = Timeline(
      "The museum reopened on June 3, 2021. It had closed on March 2, 2020. "
      "A new wing was added in 2019.");
  std::vector<std::string> isos;
  for (const Entry& e : entries) isos.push_back(e.iso);
  EXPECT_EQ(isos, (std::vector<std::string>{"2019", "2020-03-02", "2021-06-03"}));
}

TEST(TimelineTest, UnresolvedRelativeEntriesFollowDatedOnes) {
  const auto entries = Timeline(
      "Earlier this week, the board resigned. Losses have grown in recent months. "
      "The firm was founded in 1990.");
  std::vector<std::string> whens;
  for (const Entry& e : entries) whens.push_back(e.when);
  EXPECT_EQ(whens, (std::vector<std::string>{"1990", "in recent months", "Earlier this week"}));
}

TEST(TimelineTest, RelativeEntriesAreResolvedAndOrderedWithOptionsDate) {
  const auto entries = Timeline(
      "The minister resigned yesterday. Her deputy was appointed last month. "
      "The scandal broke on March 30.",
      "2024-05-10");
  std::vector<std::string> isos;
  for (const Entry& e : entries) isos.push_back(e.iso);
  EXPECT_EQ(isos, (std::vector<std::string>{"2024-03-30", "2024-04", "2024-05-09"}));
}

TEST(TimelineTest, DatelineIsNotAnEvent) {
  const auto entries = Timeline(
      "Storm hits coast\n\nSaturday, October 9, 2010\n\nThe storm reached the coast on Friday.");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].when, "Friday");
  EXPECT_EQ(entries[0].iso, "2010-10-08");
  EXPECT_EQ(entries[0].event, "The storm reached the coast");
}

TEST(TimelineTest, RangeIsOneEntry) {
  const auto entries = Timeline("The exhibition runs from May 2 to June 9 in the east wing.");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].when, "May 2 to June 9");
  EXPECT_EQ(entries[0].iso, "--05-02");
  EXPECT_EQ(entries[0].event, "The exhibition runs in the east wing");
}

TEST(TimelineTest, RepeatedDateGivesOneEntry) {
  const auto entries = Timeline(
      "The leaders met on April 8. After the April 8 talks, both sides claimed progress.");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].event, "The leaders met");
}

TEST(TimelineTest, DateWithoutAnEventIsSkipped) {
  EXPECT_TRUE(Timeline("Photo: from the archive, 2008.").empty());
}

}  // namespace
}  // namespace explainer::testing
