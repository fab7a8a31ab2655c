#include <gtest/gtest.h>

#include "test_util.h"

namespace explainer::testing {
namespace {

// The table lives in tests/testdata/sentences.json so the JS tests check the
// very same cases through the shipped module.
TEST(SegmenterTest, SplitsEveryTableCaseExactly) {
  const auto data = TestData("sentences.json");
  ASSERT_GT(data["cases"].size(), 10u);
  for (const auto& c : data["cases"]) {
    const std::string text = c["text"];
    const auto result = ExplainJson(text);
    std::vector<std::string> got;
    for (const auto& s : result["sentences"]) got.push_back(SliceUtf16(text, s));
    EXPECT_EQ(got, c["sentences"].get<std::vector<std::string>>()) << c["name"];
  }
}

TEST(SegmenterTest, DemoArticleSentencesStartAndEndAtWords) {
  const std::string text = DemoArticle();
  const auto result = ExplainJson(text);
  ASSERT_GE(result["sentences"].size(), 20u);
  for (const auto& s : result["sentences"]) {
    const std::string slice = SliceUtf16(text, s);
    ASSERT_FALSE(slice.empty());
    EXPECT_NE(slice.front(), ' ') << slice;
    EXPECT_NE(slice.back(), ' ') << slice;
    EXPECT_NE(slice.back(), '\n') << slice;
  }
  // A sentence never ends inside "U.S.", "D.C." or after an initial there.
  EXPECT_EQ(SliceUtf16(text, result["sentences"][0]).rfind("Russian President", 0), 0u);
}

}  // namespace
}  // namespace explainer::testing
