// SourceFinder: interviews, agencies and outlets, documents, press settings,
// social media, credit lines, and via chains.

#include <gtest/gtest.h>

#include "quotes_test_util.h"

namespace explainer::testing {
namespace {

// The source named `name` (exactly), or an empty view.
SourceView Named(const std::vector<SourceView>& sources, const std::string& name) {
  for (const auto& s : sources)
    if (s.name == name) return s;
  return {};
}

TEST(SourcesTest, FindsEachKindOfSource) {
  const struct {
    const char* text;
    const char* name;
    const char* kind;
  } cases[] = {
      {"In an interview with the Swedish daily Nordposten, Holm said prices would rise.", "Nordposten",
       "interview"},
      {"The port had closed, news agency Baltic Wire reported.", "Baltic Wire", "news agency"},
      {"The Harbour Gazette newspaper said the port had closed.", "Harbour Gazette", "outlet"},
      {"“No comment,” Karin Holm told reporters in the Old Parliament.",
       "reporters in the Old Parliament", "press"},
      {"Holm spoke at a news conference on Friday.", "news conference", "press"},
      {"A report by the Harbour Authority found rising costs.", "Harbour Authority report", "report"},
      {"Holm wrote on Facebook that the plan was dead.", "Facebook", "social media"},
      {"The port reopened on Monday.\n\n(With inputs from agencies)", "agencies", "wire"},
      // A wire credit line: each reporter up to where they filed from; the
      // editor is no source.
      {"The port reopened.\n\n(Reporting by Ana Ruiz in Lima; Additional reporting by Tom Hale; Editing by Ivo Dan)",
       "Ana Ruiz", "byline"},
      {"The port reopened.\n\n(Reporting by Ana Ruiz in Lima; Additional reporting by Tom Hale; Editing by Ivo Dan)",
       "Tom Hale", "byline"},
  };
  for (const auto& c : cases) {
    const auto sources = SourcesOf(c.text);
    const SourceView s = Named(sources, c.name);
    EXPECT_EQ(s.name, c.name) << c.text;
    EXPECT_EQ(s.kind, c.kind) << c.text;
  }
}

TEST(SourcesTest, SpeakersStatementsAndOutletsTheyTold) {
  const std::string text =
      "“We will appeal,” said Sen. Maria Lopez, a Democrat, in a statement on Tuesday.\n"
      "“It is over,” Dana Whitfield told the Evening Herald.";
  const auto sources = SourcesOf(text);
  const SourceView statement = Named(sources, "Maria Lopez statement");
  EXPECT_EQ(statement.kind, "statement");
  EXPECT_NE(statement.entity.find("Maria Lopez"), std::string::npos);
  EXPECT_EQ(Named(sources, "Evening Herald").kind, "interview");
}

TEST(SourcesTest, CitedInterviewComesViaTheAgency) {
  const std::string text =
      "“The port is closed,” news agency Baltic Wire reported, citing Minister Karin Holm’s "
      "interview to the daily Morgenposten.";
  const auto sources = SourcesOf(text);
  const SourceView agency = Named(sources, "Baltic Wire");
  const SourceView interview = Named(sources, "Morgenposten");
  EXPECT_EQ(agency.kind, "news agency");
  EXPECT_EQ(interview.kind, "interview");
  EXPECT_EQ(interview.via_name, "Baltic Wire");
  EXPECT_EQ(agency.via_name, "");
}

TEST(SourcesTest, DefinitePhraseGoesBackToTheOutletItNamed) {
  const std::string text =
      "In an interview with the weekly Nordspiegel, Holm spoke about prices.\n"
      "“Exports fell,” the agency Baltic Wire reported, citing Holm’s interview to the weekly.";
  const auto sources = SourcesOf(text);
  size_t interviews = 0;
  for (const auto& s : sources) interviews += s.kind == "interview";
  EXPECT_EQ(interviews, 1u);
  EXPECT_EQ(Named(sources, "Nordspiegel").via_name, "Baltic Wire");
}

TEST(SourcesTest, SourcesLinkToTheirEntity) {
  const auto sources = SourcesOf(
      "The Harbour Gazette reported the closure. Later the Harbour Gazette newspaper said it was over.");
  const SourceView s = Named(sources, "Harbour Gazette");
  EXPECT_EQ(s.kind, "outlet");
  EXPECT_NE(s.entity.find("Harbour Gazette"), std::string::npos);
}

TEST(SourcesTest, WellKnownOutletsNeedNoMediaWord) {
  const struct {
    const char* text;
    const char* name;
    const char* kind;
    const char* evidence;
  } cases[] = {
      {"The port had closed, Reuters reported on Monday.", "Reuters", "news agency", "Reuters reported"},
      {"According to the Associated Press, the talks collapsed.", "Associated Press", "news agency",
       "According to the Associated Press"},
      {"The New York Times first reported the deal.", "New York Times", "outlet",
       "The New York Times first reported"},
      {"“It is over,” Dana Whitfield told CNN.", "CNN", "interview", "told CNN"},
      {"OSLO (AFP) - The port reopened.", "AFP", "news agency", "(AFP)"},
      // Media the gazetteer does not know, by the last word of their name.
      {"The Bicol News Agency reported that six people had died.", "Bicol News Agency",
       "news agency", "The Bicol News Agency reported"},
      {"The mayor was quoted by the Moravian News Agency as saying the line was shut.",
       "Moravian News Agency", "news agency", "quoted by the Moravian News Agency"},
  };
  for (const auto& c : cases) {
    const SourceView s = Named(SourcesOf(c.text), c.name);
    EXPECT_EQ(s.kind, c.kind) << c.text;
    EXPECT_EQ(s.text, c.evidence) << c.text;
  }
  // The outlet's report chains to the interview it cites.
  const auto chained = SourcesOf("The port is closed, Reuters reported, citing Holm’s interview to the daily Morgenposten.");
  EXPECT_EQ(Named(chained, "Morgenposten").via_name, "Reuters");
}

TEST(SourcesTest, OutletNamesOutOfContextAreNoSources) {
  for (const char* text : {"Trump attacked CNN again.", "Ap Dijk said prices would rise.",
                           "According to Norvik Express, the parcel was lost.",
                           "Michael Bloomberg spoke on Sunday. Bloomberg said he would not run."}) {
    EXPECT_TRUE(SourcesOf(text).empty()) << text;
  }
}

TEST(SourcesTest, NoSourceFromOrdinaryWords) {
  for (const char* text : {"The report was long.", "In a statement, nothing was said.",
                           "The board issued a statement that the Fed had erred.",
                           "French television showed the match.", "She visited the Church's website.",
                           "The port reopened.\n\n(Writing by Ana Ruiz; Editing by Ivo Dan)"}) {
    EXPECT_TRUE(SourcesOf(text).empty()) << text;
  }
}

}  // namespace
}  // namespace explainer::testing
