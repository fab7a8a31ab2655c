// Turns reported statements and the article's own assertions into typed
// claims (Explanation::claims): who says it (source entity, or none for the
// article's own voice), what kind of statement it is (fact, prediction,
// position, praise, criticism, accusation, threat, promise, other), toward
// whom (target) with which polarity, and whether it is hedged. Three passes:
//   1. every quote (direct, partial, nested, indirect) becomes a claim typed
//      from its content and its cue ("warned that ..." -> threat);
//   2. stances reported without quote marks ("X praised his relationship
//      with Y", "X accused Y of ...", "X hinted at imposing sanctions on Y");
//   3. the remaining sentences, in the article's own voice.
//
//   ClaimFinder claims(lexicons);
//   claims.Run(&doc);  // after quotes and attribution; fills doc.out.claims

#ifndef EXPLAINER_CLAIMS_H_
#define EXPLAINER_CLAIMS_H_

#include <vector>

#include "document.h"
#include "lexicon.h"
#include "polarity.h"

namespace explainer {

class ClaimFinder {
 public:
  explicit ClaimFinder(const Lexicons& lexicons);
  void Run(Document* doc) const;

 private:
  StanceReader reader_;
};

}  // namespace explainer

#endif  // EXPLAINER_CLAIMS_H_
