// Expectation contrasts: something agreed, promised or expected (A) that the
// text says did not happen (B): "it was agreed that X would ..., an
// expectation that now remains unfulfilled"; "promised a vote; it has yet to
// be held". The unfulfilled phrase is the marker.

#include "contrasts.h"

namespace explainer {

void ContrastFinder::FindExpectations(const ContrastContext& c,
                                      std::vector<Contrast>* out) const {
  const Words& w = c.words;
  const auto& toks = c.doc.tokens;
  for (size_t s = 0; s < c.first.size(); ++s) {
    if (c.first[s] == SIZE_MAX) continue;
    const size_t b = c.first[s], e = c.last[s];
    for (size_t i = b; i < e; ++i) {
      const size_t n = MatchPhrase(unfulfilled_, w, i, e);
      if (n == 0) continue;
      // B is the clause holding the marker: from the last comma, semicolon
      // or dash before it.
      size_t b0 = b;
      for (size_t k = i; k > b; --k) {
        const std::string_view p = w[k - 1];
        if (p == "," || p == ";" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93") {
          b0 = k;
          break;
        }
      }
      Contrast x;
      x.kind = ContrastKind::kExpectation;
      x.marker = Span{toks[i].span.start, toks[i + n - 1].span.end};
      x.confidence = 0.8;
      size_t cue = SIZE_MAX;
      if (b0 > b && reader_.Has(expectation_cues_, w, b, b0, &cue)) {
        // A runs from the start of the cue's clause to B.
        size_t a0 = b;
        for (size_t k = cue; k > b; --k) {
          if (w[k - 1] == "," || w[k - 1] == ";") {
            a0 = k;
            break;
          }
        }
        x.a.span = c.SpanOf(a0, b0);
        x.b.span = c.SpanOf(b0, e);
      } else if (s > 0 && c.first[s - 1] != SIZE_MAX &&
                 reader_.Has(expectation_cues_, w, c.first[s - 1],
                             c.last[s - 1])) {
        x.a.span = c.SpanOf(c.first[s - 1], c.last[s - 1]);
        x.b.span = c.SpanOf(b, e);
        x.confidence = 0.7;
      } else {
        continue;
      }
      if (x.a.span.empty() || x.b.span.empty()) continue;
      x.summary = c.Shorten(x.a.span) + ", " + c.Shorten(x.b.span) + ".";
      out->push_back(std::move(x));
      break;  // one per sentence
    }
  }
}

}  // namespace explainer
