#include "entities.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "text.h"

namespace explainer {
namespace {

// How far back (in tokens) a pronoun looks for its antecedent; bounds the
// work per pronoun so long inputs stay linear.
constexpr size_t kPronounWindow = 300;
constexpr uint32_t kMaxSentencesBack = 3;

struct Cluster {
  std::vector<size_t> cands;  // indices into the candidates, in text order
  float score[kNameTypes] = {0, 0, 0, 0};
  EntityType type = EntityType::kOther;
  std::vector<Span> extra;  // mentions that are not names ("the Russian leader")
};

bool Personish(const NameCandidate& c) {
  const float p = c.score[kPersonName];
  return p > 0 && p >= c.score[kOrgName] && p >= c.score[kPlaceName];
}

// Lower-cased first letters of the capitalised words: "world health
// organization" -> "who". Connectors ("of", "for") are skipped.
std::string Initials(const NameCandidate& c) {
  std::string out;
  for (const std::string& w : c.words) {
    if (w == "of" || w == "for" || w == "the" || w == "and" || w == "on" || w == "&") continue;
    if (!w.empty() && static_cast<unsigned char>(w[0]) < 0x80) out += w[0];
  }
  return out;
}

bool ContainsWord(std::string_view text, std::string_view word) {
  size_t pos = 0;
  while ((pos = text.find(word, pos)) != std::string_view::npos) {
    const bool left = pos == 0 || text[pos - 1] == ' ';
    const size_t e = pos + word.size();
    const bool right = e == text.size() || text[e] == ' ' || text[e] == '\'';
    if (left && right) return true;
    pos = e;
  }
  return false;
}

enum class PronounKind { kNone, kMale, kFemale, kPlural, kNeuter };

PronounKind KindOf(std::string_view lower) {
  // Most words are ruled out by their length or first letter.
  if (lower.size() < 2 || lower.size() > 10 ||
      !(lower[0] == 'h' || lower[0] == 's' || lower[0] == 't' || lower[0] == 'i'))
    return PronounKind::kNone;
  if (lower == "he" || lower == "him" || lower == "his" || lower == "himself")
    return PronounKind::kMale;
  if (lower == "she" || lower == "her" || lower == "hers" || lower == "herself")
    return PronounKind::kFemale;
  if (lower == "they" || lower == "them" || lower == "their" || lower == "theirs" ||
      lower == "themselves")
    return PronounKind::kPlural;
  if (lower == "it" || lower == "its" || lower == "itself") return PronounKind::kNeuter;
  return PronounKind::kNone;
}

// First token overlapping byte `pos` or after it.
size_t TokenAtOrAfter(const Document& doc, uint32_t pos) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), pos,
                             [](const Token& t, uint32_t p) { return t.span.end <= p; });
  return static_cast<size_t>(it - doc.tokens.begin());
}

// Whether "he"/"she" (or his/her) comes within the rest of the sentence
// after token `last`, or opens the next one, before any other capitalised
// word: the name is then a person's.
bool PronounFollows(const Document& doc, size_t last) {
  const size_t n = doc.tokens.size();
  const uint32_t s = doc.tokens[last].sentence;
  for (size_t t = last + 1; t < n && t < last + 25; ++t) {
    if (doc.tokens[t].sentence > s + 1) break;
    if (doc.tokens[t].kind != TokenKind::kWord) continue;
    const std::string_view w = doc.Lower(t);
    const PronounKind kind = KindOf(w);
    if (kind == PronounKind::kMale || kind == PronounKind::kFemale) return true;
    if (kind != PronounKind::kNone) return false;
    size_t len;
    if (IsUpper(DecodeAt(doc.text, doc.tokens[t].span.start, &len)) &&
        !(doc.tokens[t].sentence == s + 1 && t > 0 && doc.tokens[t - 1].sentence == s))
      return false;
  }
  return false;
}

// Whether token t is inside a quotation, given the state before it.
bool InsideQuoteAt(const Document& doc, size_t t, bool inside, bool after_start) {
  const std::string_view s = doc.TokenText(t);
  // Single marks too ("‘She did well,’ he said"); a closing one only after
  // the quotation's own punctuation, since "’" is also an apostrophe.
  const bool closes_single = s == "\xE2\x80\x99" && t > 0 && doc.tokens[t - 1].kind == TokenKind::kPunct &&
                             !doc.tokens[t].space_before;
  if (s == "\xE2\x80\x9C" || s == "\xC2\xAB" || s == "\xE2\x80\x9E" || s == "\xE2\x80\x98") {
    inside = true;
  } else if (s == "\xE2\x80\x9D" || s == "\xC2\xBB" || closes_single) {
    inside = false;
  } else if (s == "\"") {
    // A mark opening a paragraph opens (or reopens) a quotation.
    inside = doc.tokens[t].para_before || !inside;
  }
  // A new paragraph closes a quotation unless it reopens it.
  if (doc.tokens[t].para_before && after_start && s != "\xE2\x80\x9C" && s != "\xE2\x80\x98" && s != "\"") inside = false;
  return inside;
}

}  // namespace

EntityFinder::EntityFinder(const Lexicons& lexicons)
    : names_(lexicons),
      titles_(lexicons.Get("person_titles")),
      demonyms_(lexicons.Get("demonyms")),
      modifiers_(lexicons.Get("title_modifiers")),
      common_(lexicons.Get("common_words")),
      org_cues_(lexicons.Get("org_cues")),
      places_(lexicons.Get("places")),
      speech_verbs_(lexicons.Get("speech_verbs")) {}

void EntityFinder::Run(Document* doc) const {
  std::vector<NameCandidate> found = names_.Find(*doc);
  // Words written lowercase somewhere in the text: ordinary words.
  WordSet lower_words(doc->tokens.size() / 8);
  for (size_t t = 0; t < doc->tokens.size(); ++t) {
    if (doc->tokens[t].kind != TokenKind::kWord) continue;
    size_t len;
    if (!IsUpper(DecodeAt(doc->text, doc->tokens[t].span.start, &len)))
      lower_words.Insert(doc->Lower(t));
  }

  // Title Case lines (headlines) only confirm names the body also uses.
  std::unordered_set<std::string> body_words;
  for (const NameCandidate& c : found) {
    if (c.headline) continue;
    body_words.insert(c.key);
    for (const std::string& w : c.words) body_words.insert(w);
  }
  std::vector<NameCandidate> cands;
  cands.reserve(found.size());
  for (NameCandidate& c : found) {
    if (c.headline && !body_words.count(c.key) && c.score[kPlaceName] < 3) continue;
    cands.push_back(std::move(c));
  }

  std::vector<Cluster> clusters;
  std::vector<int> cluster_of(cands.size(), -1);
  std::unordered_map<std::string, int> by_key;
  std::unordered_map<std::string, std::vector<int>> surname;    // "putin" -> people
  std::unordered_map<std::string, std::vector<int>> firstname;  // "vladimir" -> people
  std::unordered_map<std::string, std::vector<int>> middle;     // "villanueva" -> people
  std::unordered_map<std::string, int> acronym;                 // "who" -> body
  std::unordered_map<std::string, std::vector<int>> org_head;   // "council" -> bodies

  std::vector<uint32_t> first_pos, last_pos;  // last_pos: pass 2 only
  bool in_pass2 = false;
  auto join = [&](size_t ci, int k) {
    cluster_of[ci] = k;
    first_pos[k] = std::min(first_pos[k], cands[ci].mention.start);
    if (in_pass2) last_pos[k] = cands[ci].mention.start;  // text order
    clusters[k].cands.push_back(ci);
    for (int t = 0; t < kNameTypes; ++t) clusters[k].score[t] += cands[ci].score[t];
  };
  // A surname or first name takes the person's type: its own evidence
  // ("Paris" is also a city) does not count.
  auto join_alias = [&](size_t ci, int k) {
    cluster_of[ci] = k;
    first_pos[k] = std::min(first_pos[k], cands[ci].mention.start);
    if (in_pass2) last_pos[k] = cands[ci].mention.start;  // text order
    clusters[k].cands.push_back(ci);
    clusters[k].score[kPersonName] += cands[ci].score[kPersonName];
  };
  auto create = [&](size_t ci) {
    clusters.emplace_back();
    first_pos.push_back(UINT32_MAX);
    last_pos.push_back(UINT32_MAX);
    const int k = static_cast<int>(clusters.size()) - 1;
    join(ci, k);
    by_key.emplace(cands[ci].key, k);
    return k;
  };
  // Of several people sharing a surname, the one named nearest before.
  // Pass 2 visits names in text order, so each cluster's latest position is
  // its last one; pass 1 keeps the first position only (long names rarely
  // repeat as aliases). Keeps linking linear in the number of mentions.
  auto nearest = [&](const std::vector<int>& options, uint32_t at) {
    int best = options.front();
    uint32_t best_pos = 0;
    bool before = false;
    for (int k : options) {
      for (uint32_t p : {first_pos[k], last_pos[k]}) {
        if (p != UINT32_MAX && p <= at && (!before || p >= best_pos))
          best = k, best_pos = p, before = true;
      }
    }
    return best;
  };

  // Pass 1: names of two words or more, longest first, so "De Bruyne" finds
  // "Kevin De Bruyne".
  std::vector<size_t> order;
  for (size_t i = 0; i < cands.size(); ++i)
    if (cands[i].words.size() >= 2 && !cands[i].title_only) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return cands[x].words.size() > cands[y].words.size();
  });
  // "Warhol Polaroids", "Trump Tower": a known person's surname leading a
  // longer name makes a thing named after them, not another person.
  std::unordered_set<std::string> surnames_seen;
  for (const NameCandidate& c : cands)
    if (c.words.size() >= 2 && Personish(c) && !c.title_only) surnames_seen.insert(c.words.back());
  std::unordered_set<std::string> alone;  // words that stand as a name alone
  for (const NameCandidate& c : cands)
    if (c.words.size() == 1) alone.insert(c.key);
  for (NameCandidate& c : cands) {
    if (c.words.size() != 2 || c.titled || !surnames_seen.count(c.words.front())) continue;
    // Only when the second word is an ordinary noun ("Warhol Factory"), not
    // another given name ("Lee Cheuk-yan" beside "Starry Lee").
    const std::string& second = c.words.back();
    if (!common_.Contains(second) &&
        !(second.size() > 3 && second.back() == 's' && common_.Contains(second.substr(0, second.size() - 1))) &&
        !lower_words.Contains(second) && alone.count(second) == 0 &&
        !(second.size() > 3 && alone.count(second.substr(0, second.size() - 1))))
      continue;
    if (c.score[kPersonName] > 0 && c.score[kPersonName] <= 2) {
      c.score[kPersonName] = 0;
      c.score[kOtherName] += 1;
    }
  }
  for (size_t ci : order) {
    const NameCandidate& c = cands[ci];
    if (auto it = by_key.find(c.key); it != by_key.end()) {
      join(ci, it->second);
      continue;
    }
    if (auto it = surname.find(c.key); it != surname.end() && Personish(c)) {
      join_alias(ci, nearest(it->second, c.mention.start));
      by_key.emplace(c.key, cluster_of[ci]);
      continue;
    }
    const int k = create(ci);
    if (Personish(c)) {
      for (size_t w = 1; w < c.words.size(); ++w) {
        std::string suffix;
        for (size_t x = w; x < c.words.size(); ++x) suffix += (x > w ? " " : "") + c.words[x];
        surname[suffix].push_back(k);
      }
      // "al-Najjar said" for "Youssef al-Najjar": the surname after its
      // particle (not "Moon" of "Ki-moon").
      const std::string& last_word = c.words.back();
      const size_t hyphen = last_word.find('-');
      if (c.words.size() >= 2 && hyphen != std::string::npos &&
          In(std::string_view(last_word).substr(0, hyphen),
             {"al", "el", "ad", "as", "ar", "bin", "ibn", "abu", "ben", "bint"}))
        surname[last_word.substr(hyphen + 1)].push_back(k);
      // "López" for "Andrés Manuel López Obrador", "Villanueva" for
      // "Patricia Villanueva Soto": a first surname, after first names.
      for (size_t w = 1; w + 1 < c.words.size() && c.words.size() >= 3; ++w)
        if (c.words[w].size() > 2 && !places_.Contains(c.words[w])) middle[c.words[w]].push_back(k);
      firstname[c.words.front()].push_back(k);
    } else if (c.words.size() >= 2 && (c.score[kOrgName] > 0 || c.score[kPlaceName] >= 3)) {
      // "UN" for "United Nations", "US" for "United States"; but "US" is
      // never the University of Sheffield.
      const std::string initials = Initials(c);
      if (c.score[kPlaceName] >= 3 || !places_.Contains(initials)) acronym.emplace(initials, k);
      // "Tesla" for "Tesla Inc.": the name without its legal form.
      if (In(c.words.back(), {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc",
                              "plc", "ag", "sa", "s.a.", "gmbh", "nv", "n.v.", "se", "group"})) {
        std::string stem;
        for (size_t w = 0; w + 1 < c.words.size(); ++w) stem += (w ? " " : "") + c.words[w];
        while (!stem.empty() && (stem.back() == ',' || stem.back() == ' ')) stem.pop_back();
        by_key.emplace(stem, k);
      }
      // "the Council" after "the Security Council": its head word.
      if (c.score[kOrgName] >= 3 && org_cues_.Contains(c.words.back()))
        org_head[c.words.back()].push_back(k);
    }
  }
  for (size_t ci = 0; ci < cands.size(); ++ci)
    if (!cands[ci].acronym_of.empty() && cluster_of[ci] >= 0)
      acronym[cands[ci].acronym_of] = cluster_of[ci];

  // Pass 2: single words: a surname, a first name, an acronym, or a name of
  // its own.
  in_pass2 = true;
  for (size_t ci = 0; ci < cands.size(); ++ci) {
    const NameCandidate& c = cands[ci];
    if (cluster_of[ci] >= 0 || c.title_only) continue;
    const bool place_reading = c.locative && c.score[kPlaceName] >= 3;
    if (auto it = surname.find(c.key); it != surname.end() && !place_reading) {
      join_alias(ci, nearest(it->second, c.mention.start));
      continue;
    }
    if (c.words.size() == 1) {
      // "U.S." is "US" with stops.
      std::string letters;
      for (char ch : c.key)
        if (ch != '.') letters += ch;
      auto it = acronym.find(letters);
      if (it != acronym.end()) {
        join(ci, it->second);
        continue;
      }
    }
    // "Kieran" for "Kieran Walsh", even where one cue reads it as a body
    // ("the group Kieran encountered").
    if (auto it = firstname.find(c.key); it != firstname.end() && !place_reading &&
        c.score[kOrgName] < 4 && c.score[kPlaceName] < 3 && !by_key.count(c.key)) {
      if (c.score[kOrgName] >= 1) cands[ci].role.clear();  // "group" described no person
      join_alias(ci, nearest(it->second, c.mention.start));
      continue;
    }
    if (auto it = by_key.find(c.key); it != by_key.end()) {
      join(ci, it->second);
      continue;
    }
    if (auto it = org_head.find(c.key); it != org_head.end()) {
      const int k = nearest(it->second, c.mention.start);
      if (first_pos[k] < c.mention.start) {
        join(ci, k);
        continue;
      }
    }
    if (auto it = middle.find(c.key); it != middle.end() && !place_reading &&
        c.score[kOrgName] < 2 && c.score[kPlaceName] < 3) {
      join_alias(ci, nearest(it->second, c.mention.start));
      continue;
    }
    create(ci);
  }

  // Types from all the evidence of all mentions.
  for (Cluster& k : clusters) {
    int best = kOtherName;
    float best_score = 0;
    for (int t = 0; t < kNameTypes; ++t) {
      if (k.score[t] > best_score) best = t, best_score = k.score[t];
    }
    bool titled = false;
    size_t team = 0;
    for (size_t ci : k.cands) {
      titled = titled || (cands[ci].titled && Personish(cands[ci]));
      team += cands[ci].team;
    }
    if (best == kPlaceName && team >= 2) best = kOrgName;  // a national team
    if (titled && k.score[kPersonName] >= 3 && k.score[kOrgName] < 3 &&
        k.score[kPlaceName] < 3)
      best = kPersonName;
    k.type = best == kPersonName  ? EntityType::kPerson
             : best == kOrgName   ? EntityType::kOrganization
             : best == kPlaceName ? EntityType::kPlace
                                  : EntityType::kOther;
  }

  // A lone word seen only at the start of sentences, with nothing else for
  // it, is an ordinary word ("Citing ...", "Hoping ..."); one followed by
  // "he"/"she" is a person known by one name.
  for (Cluster& k : clusters) {
    float best = 0;  // the strongest single piece of evidence
    for (size_t ci : k.cands)
      for (int t = 0; t < kNameTypes; ++t) best = std::max(best, cands[ci].score[t]);
    if (best >= 1) continue;
    bool single = true, all_initial = true;
    for (size_t ci : k.cands) {
      single = single && cands[ci].words.size() == 1;
      all_initial = all_initial && cands[ci].initial;
    }
    if (!single || k.cands.empty()) continue;
    // An ordinary word ("Discussing his concern ...") is not a one-name person.
    const std::string& word = cands[k.cands.front()].key;
    // Nor is an abstract noun ("Islamophobia", "Capitalism").
    bool abstract = false;
    for (std::string_view end : {"ing", "ism", "phobia", "ology", "tion", "ment", "ity"})
      abstract = abstract || (word.size() > end.size() + 2 && EndsWith(word, end));
    // Nor, at a sentence's start, a plural ("Prices rose … She …"); "Thomas"
    // and "Jesus" are not plurals.
    const bool plural = all_initial && word.size() > 3 && word.back() == 's' &&
                        !EndsWith(word, "ss") && !EndsWith(word, "us") && !EndsWith(word, "is") &&
                        !EndsWith(word, "as") && !EndsWith(word, "os");
    const bool ordinary = lower_words.Contains(word) || common_.Contains(word) || abstract || plural;
    size_t votes = 0;
    for (size_t ci : k.cands) votes += PronounFollows(*doc, cands[ci].last);
    if (!ordinary && (votes >= 2 || (votes == 1 && k.cands.size() == 1))) {
      k.type = EntityType::kPerson;
    } else if (all_initial) {
      k.cands.clear();
    }
  }

  auto role_of = [&](const Cluster& k) -> std::string {
    for (size_t ci : k.cands)
      if (!cands[ci].role.empty() && !cands[ci].title_only) return cands[ci].role;
    return {};
  };
  // People with a role, their role lower-cased and their mention positions
  // in order: what titles and descriptions are matched against.
  struct Holder {
    int cluster;
    std::string role;
    std::vector<uint32_t> pos;
  };
  std::vector<Holder> holders;
  for (size_t k = 0; k < clusters.size(); ++k) {
    if (clusters[k].type != EntityType::kPerson) continue;
    Holder h{static_cast<int>(k), ToLower(role_of(clusters[k])), {}};
    if (h.role.empty()) continue;
    for (size_t ci : clusters[k].cands) h.pos.push_back(cands[ci].mention.start);
    std::sort(h.pos.begin(), h.pos.end());
    holders.push_back(std::move(h));
  }
  // The holder accepted by `fits` with the latest mention before `at`.
  auto latest_holder = [&](uint32_t at, const auto& fits) {
    int best = -1;
    uint32_t best_pos = 0;
    for (const Holder& h : holders) {
      auto it = std::lower_bound(h.pos.begin(), h.pos.end(), at);
      if (it == h.pos.begin() || !fits(h)) continue;
      const uint32_t p = *(it - 1);
      if (best < 0 || p >= best_pos) best = h.cluster, best_pos = p;
    }
    return best;
  };

  // "the President", "Minister": a title alone names the last person who
  // holds it.
  std::unordered_map<std::string, int> by_office;
  std::vector<std::string> appositive_role(clusters.size());
  for (size_t ci = 0; ci < cands.size(); ++ci) {
    const NameCandidate& c = cands[ci];
    if (!c.title_only) continue;
    // "Malaysia's Prime Minister, Najib Razak": the title names the person
    // right after the comma.
    if (ci + 1 < cands.size() && cluster_of[ci + 1] >= 0 &&
        clusters[cluster_of[ci + 1]].type == EntityType::kPerson &&
        cands[ci + 1].mention.start > c.mention.end) {
      std::string_view gap = doc->text.substr(c.mention.end, cands[ci + 1].mention.start - c.mention.end);
      if (gap == ", " || gap == ",") {
        const int k = cluster_of[ci + 1];
        cluster_of[ci] = k;
        clusters[k].cands.push_back(ci);
        // The owner before the title belongs to the role ("Malaysia's").
        uint32_t from = c.mention.start;
        const size_t t = TokenAtOrAfter(*doc, c.mention.start);
        if (t > 0 && doc->tokens[t].space_before && doc->tokens[t - 1].kind == TokenKind::kWord) {
          const std::string_view prev = doc->TokenText(t - 1);
          size_t len;
          if (IsUpper(DecodeAt(prev, 0, &len)) &&
              (prev.size() > 2 && (prev.substr(prev.size() - 2) == "'s" ||
                                   (prev.size() > 4 && prev.substr(prev.size() - 4) == "\xE2\x80\x99s"))))
            from = doc->tokens[t - 1].span.start;
        }
        appositive_role[k] = std::string(doc->text.substr(from, c.mention.end - from));
        continue;
      }
    }
    const int best = latest_holder(c.mention.start, [&](const Holder& h) {
      return ContainsWord(h.role, c.title_word);
    });
    if (best >= 0) {
      cluster_of[ci] = best;
      clusters[best].cands.push_back(ci);
    } else if (!c.initial) {
      // "the Director said": a person the text names only by office.
      auto [it, fresh] = by_office.emplace(c.key, static_cast<int>(clusters.size()));
      if (fresh) {
        clusters.emplace_back();
        clusters.back().type = EntityType::kPerson;
      }
      clusters[it->second].cands.push_back(ci);
      cluster_of[ci] = it->second;
    }
  }

  // "the Russian leader": a description whose demonym the role licenses.
  const size_t n = doc->tokens.size();
  for (size_t i = 0; i + 2 < n; ++i) {
    const std::string_view the = doc->TokenText(i);
    if (the.size() != 3 || (the != "the" && the != "The")) continue;
    size_t j = i + 1;
    const std::string_view dem = doc->Lower(j);
    if (!demonyms_.Contains(dem) || doc->tokens[j].sentence != doc->tokens[i].sentence) continue;
    const std::string place = ToLower(demonyms_.Value(dem));
    ++j;
    while (j < n && modifiers_.Contains(std::string(doc->Lower(j)))) ++j;
    if (j >= n || doc->tokens[j].kind != TokenKind::kWord) continue;
    const std::string_view head = doc->Lower(j);
    if (head != "leader" && !titles_.Contains(head)) continue;
    if (j + 1 < n && doc->tokens[j + 1].kind == TokenKind::kWord) {
      size_t len;
      if (IsUpper(DecodeAt(doc->text, doc->tokens[j + 1].span.start, &len))) continue;
    }
    const uint32_t at = doc->tokens[i].span.start;
    const int best = latest_holder(at, [&](const Holder& h) {
      if (!ContainsWord(h.role, dem) && !(place.size() && h.role.find(place) != std::string::npos))
        return false;
      return head == "leader" || ContainsWord(h.role, head);
    });
    if (best >= 0)
      clusters[best].extra.push_back({doc->tokens[i].span.start, doc->tokens[j].span.end});
  }

  // Build the entities; keep those already found (dates).
  struct Built {
    Entity entity;
    EntityInfo info;
    int old_index = -1;
  };
  std::vector<Built> all;
  for (size_t i = 0; i < doc->out.entities.size(); ++i) {
    Built b;
    b.entity = std::move(doc->out.entities[i]);
    if (i < doc->entity_info.size()) b.info = doc->entity_info[i];
    b.old_index = static_cast<int>(i);
    all.push_back(std::move(b));
  }
  for (const Cluster& k : clusters) {
    Built b;
    b.entity.type = k.type;
    size_t best = SIZE_MAX;
    for (size_t ci : k.cands) {
      const NameCandidate& c = cands[ci];
      b.entity.mentions.push_back(c.mention);
      if (c.title_only) continue;
      if (best == SIZE_MAX || c.words.size() > cands[best].words.size() ||
          (c.words.size() == cands[best].words.size() && c.name.size() > cands[best].name.size()))
        best = ci;
      if (b.info.gender == Gender::kUnknown) b.info.gender = c.gender;
    }
    if (best == SIZE_MAX && k.cands.size() == 1 && cands[k.cands[0]].title_only) best = k.cands[0];
    if (best == SIZE_MAX) continue;
    b.entity.name = std::string(Slice(doc->text, cands[best].name));
    for (const Span& s : k.extra) b.entity.mentions.push_back(s);
    if (k.type == EntityType::kPerson || k.type == EntityType::kOrganization)
      b.entity.role = role_of(k);
    const size_t kidx = static_cast<size_t>(&k - clusters.data());
    if (b.entity.role.empty() && kidx < appositive_role.size()) b.entity.role = appositive_role[kidx];
    if (k.type != EntityType::kPerson) b.info.gender = Gender::kUnknown;
    if (k.type == EntityType::kOrganization) b.info.gender = Gender::kGroup;
    std::sort(b.entity.mentions.begin(), b.entity.mentions.end());
    b.entity.mentions.erase(std::unique(b.entity.mentions.begin(), b.entity.mentions.end()),
                            b.entity.mentions.end());
    all.push_back(std::move(b));
  }

  // "his US counterpart": the counterpart holds the title of the person the
  // possessive points back to ("Russian President" -> "US President").
  for (Built& b : all) {
    std::string& role = b.entity.role;
    const std::string suffix = "counterpart";
    if (role.size() < suffix.size() || ToLower(role).substr(role.size() - suffix.size()) != suffix)
      continue;
    const uint32_t at = b.entity.mentions.front().start;
    const Built* owner = nullptr;
    uint32_t owner_pos = 0;
    for (const Built& o : all) {
      if (&o == &b || o.entity.type != EntityType::kPerson || o.entity.role.empty()) continue;
      for (const Span& m : o.entity.mentions)
        if (m.start < at && (!owner || m.start > owner_pos)) owner = &o, owner_pos = m.start;
    }
    if (!owner || ToLower(owner->entity.role).find("counterpart") != std::string::npos) continue;
    const std::string& r = owner->entity.role;
    const size_t sp = r.rfind(' ');
    role = role.substr(0, role.size() - suffix.size()) + (sp == std::string::npos ? r : r.substr(sp + 1));
  }

  std::stable_sort(all.begin(), all.end(), [](const Built& x, const Built& y) {
    const uint32_t a = x.entity.mentions.empty() ? 0 : x.entity.mentions.front().start;
    const uint32_t b = y.entity.mentions.empty() ? 0 : y.entity.mentions.front().start;
    return a < b;
  });
  std::vector<int> remap(doc->out.entities.size(), -1);
  doc->out.entities.clear();
  doc->entity_info.clear();
  for (size_t i = 0; i < all.size(); ++i) {
    all[i].entity.id = "E" + std::to_string(i + 1);
    if (all[i].old_index >= 0) remap[all[i].old_index] = static_cast<int>(i);
    doc->out.entities.push_back(std::move(all[i].entity));
    doc->entity_info.push_back(all[i].info);
  }
  for (DateMention& d : doc->dates)
    if (d.entity >= 0 && static_cast<size_t>(d.entity) < remap.size()) d.entity = remap[d.entity];

  // Per token, the entity of the innermost mention covering it.
  doc->entity_at_token.assign(n, -1);
  std::vector<uint32_t> cover(n, UINT32_MAX);
  for (size_t e = 0; e < doc->out.entities.size(); ++e) {
    for (const Span& m : doc->out.entities[e].mentions) {
      for (size_t t = TokenAtOrAfter(*doc, m.start); t < n && doc->tokens[t].span.start < m.end;
           ++t) {
        if (m.size() < cover[t]) {
          cover[t] = m.size();
          doc->entity_at_token[t] = static_cast<int>(e);
        }
      }
    }
  }

  // Pronoun agreement: "he" after a person of unknown gender makes him male.
  // Only pronouns shortly after a person of still unknown gender can teach
  // anything, so the others are not resolved.
  // A pronoun inside a quotation ("“He kept asking for his wife,” she
  // said") is the speaker's, about someone else: it teaches nothing.
  size_t last_unknown = SIZE_MAX;
  bool inside = false;
  for (size_t t = 0; t < n; ++t) {
    inside = InsideQuoteAt(*doc, t, inside, t > 0);
    if (inside) continue;
    const int at = doc->entity_at_token[t];
    if (at >= 0 && doc->out.entities[at].type == EntityType::kPerson &&
        doc->entity_info[at].gender == Gender::kUnknown)
      last_unknown = t;
    if (last_unknown == SIZE_MAX || t - last_unknown > kPronounWindow) continue;
    if (doc->tokens[t].kind != TokenKind::kWord || doc->tokens[t].span.size() > 7) continue;
    // Only a subject teaches: "X … had a wound above his ear" is often
    // someone else's ear.
    if (doc->Lower(t) != "he" && doc->Lower(t) != "she") continue;
    // The subject of a reported clause ("X said he had rarely missed a
    // night", "… and that he was now within reach") is as often someone
    // else the clause is about.
    if (t > 0 && (doc->Lower(t - 1) == "that" ||
                  (doc->tokens[t - 1].kind == TokenKind::kWord && speech_verbs_.Contains(doc->TokenText(t - 1)))))
      continue;
    const PronounKind kind = KindOf(doc->Lower(t));
    const int e = ResolvePronoun(*doc, t);
    if (e < 0 || doc->entity_info[e].gender != Gender::kUnknown) continue;
    doc->entity_info[e].gender = kind == PronounKind::kMale ? Gender::kMale : Gender::kFemale;
  }
}

int ResolvePronoun(const Document& doc, size_t token_index) {
  const size_t n = doc.tokens.size();
  if (token_index >= n || doc.entity_at_token.size() != n) return -1;
  const PronounKind kind = KindOf(doc.Lower(token_index));
  if (kind == PronounKind::kNone) return -1;
  // The window: back to the start of the earliest sentence considered, and
  // never more than kPronounWindow tokens.
  const uint32_t here = doc.tokens[token_index].sentence;
  const size_t floor = token_index > kPronounWindow ? token_index - kPronounWindow : 0;
  size_t lo = token_index;
  while (lo > floor && here - doc.tokens[lo - 1].sentence <= kMaxSentencesBack) --lo;
  // Quotation state of each token in the window (outside at its start).
  std::vector<bool> in_quote(token_index - lo + 1, false);
  bool inside = false;
  for (size_t t = lo; t <= token_index; ++t) {
    inside = InsideQuoteAt(doc, t, inside, t > lo);
    in_quote[t - lo] = inside;
  }
  const bool pronoun_quoted = in_quote.back();
  auto compatible = [&](int e) {
    const Entity& ent = doc.out.entities[e];
    const Gender g = e < static_cast<int>(doc.entity_info.size()) ? doc.entity_info[e].gender
                                                                 : Gender::kUnknown;
    switch (kind) {
      case PronounKind::kMale:
        return ent.type == EntityType::kPerson && g != Gender::kFemale && g != Gender::kGroup;
      case PronounKind::kFemale:
        return ent.type == EntityType::kPerson && g != Gender::kMale && g != Gender::kGroup;
      case PronounKind::kPlural:
        return ent.type == EntityType::kOrganization || g == Gender::kGroup;
      case PronounKind::kNeuter:
        return ent.type == EntityType::kOrganization;
      case PronounKind::kNone:
        break;
    }
    return false;
  };
  // Sentence by sentence backwards; within one, the first mention (the
  // subject, usually) wins.
  size_t end = token_index;
  const uint32_t sentence = doc.tokens[token_index].sentence;
  while (end > lo) {
    const uint32_t s = doc.tokens[end - 1].sentence;
    if (sentence - s > kMaxSentencesBack) break;
    size_t first = end - 1;
    while (first > lo && doc.tokens[first - 1].sentence == s) --first;
    for (size_t t = first; t < end; ++t) {
      const int e = doc.entity_at_token[t];
      if (e < 0 || (t > first && doc.entity_at_token[t - 1] == e)) continue;
      if (!pronoun_quoted && in_quote[t - lo]) continue;
      if (compatible(e)) return e;
    }
    end = first;
  }
  return -1;
}

int EntityAt(const Document& doc, Span span) {
  const size_t n = doc.tokens.size();
  if (doc.entity_at_token.size() != n) return -1;
  std::unordered_map<int, uint32_t> votes;
  int best = -1;
  uint32_t best_votes = 0;
  for (size_t t = TokenAtOrAfter(doc, span.start); t < n && doc.tokens[t].span.start < span.end;
       ++t) {
    const int e = doc.entity_at_token[t];
    if (e < 0) continue;
    const Span& s = doc.tokens[t].span;
    const uint32_t overlap = std::min(s.end, span.end) - std::max(s.start, span.start);
    const uint32_t v = votes[e] += overlap;
    if (v > best_votes) best = e, best_votes = v;
  }
  return best;
}

}  // namespace explainer
