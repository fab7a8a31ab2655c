// explain_native: the core as a native command, for the fast development loop
// and sanitizer runs. Same input and output as `npm run explain` (which runs
// the shipped wasm module):
//   explain_native FILE|-            one article -> its JSON
//   explain_native --jsonl           {"id","text"} lines -> {"id", ...} lines
//   explain_native --date 2025-08-20 FILE
//   explain_native --repeat N FILE   times N calls -> {"runs","median_ms","min_ms","max_rss_kb"}

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "explainer/explainer.h"

namespace {

int Fail(const std::string& message) {
  std::cerr << "explain_native: " << message << "\n";
  return 1;
}

// The native column of `npm run bench`: one warm-up call, then `runs` timed
// calls of Explain() + ToJson() (what the wasm binding does per call).
int Time(const explainer::Explainer& ex, const std::string& text,
         const explainer::Options& options, int runs) {
  std::vector<double> ms;
  for (int i = 0; i <= runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    explainer::Explanation e;
    auto status = ex.Explain(text, options, &e);
    if (!status.ok()) return Fail(status.message);
    std::string json = explainer::ToJson(e);
    auto t1 = std::chrono::steady_clock::now();
    if (i > 0) ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  // Peak resident memory of this process, for the bench's memory column
  // (node cannot read a child's rusage).
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("{\"runs\":%d,\"median_ms\":%.4f,\"min_ms\":%.4f,\"max_rss_kb\":%ld}\n", runs,
              ms[ms.size() / 2], ms.front(), usage.ru_maxrss);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path;
  bool jsonl = false;
  int repeat = 0;
  explainer::Options options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--jsonl") {
      jsonl = true;
    } else if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--date" && i + 1 < argc) {
      options.date = argv[++i];
    } else {
      path = arg;
    }
  }
  explainer::Explainer ex;
  if (jsonl) {
    std::string line;
    std::string out;
    while (std::getline(std::cin, line)) {
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string())
        return Fail("each input line must be a JSON object with a \"text\" string");
      explainer::Explanation e;
      auto status = ex.Explain(j["text"].get<std::string>(), options, &e);
      if (!status.ok()) return Fail(status.message);
      auto r = nlohmann::json::parse(explainer::ToJson(e));
      nlohmann::json line_out = {{"id", j.value("id", nlohmann::json(nullptr))}};
      line_out.update(r);
      out += line_out.dump() + "\n";
    }
    std::cout << out;
    return 0;
  }
  if (path.empty()) return Fail("usage: explain_native [--date YYYY-MM-DD] FILE|- | --jsonl");
  std::stringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
  } else {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Fail("cannot read " + path);
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) ss.write(buf, static_cast<std::streamsize>(n));
    std::fclose(f);
  }
  const std::string text = ss.str();
  if (repeat > 0) return Time(ex, text, options, repeat);
  explainer::Explanation e;
  auto status = ex.Explain(text, options, &e);
  if (!status.ok()) return Fail(status.message);
  std::cout << explainer::ToJson(e) << "\n";
  return 0;
}
