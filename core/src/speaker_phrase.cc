#include "speaker_phrase.h"

#include <algorithm>
#include <string>

#include "entities.h"
#include "speech_tokens.h"
#include "text.h"

namespace explainer {
namespace {

// A subject with a relative clause ("Smith, who …, said") is looked for this
// far back; a name phrase is at most this many words.
constexpr size_t kClauseReach = 30;
constexpr size_t kMaxPhraseWords = 8;
// Pronoun resolution walks back this many tokens at most.
constexpr size_t kPronounReach = 400;
// Lower-case role words before a name after the verb ("said county health
// officer X").
constexpr size_t kRoleWords = 4;
// How far back in its sentence a pronoun looks for an earlier one like it.
constexpr size_t kSentenceReach = 60;
// "he said" prefers a speaker quoted within this many sentences.
constexpr uint32_t kSpeakerReach = 3;
// "the company said" looks back this many tokens for the company.
constexpr size_t kBodyReach = 600;

int EntityAtToken(const Document& doc, size_t i) {
  return i < doc.entity_at_token.size() ? doc.entity_at_token[i] : -1;
}

bool InQuote(const SpeakerContext& ctx, size_t i) {
  return ctx.in_quote && i < ctx.in_quote->size() && (*ctx.in_quote)[i];
}

// Whether entity e can be what a pronoun with value `want` stands for.
bool Compatible(const Document& doc, int e, std::string_view want) {
  if (e < 0 || static_cast<size_t>(e) >= doc.out.entities.size()) return false;
  const EntityType type = doc.out.entities[e].type;
  const Gender g = static_cast<size_t>(e) < doc.entity_info.size() ? doc.entity_info[e].gender
                                                                   : Gender::kUnknown;
  if (want == "male" || want == "female") {
    if (type != EntityType::kPerson) return false;
    if (g == Gender::kGroup) return false;
    if (want == "male") return g != Gender::kFemale;
    return g != Gender::kMale;
  }
  if (want == "person") return type == EntityType::kPerson && g != Gender::kGroup;
  if (want == "group") return type == EntityType::kOrganization || g == Gender::kGroup;
  if (want == "neuter") return type == EntityType::kOrganization;
  return false;
}

// Whether the first pronoun after a lone name's verb, in the same sentence,
// is "it"/"its": "Microsoft said it would…" names a body, not a person.
bool BodyFollows(const Document& doc, size_t head, const WordList& pronouns) {
  const uint32_t sentence = doc.tokens[head].sentence;
  for (size_t k = head + 1; k < doc.tokens.size() && k <= head + 12; ++k) {
    if (doc.tokens[k].sentence != sentence) break;
    const std::string_view want = pronouns.Value(doc.TokenText(k));
    if (!want.empty()) return want == "neuter";
  }
  return false;
}

// Whether a body's lower-case name holds a word of government: "u.s. food
// and drug administration", "ministry of labour", "supreme court".
bool IsPublicBody(std::string_view name) {
  size_t start = 0;
  while (start < name.size()) {
    size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    if (In(name.substr(start, end - start),
           {"administration", "agency", "department", "ministry", "commission", "authority", "council",
            "court", "police", "bureau", "parliament", "government", "tribunal", "senate", "congress",
            "assembly", "inspectorate", "regulator"}))
      return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

bool SpeaksFor(std::string_view word) {
  return In(word, {"spokesman", "spokeswoman", "spokesperson", "representative"});
}

SpeakerPhrases::SpeakerPhrases(const Lexicons& lexicons)
    : verbs_(lexicons.Get("speech_verbs")),
      adverbs_(lexicons.Get("speech_adverbs")),
      determiners_(lexicons.Get("determiners")),
      pronouns_(lexicons.Get("speaker_pronouns")),
      titles_(lexicons.Get("person_titles")),
      org_cues_(lexicons.Get("org_cues")),
      org_context_(lexicons.Get("org_context")),
      outlets_(lexicons.Get("news_outlets")),
      source_cues_(lexicons.Get("source_cues")),
      prepositions_(lexicons.Get("prepositions")),
      conjunctions_(lexicons.Get("conjunctions")),
      starters_(lexicons.Get("sentence_starters")),
      places_(lexicons.Get("places")),
      demonyms_(lexicons.Get("demonyms")),
      platforms_(lexicons.Get("social_platforms")),
      speech_nouns_(lexicons.Get("speech_nouns")) {}

size_t SpeakerPhrases::QuotedAs(const Document& doc, size_t verb, size_t floor) const {
  if (verb < floor + 2 || VerbClass(doc, verb) != "ing" || !IsWordLower(doc, verb - 1, "as"))
    return SIZE_MAX;
  for (size_t k = verb - 1; k-- > floor && k + 12 > verb;) {
    if (doc.tokens[k].kind == TokenKind::kPunct && IsTerminal(doc, k)) break;
    if (IsWordLower(doc, k, "quoted")) return k;
  }
  return SIZE_MAX;
}

bool SpeakerPhrases::IsSpeechVerb(const Document& doc, size_t i) const {
  if (!IsWord(doc, i) || !verbs_.Contains(doc.TokenText(i))) return false;
  // "Rescuers later found two bodies" says nothing of the quote beside it.
  if (verbs_.Value(doc.TokenText(i)) == "finding") return false;
  // "Post", "States" in a name are not verbs.
  if (!IsLower(FirstCharOf(doc, i))) return false;
  return !(i > 0 && IsWord(doc, i - 1) && determiners_.Contains(doc.TokenText(i - 1)));
}

std::string_view SpeakerPhrases::VerbClass(const Document& doc, size_t i) const {
  return IsWord(doc, i) ? verbs_.Value(doc.TokenText(i)) : std::string_view();
}

bool SpeakerPhrases::IsAdverb(const Document& doc, size_t i) const {
  return IsWord(doc, i) && adverbs_.Contains(doc.TokenText(i));
}

int SpeakerPhrases::ResolvePronounAt(const Document& doc, size_t i,
                                     const SpeakerContext& ctx) const {
  const std::string_view want = pronouns_.Value(doc.TokenText(i));
  if (want.empty() || want == "self") return -1;
  return ResolveWanted(doc, i, want, ctx);
}

std::string_view SpeakerPhrases::DescribedPerson(const Document& doc, size_t head) const {
  if (head < 2 || !IsWord(doc, head)) return {};
  const std::string_view w = doc.Lower(head);
  // "the Welshman", "the Brazilian" (not "the French", "the Japanese": a
  // people).
  if (IsCapitalised(doc, head) && demonyms_.Contains(w) && IsWordLower(doc, head - 1, "the") &&
      !EndsWith(w, "sh") && !EndsWith(w, "ch") && !EndsWith(w, "ese") && !EndsWith(w, "s"))
    return EndsWith(w, "woman") ? "female" : EndsWith(w, "man") ? "male" : "person";
  // "the 28-year-old", "the 67-year-old forward": a story's person by age
  // (a new one is "a 28-year-old").
  for (size_t k = head; k + 4 >= head && k > 0; --k) {
    if (k < 5 || !IsWordLower(doc, k, "old") || !IsWordLower(doc, k - 2, "year") ||
        doc.tokens[k - 4].kind != TokenKind::kNumber || !IsWordLower(doc, k - 5, "the"))
      continue;
    return "person";
  }
  // "the mother of two", "the father of three".
  if (doc.tokens[head].kind == TokenKind::kNumber || IsWordLower(doc, head, "two") ||
      IsWordLower(doc, head, "three") || IsWordLower(doc, head, "four") || IsWordLower(doc, head, "five")) {
    if (head >= 3 && IsWordLower(doc, head - 1, "of") && IsWordLower(doc, head - 3, "the")) {
      const std::string_view parent = doc.Lower(head - 2);
      if (In(parent, {"mother", "grandmother"})) return "female";
      if (In(parent, {"father", "grandfather"})) return "male";
    }
  }
  // "the Spanish forward", "the Brazilian striker": a role noun, not a body.
  bool body = false;
  org_context_.Find(w, &body);
  if (body || org_cues_.Contains(w) || !IsLower(FirstCharOf(doc, head)) || pronouns_.Contains(w) ||
      EndsWith(w, "s") || !IsCapitalised(doc, head - 1) || !demonyms_.Contains(doc.TokenText(head - 1)) ||
      !IsWordLower(doc, head - 2, "the"))
    return {};
  return "person";
}

int SpeakerPhrases::ResolveWanted(const Document& doc, size_t i, std::string_view want,
                                  const SpeakerContext& ctx) const {
  const uint32_t sentence = doc.tokens[i].sentence;
  // The speaker the article was just quoting is what "he said" most often
  // continues, even when the quote itself named someone else.
  if (ctx.speakers) {
    for (auto it = ctx.speakers->rbegin(); it != ctx.speakers->rend(); ++it) {
      if (it->first >= i) continue;
      if (doc.tokens[it->first].sentence + kSpeakerReach < sentence) break;
      if (!Compatible(doc, it->second, want)) continue;
      // Unless the text has since moved on to someone else as a sentence's
      // subject: "“…,” Arteta said. Maresca was unhappy. He claimed …".
      const int subject = SubjectSince(doc, it->first, i, it->second, want, ctx);
      return subject >= 0 ? subject : it->second;
    }
  }
  // Otherwise the nearest compatible mention outside quotation marks, before
  // the sentence's first pronoun of the same kind: in "Asked whether he
  // would call referee Tom Hale, he said …" both are the same man, and it
  // is not Hale.
  size_t from = i;
  for (size_t k = i; k-- > 0 && k + kSentenceReach > i && doc.tokens[k].sentence == sentence;)
    if (!InQuote(ctx, k) && IsWord(doc, k) && pronouns_.Value(doc.TokenText(k)) == want) from = k;
  // The nearest one that is no preposition's object ("wearing a gown by
  // Maison Delaunay", "surgery at St. Brennan's"), within three sentences;
  // else the nearest at all.
  int governed = -1;
  for (size_t k = from; k-- > 0 && k + kPronounReach > from;) {
    if (InQuote(ctx, k)) continue;
    const int e = EntityAtToken(doc, k);
    if (e < 0 || !Compatible(doc, e, want)) continue;
    // "it wrote" is never the platform it wrote on ("a post on X").
    if (k > 0 && (IsWordLower(doc, k - 1, "on") || IsWordLower(doc, k - 1, "via")) &&
        platforms_.Contains(doc.out.entities[e].name))
      continue;
    size_t head = k;
    while (head > 0 && EntityAtToken(doc, head - 1) == e) --head;
    const bool object = head > 0 && IsWord(doc, head - 1) && IsLower(FirstCharOf(doc, head - 1)) &&
                        prepositions_.Contains(doc.TokenText(head - 1)) && !IsWordLower(doc, head - 1, "of");
    if (!object) return governed >= 0 && doc.tokens[k].sentence + 3 < sentence ? governed : e;
    if (governed < 0) governed = e;
    k = head;
  }
  return governed;
}

bool SpeakerPhrases::Answering(const Document& doc, size_t first) const {
  // "That drew an angry response from the council's director, X": back over
  // the words describing X to "from", then a noun of speech before it.
  size_t j = first;
  for (size_t n = 0; j > 0 && n < 8 && !IsWordLower(doc, j - 1, "from"); ++n, --j)
    if (doc.tokens[j - 1].kind == TokenKind::kPunct && !IsPunctChar(doc, j - 1, ',') &&
        !IsPossessive(doc.TokenText(j - 1)))
      return false;
  if (j < 2 || !IsWordLower(doc, j - 1, "from")) return false;
  for (size_t k = j - 1; k-- > 0 && k + 4 >= j;)
    if (IsWord(doc, k) && speech_nouns_.Contains(doc.TokenText(k))) return true;
  return false;
}

bool SpeakerPhrases::OpensSentence(const Document& doc, size_t first) const {
  const uint32_t sentence = doc.tokens[first].sentence;
  auto same = [&](size_t j) { return j > 0 && doc.tokens[j - 1].sentence == sentence; };
  // Words describing the person: "Chelsea boss X", "Leader of the party
  // X", and lower-case words only in a role ending in a title right before
  // the name ("Bloc housing critic X"; "Fans booed X" has an object).
  const bool role_before = same(first) && IsWord(doc, first - 1) && titles_.Contains(doc.TokenText(first - 1));
  size_t j = first;
  for (size_t n = 0; same(j) && IsWord(doc, j - 1) && n < 6; ++n, --j) {
    const std::string_view w = doc.TokenText(j - 1);
    const int other = EntityAtToken(doc, j - 1);
    if (IsSpeechVerb(doc, j - 1) || pronouns_.Contains(w) ||
        (prepositions_.Contains(w) && !IsWordLower(doc, j - 1, "of")) ||
        (other >= 0 && doc.out.entities[other].type == EntityType::kPerson))
      return false;
    if (IsLower(FirstCharOf(doc, j - 1)) && !role_before && !titles_.Contains(w) && !determiners_.Contains(w) &&
        !IsWordLower(doc, j - 1, "of"))
      return false;
  }
  if (!same(j)) return true;
  // After a fronted phrase: "In Amaravati, …", "In a post on Instagram on
  // Thursday, …", "Later, …".
  if (!IsPunctChar(doc, j - 1, ',')) return false;
  size_t lo = j - 1;
  while (same(lo) && j - 1 - lo <= 10) --lo;
  if (same(lo) || !IsWord(doc, lo)) return false;
  // ("Asked what came next, she laughed", "Back at the hall, X was
  // waiting", "His race engineer, X, hesitated": no one else and no verb of
  // speech in it)
  // ("Asked whether …, she paused:", "Speaking to reporters, X said": the
  // question put to the subject, or their own speaking.)
  for (size_t k = lo + 1; k + 1 < j; ++k)
    if ((IsSpeechVerb(doc, k) && !(k == lo + 1 && (EndsWith(doc.Lower(k), "ed") || EndsWith(doc.Lower(k), "ing")))) ||
        IsPunctChar(doc, k, ',') ||
        (EntityAtToken(doc, k) >= 0 && doc.out.entities[EntityAtToken(doc, k)].type == EntityType::kPerson))
      return false;
  return true;
}

int SpeakerPhrases::SubjectSince(const Document& doc, size_t from, size_t i, int speaker,
                                 std::string_view want, const SpeakerContext& ctx) const {
  for (size_t k = i; k-- > from + 1 && k + kPronounReach > i;) {
    if (InQuote(ctx, k)) continue;
    const int e = EntityAtToken(doc, k);
    if (e < 0 || e == speaker || !Compatible(doc, e, want)) continue;
    // Its mention opens the sentence ("Chelsea boss Enzo Maresca was …",
    // "In Amaravati, Water Minister X rejected …"); "Trump's position" is
    // no subject.
    size_t m = k;
    while (m > from + 1 && EntityAtToken(doc, m - 1) == e) --m;
    if (!IsPossessive(doc.TokenText(k)) && (OpensSentence(doc, m) || Answering(doc, m))) return e;
    k = m;
  }
  return -1;
}

int SpeakerPhrases::ResolveRole(const Document& doc, size_t head) const {
  const std::string_view noun = doc.Lower(head);
  const uint32_t at = doc.tokens[head].span.start;
  int best = -1;
  uint32_t best_at = 0;
  for (size_t e = 0; e < doc.out.entities.size(); ++e) {
    const Entity& ent = doc.out.entities[e];
    if (ent.type != EntityType::kPerson || ent.role.empty()) continue;
    const std::string role = ToLower(ent.role);
    // The role's last word is the noun: "city hall spokesman" for "spokesman".
    const size_t pos = role.rfind(noun);
    if (pos == std::string::npos || pos + noun.size() != role.size() ||
        (pos > 0 && role[pos - 1] != ' '))
      continue;
    // Mentions are sorted: the last one before the phrase is the latest.
    auto it = std::lower_bound(ent.mentions.begin(), ent.mentions.end(), Span{at, at});
    if (it == ent.mentions.begin()) continue;
    --it;
    if (it->start < at && (best < 0 || it->start >= best_at)) {
      best = static_cast<int>(e);
      best_at = it->start;
    }
  }
  return best;
}

bool SpeakerPhrases::IsMedia(const Entity& ent) const {
  if (outlets_.Contains(ent.name)) return true;
  // "news agency Baltic Wire" (its role), "the Evening Herald" (a media word).
  const std::string role = ToLower(ent.role);
  for (size_t at = 0; at < role.size();) {
    const size_t sp = role.find(' ', at);
    if (org_context_.Value(std::string_view(role).substr(at)) == "media") return true;
    if (sp == std::string::npos) break;
    at = sp + 1;
  }
  for (size_t at = 0; at < ent.name.size();) {
    const size_t sp = std::min(ent.name.find(' ', at), ent.name.size());
    if (org_cues_.Value(std::string_view(ent.name).substr(at, sp - at)) == "media") return true;
    at = sp + 1;
  }
  return false;
}

int SpeakerPhrases::ResolveBody(const Document& doc, size_t head) const {
  const std::string_view noun = doc.Lower(head);
  const bool business = org_context_.Value(noun) == "business";
  // "the agency said", "the regulator said": the last body named, when none
  // is named with that noun.
  const bool government = In(noun, {"agency", "regulator", "watchdog", "authority", "department",
                                    "administration", "commission", "ministry", "institute"});
  // "the union said", "the charity said": the last body named, too.
  const bool civic = In(noun, {"union", "federation", "association", "charity", "coalition", "alliance",
                               "organisation", "organization", "campaign", "foundation"});
  // Walks back over a bounded window, nearest mention first, so the cost per
  // phrase does not grow with the number of entities.
  int company = -1;
  for (size_t k = head; k-- > 0 && k + kBodyReach > head;) {
    const int e = EntityAtToken(doc, k);
    if (e < 0 || doc.out.entities[e].type != EntityType::kOrganization) continue;
    // The noun is one of the name's words: "the ministry" for "Ministry of Labour".
    const std::string name = ToLower(doc.out.entities[e].name);
    size_t pos = name.find(noun);
    while (pos != std::string::npos &&
           !((pos == 0 || name[pos - 1] == ' ') &&
             (pos + noun.size() == name.size() || name[pos + noun.size()] == ' ')))
      pos = name.find(noun, pos + 1);
    if (pos != std::string::npos) return e;
    // A news outlet reports on the company; it is not the company. Nor is
    // a public body ("the company said" after "a notice from the Food and
    // Drug Administration").
    if ((business || government || civic) && company < 0 && !IsMedia(doc.out.entities[e]) &&
        !(business && IsPublicBody(name)))
      company = e;
  }
  return company;
}

int SpeakerPhrases::AddSpeaker(Document* doc, size_t first, size_t last, EntityType type,
                               std::string_view full_name) const {
  auto& ents = doc->out.entities;
  const Span span{doc->tokens[first].span.start, doc->tokens[last].span.end};
  const std::string name(full_name.empty() ? Slice(doc->text, span) : full_name);
  if (doc->entity_at_token.size() < doc->tokens.size())
    doc->entity_at_token.resize(doc->tokens.size(), -1);
  if (doc->entity_info.size() < ents.size()) doc->entity_info.resize(ents.size());
  // A name seen before (in full or, for a person, as its last word) is the
  // same speaker.
  const std::string last_word(doc->TokenText(last));
  int e = -1;
  for (size_t k = 0; k < ents.size(); ++k) {
    if (ents[k].type != type) continue;
    const std::string& n = ents[k].name;
    if (n == name || (type == EntityType::kPerson && n.size() > last_word.size() &&
                      n.compare(n.size() - last_word.size(), last_word.size(), last_word) == 0 &&
                      n[n.size() - last_word.size() - 1] == ' ')) {
      e = static_cast<int>(k);
      break;
    }
  }
  if (e < 0) {
    Entity ent;
    ent.id = "E" + std::to_string(ents.size() + 1);
    ent.type = type;
    ent.name = name;
    ents.push_back(ent);
    doc->entity_info.emplace_back();
    e = static_cast<int>(ents.size() - 1);
  }
  auto& mentions = ents[e].mentions;
  mentions.insert(std::upper_bound(mentions.begin(), mentions.end(), span), span);
  for (size_t k = first; k <= last; ++k) doc->entity_at_token[k] = e;
  return e;
}

int SpeakerPhrases::DescribedBody(Document* doc, size_t owner, size_t head) const {
  if (!org_cues_.Contains(doc->TokenText(head))) return -1;
  // The mention is the words after any name inside ("the US military":
  // "military"); the name is the whole description.
  size_t mention = owner;
  for (size_t k = owner; k < head; ++k) {
    if (!IsWord(*doc, k) || IsSpeechVerb(*doc, k)) return -1;
    if (EntityAtToken(*doc, k) >= 0) {
      mention = k + 1;
    } else if (!IsLower(FirstCharOf(*doc, k)) && !demonyms_.Contains(doc->TokenText(k))) {
      return -1;
    }
  }
  if (mention == owner && owner == head) return -1;  // "the ministry": too vague to name
  const Span whole{doc->tokens[owner].span.start, doc->tokens[head].span.end};
  return AddSpeaker(doc, mention, head, EntityType::kOrganization, Slice(doc->text, whole));
}

void SpeakerPhrases::Resolve(Document* doc, size_t head, SpeakerPhrase* p,
                             const SpeakerContext& ctx) const {
  const int e = EntityAtToken(*doc, head);
  if (e >= 0) {
    p->entity = e;
    // "Senator Rick Scott of Florida said", "Diane Swonk of KPMG said": the
    // person speaks, not the place or body that describes them.
    if (doc->out.entities[e].type == EntityType::kPerson) return;
    size_t k = head;
    while (k > p->first && EntityAtToken(*doc, k - 1) == e) --k;
    if (k >= p->first + 2 && k >= 2 &&
        (IsWordLower(*doc, k - 1, "of") || IsWordLower(*doc, k - 1, "from") ||
         IsWordLower(*doc, k - 1, "at"))) {
      const int person = EntityAtToken(*doc, k - 2);
      if (person >= 0 && doc->out.entities[person].type == EntityType::kPerson) p->entity = person;
    }
    return;
  }
  const std::string_view w = doc->TokenText(head);
  // "Rebecca Ashdown KC told …": honours in capitals after a person's name.
  if (IsAllCaps(w) && head > p->first) {
    const int person = EntityAtToken(*doc, head - 1);
    if (person >= 0 && doc->out.entities[person].type == EntityType::kPerson) {
      p->entity = person;
      return;
    }
  }
  if (pronouns_.Contains(w)) {
    p->pronoun = true;
    p->entity = ResolvePronounAt(*doc, head, ctx);
    return;
  }
  // "the Welshman said", "the Spanish forward told": someone already in the
  // story, named again by nationality.
  if (const std::string_view want = DescribedPerson(*doc, head); !want.empty()) {
    // The nearest person fits, not the last speaker: a writer describes
    // someone just introduced ("Among them was X. … the 67-year-old said").
    p->described = true;
    p->entity = NearestPerson(*doc, head, want, ctx);
    return;
  }
  if (IsCapitalised(*doc, head)) {
    // A name the entity stage did not list: two or more capitalised words,
    // or one after a title, is taken as a person.
    size_t a = head;
    for (;;) {
      if (a > p->first && IsCapitalised(*doc, a - 1) && EntityAtToken(*doc, a - 1) < 0) {
        --a;
      } else if (a > p->first + 1 && IsDash(*doc, a - 1) && !doc->tokens[a - 1].space_before &&
                 !doc->tokens[a].space_before && IsWord(*doc, a - 2)) {
        a -= 2;  // "Al-Maeena", "Jean-Luc"
      } else {
        break;
      }
    }
    while (a < head && (determiners_.Contains(doc->TokenText(a)) || titles_.Contains(doc->TokenText(a)) ||
                        demonyms_.Contains(doc->TokenText(a)) || places_.Contains(doc->TokenText(a))))
      ++a;
    // "Afghan Ambassador": a title, not a name; "the MP" is a role.
    if (titles_.Contains(w)) {
      if (IsAllCaps(w)) {
        p->role_only = true;
        p->entity = ResolveRole(*doc, head);
      }
      return;
    }
    bool org = false;
    for (size_t k = a; k <= head; ++k) org = org || org_cues_.Contains(doc->TokenText(k));
    const bool titled = a > 0 && IsWord(*doc, a - 1) && titles_.Contains(doc->TokenText(a - 1));
    // A lone capitalised word heading "said" is a surname the entity stage
    // did not know, unless the text also writes it in lower case ("Police
    // said") or it is a place, nationality or title.
    const std::string lower = ToLower(w);
    // "Analysts said", "Officials said", "Charities warned", "Estimates
    // suggest": the plural of a role, body or document word is a group the
    // text leaves unnamed.
    bool plural_role = false;
    if (lower.size() > 3 && lower.back() == 's') {
      const std::string_view stem(lower.data(), lower.size() - 1);
      // The singular: "analyst", "witness(es)", "charit(ies)".
      const std::string y_form =
          stem.size() > 3 && EndsWith(stem, "ie") ? std::string(stem.substr(0, stem.size() - 2)) + "y" : "";
      for (std::string_view one : {stem, stem.substr(0, stem.size() - 1), std::string_view(y_form)}) {
        bool body = false;
        org_context_.Find(one, &body);
        plural_role = plural_role ||
                      (!one.empty() && (titles_.Contains(one) || body || source_cues_.Contains(one)));
      }
    }
    // "Investigators said", "Forecasters warned": a plural agent noun opening
    // the sentence (a surname such as "Sanders" was named in full before).
    const bool opens = head == 0 || doc->tokens[head - 1].sentence != doc->tokens[head].sentence;
    if (opens && lower.size() > 5) {
      for (std::string_view end : {"ers", "ors", "ists", "ians", "ants", "ents", "ees"})
        plural_role = plural_role || EndsWith(lower, end);
    }
    const bool lone_name = head == a && w.size() > 1 && !plural_role && !starters_.Contains(w) &&
                           !titles_.Contains(w) && !places_.Contains(w) && !demonyms_.Contains(w) &&
                           !(ctx.lowercase_words && ctx.lowercase_words->Contains(lower));
    if (!org && (head > a || titled || lone_name) && head - a < 6)
      p->entity = AddSpeaker(doc, a, head,
                             lone_name && !titled && BodyFollows(*doc, head, pronouns_) ? EntityType::kOrganization
                                                                            : EntityType::kPerson);
    return;
  }
  if (titles_.Contains(w)) {
    p->role_only = true;
    p->entity = ResolveRole(*doc, head);
    // "the witness said", "the midfielder added": a role noun that is no
    // title ("the minister" is) names again someone in the story; an
    // official or officer is more often someone the text never names.
    if (p->entity < 0 && IsWordLower(*doc, head - 1, "the") &&
        titles_.Value(w).find('t') == std::string_view::npos) {
      p->entity = DescribedRoleEntity(*doc, head, ctx);
      p->role_only = false;
      p->described = true;
    }
    return;
  }
  // "analysts at Brantley Capital wrote … “…,” the analysts wrote": the body
  // the group was named with.
  const std::string_view lw = doc->Lower(head);
  if (lw.size() > 3 && lw.back() == 's' && IsWordLower(*doc, head - 1, "the") &&
      titles_.Contains(lw.substr(0, lw.size() - 1))) {
    for (size_t k = head - 1; k-- > 0 && k + kBodyReach > head;) {
      if (doc->Lower(k) != lw || !(IsWordLower(*doc, k + 1, "at") || IsWordLower(*doc, k + 1, "from")))
        continue;
      const int body = EntityAtToken(*doc, k + 2);
      if (body >= 0 && doc->out.entities[body].type == EntityType::kOrganization) {
        p->role_only = true;
        p->entity = body;
      }
      return;
    }
  }
  // "In a statement, the trust said …. “…,” the statement said": the
  // speaker of the sentence that gave the statement.
  if (ctx.speakers && IsWordLower(*doc, head - 1, "the") &&
      In(source_cues_.Value(w), {"statement", "report", "document"})) {
    const uint32_t here = doc->tokens[head].sentence;
    for (auto it = ctx.speakers->rbegin(); it != ctx.speakers->rend(); ++it) {
      if (it->first >= head) continue;
      const uint32_t s = doc->tokens[it->first].sentence;
      if (s + kSpeakerReach < here) break;
      for (size_t k = it->first; k + 60 > it->first && doc->tokens[k].sentence == s; --k) {
        if (doc->Lower(k) == lw) {
          p->role_only = true;
          p->entity = it->second;
          return;
        }
        if (k == 0) break;
      }
    }
  }
  // "the company", "the German carmaker", "the ministry": a body named before.
  bool body_noun = false;
  org_context_.Find(w, &body_noun);
  body_noun = body_noun || org_cues_.Contains(w);
  if (!body_noun || !IsLower(FirstCharOf(*doc, head))) return;
  for (size_t k = head; k-- > 0 && k + 3 >= head;) {
    if (!IsWord(*doc, k)) return;
    // "the health ministry", "Kenya's health ministry": one named before,
    // else the body as the text describes it.
    const int owner = EntityAtToken(*doc, k);
    const bool place_owner = owner >= 0 && doc->out.entities[owner].type == EntityType::kPlace &&
                             IsPossessive(doc->TokenText(k));
    // "the Havenbond union", "the Unite union": the body's own name.
    if (owner >= 0 && doc->out.entities[owner].type == EntityType::kOrganization &&
        !IsPossessive(doc->TokenText(k))) {
      p->entity = owner;
      p->role_only = false;
      return;
    }
    if (IsWordLower(*doc, k, "the") || place_owner) {
      p->role_only = true;
      p->entity = ResolveBody(*doc, head);
      if (p->entity < 0) {
        p->entity = DescribedBody(doc, place_owner ? k : k + 1, head);
        p->role_only = false;
      }
      return;
    }
  }
}

SpeakerPhrase SpeakerPhrases::Before(Document* doc, size_t verb, size_t floor,
                                     const SpeakerContext& ctx) const {
  SpeakerPhrase p;
  size_t j = verb;
  // "X was quoted as saying": the subject is that of "quoted".
  if (const size_t quoted = QuotedAs(*doc, j, floor); quoted != SIZE_MAX) j = quoted;
  while (j > floor && IsAdverb(*doc, j - 1)) --j;
  // "China on Sunday urged", "Biden last week said": the time between the
  // subject and its verb is no subject.
  if (j > floor + 1) {
    const int e = EntityAtToken(*doc, j - 1);
    if (e >= 0 && doc->out.entities[e].type == EntityType::kDate) {
      size_t d = j - 1;
      while (d > floor && EntityAtToken(*doc, d - 1) == e) --d;
      if (d > floor && IsWord(*doc, d - 1) && IsLower(FirstCharOf(*doc, d - 1)) &&
          (prepositions_.Contains(doc->TokenText(d - 1)) || IsWordLower(*doc, d - 1, "last") ||
           IsWordLower(*doc, d - 1, "this") || IsWordLower(*doc, d - 1, "earlier")))
        --d;
      if (d > floor) j = d;
      while (j > floor && IsAdverb(*doc, j - 1)) --j;
    }
  }
  if (j <= floor) return p;
  size_t last = j - 1;
  if (IsPunctChar(*doc, last, ',')) {
    // "Smith, who chairs the panel, said", "Smith, the coach, said", "Smith,
    // in remarks to a broadcaster, said": the subject stands before one of
    // the commas; a person there wins over a place or body named inside the
    // aside ("Jones, curator at the University of X, Y, said").
    size_t open = 0;
    int open_rank = 0;
    // The comma before the verb counts too: "X's spokeswoman, Jane Doe,
    // said" names the speaker in the aside.
    for (size_t q = last + 1; q-- > floor && q + kClauseReach > last;) {
      // (A plural's apostrophe is no quote mark: "the Home Builders' Council".)
      if (doc->tokens[q].kind == TokenKind::kPunct &&
          (IsTerminal(*doc, q) || (IsQuoteMarkChar(FirstCharOf(*doc, q)) &&
                                   !(IsHuggingApostrophe(*doc, q) && EndsWith(doc->Lower(q - 1), "s")))))
        break;
      if (!IsPunctChar(*doc, q, ',') || q == 0) continue;
      // "X, whose children attend Pine Hollow, said": a name inside the
      // relative clause is no subject.
      if (q + 1 < doc->tokens.size() && IsWord(*doc, q + 1) &&
          In(doc->Lower(q + 1), {"who", "whose", "whom", "which"})) {
        open = 0;
        open_rank = 0;
      }
      // "Rep. Lucia Ferrante (D-California), chair of …": past the brackets.
      size_t w = q - 1;
      if (IsPunctChar(*doc, w, ')')) {
        while (w > floor && w + 8 > q && !IsPunctChar(*doc, w, '(')) --w;
        if (!IsPunctChar(*doc, w, '(') || w == 0) continue;
        --w;
      }
      if (!IsWord(*doc, w)) continue;
      const int e = EntityAtToken(*doc, w);
      int rank = 0;
      if (e >= 0 && doc->out.entities[e].type == EntityType::kPerson) {
        rank = 3;
      } else if (IsCapitalised(*doc, w) || pronouns_.Contains(doc->TokenText(w))) {
        rank = e >= 0 && doc->out.entities[e].type == EntityType::kOrganization ? 2 : 1;
      } else if (q + 1 < doc->tokens.size() && IsWord(*doc, q + 1)) {
        // "the official, who spoke on condition of anonymity, told …"
        const std::string_view next = doc->Lower(q + 1);
        if (next == "who" || next == "whose" || determiners_.Contains(next) ||
            doc->tokens[q + 1].kind == TokenKind::kNumber)
          rank = 1;
      }
      if (rank > open_rank) {
        open = w + 1;
        open_rank = rank;
      }
    }
    if (open == 0 || open <= floor) return p;
    last = open - 1;
  }
  // "the Nigeria Labour Congress (NLC) said": the name before its acronym.
  if (last >= floor + 3 && IsPunctChar(*doc, last, ')') && IsPunctChar(*doc, last - 2, '(') &&
      IsCapitalised(*doc, last - 1) && IsCapitalised(*doc, last - 3))
    last -= 3;
  if (!IsWord(*doc, last) || IsSpeechVerb(*doc, last)) return p;
  // "…, and said": a conjunction or preposition is no subject.
  if (IsLower(FirstCharOf(*doc, last)) &&
      (prepositions_.Contains(doc->TokenText(last)) || conjunctions_.Contains(doc->TokenText(last))))
    return p;
  p.found = true;
  p.first = floor;  // the bound Resolve may extend a name to
  p.last = last;
  Resolve(doc, last, &p, ctx);
  p.first = last;
  // "her representative said", "a party spokesperson said": the one spoken
  // for.
  if (last > floor && SpeaksFor(doc->Lower(last))) {
    if (const SpeakerPhrase owner = OwnerSpokenFor(*doc, last - 1, ctx); owner.found) {
      p.first = owner.first;
      p.role_only = p.described = false;
      p.entity = owner.entity;
      return p;
    }
    bool body_noun = false;
    org_context_.Find(doc->TokenText(last - 1), &body_noun);
    if (last - 1 > floor && IsWord(*doc, last - 1) && IsLower(FirstCharOf(*doc, last - 1)) &&
        (body_noun || org_cues_.Contains(doc->TokenText(last - 1))) &&
        (IsWordLower(*doc, last - 2, "a") || IsWordLower(*doc, last - 2, "the"))) {
      if (const int body = ResolveBody(*doc, last - 1); body >= 0) {
        p.first = last - 2;
        p.role_only = p.described = false;
        p.entity = body;
        return p;
      }
    }
  }
  if (p.pronoun) return p;
  if (p.described) {
    // The phrase starts at its "the": "the 28-year-old", "the mother of two".
    for (size_t f = last; f > floor && f + 6 > last; --f)
      if (IsWordLower(*doc, f - 1, "the")) {
        p.first = f - 1;
        break;
      }
    return p;
  }
  // Widen the phrase over the rest of the name, title and role words:
  // "news agency X", "Ministry spokesman X", "the minister".
  size_t skipped = 0;  // tokens of a bracketed acronym, not counted as words
  while (p.first > floor && last - p.first + 1 < kMaxPhraseWords + skipped) {
    size_t q = p.first - 1;
    if (IsDash(*doc, q) && q > floor && !doc->tokens[q].space_before &&
        !doc->tokens[q + 1].space_before && IsWord(*doc, q - 1)) {
      p.first = q - 1;  // "Al-Maeena"
      continue;
    }
    // "Nigeria Labour Congress (NLC) president X": past a bracketed acronym.
    if (IsPunctChar(*doc, q, ')') && q >= floor + 3 && IsPunctChar(*doc, q - 2, '(') &&
        IsCapitalised(*doc, q - 1) && IsCapitalised(*doc, q - 3)) {
      p.first = q - 2;
      skipped += 3;
      continue;
    }
    if (!IsWord(*doc, q)) break;
    const std::string_view w = doc->TokenText(q);
    if (determiners_.Contains(w)) {
      p.first = q;
      break;
    }
    const int e = EntityAtToken(*doc, q);
    // "Diane Okoro of Norbank": the phrase runs on to the person it describes.
    const bool of_person = q > floor && p.entity >= 0 && EntityAtToken(*doc, q - 1) == p.entity &&
                           (IsWordLower(*doc, q, "of") || IsWordLower(*doc, q, "from") ||
                            IsWordLower(*doc, q, "at"));
    // "the UN refugee agency", "Russia's foreign ministry": a body noun
    // with a word or two describing it.
    bool body_noun = false;
    org_context_.Find(doc->TokenText(last), &body_noun);
    body_noun = body_noun || org_cues_.Contains(doc->TokenText(last));
    const bool describing = body_noun && last - q <= 2 && IsLower(FirstCharOf(*doc, q)) &&
                            !IsSpeechVerb(*doc, q) && !prepositions_.Contains(w) && !conjunctions_.Contains(w);
    const bool part = (e >= 0 && e == p.entity) || (IsCapitalised(*doc, q) && !IsSpeechVerb(*doc, q)) ||
                      titles_.Contains(w) || org_cues_.Contains(w) || of_person || describing;
    if (!part || pronouns_.Contains(w)) break;
    p.first = q;
    // "Jamal's family said": the family speaks, not Jamal. "A Health
    // Ministry spokesperson said": the body speaks through someone who is
    // not the body (no mention of it).
    if (p.entity < 0 && e >= 0 && !IsPossessive(w)) {
      p.entity = e;
      p.role_only = false;
    }
  }
  if (p.role_only) DescribedRole(*doc, floor, last, &p, ctx);
  return p;
}

void SpeakerPhrases::DescribedRole(const Document& doc, size_t floor, size_t head, SpeakerPhrase* p,
                                   const SpeakerContext& ctx) const {
  // ("After the talks a spokesman said": the phrase already ends at its "a".)
  if (determiners_.Contains(doc.TokenText(p->first))) return;
  size_t the = p->first;
  for (size_t q = p->first; q-- > floor && q + 5 > p->first;) {
    if (IsWordLower(doc, q, "the")) {
      the = q;
      break;
    }
    // ("the Polish-born flanker": a hyphen inside a word, a nationality)
    if (IsDash(doc, q) && !doc.tokens[q].space_before && !doc.tokens[q + 1].space_before) continue;
    const std::string_view w = doc.TokenText(q);
    if (!IsWord(doc, q) || IsSpeechVerb(doc, q) || prepositions_.Contains(w) || conjunctions_.Contains(w) ||
        pronouns_.Contains(w) || determiners_.Contains(w) ||
        (!IsLower(FirstCharOf(doc, q)) && !demonyms_.Contains(w)))
      return;
  }
  if (the == p->first || the + 1 == p->first) return;  // no word describes the role
  p->first = the;
  if (p->entity >= 0) return;
  p->entity = DescribedRoleEntity(doc, head, ctx);
  p->role_only = false;
  p->described = true;
}

int SpeakerPhrases::DescribedRoleEntity(const Document& doc, size_t head, const SpeakerContext& ctx) const {
  // An official, an aide or a spokesman is more often someone the text
  // never names than someone named before.
  if (In(doc.Lower(head), {"official", "officer", "aide", "source", "spokesman", "spokeswoman",
                           "spokesperson", "diplomat"}))
    return -1;
  // Someone the text left unnamed ("a senior official … the senior
  // official added") stays unnamed.
  const std::string_view noun = doc.Lower(head);
  for (size_t k = head; k-- > 0 && k + kBodyReach > head;) {
    if (doc.Lower(k) != noun) continue;
    for (size_t a = k; a-- > 0 && a + 4 > k;)
      if (IsWordLower(doc, a, "a") || IsWordLower(doc, a, "an") || IsWordLower(doc, a, "one")) return -1;
  }
  const std::string_view flags = titles_.Value(doc.TokenText(head));
  const std::string_view want = flags.find('f') != std::string_view::npos   ? "female"
                                : flags.find('m') != std::string_view::npos ? "male"
                                                                            : "person";
  return NearestPerson(doc, head, want, ctx);
}

int SpeakerPhrases::NearestPerson(const Document& doc, size_t head, std::string_view want,
                                  const SpeakerContext& ctx) const {
  // The nearest person the text was about, within a few sentences: a
  // sentence's subject, the one a sentence-opening "He" stands for, or one
  // presented ("Among them was X"). Else the nearest person who is no
  // object of a preposition ("a slog-sweep off left-arm spinner X").
  const uint32_t sentence = doc.tokens[head].sentence;
  int nearest_free = -1;
  for (size_t k = head; k-- > 0 && k + kPronounReach > head;) {
    if (InQuote(ctx, k)) continue;
    const bool recent = doc.tokens[k].sentence + kSpeakerReach >= sentence;
    if (!recent && nearest_free >= 0) break;
    const bool opens = k == 0 || doc.tokens[k - 1].sentence != doc.tokens[k].sentence;
    if (recent && opens && IsWord(doc, k) && (doc.Lower(k) == "he" || doc.Lower(k) == "she")) {
      const int e = ResolvePronoun(doc, k);
      if (e >= 0 && Compatible(doc, e, want)) return e;
      continue;
    }
    const int e = EntityAtToken(doc, k);
    if (e < 0) continue;
    size_t first = k;
    while (first > 0 && EntityAtToken(doc, first - 1) == e) --first;
    k = first;
    if (!Compatible(doc, e, want)) continue;
    const bool presented = first > 0 && (IsWordLower(doc, first - 1, "was") || IsWordLower(doc, first - 1, "is") ||
                                         IsWordLower(doc, first - 1, "were"));
    if (recent && (OpensSentence(doc, first) || presented)) return e;
    if (nearest_free >= 0) continue;
    size_t j = first;
    for (size_t steps = 0; j > 0 && steps < 4 && IsWord(doc, j - 1) && IsLower(FirstCharOf(doc, j - 1)) &&
                           !prepositions_.Contains(doc.TokenText(j - 1)) && !IsSpeechVerb(doc, j - 1);
         ++steps)
      --j;
    for (size_t steps = 0; steps < 3 && j > 1 && IsDash(doc, j - 1) && IsWord(doc, j - 2) &&
                           IsLower(FirstCharOf(doc, j - 2));
         ++steps)
      j -= 2;
    if (!(j > 0 && IsWord(doc, j - 1) && IsLower(FirstCharOf(doc, j - 1)) &&
          prepositions_.Contains(doc.TokenText(j - 1))))
      nearest_free = e;
  }
  if (nearest_free >= 0) return nearest_free;
  SpeakerContext nearest = ctx;
  nearest.speakers = nullptr;
  return ResolveWanted(doc, head, want, nearest);
}

SpeakerPhrase SpeakerPhrases::At(Document* doc, size_t at, size_t ceiling,
                                 const SpeakerContext& ctx) const {
  SpeakerPhrase p;
  if (at > ceiling || !IsWord(*doc, at)) return p;
  // "a spokesperson for the Ministry of Health", "her representative": the
  // one spoken for.
  if (at + 1 <= ceiling && IsWord(*doc, at + 1) && SpeaksFor(doc->Lower(at + 1))) {
    if (at + 3 <= ceiling && In(doc->Lower(at), {"a", "an", "the"}) && IsWordLower(*doc, at + 2, "for")) {
      SpeakerPhrase principal = At(doc, at + 3, ceiling, ctx);
      if (principal.found && principal.entity >= 0 && !principal.pronoun) {
        principal.first = at;
        principal.role_only = false;
        return principal;
      }
    }
    if (SpeakerPhrase owner = OwnerSpokenFor(*doc, at, ctx); owner.found) {
      owner.last = at + 1;
      return owner;
    }
  }
  if (pronouns_.Contains(doc->TokenText(at))) {
    p.found = true;
    p.first = p.last = at;
    p.pronoun = true;
    p.entity = ResolvePronounAt(*doc, at, ctx);
    return p;
  }
  // The run of determiner, title, role and name words.
  size_t end = at;
  while (end + 1 <= ceiling && end + 1 < doc->tokens.size() && end + 1 - at < kMaxPhraseWords &&
         IsWord(*doc, end + 1)) {
    const size_t q = end + 1;
    const std::string_view w = doc->TokenText(q);
    if (IsSpeechVerb(*doc, q) || pronouns_.Contains(w)) break;
    if (!(IsCapitalised(*doc, q) || EntityAtToken(*doc, q) >= 0 || titles_.Contains(w) ||
          org_cues_.Contains(w) || IsWordLower(*doc, q, "of")))
      break;
    end = q;
  }
  while (end > at && IsWordLower(*doc, end, "of")) --end;
  // "said the veteran councillor": a word or two describing the role.
  bool modified = false;
  if (end == at && IsWordLower(*doc, at, "the")) {
    for (size_t j = at + 1; j <= ceiling && j <= at + 3 && IsWord(*doc, j) && IsLower(FirstCharOf(*doc, j)); ++j) {
      const std::string_view w = doc->TokenText(j);
      if (titles_.Contains(w) && j > at + 1) {
        modified = !(j + 1 <= ceiling && IsCapitalised(*doc, j + 1));
        if (modified) end = j;
        break;
      }
      if (IsSpeechVerb(*doc, j) || prepositions_.Contains(w) || conjunctions_.Contains(w) ||
          pronouns_.Contains(w) || determiners_.Contains(w))
        break;
    }
  }
  // "said the pianist Lionel Abernathy": past a role in lower case to the
  // person named after it.
  if (end == at && !modified && IsWordLower(*doc, at, "the")) {
    if (SpeakerPhrase named = NamedAfterRole(doc, at + 1, ceiling, ctx); named.found) {
      named.first = at;
      return named;
    }
  }
  const std::string_view first_word = doc->TokenText(at);
  if (!(IsCapitalised(*doc, at) || EntityAtToken(*doc, at) >= 0 || titles_.Contains(first_word) ||
        org_cues_.Contains(first_word) || determiners_.Contains(first_word))) {
    // "according to figures from the Red Cross": the figures' author.
    if (const SpeakerPhrase author = AuthorOf(doc, at, ceiling, ctx); author.entity >= 0) {
      p = author;
      p.first = at;
      return p;
    }
    // "said county health officer Amina Wanjiru": a role in lower case
    // before the person's name.
    return NamedAfterRole(doc, at, ceiling, ctx);
  }
  p.found = true;
  p.first = at;
  p.last = end;
  // The person in "Brookfield manager Gareth Reid", "Smith of KPMG"; else
  // the body in "the Kenya Red Cross"; else the first name.
  auto rank = [&](int e) {
    const EntityType t = doc->out.entities[e].type;
    return t == EntityType::kPerson ? 2 : t == EntityType::kOrganization ? 1 : 0;
  };
  for (size_t k = at; k <= end; ++k) {
    const int e = EntityAtToken(*doc, k);
    if (e >= 0 && (p.entity < 0 || rank(e) > rank(p.entity))) {
      p.entity = e;
      if (rank(e) == 2) break;
    }
  }
  if (p.entity >= 0) return p;
  // No entity: the last capitalised word heads a name; otherwise the last
  // role word names someone through their role.
  for (size_t k = end + 1; k-- > at;) {
    if (IsCapitalised(*doc, k)) {
      SpeakerPhrase name;
      name.first = at;
      Resolve(doc, k, &name, ctx);
      p.entity = name.entity;
      return p;
    }
  }
  if (titles_.Contains(doc->TokenText(end))) {
    p.role_only = true;
    p.entity = ResolveRole(*doc, end);
    if (p.entity < 0 && modified) {
      p.entity = DescribedRoleEntity(*doc, end, ctx);
      p.role_only = false;
      p.described = true;
    }
    return p;
  }
  // "a statement from the Ministry of Finance", "a report by Norbank": the
  // document's author.
  if (const SpeakerPhrase author = AuthorOf(doc, end + 1, ceiling, ctx); author.entity >= 0) {
    p.entity = author.entity;
    p.last = author.last;
  }
  return p;
}

SpeakerPhrase SpeakerPhrases::OwnerSpokenFor(const Document& doc, size_t owner,
                                             const SpeakerContext& ctx) const {
  SpeakerPhrase p;
  if (!IsWordLower(doc, owner, "his") && !IsWordLower(doc, owner, "her")) return p;
  p.found = true;
  p.first = p.last = owner;
  p.entity = ResolveWanted(doc, owner, IsWordLower(doc, owner, "his") ? "male" : "female", ctx);
  return p;
}

SpeakerPhrase SpeakerPhrases::NamedAfterRole(Document* doc, size_t role, size_t ceiling,
                                             const SpeakerContext& ctx) const {
  for (size_t j = role; j <= ceiling && j <= role + kRoleWords && IsWord(*doc, j); ++j) {
    const int e = EntityAtToken(*doc, j);
    if (e >= 0) {
      if (j == role || doc->out.entities[e].type != EntityType::kPerson) break;
      SpeakerPhrase named = At(doc, j, ceiling, ctx);
      named.first = role;
      return named;
    }
    const std::string_view w = doc->TokenText(j);
    if (!IsLower(FirstCharOf(*doc, j)) || IsSpeechVerb(*doc, j) || prepositions_.Contains(w) ||
        conjunctions_.Contains(w) || pronouns_.Contains(w) || determiners_.Contains(w))
      break;
  }
  return SpeakerPhrase();
}

SpeakerPhrase SpeakerPhrases::AuthorOf(Document* doc, size_t noun, size_t ceiling,
                                       const SpeakerContext& ctx) const {
  if (noun + 2 <= ceiling && IsWord(*doc, noun) &&
      In(source_cues_.Value(doc->TokenText(noun)), {"statement", "report", "document"}) &&
      (IsWordLower(*doc, noun + 1, "from") || IsWordLower(*doc, noun + 1, "by") ||
       IsWordLower(*doc, noun + 1, "of"))) {
    const SpeakerPhrase author = At(doc, noun + 2, ceiling, ctx);
    if (author.found) return author;
  }
  return SpeakerPhrase();
}

SpeakerPhrase SpeakerPhrases::After(Document* doc, size_t verb, size_t ceiling,
                                    const SpeakerContext& ctx) const {
  // "told that …", "said to …": the clause or an object follows, no speaker.
  if (IsWord(*doc, verb + 1) &&
      (conjunctions_.Contains(doc->TokenText(verb + 1)) || prepositions_.Contains(doc->TokenText(verb + 1))))
    return SpeakerPhrase();
  return At(doc, verb + 1, ceiling, ctx);
}

}  // namespace explainer
