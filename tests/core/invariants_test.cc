// The invariant checker the fuzzer and the bad-input suite rely on must
// itself catch each kind of broken result, or they would pass vacuously.

#include "invariants.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace explainer::testing {
namespace {

constexpr char kText[] = "\"We will act,\" said Jane Doe. Reuters reported it, citing TASS. 😀";

// A real, valid result to break one way at a time.
Explanation Valid() {
  Explanation e;
  EXPECT_TRUE(SharedExplainer().Explain(kText, {}, &e).ok());
  EXPECT_FALSE(e.quotes.empty());
  EXPECT_FALSE(e.entities.empty());
  return e;
}

std::vector<std::string> Check(const Explanation& e) {
  return CheckExplainResult(kText, {}, Status(), e);
}

TEST(InvariantsTest, AcceptsARealResult) { EXPECT_EQ(Check(Valid()), std::vector<std::string>()); }

TEST(InvariantsTest, CatchesASpanPastTheEnd) {
  Explanation e = Valid();
  e.sentences[0].end = static_cast<uint32_t>(e.text.size() + 5);
  EXPECT_FALSE(Check(e).empty());
}

TEST(InvariantsTest, CatchesASpanInsideACharacter) {
  Explanation e = Valid();
  const uint32_t emoji = static_cast<uint32_t>(e.text.size() - 4);
  e.warnings.push_back({"test", {emoji, emoji + 4}, "whole"});
  EXPECT_TRUE(Check(e).empty());
  // A byte offset inside the emoji: JS would be handed half a character.
  e.warnings.back().span.end = emoji + 2;
  EXPECT_FALSE(Check(e).empty());
}

TEST(InvariantsTest, CatchesDuplicateIds) {
  Explanation e = Valid();
  e.entities.push_back(e.entities[0]);
  EXPECT_FALSE(Check(e).empty());
}

TEST(InvariantsTest, CatchesDanglingReferences) {
  Explanation e = Valid();
  e.quotes[0].speaker = "E999";
  EXPECT_FALSE(Check(e).empty());
  e = Valid();
  Claim c;
  c.id = "C99";
  c.quote = "Q999";
  e.claims.push_back(c);
  EXPECT_FALSE(Check(e).empty());
}

TEST(InvariantsTest, CatchesASourceChainThatLoops) {
  Explanation e = Valid();
  e.sources = {{"S1", "A", "", "outlet", {0, 1}, "S2"}, {"S2", "B", "", "outlet", {0, 1}, "S1"}};
  EXPECT_FALSE(Check(e).empty());
}

TEST(InvariantsTest, CatchesInvalidUtf8InAName) {
  Explanation e = Valid();
  e.entities[0].name = "Jane \xC3";
  EXPECT_FALSE(Check(e).empty());
}

TEST(InvariantsTest, CatchesAWrongRefusalAndAHalfWrittenError) {
  Explanation e;
  EXPECT_FALSE(CheckExplainResult(kText, {}, {StatusCode::kInputTooLarge, "too large"}, e).empty());
  e = Valid();
  const std::string big(kMaxInputBytes + 1, 'a');
  EXPECT_FALSE(CheckExplainResult(big, {}, {StatusCode::kInputTooLarge, "too large"}, e).empty());
}

TEST(InvariantsTest, Utf8Validation) {
  EXPECT_TRUE(IsValidUtf8("plain é 😀"));
  for (const char* bad : {"\xC3", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF"})
    EXPECT_FALSE(IsValidUtf8(bad)) << ::testing::PrintToString(bad);
}

}  // namespace
}  // namespace explainer::testing
