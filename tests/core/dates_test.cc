// DateFinder (core/src/dates.cc) and the calendar helpers it resolves with:
// every date form, the words that only look like dates, and resolution
// against Options::date and against an article's dateline.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "calendar.h"
#include "dates.h"
#include "lexicon.h"
#include "segmenter.h"
#include "text.h"
#include "tokenizer.h"

namespace explainer::testing {
namespace {

struct Dated {
  std::string text;
  std::string iso;
  bool relative = false;
  bool dateline = false;
};

struct Found {
  std::vector<Dated> dates;  // Document::dates
  std::vector<Entity> entities;
  std::string text;
  std::vector<std::string> MentionTexts() const {
    std::vector<std::string> out;
    for (const Entity& e : entities)
      for (const Span& m : e.mentions) out.push_back(std::string(Slice(text, m)));
    return out;
  }
};

// Runs the stages DateFinder needs (tokenizer, segmenter) and DateFinder.
Found FindDates(const std::string& text, const std::string& reference = "") {
  static const Lexicons* lexicons = new Lexicons();
  static const Tokenizer* tokenizer = new Tokenizer(*lexicons);
  static const Segmenter* segmenter = new Segmenter(*lexicons);
  static const DateFinder* finder = new DateFinder(*lexicons);
  Explanation out;
  out.text = text;
  Options options;
  options.date = reference;
  Document doc(&out, options);
  tokenizer->Run(&doc);
  segmenter->Run(&doc);
  finder->Run(&doc);
  Found f;
  f.text = text;
  for (const DateMention& m : doc.dates)
    f.dates.push_back({std::string(Slice(text, m.span)), m.iso, m.relative, m.dateline});
  f.entities = out.entities;
  return f;
}

struct Case {
  const char* sentence;
  const char* date;  // the expression found
  const char* iso;   // its ISO value ("" = none)
};

void ExpectOneDate(const Case& c, const std::string& reference = "") {
  const Found f = FindDates(c.sentence, reference);
  ASSERT_EQ(f.dates.size(), 1u) << c.sentence;
  EXPECT_EQ(f.dates[0].text, c.date) << c.sentence;
  EXPECT_EQ(f.dates[0].iso, c.iso) << c.sentence;
}

TEST(DatesTest, MonthDayYearFormsGetFullIsoDates) {
  const Case cases[] = {
      {"The treaty was signed on March 3, 1999.", "March 3, 1999", "1999-03-03"},
      {"Voting closes on 4 November 2024.", "4 November 2024", "2024-11-04"},
      {"The fair moved to 8 Jan 2003 after the flood.", "8 Jan 2003", "2003-01-08"},
      {"The archive lists the sale under March 9 2014 only.", "March 9 2014", "2014-03-09"},
      {"The report is dated 2021-06-30 in the file.", "2021-06-30", "2021-06-30"},
      {"The invoice dated 25/12/2019 was paid.", "25/12/2019", "2019-12-25"},
      {"The form dated 12/25/2019 was lost.", "12/25/2019", "2019-12-25"},
      {"The stamp reads 28.02.2016 in ink.", "28.02.2016", "2016-02-28"},
  };
  for (const Case& c : cases) ExpectOneDate(c);
}

TEST(DatesTest, YearlessDatesGetMonthDayIso) {
  const Case cases[] = {
      {"The shop reopens Sept. 9 with new staff.", "Sept. 9", "--09-09"},
      {"The fair ran on June 3rd in the rain.", "June 3rd", "--06-03"},
      {"Fees rise on the 1st of April for everyone.", "1st of April", "--04-01"},
      {"The ferry sails on 14 Feb. from the north pier.", "14 Feb.", "--02-14"},
      {"A walkout is planned for 15-16 March at both depots.", "15-16 March", "--03-15"},
      {"The festival runs August 15-18 in the old town.", "August 15-18", "--08-15"},
  };
  for (const Case& c : cases) ExpectOneDate(c);
}

TEST(DatesTest, MonthsAndYearsAloneGetPartialIso) {
  const Case cases[] = {
      {"Snow fell heavily in February across the hills.", "February", "--02"},
      {"The plant closed in October 2012 for good.", "October 2012", "2012-10"},
      {"The bridge opened in 1932 to great fanfare.", "1932", "1932"},
      {"Elections are due in May next spring.", "May", "--05"},
      {"Prices have climbed since mid-2015 in most towns.", "2015", "2015"},
      {"Growth slowed through the summer of 2019 as expected.", "2019", "2019"},
      {"The new line should open by September if funds allow.", "September", "--09"},
  };
  for (const Case& c : cases) ExpectOneDate(c);
  // Both ends of a range of months.
  const Found f = FindDates("Output averaged 1.4 million barrels between January and June.");
  ASSERT_EQ(f.dates.size(), 2u);
  EXPECT_EQ(f.dates[1].text, "June");
}

TEST(DatesTest, AmbiguousNumericDateKeepsOnlyTheYear) {
  // 08/09/2015 is August 9 in one convention and 8 September in another.
  ExpectOneDate({"The letter is dated 08/09/2015 at the top.", "08/09/2015", "2015"});
}

TEST(DatesTest, ModalMayIsNotADate) {
  for (const char* s : {"Officials may delay the vote again.", "May we ask a question?",
                        "The minister said May would decide soon.",
                        "The minister, May, resigned.", "The motion was tabled by May and Hunt.",
                        "The rift between May and Johnson grew."}) {
    const Found f = FindDates(s);
    for (const Dated& d : f.dates) EXPECT_NE(d.text, "May") << s;
  }
}

TEST(DatesTest, MonthWordsUsedAsVerbsOrNamesAreNotDates) {
  for (const char* s : {"March with us to the square, the organisers said.",
                        "Protesters march to the square each week.",
                        "June Carter sang at the opening.",
                        "The actor April Grant won the award.",
                        "The play by August Wilson opened to praise."}) {
    EXPECT_TRUE(FindDates(s).dates.empty()) << s;
  }
}

TEST(DatesTest, CountsAndLabelsAreNotYears) {
  for (const char* s : {"The convoy drove 500 miles.", "About 2,000 people attended the rally.",
                        "Some 1500 troops arrived by ship.", "A 2000-year-old custom survives.",
                        "Flight 2015 landed safely.", "The survey covered 1709 schoolchildren.",
                        "Turnout rose by 3.5 percent.", "The fund lost $2020 in fees.",
                        "Nearly 1800 refugees crossed the border.",
                        "The vote ended at 3 p.m. local time (1900 GMT)."}) {
    EXPECT_TRUE(FindDates(s).dates.empty()) << s;
  }
}

TEST(DatesTest, YearsAfterTimeWordsAndInRangesAreYears) {
  const Found f = FindDates(
      "Since 1998 the firm has grown. Debts piled up from 2004 to 2009. "
      "Turnout in the 2016 election was low. The 2014 protests changed the city.");
  std::vector<std::string> got;
  for (const Dated& d : f.dates) got.push_back(d.text);
  EXPECT_EQ(got, (std::vector<std::string>{"1998", "2004", "2009", "2016", "2014"}));
}

TEST(DatesTest, WeekdaysResolveToThePastOneByDefaultAndTheNextInFutureTense) {
  // 2024-05-10 is a Friday.
  const Case cases[] = {
      {"The court ruled on Tuesday in a short hearing.", "Tuesday", "2024-05-07"},
      {"The court will rule on Tuesday after the hearing.", "Tuesday", "2024-05-14"},
      {"The board met last Friday behind closed doors.", "last Friday", "2024-05-03"},
      {"The board meets next Monday for the vote.", "next Monday", "2024-05-13"},
      {"The rally took place on Friday in the rain.", "Friday", "2024-05-10"},
  };
  for (const Case& c : cases) ExpectOneDate(c, "2024-05-10");
}

TEST(DatesTest, RelativeExpressionsResolveAgainstOptionsDate) {
  // 2024-05-10 is a Friday in ISO week 19.
  const Case cases[] = {
      {"The strike ended yesterday after talks.", "yesterday", "2024-05-09"},
      {"The mayor spoke today at the hall.", "today", "2024-05-10"},
      {"The ship sank two days ago off the coast.", "two days ago", "2024-05-08"},
      {"Prices rose last month in every region.", "last month", "2024-04"},
      {"Exports fell this year despite the deal.", "this year", "2024"},
      {"The law takes effect next year for most firms.", "next year", "2025"},
      {"Talks collapsed last week without a deal.", "last week", "2024-W18"},
      {"Earlier this week the union called a strike.", "Earlier this week", "2024-W19"},
      {"The treaty was signed three years ago in the capital.", "three years ago", "2021"},
  };
  for (const Case& c : cases) ExpectOneDate(c, "2024-05-10");
}

TEST(DatesTest, VagueRelativeExpressionsStayUnresolved) {
  const Case cases[] = {
      {"Fuel costs have doubled in recent months for farmers.", "in recent months", ""},
      {"A decision is expected within the next two weeks at the latest.",
       "within the next two weeks", ""},
      {"Rents climbed over the past few years in the city.", "over the past few years", ""},
  };
  for (const Case& c : cases) {
    ExpectOneDate(c, "2024-05-10");
    EXPECT_TRUE(FindDates(c.sentence).dates[0].relative) << c.sentence;
  }
}

TEST(DatesTest, RelativeExpressionsWithoutReferenceHaveNoIso) {
  const Found f = FindDates("Prices rose last month and fell on Tuesday.");
  ASSERT_EQ(f.dates.size(), 2u);
  for (const Dated& d : f.dates) {
    EXPECT_TRUE(d.relative) << d.text;
    EXPECT_EQ(d.iso, "") << d.text;
  }
}

TEST(DatesTest, StoryRelativePeriodsAreNotReferenceRelative) {
  for (const char* s : {"She left the next day for the coast.",
                        "He spent the last five months of his life abroad.",
                        "They met in the last week of June."}) {
    for (const Dated& d : FindDates(s).dates) EXPECT_FALSE(d.relative) << s << ": " << d.text;
  }
}

TEST(DatesTest, DatelineIsTheReferenceWhenNoDateIsGiven) {
  const Found f = FindDates(
      "Mayor quits after budget row\n\nMonday, March 4, 2019\n\n"
      "The mayor resigned on Friday. Budget talks began last month.");
  ASSERT_EQ(f.dates.size(), 3u);
  EXPECT_TRUE(f.dates[0].dateline);
  EXPECT_EQ(f.dates[0].iso, "2019-03-04");
  EXPECT_EQ(f.dates[1].iso, "2019-03-01");
  EXPECT_EQ(f.dates[2].iso, "2019-02");
}

TEST(DatesTest, CityAndPublishedDatelinesAreTheReference) {
  for (const char* text : {"NEW YORK, March 4, 2019 - Shares fell yesterday.",
                           "Published: March 4, 2019\nShares fell yesterday."}) {
    const Found f = FindDates(text);
    ASSERT_EQ(f.dates.size(), 2u) << text;
    EXPECT_TRUE(f.dates[0].dateline) << text;
    EXPECT_EQ(f.dates[1].iso, "2019-03-03") << text;
  }
  // A full date inside the story is not a dateline.
  EXPECT_FALSE(FindDates("The firm said on March 4, 2019 that shares fell.").dates[0].dateline);
}

TEST(DatesTest, WeekendsAreWeeks) {
  ExpectOneDate({"Police fired tear gas at crowds last weekend.", "last weekend", "2024-W18"},
                "2024-05-10");
}

TEST(DatesTest, OptionsDateWinsOverTheDateline) {
  const Found f = FindDates("Headline\n\nMonday, March 4, 2019\n\nThe mayor resigned yesterday.",
                            "2020-01-15");
  ASSERT_EQ(f.dates.size(), 2u);
  EXPECT_EQ(f.dates[1].iso, "2020-01-14");
}

TEST(DatesTest, YearlessDatesTakeTheReferenceYearPastOrFuture) {
  // Past tense far after the reference means last year; future tense, this year.
  const Case cases[] = {
      {"The vote was held on February 20 in the capital.", "February 20", "2019-02-20"},
      {"The ceremony took place on December 12 in the hall.", "December 12", "2018-12-12"},
      {"The summit will be held on December 12 in the hall.", "December 12", "2019-12-12"},
      {"Protests began in January across the country.", "January", "2019-01"},
  };
  for (const Case& c : cases) ExpectOneDate(c, "2019-03-04");
}

TEST(DatesTest, SameDateTwiceIsOneEntityWithTwoMentions) {
  const Found f = FindDates("Talks opened on October 5. Since Oct. 5 nobody has left the room.");
  ASSERT_EQ(f.entities.size(), 1u);
  EXPECT_EQ(f.entities[0].type, EntityType::kDate);
  EXPECT_EQ(f.entities[0].name, "October 5");
  EXPECT_EQ(f.entities[0].mentions.size(), 2u);
}

TEST(DatesTest, DatelineWeekdayAndDateAreSeparateEntities) {
  const Found f = FindDates("Tuesday, June 19, 2018\n\nThe match ended on Tuesday.");
  EXPECT_EQ(f.MentionTexts(),
            (std::vector<std::string>{"Tuesday", "Tuesday", "June 19, 2018"}));
  ASSERT_EQ(f.entities.size(), 2u);  // both "Tuesday"s are the same day
}

TEST(DatesTest, RelativePhrasesAreNotNamedEntities) {
  const Found f = FindDates("Prices rose last week and again earlier this month.");
  EXPECT_EQ(f.dates.size(), 2u);
  EXPECT_TRUE(f.entities.empty());
}

TEST(DatesTest, ClockTimesAreDateEntitiesButNotTimelineDates) {
  const Found f = FindDates("Polls closed at 22:30 and the count began at 6 p.m. sharp.");
  EXPECT_EQ(f.MentionTexts(), (std::vector<std::string>{"22:30", "6 p.m."}));
  EXPECT_TRUE(f.dates.empty());
  EXPECT_TRUE(FindDates("Read John 3:16 again.").entities.empty());
}

TEST(DatesTest, HolidaysAreDates) {
  EXPECT_EQ(FindDates("Shops close on Christmas Day as usual.").MentionTexts(),
            (std::vector<std::string>{"Christmas Day"}));
  EXPECT_EQ(FindDates("Crowds gathered on Anzac Day in the park.").MentionTexts(),
            (std::vector<std::string>{"Anzac Day"}));
  EXPECT_TRUE(FindDates("Tourists flew to Easter Island.").entities.empty());
  EXPECT_TRUE(FindDates("The cartoonist Johnnie Christmas signed books.").entities.empty());
}

TEST(DatesTest, WeekdaysInsideNamesAreNotDates) {
  for (const char* s : {"She writes for the Sunday Times.", "He hosted Monday Night Football."})
    EXPECT_TRUE(FindDates(s).entities.empty()) << s;
}

TEST(DatesTest, InvalidCalendarDatesAreNotDates) {
  for (const char* s : {"The form says February 30, 2021 in red.", "The code is 2021-13-45 here."})
    for (const Dated& d : FindDates(s).dates) EXPECT_EQ(d.iso.size(), 4u) << s << ": " << d.text;
}

TEST(CalendarTest, DayNumbersWeekdaysAndIsoWeeks) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  const CivilDate c = CivilFromDays(DaysFromCivil(2024, 2, 29));
  EXPECT_EQ(c.year, 2024);
  EXPECT_EQ(c.month, 2);
  EXPECT_EQ(c.day, 29);
  EXPECT_EQ(IsoWeekday(DaysFromCivil(2025, 8, 15)), 5);  // a Friday
  EXPECT_EQ(FormatIsoWeek(DaysFromCivil(2021, 1, 1)), "2020-W53");
  EXPECT_EQ(FormatIsoWeek(DaysFromCivil(2024, 12, 30)), "2025-W01");
  EXPECT_FALSE(IsValidDate(2023, 2, 29));
  EXPECT_TRUE(IsValidDate(0, 2, 29));
  EXPECT_EQ(FormatIso({0, 8, 15}), "--08-15");
  EXPECT_EQ(FormatIso({2025, 1, 0}), "2025-01");
}

}  // namespace
}  // namespace explainer::testing
