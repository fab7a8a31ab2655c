// Hostile and odd input: every case returns a result that keeps the contract
// (tests/core/invariants.h, the same checks the fuzzer makes) or a typed
// error, quickly; and the cost per byte stays flat as such input grows, so a
// pasted monster cannot freeze a reader's tab.
//
// Sizes are modest on purpose: this suite also runs under ASan and in wasm
// under node (each several times slower than a plain native build).

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "invariants.h"
#include "test_util.h"

namespace explainer::testing {
namespace {

using Clock = std::chrono::steady_clock;

// A hostile input that is explained must still come back within this, in the
// slowest build (ASan, or wasm under node) on a busy CI machine.
constexpr double kMaxSeconds = 20;

struct Outcome {
  Status status;
  double seconds = 0;
};

// Explains `text`, checks every invariant and the time, and returns both.
Outcome ExplainChecked(const std::string& name, std::string_view text,
                       const Options& options = {}) {
  Explanation e;
  const auto t0 = Clock::now();
  Outcome out{SharedExplainer().Explain(text, options, &e)};
  out.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  for (const auto& p : CheckExplainResult(text, options, out.status, e))
    ADD_FAILURE() << name << ": " << p;
  EXPECT_LT(out.seconds, kMaxSeconds) << name;
  std::printf("  %-34s %9zu bytes  %8.1f ms  %s\n", name.c_str(), text.size(),
              out.seconds * 1000, StatusCodeName(out.status.code));
  return out;
}

std::string Repeat(std::string_view unit, size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

// `depth` quotations inside each other, alternating double and single marks.
std::string Nested(size_t depth) {
  std::string s = "The minister said ";
  for (size_t i = 0; i < depth; ++i) s += i % 2 ? "‘Aide " : "“Official ";
  s += "it is over";
  for (size_t i = depth; i-- > 0;) s += i % 2 ? "’ " : "” ";
  return s + "in Paris.";
}

// Capitalised words that are all different, as a list of names would be.
std::string Capitalised(size_t bytes) {
  std::string s;
  for (unsigned i = 0; s.size() < bytes; ++i) {
    s += static_cast<char>('A' + i % 26);
    s += static_cast<char>('a' + i / 26 % 26);
    s += static_cast<char>('a' + i / 676 % 26);
    s += "son ";
    if (i % 40 == 39) s += "met. ";
  }
  return s;
}

std::string SaidCues(size_t bytes) {
  std::string s;
  for (unsigned i = 0; s.size() < bytes; ++i)
    s += "\"We will act,\" said Minister " + std::string(1, 'A' + i % 26) + "ardy. " +
         "Reuters reported, citing Interfax. ";
  return s;
}

struct Shape {
  const char* name;
  std::function<std::string(size_t)> make;  // about `bytes` of this shape
};

const std::vector<Shape>& HostileShapes() {
  static const auto* shapes = new std::vector<Shape>{
      {"unbalanced quotes", [](size_t n) { return Repeat("\"a “b ", n); }},
      {"nested quotes", [](size_t n) { return Nested(n / 12); }},
      {"one line, no punctuation", [](size_t n) { return Repeat("word ", n); }},
      {"many capitalised words", Capitalised},
      {"many said cues", SaidCues},
      // Each sentence: a report of the speaker and a quoted fragment.
      {"many partial quotes",
       [](size_t n) { return Repeat("Officials said the vote \"was fair\" on Monday. ", n); }},
  };
  return *shapes;
}

TEST(BadInputTest, EmptyAndWhitespaceOnly) {
  for (const char* text : {"", " ", "\n\n\n", "\t \r\n \xC2\xA0 \xE2\x80\x83 \xE3\x80\x80"}) {
    Explanation e;
    ASSERT_TRUE(SharedExplainer().Explain(text, {}, &e).ok());
    EXPECT_TRUE(e.sentences.empty() && e.entities.empty() && e.quotes.empty());
    ExplainChecked("whitespace", text);
  }
}

TEST(BadInputTest, LimitIsExplainedAndLimitPlusOneIsTyped) {
  // Spaces keep the 8 MiB run cheap; what matters is the boundary.
  std::string text(kMaxInputBytes, ' ');
  text.replace(0, 12, "Hello world.");
  EXPECT_TRUE(ExplainChecked("exactly the limit", text).status.ok());
  text += ' ';
  const Outcome over = ExplainChecked("limit + 1", text);
  EXPECT_EQ(over.status.code, StatusCode::kInputTooLarge);
  EXPECT_NE(over.status.message.find(std::to_string(kMaxInputBytes)), std::string::npos)
      << "the message says what the limit is";
}

TEST(BadInputTest, FiveMegabytesPlusOneIsExplainedCleanly) {
  // The "5 MB + 1": under the 8 MiB limit, so it must be explained.
  // Sparse sentences keep it seconds under ASan and wasm; the dense shapes
  // are timed at smaller sizes below.
  std::string text = Repeat(
      "Officials said the vote \"was fair\" on Monday.\n\n" + std::string(2000, ' '), 5000000);
  text.resize(5000001, ' ');
  const Outcome r = ExplainChecked("5 MB + 1", text);
  EXPECT_TRUE(r.status.ok());
}

TEST(BadInputTest, NulBytes) {
  ExplainChecked("NUL inside text", std::string("The \0minister \"said\0\" no.\0", 26));
  ExplainChecked("only NUL", std::string(10000, '\0'));
}

TEST(BadInputTest, InvalidUtf8) {
  const std::vector<std::string> cases = {
      "\xFF\xFE\xFD", "truncated \xE2\x80", "overlong \xC0\xAF \xE0\x80\xAF",
      "surrogate \xED\xA0\x80\xED\xB0\x80", "past U+10FFFF \xF4\x90\x80\x80 \xF8\x88\x80\x80\x80",
      "lone continuation \x80\x80 \"quote\x80\" said Bob\xC3",
  };
  for (const auto& text : cases) {
    Explanation e;
    ASSERT_TRUE(SharedExplainer().Explain(text, {}, &e).ok());
    EXPECT_TRUE(std::any_of(e.warnings.begin(), e.warnings.end(),
                            [](const Warning& w) { return w.code == "invalid_encoding"; }))
        << text;
    ExplainChecked("invalid UTF-8", text);
  }
  std::string noise;
  for (unsigned i = 0; i < 100000; ++i) noise += static_cast<char>((i * 2654435761u) >> 24);
  ExplainChecked("100 KB of noise", noise);
}

TEST(BadInputTest, HundredThousandUnbalancedQuoteMarks) {
  ExplainChecked("100,000 straight quotes", std::string(100000, '"'));
  ExplainChecked("100,000 curly quotes", Repeat("“", 300000));
  ExplainChecked("100,000 quotes between words", Repeat("a\" ", 300000));
}

TEST(BadInputTest, QuotesNestedAThousandDeep) {
  ExplainChecked("nested 1,000 deep", Nested(1000));
  ExplainChecked("1,000 opening marks", Repeat("“Who ", 5000) + "said it?");
}

TEST(BadInputTest, OneMegabyteLineWithoutPunctuation) {
  ExplainChecked("1 MB line, words", Repeat("word ", 1 << 20));
  ExplainChecked("1 MB line, one token", std::string(1 << 20, 'x'));
  ExplainChecked("256 KB line, capitalised", Repeat("Word ", 1 << 18));
}

TEST(BadInputTest, HtmlAndScriptPayloads) {
  const std::string html =
      "<html><head><script>alert('x');document.cookie</script></head><body>"
      "<p class=\"lead\">\"We will win,\" said <b>Jane Doe</b>.</p>"
      "<img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">link</a>"
      "<!-- \" -->&quot;quoted&quot; &lt;script&gt; <svg/onload=alert(3)>"
      "</body></html>";
  const Outcome r = ExplainChecked("HTML page", html);
  EXPECT_TRUE(r.status.ok());
  ExplainChecked("10,000 tags", Repeat("<div>\"x\"</div>", 150000));
}

TEST(BadInputTest, RightToLeftAndCjkText) {
  const std::vector<std::pair<const char*, std::string>> cases = {
      {"Arabic", "قال المتحدث باسم الكرملين ديمتري بيسكوف «إن الرئيس سيلتقي ترامب في ألاسكا». "
                 "وأضاف أن الاجتماع سيعقد يوم 15 أغسطس."},
      {"Hebrew", "ראש הממשלה אמר: \"לא נסכים להצעה\". שר החוץ הגיב ביום שני."},
      {"Chinese", "外交部发言人表示：“我们将继续合作。”他说，会议于8月15日举行。"},
      {"Japanese", "首相は「反対だ」と述べた。官房長官も同意した。"},
      {"Korean", "대통령은 \"좋다\"고 말했다. 장관은 반대했다."},
      {"bidi controls", "\xE2\x80\xAE\"desserts\" said Bob\xE2\x80\xAC \xE2\x81\xA6مرحبا\xE2\x81\xA9."},
  };
  for (const auto& [name, text] : cases) {
    EXPECT_TRUE(ExplainChecked(name, text).status.ok());
    ExplainChecked(std::string(name) + " (200 KB)", Repeat(text + " ", 200000));
  }
}

// Median of three runs, in seconds; the first is also checked.
double MedianSeconds(const std::string& name, const std::string& text) {
  std::vector<double> t = {ExplainChecked(name, text).seconds};
  for (int i = 0; i < 2; ++i) {
    Explanation e;
    const auto t0 = Clock::now();
    SharedExplainer().Explain(text, {}, &e);
    t.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
  }
  std::sort(t.begin(), t.end());
  return t[1];
}

TEST(BadInputTest, TimeGrowsLinearlyWithHostileInput) {
  // 8x the input may take at most 16x the time (2x slack for caches and
  // noise); under the floor a run is too short to time reliably.
  constexpr size_t kSmall = 8 * 1024;
  constexpr double kFloorSeconds = 0.005;
  for (const auto& shape : HostileShapes()) {
    const std::string small = shape.make(kSmall), large = shape.make(8 * kSmall);
    const double t_small = MedianSeconds(std::string(shape.name) + " (small)", small);
    const double t_large = MedianSeconds(std::string(shape.name) + " (large)", large);
    std::printf("  %-34s x8 bytes: %.1f ms -> %.1f ms (%.1fx)\n", shape.name, t_small * 1000,
                t_large * 1000, t_large / t_small);
    EXPECT_LE(t_large, 16 * std::max(t_small, kFloorSeconds))
        << shape.name << ": " << small.size() << " bytes took " << t_small * 1000 << " ms, "
        << large.size() << " bytes took " << t_large * 1000 << " ms";
  }
}

}  // namespace
}  // namespace explainer::testing
