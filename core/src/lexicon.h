// Word lists kept as data in core/data/*.txt (compiled into the binary, so the
// wasm module needs no file system). One entry per line; '#' starts a comment;
// entries are matched case-insensitively. A line may carry a value after a tab
// ("praise\t1"), which Value() returns.
//
//   const WordList& titles = lexicons.Get("titles");
//   if (titles.Contains("President")) ...

#ifndef EXPLAINER_LEXICON_H_
#define EXPLAINER_LEXICON_H_

#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace explainer {

// The raw text of core/data/NAME.txt, or empty if there is no such file.
// Defined, with DataFileNames(), in the file CMake generates from core/data/.
std::string_view DataFile(std::string_view name);
std::vector<std::string_view> DataFileNames();

class WordList {
 public:
  WordList() = default;
  explicit WordList(std::string_view data);

  bool Contains(std::string_view entry) const;
  // The value after the tab, or empty if the entry has none (or is absent).
  std::string_view Value(std::string_view entry) const;
  // Entries in file order, lower-cased.
  const std::vector<std::string>& entries() const { return entries_; }
  // The longest entry, in words (for multi-word phrase matching).
  size_t max_words() const { return max_words_; }

 private:
  // Lookups are the hot path of every stage: keys are views into storage_
  // (stable addresses), so a lower-case query needs no allocation.
  std::string_view Find(std::string_view entry, bool* found) const;

  std::deque<std::string> storage_;
  std::vector<std::string> entries_;
  std::unordered_map<std::string_view, std::string_view> values_;
  size_t max_words_ = 0;
};

// Every data file, loaded once and shared read-only by all stages.
class Lexicons {
 public:
  Lexicons();

  // Returns the list for core/data/NAME.txt (empty if there is none).
  const WordList& Get(std::string_view name) const;

 private:
  std::map<std::string, WordList, std::less<>> lists_;
};

}  // namespace explainer

#endif  // EXPLAINER_LEXICON_H_
