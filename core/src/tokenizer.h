// Splits the text into word, number and punctuation tokens (Document::tokens)
// and notes the whitespace and line breaks between them. Every later stage
// walks these tokens instead of re-scanning characters.

#ifndef EXPLAINER_TOKENIZER_H_
#define EXPLAINER_TOKENIZER_H_

#include "document.h"
#include "lexicon.h"

namespace explainer {

class Tokenizer {
 public:
  explicit Tokenizer(const Lexicons& lexicons);
  void Run(Document* doc) const;

 private:
  // Fills doc->lower and doc->norm.
  void Lowercase(Document* doc) const;

  const WordList& abbreviations_;
};

}  // namespace explainer

#endif  // EXPLAINER_TOKENIZER_H_
