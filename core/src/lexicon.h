// Word lists kept as data in core/data/*.txt (compiled into the binary, so the
// wasm module needs no file system). One entry per line; '#' starts a comment;
// entries are matched case-insensitively. A line may carry a value after a tab
// ("praise\t1"), which Value() returns.
//
//   const WordList& titles = lexicons.Get("titles");
//   if (titles.Contains("President")) ...

#ifndef EXPLAINER_LEXICON_H_
#define EXPLAINER_LEXICON_H_

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace explainer {

// The raw text of core/data/NAME.txt, or empty if there is no such file.
// Defined, with DataFileNames(), in the file CMake generates from core/data/.
std::string_view DataFile(std::string_view name);
std::vector<std::string_view> DataFileNames();

// FNV-1a: lexicon keys are short words, where it beats std::hash's
// general-purpose hash by a wide margin.
struct WordHash {
  static constexpr uint64_t kBasis = 14695981039346656037ull;
  static uint64_t Step(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }
  static uint32_t Finish(uint64_t h) { return static_cast<uint32_t>(h ^ (h >> 29)); }
  static uint64_t LengthBit(size_t n) { return uint64_t{1} << (n < 63 ? n : 63); }
  size_t operator()(std::string_view s) const noexcept {
    uint64_t h = kBasis;
    for (unsigned char c : s) h = Step(h, c);
    return Finish(h);
  }
};

class WordList {
 public:
  WordList() = default;
  explicit WordList(std::string_view data);
  // The table views into storage_: moving keeps the deque's nodes, copying
  // would leave views into the original.
  WordList(const WordList&) = delete;
  WordList& operator=(const WordList&) = delete;
  WordList(WordList&&) = default;
  WordList& operator=(WordList&&) = default;

  // The stages ask ~10 questions per token, most about absent words: the
  // filter test that answers those is inline, the table lookup out of line.
  bool Contains(std::string_view entry) const {
    bool found;
    Find(entry, &found);
    return found;
  }
  // The entry's value; *found says whether the entry is there.
  std::string_view Find(std::string_view entry, bool* found) const {
    if (!MayContain(entry)) return Absent(found);
    return FindFolding(entry, found);
  }
  // Find() for an `entry` already lower-cased (skips the case check).
  std::string_view FindLower(std::string_view entry, bool* found) const {
    if (!MayContain(entry)) return Absent(found);
    return FindInTable(entry, found);
  }
  // False when no entry can match `entry`: its first and last bytes are
  // ASCII and, folded, no entry has them at that length. Most queries are
  // absent words, ruled out here before any hashing or case folding.
  bool MayContain(std::string_view entry) const {
    if (entry.empty()) return true;
    return MayContain(static_cast<unsigned char>(entry.front()),
                      static_cast<unsigned char>(entry.back()), entry.size());
  }
  // The same for a phrase not built yet: its first and last bytes and its
  // length in bytes.
  bool MayContain(unsigned char first, unsigned char last, size_t size) const {
    if (filter_.empty()) return true;
    // Lower-casing keeps the length of valid UTF-8, but a non-ASCII end
    // byte may change: those words take the full lookup.
    if ((first | last) & 0x80) return true;
    if (first >= 'A' && first <= 'Z') first = static_cast<unsigned char>(first + 0x20);
    if (last >= 'A' && last <= 'Z') last = static_cast<unsigned char>(last + 0x20);
    const size_t bit = FilterBit(first, last, size);
    return (filter_[bit >> 6] >> (bit & 63)) & 1;
  }

  // Contains(a + " " + b), without building the string for the (usual)
  // pair the filter rules out: two-word phrases are asked at most tokens.
  bool ContainsPair(std::string_view a, std::string_view b) const {
    if (!a.empty() && !b.empty() &&
        !MayContain(static_cast<unsigned char>(a.front()), static_cast<unsigned char>(b.back()),
                    a.size() + 1 + b.size()))
      return false;
    std::string phrase;
    phrase.reserve(a.size() + 1 + b.size());
    phrase.append(a).append(1, ' ').append(b);
    return Contains(phrase);
  }
  // Adds an entry (lower-cased); the first value given for an entry stays.
  void Add(std::string_view entry, std::string_view value = {});
  // The value after the tab, or empty if the entry has none (or is absent).
  std::string_view Value(std::string_view entry) const {
    bool found;
    return Find(entry, &found);
  }
  // Entries in file order, lower-cased.
  const std::vector<std::string_view>& entries() const { return keys_; }
  // The longest entry, in words (for multi-word phrase matching).
  size_t max_words() const { return max_words_; }
  // The longest entry, in bytes: a phrase being built can stop growing here.
  size_t max_length() const { return max_length_; }

 private:
  // Lookups are the hot path of every stage, so the table is open-addressed
  // (power-of-two size, linear probing, the hash kept per slot) over views
  // into storage_ (stable addresses): a query needs no allocation and, for
  // an absent word, usually no string comparison.
  struct Slot {
    uint32_t hash = 0;
    uint32_t entry = 0;  // 1 + index into keys_/values_; 0 = empty
  };
  void Insert(std::string_view key, std::string_view value);
  static std::string_view Absent(bool* found) {
    *found = false;
    return {};
  }
  // Find() and FindLower() past the filter.
  std::string_view FindFolding(std::string_view entry, bool* found) const;
  std::string_view FindInTable(std::string_view entry, bool* found) const;
  std::string_view Lookup(std::string_view entry, uint32_t hash, bool* found) const;
  // Rebuilds slots_ and filter_ for the current entries.
  void Rehash(size_t slots);
  // The filter bit of a word with these (lower-cased) first and last bytes
  // and this length.
  size_t FilterBit(unsigned char first, unsigned char last, size_t size) const {
    const uint32_t k = (uint32_t{first} << 16) | (uint32_t{last} << 8) |
                       static_cast<uint32_t>(size < 255 ? size : 255);
    return (k * 0x9E3779B1u) >> filter_shift_;  // Fibonacci hashing
  }

  std::deque<std::string> storage_;
  std::vector<std::string_view> keys_, values_;  // in file order
  std::vector<Slot> slots_;
  // One bit per (first byte, last byte, length) class of the entries, four
  // bits per slot (at least eight per entry); see MayContain().
  std::vector<uint64_t> filter_;
  int filter_shift_ = 0;  // 32 - log2(bits in filter_)
  // Bit k set: some entry is k bytes long (bit 63: 63 or more). Most queries
  // are ruled out by their length alone, before any hashing.
  uint64_t lengths_ = 0;
  size_t max_words_ = 0;
  size_t max_length_ = 0;
};

// A set of words seen in one document, numbered in order of first insertion.
// Views only: the caller keeps the text alive. Open-addressed like WordList;
// the stages build these over every token, where std::unordered_set's node
// allocations and prime-modulo buckets showed up in profiles.
class WordSet {
 public:
  // Sized for `expected` distinct words without regrowing.
  explicit WordSet(size_t expected = 0);

  // Adds `word` if new; returns its number (0, 1, ... in order of first
  // insertion). *fresh, if given, says whether it was new.
  size_t Insert(std::string_view word, bool* fresh = nullptr);
  bool Contains(std::string_view word) const { return IndexOf(word) != kNone; }
  size_t size() const { return words_.size(); }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);
  struct Slot {
    uint32_t hash = 0;
    uint32_t word = 0;  // 1 + index into words_; 0 = empty
  };
  size_t IndexOf(std::string_view word) const;
  void Grow();

  std::vector<Slot> slots_;
  std::vector<std::string_view> words_;
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
