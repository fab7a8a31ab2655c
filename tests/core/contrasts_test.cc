// ContrastFinder: explicit connectives (and the uses of them that are not
// contrasts), unfulfilled expectations, and stances read from claims.

#include <gtest/gtest.h>

#include "stance_test_util.h"
#include "test_util.h"

namespace explainer::testing {
namespace {

struct ExplicitCase {
  const char* text;
  const char* marker;  // the marker's text
  const char* a;       // a substring of side a
  const char* b;       // a substring of side b
};

// The contrast whose marker reads `marker`, or null JSON.
nlohmann::json WithMarker(const std::string& text, const nlohmann::json& r,
                          const std::string& marker) {
  for (const auto& x : r["contrasts"])
    if (x["marker"].is_object() && x["marker"]["text"] == marker) return x;
  (void)text;
  return nullptr;
}

TEST(ContrastTest, ExplicitMarkersGiveBothSides) {
  const ExplicitCase cases[] = {
      {"The team trained hard all season, but it lost the final in extra time.",
       "but", "trained hard", "lost the final"},
      {"Sales rose in the north. However, the south saw a sharp decline.",
       "However", "Sales rose", "south saw"},
      {"Despite heavy rain, the parade went ahead as planned.", "Despite",
       "heavy rain", "parade went ahead"},
      {"The north voted for the plan, whereas the south rejected it.",
       "whereas", "north voted", "south rejected"},
      {"Although the firm made a profit, it cut three hundred jobs.",
       "Although", "made a profit", "cut three hundred"},
      {"The council contrasted its own budget with that of the previous "
       "administration.",
       "contrasted", "its own budget", "previous administration"},
      {"The governor has veered between open support for the project and "
       "harsh criticism of its costs.",
       "veered", "open support", "harsh criticism"},
      {"Residents welcomed the new park, while shop owners complained about "
       "lost parking.",
       "while", "welcomed the new park", "shop owners complained"},
      {"The storm flattened homes in the east. In contrast, the western "
       "districts reported almost no damage.",
       "In contrast", "storm flattened", "western districts"},
      {"The club signed three players, yet it still finished last.", "yet",
       "signed three players", "finished last"},
      // A clock time's colon ends no clause.
      {"Mehta conceded at about 11:30 p.m. but said the grip had weakened.", "but",
       "Mehta conceded", "grip had weakened"},
      {"The drug eased symptoms in mice. Trials in people, though, showed no "
       "benefit.",
       "though", "eased symptoms", "Trials in people"},
      {"Analysts had forecast strong growth; the economy instead shrank by two "
       "percent.",
       "instead", "forecast strong growth", "economy instead shrank"},
      {"The old law protected tenants. The new one, on the other hand, favours "
       "landlords.",
       "on the other hand", "protected tenants", "favours landlords"},
      {"The band played its old hits rather than the songs from the new album "
       "that fans had asked for.",
       "rather than", "played its old hits", "songs from the new album"},
  };
  for (const auto& c : cases) {
    const auto r = ExplainJson(c.text);
    const auto x = WithMarker(c.text, r, c.marker);
    ASSERT_TRUE(x.is_object()) << c.text << "\n" << r["contrasts"].dump();
    EXPECT_EQ(x["kind"], "explicit") << c.text;
    EXPECT_NE(SliceUtf16(c.text, x["a"]).find(c.a), std::string::npos)
        << c.text << " a=" << SliceUtf16(c.text, x["a"]);
    EXPECT_NE(SliceUtf16(c.text, x["b"]).find(c.b), std::string::npos)
        << c.text << " b=" << SliceUtf16(c.text, x["b"]);
    EXPECT_FALSE(x["summary"].get<std::string>().empty());
  }
}

TEST(ContrastTest, NonContrastiveUsesOfMarkersAreSkipped) {
  const char* cases[] = {
      "The festival fills not only the square but also the nearby streets.",
      "The little shop on the corner sold nothing but bread.",
      "After ten years of delays the new stadium is all but finished.",
      "While in Paris, the minister met students from three universities.",
      "She waited for a while before speaking to the assembled reporters.",
      "The firm reported a sudden but temporary drop in its quarterly sales.",
      "The results of the annual survey have not yet been published.",
      "While walking home, the couple found a wallet full of cash.",
      "The firm grew fast while its nearest rival also expanded quickly.",
  };
  for (const char* text : cases) {
    const auto r = ExplainJson(text);
    EXPECT_TRUE(r["contrasts"].empty()) << text << "\n" << r["contrasts"].dump();
  }
}

TEST(ContrastTest, UnfulfilledExpectationsAreExpectationContrasts) {
  const ExplicitCase cases[] = {
      {"At the June summit it was agreed that the two leaders would meet within "
       "a month, an expectation that still remains unfulfilled.",
       "remains unfulfilled", "agreed that the two leaders", "expectation"},
      {"The mayor promised to repave Main Street by May. The work has yet to "
       "begin.",
       "has yet to", "promised to repave", "work has yet"},
      {"The ministry was expected to publish the report in March, but it has "
       "not done so.",
       nullptr, "expected to publish", "has not done so"},
  };
  for (const auto& c : cases) {
    const auto r = ExplainJson(c.text);
    nlohmann::json found;
    for (const auto& x : r["contrasts"])
      if (x["kind"] == "expectation") found = x;
    ASSERT_TRUE(found.is_object()) << c.text << "\n" << r["contrasts"].dump();
    if (c.marker) EXPECT_EQ(found["marker"]["text"], c.marker) << c.text;
    EXPECT_NE(SliceUtf16(c.text, found["a"]).find(c.a), std::string::npos) << c.text;
    EXPECT_NE(SliceUtf16(c.text, found["b"]).find(c.b), std::string::npos) << c.text;
  }
}

TEST(ContrastTest, ContrastsAreRankedByConfidenceWithSequentialIds) {
  const std::string text =
      "Sales rose in the north. However, the south saw a decline. The old "
      "mill closed, but the new one hired workers while the harbour stayed "
      "idle. Despite the cold, crowds came.";
  const auto r = ExplainJson(text);
  ASSERT_GE(r["contrasts"].size(), 3u);
  double last = 2;
  for (size_t i = 0; i < r["contrasts"].size(); ++i) {
    const auto& x = r["contrasts"][i];
    EXPECT_EQ(x["id"], "X" + std::to_string(i + 1));
    EXPECT_LE(x["confidence"].get<double>(), last);
    last = x["confidence"];
  }
}

struct StanceCase {
  const char* name;
  const char* text;
  std::vector<EntitySpec> entities;
  bool expect_stance;
  const char* a;  // substring of the positive side (when a stance is expected)
  const char* b;  // substring of the negative side
};

TEST(ContrastTest, StancesOppositeTowardEachOtherOrASharedTarget) {
  const StanceCase cases[] = {
      {"spokesperson speaks for the organisation",
       "Council spokeswoman Ria Paz praised Mayor Tom Ash for his budget. Days "
       "later, Tom Ash threatened the Council with a lawsuit.",
       {{"Ria Paz", EntityType::kPerson, "Council spokeswoman",
         {"Council spokeswoman Ria Paz"}},
        {"Council", EntityType::kOrganization},
        {"Tom Ash", EntityType::kPerson}},
       true, "praised", "threatened"},
      {"shared target",
       "Senator Ann Holt praised Governor Tim Bell on Monday. On Friday, Mayor "
       "Kay Dunn condemned Tim Bell.",
       {{"Ann Holt"}, {"Tim Bell"}, {"Kay Dunn"}},
       true, "praised", "condemned"},
      {"one actor at two points, linked by a demonym",
       "Tom Ash praised French President Ola Berg in the morning. In the "
       "evening, Tom Ash threatened France with tariffs.",
       {{"Tom Ash"},
        {"Ola Berg", EntityType::kPerson, "French President"},
        {"France", EntityType::kPlace}},
       true, "praised", "threatened"},
      {"a denial answers another side's claim",
       "Ann Holt said that the harbour fund had been emptied. Marlow Group "
       "denied the claim on Tuesday.",
       {{"Ann Holt"}, {"Marlow Group", EntityType::kOrganization}},
       true, "Ann Holt said", "denied"},
      {"same polarity is no contrast",
       "Ann Holt praised Tim Bell on Monday. On Friday, Kay Dunn also praised "
       "Tim Bell.",
       {{"Ann Holt"}, {"Tim Bell"}, {"Kay Dunn"}},
       false, nullptr, nullptr},
  };
  for (const auto& c : cases) {
    StanceDoc d(c.text, c.entities);
    // The denial case needs attributed statements, as the quote stage gives.
    if (std::string(c.name).rfind("a denial", 0) == 0) {
      d.AddQuote(QuoteKind::kIndirect, "the harbour fund had been emptied", 1,
                 "Ann Holt said");
      d.AddQuote(QuoteKind::kIndirect, "denied the claim on Tuesday", 2);
    }
    d.RunClaims();
    d.RunContrasts();
    const Contrast* stance = nullptr;
    for (const Contrast& x : d.out.contrasts)
      if (x.kind == ContrastKind::kStance) stance = &x;
    if (!c.expect_stance) {
      EXPECT_EQ(stance, nullptr) << c.name;
      continue;
    }
    ASSERT_NE(stance, nullptr) << c.name;
    EXPECT_NE(d.Text(stance->a.span).find(c.a), std::string::npos) << c.name;
    EXPECT_NE(d.Text(stance->b.span).find(c.b), std::string::npos) << c.name;
    EXPECT_FALSE(stance->a.claim.empty()) << c.name;
    EXPECT_FALSE(stance->summary.empty()) << c.name;
  }
}

TEST(ContrastTest, ANamedDenialAnswersClaimsParagraphsBack) {
  const std::string text =
      "Mara Quint, a former crew member, has claimed that Norvik Lines kept her aboard the ship "
      "for ten years.\n\nQuint was born in Bern. She joined the crew at 14. She claims she was "
      "first sent to the ship for two weeks. She also claims her passport was taken.\n\nShe later "
      "left the firm.\n\nIn a statement to a broadcaster, Norvik Lines denied these "
      "allegations.";
  const nlohmann::json r = ExplainJson(text);
  bool found = false;
  for (const auto& x : r["contrasts"]) {
    const std::string b = text.substr(x["b"]["start"], size_t(x["b"]["end"]) - size_t(x["b"]["start"]));
    const std::string a = text.substr(x["a"]["start"], size_t(x["a"]["end"]) - size_t(x["a"]["start"]));
    if (b.find("denied these allegations") != std::string::npos && a.find("claims") != std::string::npos)
      found = true;
  }
  EXPECT_TRUE(found) << r["contrasts"].dump();
}

}  // namespace
}  // namespace explainer::testing
