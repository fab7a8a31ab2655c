// Builds a Document by hand for the claim and contrast tests: the text is
// tokenised and segmented by the real stages, then entities and quotes are
// placed exactly where a test says, so the tests check ClaimFinder and
// ContrastFinder alone, whatever the entity and quote stages find.
//
//   StanceDoc d("Ann Lee praised Bob Roe.", {{"Ann Lee", EntityType::kPerson}});
//   d.RunClaims();  // d.out.claims

#ifndef EXPLAINER_TESTS_STANCE_TEST_UTIL_H_
#define EXPLAINER_TESTS_STANCE_TEST_UTIL_H_

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "claims.h"
#include "contrasts.h"
#include "document.h"
#include "lexicon.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace explainer::testing {

inline const Lexicons& TestLexicons() {
  static const Lexicons* lexicons = new Lexicons();
  return *lexicons;
}

struct EntitySpec {
  std::string name;  // every occurrence in the text is a mention
  EntityType type = EntityType::kPerson;
  std::string role;
  std::vector<std::string> aliases;  // more surface forms ("he" is not found)
};

class StanceDoc {
 public:
  StanceDoc(const std::string& text, const std::vector<EntitySpec>& entities = {})
{
    out.text = text;
    doc_ = std::make_unique<Document>(&out, options_);
    Tokenizer(TestLexicons()).Run(doc_.get());
    Segmenter(TestLexicons()).Run(doc_.get());
    for (size_t e = 0; e < entities.size(); ++e) {
      Entity ent;
      ent.id = "E" + std::to_string(e + 1);
      ent.type = entities[e].type;
      ent.name = entities[e].name;
      ent.role = entities[e].role;
      std::vector<std::string> forms = entities[e].aliases;
      forms.push_back(entities[e].name);
      for (const std::string& f : forms) {
        for (size_t p = text.find(f); p != std::string::npos; p = text.find(f, p + 1))
          ent.mentions.push_back({static_cast<uint32_t>(p), static_cast<uint32_t>(p + f.size())});
      }
      std::sort(ent.mentions.begin(), ent.mentions.end());
      out.entities.push_back(ent);
      doc_->entity_info.push_back({});
    }
  }

  // Adds a quote over the first occurrence of `content`, said by entity
  // `speaker` (1-based; 0 = none). Direct quotes include the marks around it.
  void AddQuote(QuoteKind kind, const std::string& content, int speaker,
                const std::string& cue = "") {
    Quote q;
    q.id = "Q" + std::to_string(out.quotes.size() + 1);
    q.kind = kind;
    const size_t p = out.text.find(content);
    q.content = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + content.size())};
    q.span = q.content;
    if (kind != QuoteKind::kIndirect && p > 0) {
      // Widen over the quote marks (3 bytes each for curly ones).
      size_t s = p, e = p + content.size();
      while (s > 0 && (out.text[s - 1] & 0x80 || out.text[s - 1] == '"')) --s;
      while (e < out.text.size() && (out.text[e] & 0x80 || out.text[e] == '"')) ++e;
      q.span = {static_cast<uint32_t>(s), static_cast<uint32_t>(e)};
    }
    if (speaker > 0) q.speaker = "E" + std::to_string(speaker);
    if (!cue.empty()) {
      const size_t c = out.text.find(cue);
      q.cue = Span{static_cast<uint32_t>(c), static_cast<uint32_t>(c + cue.size())};
    }
    q.confidence = 0.9;
    out.quotes.push_back(q);
  }

  void RunClaims() { ClaimFinder(TestLexicons()).Run(doc_.get()); }
  void RunContrasts() { ContrastFinder(TestLexicons()).Run(doc_.get()); }

  std::string Text(const Span& s) const { return out.text.substr(s.start, s.size()); }
  // The claim whose span holds `needle`, or nullptr.
  const Claim* ClaimWith(const std::string& needle) const {
    const size_t p = out.text.find(needle);
    for (const Claim& c : out.claims)
      if (p != std::string::npos && c.span.start <= p && p + needle.size() <= c.span.end)
        return &c;
    return nullptr;
  }
  const Document& doc() const { return *doc_; }
  Document& doc() { return *doc_; }

  Explanation out;

 private:
  Options options_;
  std::unique_ptr<Document> doc_;
};

}  // namespace explainer::testing

#endif  // EXPLAINER_TESTS_STANCE_TEST_UTIL_H_
