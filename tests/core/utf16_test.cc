// Offsets: every span of every result slices (as JS would, in UTF-16 code
// units) to exactly the text it stands for, on random text full of astral
// characters, CRLF, combining marks and invalid bytes.

#include <gtest/gtest.h>

#include <random>

#include "test_util.h"
#include "utf16.h"

namespace explainer::testing {
namespace {

TEST(Utf16IndexTest, CountsCodeUnits) {
  const std::string text = "a\xC3\xA9\xF0\x9F\x98\x80z";  // a é 😀 z
  Utf16Index index(text);
  EXPECT_EQ(index.ToUtf16(0), 0u);
  EXPECT_EQ(index.ToUtf16(1), 1u);  // before é
  EXPECT_EQ(index.ToUtf16(3), 2u);  // before 😀
  EXPECT_EQ(index.ToUtf16(7), 4u);  // before z
  EXPECT_EQ(index.ToUtf16(8), 5u);
  EXPECT_EQ(index.length(), 5u);
  EXPECT_EQ(index.ToUtf16(100), 5u);
}

TEST(Utf16IndexTest, WorksAcrossBlockBoundaries) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += (i % 3 == 0) ? "\xF0\x9F\x98\x80" : "x";
  Utf16Index index(text);
  uint32_t units = 0;
  for (size_t i = 0; i < text.size();) {
    EXPECT_EQ(index.ToUtf16(static_cast<uint32_t>(i)), units);
    const bool astral = static_cast<unsigned char>(text[i]) >= 0xF0;
    i += astral ? 4 : 1;
    units += astral ? 2 : 1;
  }
}

// Walks the result and checks every {start, end} object.
void CheckSpans(const nlohmann::json& node, const std::u16string& u, const std::string& where) {
  if (node.is_object()) {
    if (node.contains("start") && node.contains("end")) {
      const size_t start = node["start"], end = node["end"];
      ASSERT_LE(start, end) << where;
      ASSERT_LE(end, u.size()) << where;
      // Never inside a surrogate pair.
      for (size_t at : {start, end}) {
        if (at > 0 && at < u.size()) {
          ASSERT_FALSE(u[at] >= 0xDC00 && u[at] < 0xE000 && u[at - 1] >= 0xD800 && u[at - 1] < 0xDC00) << where;
        }
      }
      if (node.contains("text") && node["text"].is_string()) {
        ASSERT_EQ(ToUtf8(u.substr(start, end - start)), node["text"].get<std::string>()) << where;
      }
    }
    for (auto it = node.begin(); it != node.end(); ++it) CheckSpans(*it, u, where + "." + it.key());
  } else if (node.is_array()) {
    for (size_t i = 0; i < node.size(); ++i) CheckSpans(node[i], u, where + "[" + std::to_string(i) + "]");
  }
}

std::string RandomArticle(std::mt19937* rng) {
  static const char* kPieces[] = {
      "The ", "President ", "said ", "Smith ", "U.S. ", "Mr. ", "“", "”", "\"", "‘", "’",
      "«", "»", ". ", ", ", "? ", "! ", "\r\n", "\n\n", "😀", "𝕏", "e\xCC\x81", "Zoë ",
      "Café ", "— ", "according to ", "Reuters ", "August 15 ", "2025 ", "he said ",
      "\xFF", "\xC3", "\xED\xA0\x80", "\xF0\x9F\x98", "\t", "Jan. ", "J. ", "(", ")",
      "Moscow ", "but ", "while ", "in contrast, ", "The Kremlin ", "threatened ",
  };
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> len(0, 120);
  std::string out;
  for (int i = len(*rng); i > 0; --i) out += kPieces[pick(*rng)];
  return out;
}

TEST(Utf16PropertyTest, EverySpanSlicesToItsTextOnRandomInput) {
  std::mt19937 rng(20251128);
  for (int round = 0; round < 300; ++round) {
    const std::string raw = RandomArticle(&rng);
    Explanation e;
    ASSERT_TRUE(SharedExplainer().Explain(raw, {}, &e).ok());
    const auto r = nlohmann::json::parse(ToJson(e));
    const std::u16string u = ToUtf16(e.text);
    ASSERT_EQ(r["length"], u.size());
    CheckSpans(r, u, "result#" + std::to_string(round));
    if (::testing::Test::HasFatalFailure()) return;
    // Sentences are ordered, disjoint, trimmed, and together hold every
    // non-space character.
    size_t covered_to = 0;
    std::u16string rest;
    for (const auto& s : r["sentences"]) {
      const size_t start = s["start"], end = s["end"];
      ASSERT_GE(start, covered_to);
      ASSERT_LT(start, end);
      rest += u.substr(covered_to, start - covered_to);
      covered_to = end;
    }
    rest += u.substr(covered_to);
    for (char16_t c : rest) {
      ASSERT_TRUE(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xA0) << "round " << round;
    }
  }
}

}  // namespace
}  // namespace explainer::testing
