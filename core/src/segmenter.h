// Finds sentence boundaries (Explanation::sentences) and stamps each token
// with its sentence. Handles abbreviations and initials (U.S., Mr., Jan.,
// J. R.), closing quotes after the full stop, headlines and datelines without
// punctuation, hard-wrapped paragraphs, and CRLF.

#ifndef EXPLAINER_SEGMENTER_H_
#define EXPLAINER_SEGMENTER_H_

#include "document.h"
#include "lexicon.h"

namespace explainer {

class Segmenter {
 public:
  explicit Segmenter(const Lexicons& lexicons);
  void Run(Document* doc) const;

 private:
  bool EndsAfter(const Document& doc, size_t i, size_t* last,
                 bool hard_wrapped) const;

  const WordList& abbreviations_;
  const WordList& starters_;
};

}  // namespace explainer

#endif  // EXPLAINER_SEGMENTER_H_
