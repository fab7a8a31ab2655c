// The contract around Explain(): shape, errors as values, bad input.

#include <gtest/gtest.h>

#include "test_util.h"

namespace explainer::testing {
namespace {

const char* kArrays[] = {"sentences", "entities", "quotes", "claims",
                         "contrasts", "timeline", "sources", "warnings"};

TEST(ExplainTest, EmptyAndWhitespaceGiveValidEmptyResults) {
  for (std::string text : {"", " ", "\n\r\n\t  \n", "\xC2\xA0\xE2\x80\x83"}) {
    const auto r = ExplainJson(text);
    EXPECT_EQ(r["version"], 1);
    for (const char* a : kArrays) {
      ASSERT_TRUE(r[a].is_array()) << a;
      EXPECT_TRUE(r[a].empty()) << a << " for " << ::testing::PrintToString(text);
    }
  }
}

TEST(ExplainTest, LengthIsInUtf16CodeUnits) {
  EXPECT_EQ(ExplainJson("ab")["length"], 2);
  EXPECT_EQ(ExplainJson("é")["length"], 1);       // 2 bytes, 1 unit
  EXPECT_EQ(ExplainJson("😀")["length"], 2);      // 4 bytes, 2 units
  EXPECT_EQ(ExplainJson("a\r\nb")["length"], 4);  // CRLF is two units
}

TEST(ExplainTest, InputOverTheLimitIsInputTooLarge) {
  std::string big(kMaxInputBytes + 1, 'a');
  Explanation e;
  Status s = SharedExplainer().Explain(big, {}, &e);
  EXPECT_EQ(s.code, StatusCode::kInputTooLarge);
  EXPECT_NE(s.message.find("limit"), std::string::npos);
  EXPECT_TRUE(e.sentences.empty());
  const auto err = nlohmann::json::parse(ErrorJson(s));
  EXPECT_EQ(err["error"]["code"], "input_too_large");
}

TEST(ExplainTest, InputAtTheLimitIsExplained) {
  std::string text;
  while (text.size() + 40 < 5 * 1000 * 1000) text += "The council met on Monday. It voted.\n";
  Explanation e;
  EXPECT_TRUE(SharedExplainer().Explain(text, {}, &e).ok());
  EXPECT_GT(e.sentences.size(), 100000u);
}

TEST(ExplainTest, InvalidUtf8IsReplacedAndWarned) {
  const std::string text = "Bad \xFF\xFE bytes. Truncated \xE2\x80";
  const auto r = ExplainJson(text);
  ASSERT_EQ(r["warnings"].size(), 2u);
  EXPECT_EQ(r["warnings"][0]["code"], "invalid_encoding");
  EXPECT_EQ(r["warnings"][0]["start"], 4);
  EXPECT_EQ(r["warnings"][0]["end"], 6);  // one warning, a U+FFFD per bad byte
  EXPECT_EQ(r["length"], 4 + 2 + 18 + 1);  // the truncated E2 80 is one U+FFFD
  EXPECT_EQ(r["sentences"].size(), 2u);
}

TEST(ExplainTest, SurrogatesEncodedInUtf8AreInvalid) {
  // CESU-style encoded lone surrogate U+D800.
  const auto r = ExplainJson("a \xED\xA0\x80 b");
  ASSERT_EQ(r["warnings"].size(), 1u);
  EXPECT_EQ(r["warnings"][0]["code"], "invalid_encoding");
}

TEST(ExplainTest, BinaryInputGivesAWarningNotACrash) {
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin.push_back(static_cast<char>((i * 7919) & 0xFF));
  const auto r = ExplainJson(bin);
  ASSERT_FALSE(r.contains("error"));
  bool binary = false;
  for (const auto& w : r["warnings"]) binary |= w["code"] == "binary_input";
  EXPECT_TRUE(binary);
}

TEST(ExplainTest, HtmlIsTreatedAsText) {
  const std::string text = "<img src=x onerror=alert(1)> Officials met. <script>x()</script>";
  const auto r = ExplainJson(text);
  EXPECT_FALSE(r.contains("error"));
  EXPECT_EQ(r["length"], text.size());
}

TEST(ExplainTest, OptionsParseDateAndRejectUnknownKeys) {
  Options o;
  EXPECT_TRUE(ParseOptions("", &o).ok());
  EXPECT_TRUE(ParseOptions(R"({"date":"2025-08-20"})", &o).ok());
  EXPECT_EQ(o.date, "2025-08-20");
  EXPECT_EQ(ParseOptions(R"({"dat":"2025-08-20"})", &o).code, StatusCode::kInvalidOptions);
  EXPECT_EQ(ParseOptions(R"({"date":5})", &o).code, StatusCode::kInvalidOptions);
  EXPECT_EQ(ParseOptions("[1]", &o).code, StatusCode::kInvalidOptions);
  EXPECT_EQ(ParseOptions("{", &o).code, StatusCode::kInvalidOptions);
}

// The options reader is the core's own (no JSON library in the module): it
// must accept every spelling of valid JSON and refuse everything else.
TEST(ExplainTest, OptionsAcceptAnyValidJsonSpelling) {
  Options o;
  EXPECT_TRUE(ParseOptions(" \n{ \"date\" :\t\"2025-08-20\" }\r\n", &o).ok());
  EXPECT_EQ(o.date, "2025-08-20");
  EXPECT_TRUE(ParseOptions(R"({"date":"\u0032025-08-\u00320"})", &o).ok());
  EXPECT_EQ(o.date, "2025-08-20");
  EXPECT_TRUE(ParseOptions(R"({"date":null})", &o).ok());
  EXPECT_EQ(o.date, "");
  EXPECT_TRUE(ParseOptions("{}", &o).ok());
  // An unknown key is named, whatever its value.
  const Status s = ParseOptions(R"({"date":"2025-08-20","x":[1,-2.5e3,{"y":[true,false,null]}]})", &o);
  EXPECT_EQ(s.code, StatusCode::kInvalidOptions);
  EXPECT_NE(s.message.find("\"x\""), std::string::npos) << s.message;
}

TEST(ExplainTest, OptionsRefuseInvalidJson) {
  Options o;
  for (const char* bad : {"{\"date\":\"2025-08-20\"", "{\"date\":\"2025-08-20\"} x", "{'date':'2025-08-20'}",
                          "{\"date\":\"a\\qb\"}", "{\"date\":\"\\ud800\"}", "{\"date\" \"x\"}",
                          "{\"date\":\"x\",}", "{\"x\":01}", "{\"x\":tru}", "null", "\"date\"",
                          "{\"date\":\"line\nbreak\"}"}) {
    EXPECT_EQ(ParseOptions(bad, &o).code, StatusCode::kInvalidOptions) << bad;
  }
  // Deep nesting is refused, not recursed into without bound.
  const std::string deep = "{\"x\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_EQ(ParseOptions(deep, &o).code, StatusCode::kInvalidOptions);
}

TEST(ExplainTest, ErrorJsonIsValidJsonWithEscapedMessage) {
  const Status s{StatusCode::kInvalidOptions, "Unknown option \"a\\b\n\"."};
  const auto j = nlohmann::json::parse(ErrorJson(s));
  EXPECT_EQ(j["error"]["code"], "invalid_options");
  EXPECT_EQ(j["error"]["message"], s.message);
}

TEST(ExplainTest, MalformedDateOptionIsInvalidOptions) {
  Options o;
  o.date = "20 August";
  Explanation e;
  EXPECT_EQ(SharedExplainer().Explain("Text.", o, &e).code, StatusCode::kInvalidOptions);
  o.date = "2025-13-01";
  EXPECT_EQ(SharedExplainer().Explain("Text.", o, &e).code, StatusCode::kInvalidOptions);
}

}  // namespace
}  // namespace explainer::testing
