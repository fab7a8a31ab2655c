// EntityFinder and the helpers later stages call (ResolvePronoun, EntityAt),
// on sentences written for these tests.

#include "entities.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dates.h"
#include "document.h"
#include "lexicon.h"
#include "segmenter.h"
#include "test_util.h"
#include "tokenizer.h"

namespace explainer {
namespace {

// The pipeline up to and including the entity stage, on one text.
struct Analysed {
  explicit Analysed(std::string_view text) : doc(&out, options) {
    static const Lexicons* lexicons = new Lexicons();
    static const Tokenizer* tokenizer = new Tokenizer(*lexicons);
    static const Segmenter* segmenter = new Segmenter(*lexicons);
    static const DateFinder* dates = new DateFinder(*lexicons);
    static const EntityFinder* entities = new EntityFinder(*lexicons);
    out.text = std::string(text);
    doc.text = out.text;
    tokenizer->Run(&doc);
    segmenter->Run(&doc);
    dates->Run(&doc);
    entities->Run(&doc);
  }

  // The entity whose name is `name`, or nullptr.
  const Entity* Find(std::string_view name) const {
    for (const Entity& e : out.entities)
      if (e.name == name) return &e;
    return nullptr;
  }
  int IndexOf(std::string_view name) const {
    for (size_t i = 0; i < out.entities.size(); ++i)
      if (out.entities[i].name == name) return static_cast<int>(i);
    return -1;
  }
  std::vector<std::string> Surfaces(const Entity& e) const {
    std::vector<std::string> s;
    for (const Span& m : e.mentions) s.push_back(out.text.substr(m.start, m.size()));
    return s;
  }
  // Index of the first token whose text is `word`, at or after byte `from`.
  size_t TokenOf(std::string_view word, size_t nth = 0) const {
    for (size_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.TokenText(i) == word && nth-- == 0) return i;
    return SIZE_MAX;
  }

  Options options;
  Explanation out;
  Document doc;
};

const char* TypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kPlace: return "place";
    case EntityType::kDate: return "date";
    case EntityType::kOther: return "other";
  }
  return "?";
}

struct TypeCase {
  const char* text;
  const char* name;
  const char* type;
};

void ExpectTypes(const std::vector<TypeCase>& cases) {
  for (const TypeCase& c : cases) {
    Analysed a(c.text);
    const Entity* e = a.Find(c.name);
    ASSERT_NE(e, nullptr) << c.text << " -> no entity named " << c.name;
    EXPECT_STREQ(TypeName(e->type), c.type) << c.text;
  }
}

TEST(EntitiesTest, PersonWithTitle) {
  ExpectTypes({
      {"Senator Maria Gonzalez voted against the bill.", "Maria Gonzalez", "person"},
      {"The report was written by Dr. Helen Okafor last year.", "Helen Okafor", "person"},
      {"Yesterday Mayor Tom Brandt opened the bridge.", "Tom Brandt", "person"},
      {"Police said Mr. Ferris was arrested at home.", "Ferris", "person"},
  });
}

TEST(EntitiesTest, TitleIsRecordedAsRole) {
  struct Case {
    const char* text;
    const char* name;
    const char* role;
  } cases[] = {
      {"Senator Maria Gonzalez voted against the bill.", "Maria Gonzalez", "Senator"},
      {"Pentagon spokesman Robert Haller declined to comment.", "Robert Haller",
       "Pentagon spokesman"},
      {"Brazilian President Carla Menezes arrived on a state visit.", "Carla Menezes",
       "Brazilian President"},
      {"The plan was backed by former minister Anna Vik.", "Anna Vik", "former minister"},
      {"Councilmember Tamsin Rourke voted no.", "Tamsin Rourke", "Councilmember"},
      // Appositives without an article: a role of a named body, a country's role.
      {"Raj Sahni, president of the Builders Council, called the loans fair.", "Raj Sahni",
       "president of the Builders Council"},
      {"Italy's prime minister, Carla Rossi, arrived late.", "Carla Rossi", "Italy's prime minister"},
  };
  for (const Case& c : cases) {
    Analysed a(c.text);
    const Entity* e = a.Find(c.name);
    ASSERT_NE(e, nullptr) << c.text;
    EXPECT_EQ(e->role, c.role) << c.text;
  }
}

TEST(EntitiesTest, AppositiveGivesRole) {
  {
    Analysed a("Tom Reyes, the company's chief executive, said sales had doubled.");
    const Entity* e = a.Find("Tom Reyes");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, EntityType::kPerson);
    EXPECT_EQ(e->role, "company's chief executive");
  }
  {
    Analysed a("Lena Hart, the museum's collections director, said the loan was agreed.");
    const Entity* e = a.Find("Lena Hart");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->role, "museum's collections director");
  }
  {
    // The role may name the body it speaks for, before the comma.
    Analysed a("A spokeswoman for the Harlow Museum, Nina Sorensen, said it would reopen.");
    const Entity* e = a.Find("Nina Sorensen");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->role, "spokeswoman for the Harlow Museum");
    EXPECT_EQ(a.doc.entity_info[a.IndexOf("Nina Sorensen")].gender, Gender::kFemale);
  }
  {
    // A counterpart holds the same office in another country.
    Analysed a("Brazilian President Carla Menezes and her French counterpart, Luc Barre, "
               "spoke by phone.");
    const Entity* e = a.Find("Luc Barre");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, EntityType::kPerson);
    EXPECT_EQ(e->role, "French President");
  }
}

TEST(EntitiesTest, OrganisationCues) {
  ExpectTypes({
      {"Officials at the Ministry of Health denied the claim.", "Ministry of Health",
       "organization"},
      {"The Green Party won four seats.", "Green Party", "organization"},
      {"She studied at Northfield University for two years.", "Northfield University",
       "organization"},
      {"The story was first reported by news agency Tanjug on Monday.", "Tanjug",
       "organization"},
      {"Troops from NATO arrived in the port.", "NATO", "organization"},
      {"A Pentagon spokesman declined to comment.", "Pentagon", "organization"},
      {"Ministers met at the White House to discuss it.", "White House", "organization"},
  });
}

TEST(EntitiesTest, OrganisationContextFromTheSentence) {
  ExpectTypes({
      // Where analysts work is a body, even with a two-word name.
      {"Analysts at Harlow Brandt said the outlook was weak.", "Harlow Brandt", "organization"},
      // Shares are held in companies, not places.
      {"Shares in Norvik fell sharply after the warning.", "Norvik", "organization"},
      // Where a titled person works: "Professor X of Y Z".
      {"Professor Ines Varga of Lindholm Institutet said walking helps the mind.", "Lindholm Institutet",
       "organization"},
  });
}

TEST(EntitiesTest, OrganisationRoleIsItsDescription) {
  Analysed a("The figures were published by news agency Tanjug and the Serbian outlet Vesti.");
  const Entity* tanjug = a.Find("Tanjug");
  ASSERT_NE(tanjug, nullptr);
  EXPECT_EQ(tanjug->role, "news agency");
  const Entity* vesti = a.Find("Vesti");
  ASSERT_NE(vesti, nullptr);
  EXPECT_EQ(vesti->role, "Serbian outlet");
}

TEST(EntitiesTest, HeadWordOfABodyLinksBack) {
  Analysed a("The Regional Planning Council met on Monday. The Council rejected the plan.");
  const Entity* e = a.Find("Regional Planning Council");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 2u);
}

TEST(EntitiesTest, Places) {
  ExpectTypes({
      {"The talks took place in Nairobi last week.", "Nairobi", "place"},
      {"Flights from Kandalore were cancelled.", "Kandalore", "place"},
      {"She grew up in East Los Angeles.", "East Los Angeles", "place"},
      {"The ship docked at Harwick Harbour overnight.", "Harwick Harbour", "place"},
      // The gazetteer wins over an organisation word inside the name.
      {"Talks with the United States resumed.", "United States", "place"},
  });
  // "Ruritania-Freedonia" is not known, but a pair of known places splits.
  Analysed a("Fighting flared along the Tunisia-Libya border.");
  EXPECT_NE(a.Find("Tunisia"), nullptr);
  EXPECT_NE(a.Find("Libya"), nullptr);
}

TEST(EntitiesTest, SurnameAndTitleSurnameLinkToFullName) {
  Analysed a(
      "Senator Maria Gonzalez opened the hearing. Gonzalez said the law was flawed. "
      "Later, Senator Gonzalez left the room.");
  const Entity* e = a.Find("Maria Gonzalez");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 3u);
  int people = 0;
  for (const Entity& x : a.out.entities) people += x.type == EntityType::kPerson;
  EXPECT_EQ(people, 1);
}

TEST(EntitiesTest, DefiniteDescriptionLinksWhenRoleLicensesIt) {
  Analysed a(
      "Brazilian President Carla Menezes met union leaders. Critics said the Brazilian "
      "leader had promised too much.");
  const Entity* e = a.Find("Carla Menezes");
  ASSERT_NE(e, nullptr);
  const std::vector<std::string> s = a.Surfaces(*e);
  EXPECT_NE(std::find(s.begin(), s.end(), "the Brazilian leader"), s.end());
  // No licence: a different nationality is not linked.
  Analysed b("Brazilian President Carla Menezes spoke. The Chilean leader stayed silent.");
  const Entity* f = b.Find("Carla Menezes");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->mentions.size(), 1u);
}

TEST(EntitiesTest, PossessiveMentionExcludesTheEnding) {
  for (const char* text : {"Robert Haller met staff. Haller’s office said nothing.",
                           "Robert Haller met staff. Haller's office said nothing."}) {
    Analysed a(text);
    const Entity* e = a.Find("Robert Haller");
    ASSERT_NE(e, nullptr) << text;
    const std::vector<std::string> s = a.Surfaces(*e);
    ASSERT_EQ(s.size(), 2u) << text;
    EXPECT_EQ(s[1], "Haller") << text;
  }
}

TEST(EntitiesTest, SentenceInitialWordsAreNotNames) {
  Analysed a(
      "Yesterday the council voted. Thousands marched through the city, and thousands more "
      "watched. Meanwhile the mayor stayed home. Despite the rain, Fiona Marsh spoke.");
  for (const char* word : {"Yesterday", "Thousands", "Meanwhile", "Despite"})
    EXPECT_EQ(a.Find(word), nullptr) << word;
  EXPECT_NE(a.Find("Fiona Marsh"), nullptr);
}

TEST(EntitiesTest, AcronymsLinkToPlacesAndBodies) {
  Analysed a("US officials met in Geneva. The United States and the United Nations agreed; "
             "the U.S. envoy thanked the UN.");
  const Entity* us = a.Find("United States");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(a.Surfaces(*us), (std::vector<std::string>{"US", "United States", "U.S."}));
  const Entity* un = a.Find("United Nations");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(a.Surfaces(*un), (std::vector<std::string>{"United Nations", "UN"}));
}

TEST(EntitiesTest, CompanyLinksToItsNameWithoutTheLegalForm) {
  Analysed a("Veltrix Inc. shares fell 9% on Thursday. Veltrix blamed weak demand.");
  const Entity* v = a.Find("Veltrix Inc.");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(a.Surfaces(*v), (std::vector<std::string>{"Veltrix Inc.", "Veltrix"}));
}

TEST(EntitiesTest, DescriptionOpeningASentenceIsNotPartOfTheName) {
  Analysed a("Rival Norbank cut prices in China.");
  EXPECT_NE(a.Find("Norbank"), nullptr);
  EXPECT_EQ(a.Find("Rival Norbank"), nullptr);
}

TEST(EntitiesTest, LoneNameAfterAnInvertedSaidIsAPerson) {
  ExpectTypes({{"Donors must exhibit the works, said Mauer, within two years.", "Mauer", "person"}});
}

TEST(EntitiesTest, AbstractNounIsNoOneNamePerson) {
  Analysed a("Jafari said Mohamed had been subject to Islamophobia and her hashtag raised awareness.");
  const Entity* e = a.Find("Islamophobia");
  EXPECT_TRUE(e == nullptr || e->type != EntityType::kPerson);
  // Nor is a plural opening a sentence before a "she".
  Analysed b("Prices rose in the decade. She said the rent doubled.");
  EXPECT_EQ(b.Find("Prices"), nullptr);
  // A one-name person is: "Madonna arrived late. She said the show would go on."
  Analysed c("Madonna arrived late. She said the show would go on.");
  ASSERT_NE(c.Find("Madonna"), nullptr);
  EXPECT_EQ(c.Find("Madonna")->type, EntityType::kPerson);
}

TEST(EntitiesTest, RoleNounOpeningASentenceIsATitle) {
  for (const char* text : {"Striker Harry Kane scored twice.", "Substitute Harry Kane headed the winner."}) {
    Analysed a(text);
    ASSERT_NE(a.Find("Harry Kane"), nullptr) << text;
    EXPECT_FALSE(a.Find("Harry Kane")->role.empty()) << text;
  }
}

TEST(EntitiesTest, BodiesWithAndKeepTheirWholeNameAtASentenceStart) {
  for (const char* name : {"Food and Drug Administration", "Department of Health and Human Services"}) {
    const std::string text = std::string("The ") + name + " approved it on Monday.";
    Analysed a(text);
    ASSERT_NE(a.Find(name), nullptr) << text;
    EXPECT_EQ(a.Find(name)->type, EntityType::kOrganization) << text;
  }
  // After "A": the whole name.
  Analysed spokes("A Department of Energy and Climate Change spokesperson said the plan was sound.");
  ASSERT_NE(spokes.Find("Department of Energy and Climate Change"), nullptr);
  Analysed us("The US Food and Drug Administration approved it.");
  EXPECT_NE(us.Find("US Food and Drug Administration"), nullptr);
  // Two bodies, not one: "X and the Y"; and "US" stays the country.
  Analysed two("A team from Colorado State University of the US and the University of Sheffield found it.");
  ASSERT_NE(two.Find("University of Sheffield"), nullptr);
  EXPECT_EQ(two.Surfaces(*two.Find("University of Sheffield")), std::vector<std::string>{"University of Sheffield"});
  ASSERT_NE(two.Find("US"), nullptr);
  EXPECT_EQ(two.Find("US")->type, EntityType::kPlace);
}

TEST(EntitiesTest, ChainOfTitlesIsOneRole) {
  Analysed a("Detective Chief Inspector Sarah Holden said it was a tragic loss.");
  ASSERT_NE(a.Find("Sarah Holden"), nullptr);
  EXPECT_EQ(a.Find("Sarah Holden")->role, "Detective Chief Inspector");
  EXPECT_EQ(a.Find("Chief"), nullptr);
}

TEST(EntitiesTest, LegislativeTitlesAreRoles) {
  ExpectTypes({
      {"Relations soured after former House Speaker Nancy Pelosi visited Taipei.", "Nancy Pelosi", "person"},
      {"Senate Majority Leader Chuck Schumer spoke on Monday.", "Chuck Schumer", "person"},
  });
  Analysed a("House Speaker Nancy Pelosi visited Taipei.");
  ASSERT_NE(a.Find("Nancy Pelosi"), nullptr);
  EXPECT_EQ(a.Find("Nancy Pelosi")->role, "House Speaker");
}

TEST(EntitiesTest, NameFollowedByItsCountryOrStateIsAPlace) {
  ExpectTypes({
      {"KHARKIV, Ukraine (AP) \u2014 Shelling resumed on Monday.", "KHARKIV", "place"},
      {"Boats reached Lhokseumawe, Indonesia, on Tuesday.", "Lhokseumawe", "place"},
      {"The boy from Plano, Texas, was released.", "Plano", "place"},
      // A known place named before it is not made a person by a role.
      {"The mayor of Tulsa, Oklahoma, Ray Dunne said the roads were shut.", "Oklahoma", "place"},
      // Not when the place opens a longer phrase.
      {"After the match, Orlando Vidal, Panama coach, said it was hard.", "Orlando Vidal", "person"},
  });
}

TEST(EntitiesTest, BodiesNamedByTheirTradeOrSport) {
  ExpectTypes({
      {"Brookfield won 3-1 against Ashton Rovers on Saturday.", "Ashton Rovers", "organization"},
      {"Carlton Athletic lost again.", "Carlton Athletic", "organization"},
      {"Shares in Nordvik Foods fell 4%.", "Nordvik Foods", "organization"},
      // A word of the language, then a country: a national body.
      {"Figures from Statistics Norway were published.", "Statistics Norway", "organization"},
      // A saint or a common word owning the rest of the name.
      {"Lessons moved to St. Brigid's Catholic School in May.", "St. Brigid's Catholic School", "organization"},
      {"She studied at King's College London.", "King's College London", "organization"},
  });
  // The owner is a country: two names.
  Analysed a("Norway's Foreign Ministry said nothing.");
  EXPECT_NE(a.Find("Foreign Ministry"), nullptr);
}

TEST(EntitiesTest, BodiesNamedByTheirHeadWord) {
  ExpectTypes({{"Analysts at Corvane Capital cut their target.", "Corvane Capital", "organization"},
               {"Doran Aerospace launched the rocket.", "Doran Aerospace", "organization"},
               {"The Tillbury Ledger reported the sale.", "Tillbury Ledger", "organization"},
               {"Staff at Instituto Selva Viva counted the trees.", "Instituto Selva Viva", "organization"},
               // A capital inside the word is a brand's; Mc, Mac, De, La … are names'.
               {"HireSift and ParcelDash were fined on Monday.", "HireSift", "organization"},
               {"Coach Ross McLeish and DeShawn Harris spoke.", "DeShawn Harris", "person"},
               // "…, the prosecutor said" is an attribution, no appositive role.
               {"Funds went to Hong Kong and the British Virgin Islands, the prosecutor said.",
                "British Virgin Islands", "place"},
               // A titled person's name ends before "of"; waterside and crossing names.
               {"Senate Minority Leader Craig Dunmore of Grand Junction called it a mistake.", "Craig Dunmore", "person"},
               {"Senate Minority Leader Craig Dunmore of Grand Junction called it a mistake.", "Grand Junction", "place"},
               {"He bought a villa in Sentara Cove last year.", "Sentara Cove", "place"},
               // A city and a plural is a team; a place's own plural is not.
               {"The Chicago Ironclads beat the Toronto Vipers on Friday.", "Chicago Ironclads", "organization"},
               {"She grew up in Washington Heights.", "Washington Heights", "place"},
               {"The Memphis Ironclads beat Milwaukee on Friday.", "Memphis Ironclads", "organization"},
               {"The Memphis Ironclads beat Milwaukee on Friday.", "Milwaukee", "place"},
               // The team a role belongs to; a vehicle before "driver" is none.
               {"The Corvo Racing driver started fourth.", "Corvo Racing", "organization"},
               {"Taxi driver Emeka Obi said fares had doubled.", "Emeka Obi", "person"},
               // A body's noun in apposition, unless it is a preposition's object.
               {"She said the charity, Little Harbour, had saved lives.", "Little Harbour", "organization"},
               {"A spokeswoman for the company, Ada Brenner, said no.", "Ada Brenner", "person"},
               {"In the gallery, Marcus Tell waited for the vote.", "Marcus Tell", "person"}});
  Analysed taxi("Taxi driver Emeka Obi said fares had doubled.");
  const Entity* t = taxi.Find("Taxi");
  EXPECT_TRUE(t == nullptr || t->type != EntityType::kOrganization);
}

TEST(EntitiesTest, PlacesFromTheirSetting) {
  ExpectTypes({
      {"Mud buried homes in the town of Ambaguio overnight.", "Ambaguio", "place"},
      {"More rain is expected over northern Luzon.", "Luzon", "place"},
      {"A river burst its banks in Nueva Ecija province.", "Nueva Ecija", "place"},
      {"Floods hit the northern Philippines.", "Philippines", "place"},
      {"WILLOWDALE, Ont. - The Liberals held the seat.", "Ont.", "place"},
      {"ATHENS, Ga. (AP) \u2014 Voters met.", "Ga.", "place"},
      // A person's home town; where a body is based; a mayor's town; a list
      // going on from a place; the residents of one.
      {"Darren Hale, of Wexcombe, denies murder.", "Wexcombe", "place"},
      {"Darren Hale went on trial. Hale, of Wexcombe, denies murder.", "Wexcombe", "place"},
      {"Darren Hale, 58, of Wexcombe, was due in court.", "Wexcombe", "place"},
      // A saint's name: an institution when owned, else a place.
      {"Surgery at St. Aldric's was cancelled.", "St. Aldric", "organization"},
      {"She moved to St. Aldric in May.", "St. Aldric", "place"},
      {"Thameside travel to Brockton on Tuesday for a cup tie.", "Brockton", "place"},
      {"The people of Benwa did not vote for this.", "Benwa", "place"},
      {"The Brannock-based regulator met on Monday.", "Brannock", "place"},
      // ... also before the body's name, which starts after it.
      {"A director of the Brannock-based Institute for Rural Studies spoke.", "Brannock", "place"},
      {"A director of the Brannock-based Institute for Rural Studies spoke.", "Institute for Rural Studies",
       "organization"},
      {"Tess Arndt, an adviser at the Food Justice Lab, spoke.", "Food Justice Lab", "organization"},
      {"Tolvara Mayor Ramon Estrada said the roads were shut.", "Tolvara", "place"},
      {"Troops tried to reach the towns of Pandoria and Bagasoro by sea.", "Bagasoro", "place"},
      {"An alert was sent to residents of Rozmark on Friday.", "Rozmark", "place"},
      {"Crowds gathered in the North Kelso market.", "North Kelso", "place"},
      {"Aurelio Santos grows corn near Ixtal de Juarte.", "Ixtal de Juarte", "place"},
  });
  // A storm is named like a person but is none; a time zone is no body.
  Analysed storm("Typhoon Dalmira made landfall at 20:00 CET on Friday.");
  const Entity* t = storm.Find("Typhoon Dalmira");
  EXPECT_TRUE(t == nullptr || t->type != EntityType::kPerson);
  const Entity* cet = storm.Find("CET");
  EXPECT_TRUE(cet == nullptr || cet->type != EntityType::kOrganization);
  ExpectTypes({{"Evacuations began in Metro Dalvora on Friday.", "Metro Dalvora", "place"}});
  ExpectTypes({{"In a post on X, he wrote that the farmers were still waiting.", "X", "organization"},
               {"Corran Harlequins director of rugby Fergus McNeil said he was surprised.",
                "Corran Harlequins", "organization"}});
  ExpectTypes({{"Prices at Vanderholt Chemicals rose.", "Vanderholt Chemicals", "organization"},
               {"Cllr Declan Foy voted no.", "Declan Foy", "person"}});
  // Words painted in capitals are no organisation.
  Analysed sign("A sign read PLEASE SEND HELP. Residents still need help.");
  const Entity* e = sign.Find("PLEASE SEND HELP");
  EXPECT_TRUE(e == nullptr || e->type != EntityType::kOrganization);
  ExpectTypes({{"The WHO said who would pay.", "WHO", "organization"}});
}

TEST(EntitiesTest, NamesFromOtherNamingTraditions) {
  // Four names, and the first surname alone later.
  Analysed a("Patricia Villanueva Soto, a political scientist, disagreed. Jorge Luis Mendoza Ríos "
             "won. Villanueva said the result was close, and Mendoza thanked voters.");
  ASSERT_NE(a.Find("Jorge Luis Mendoza Ríos"), nullptr);
  EXPECT_EQ(a.Find("Jorge Luis Mendoza Ríos")->type, EntityType::kPerson);
  EXPECT_EQ(a.Find("Villanueva"), nullptr);  // linked to Patricia Villanueva Soto
  EXPECT_EQ(a.Find("Mendoza"), nullptr);
  // A middle name alone is a first name when someone has it as one.
  Analysed m("Mary Ann Smith spoke first. Ann Jones replied. Later Ann said no.");
  ASSERT_NE(m.Find("Ann Jones"), nullptr);
  EXPECT_EQ(m.Find("Ann Jones")->mentions.size(), 2u);
  // "Moon" is no particle-led surname of "Ban Ki-moon".
  Analysed k("Ban Ki-moon arrived. President Moon Jae-in spoke. Moon said little.");
  ASSERT_NE(k.Find("Ban Ki-moon"), nullptr);
  EXPECT_EQ(k.Find("Ban Ki-moon")->mentions.size(), 1u);
  // A particle before the surname: "al-Najjar said" is Youssef al-Najjar.
  Analysed b("Youssef al-Najjar, a doctor, spoke. “We are full,” al-Najjar said.");
  EXPECT_EQ(b.Find("Najjar"), nullptr);
  // A body with a place inside is no four-name person.
  ExpectTypes({{"Tips go to Metro Denver Crime Stoppers by phone.", "Metro Denver Crime Stoppers", "organization"}});
}

TEST(EntitiesTest, AFirstNameAloneIsThePersonEvenWhereOneCueSaysBody) {
  Analysed a("Kieran Walsh, 27, was attacked. “The group Kieran encountered left,” the detective "
             "said. Kieran loved football.");
  ASSERT_NE(a.Find("Kieran Walsh"), nullptr);
  EXPECT_EQ(a.Find("Kieran Walsh")->mentions.size(), 3u);
  EXPECT_TRUE(a.Find("Kieran Walsh")->role.empty());
  EXPECT_EQ(a.Find("Kieran"), nullptr);
}

TEST(EntitiesTest, GazetteersAndCuesForBodiesAndPlaces) {
  ExpectTypes({
      {"Halvorsen was advised by Goldman Sachs and Morgan Stanley.", "Morgan Stanley", "organization"},
      {"Halvorsen agreed to buy Brightwater Brands.", "Brightwater Brands", "organization"},
      {"The leaders met at Camp David on Friday.", "Camp David", "place"},
      {"Protesters filled Plaza San Martín.", "Plaza San Martín", "place"},
      // A party letter and a state.
      {"The bill was led by Sen. Ana Ross (R-Texas) and others.", "Texas", "place"},
      {"Sen. Mitch Hale, R-Ky., said the bill would pass.", "Ky.", "place"},
      {"The party swept Rajasthan on Sunday.", "Rajasthan", "place"},
      {"The band last played at Paisley Abbey in 1998.", "Paisley Abbey", "place"},
      {"Toronto-area voters were split.", "Toronto", "place"},
      {"Nino Beri won the Tbilisi rapid open on Sunday.", "Tbilisi", "place"},
      // A runner's country is no team.
      {"Daniel Kipto of Kenya won the men's race.", "Kenya", "place"},
      {"Jana Kova told Wikinews that the train shook.", "Wikinews", "organization"},
      // Charities and armed groups whose names read like a person's.
      {"Human Rights Watch said the camps were overcrowded.", "Human Rights Watch", "organization"},
      {"Hamas said the talks had stalled.", "Hamas", "organization"},
      {"The attack was claimed by Boko Haram on Monday.", "Boko Haram", "organization"},
      {"Volunteers from the British Red Cross arrived.", "British Red Cross", "organization"},
  });
  Analysed a("She is ranked No. 3 in the world.");
  const Entity* e = a.Find("No.");
  EXPECT_TRUE(e == nullptr || e->type != EntityType::kOrganization);
}

TEST(EntitiesTest, PlacesFromListsAndLandscape) {
  ExpectTypes({
      {"Alerts covered the provinces of Seville, Cordoba and Jaén.", "Jaén", "place"},
      {"Heat gripped parts of Andalusia on Monday.", "Andalusia", "place"},
      {"It could reach 46C in the Guadalquivir valley.", "Guadalquivir", "place"},
      // A nationality before a person's name.
      {"Ferreira now works with rising American Tyler Brooks.", "Tyler Brooks", "person"},
  });
  // A plural body word opening a sentence names no body.
  Analysed a("Hospitals in Madrid reported a rise. Universities said nothing.");
  EXPECT_EQ(a.Find("Hospitals"), nullptr);
  EXPECT_EQ(a.Find("Universities"), nullptr);
}

TEST(EntitiesTest, LawsAndPactsAreNeitherBodiesNorPlaces) {
  ExpectTypes({
      {"Brussels opened a case under the Digital Services Act on Monday.", "Digital Services Act", "other"},
      {"Both sides signed the Lisbon Agreement in 2009.", "Lisbon Agreement", "other"},
      {"Crowds gathered outside Wells Cathedral on Sunday.", "Wells Cathedral", "place"},
  });
}

TEST(EntitiesTest, OfficeTitlesBeforeNames) {
  Analysed a("Chief Financial Officer Lene Hauge said costs rose. Deputy District Attorney Tom Greer "
             "objected. She wrote to the Health Secretary.");
  ASSERT_NE(a.Find("Lene Hauge"), nullptr);
  EXPECT_EQ(a.Find("Lene Hauge")->role, "Chief Financial Officer");
  ASSERT_NE(a.Find("Tom Greer"), nullptr);
  EXPECT_EQ(a.Find("Tom Greer")->role, "Deputy District Attorney");
  EXPECT_EQ(a.Find("Secretary"), nullptr);
}

TEST(EntitiesTest, KnownNewsOutletsAreOrganisations) {
  ExpectTypes({
      {"Reuters reported that the firm had been in talks with investors.", "Reuters", "organization"},
      {"The figures were first published by Al Jazeera on Monday.", "Al Jazeera", "organization"},
  });
}

TEST(EntitiesTest, WireDatelineStartsASentence) {
  for (const char* text : {"LONDON (Reuters) - Shares fell on Monday. Investors sold shares.",
                           "OSLO, May 2 (AP) \u2014 Shares fell on Monday. Investors sold shares."}) {
    Analysed a(text);
    EXPECT_EQ(a.Find("Shares"), nullptr) << text;
    EXPECT_NE(a.Find("Reuters") ? a.Find("Reuters") : a.Find("AP"), nullptr) << text;
  }
  // Mid-line a spaced dash is only punctuation: the capitalised word after it
  // is still a name.
  Analysed mid("The vote was close - Fiona Marsh won it.");
  EXPECT_NE(mid.Find("Fiona Marsh"), nullptr);
}

TEST(EntitiesTest, ConnectorsJoinOnlyInsideNamesOfBodies) {
  Analysed a("Analysts at the Bank of Canada agreed. Later Haller and Gonzalez met.");
  EXPECT_NE(a.Find("Bank of Canada"), nullptr);
  EXPECT_EQ(a.Find("Haller and Gonzalez"), nullptr);
  Analysed b("He told the outlet Vesti i Novosti that he would stay.");
  const Entity* e = b.Find("Vesti i Novosti");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kOrganization);
}

TEST(EntitiesTest, NamesWithParticlesAndPluralPossessives) {
  Analysed a("Omar al-Rashid met aides in Cairo. Al-Rashid's office said little.");
  const Entity* e = a.Find("Omar al-Rashid");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(e->mentions.size(), 2u);
  Analysed b("Members of the Farm Workers' Union voted to strike.");
  const Entity* u = b.Find("Farm Workers' Union");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->type, EntityType::kOrganization);
}

TEST(EntitiesTest, IdsFollowFirstMentionAndDatesStayLinked) {
  Analysed a("On March 3, Senator Maria Gonzalez visited Nairobi.");
  ASSERT_GE(a.out.entities.size(), 2u);
  for (size_t i = 0; i < a.out.entities.size(); ++i) {
    EXPECT_EQ(a.out.entities[i].id, "E" + std::to_string(i + 1));
    if (i > 0) {
      EXPECT_LE(a.out.entities[i - 1].mentions.front().start,
                a.out.entities[i].mentions.front().start);
    }
  }
  for (const DateMention& d : a.doc.dates) {
    if (d.entity < 0) continue;
    const Entity& e = a.out.entities[d.entity];
    EXPECT_EQ(e.type, EntityType::kDate);
    EXPECT_TRUE(e.mentions.front().Overlaps(d.span));
  }
}

TEST(EntitiesTest, GenderFromTitlesAndPronouns) {
  Analysed a("Mrs. Lena Hart spoke first. Olav Brekke arrived late. He agreed.");
  const int hart = a.IndexOf("Lena Hart");
  const int brekke = a.IndexOf("Olav Brekke");
  ASSERT_GE(hart, 0);
  ASSERT_GE(brekke, 0);
  EXPECT_EQ(a.doc.entity_info[hart].gender, Gender::kFemale);
  EXPECT_EQ(a.doc.entity_info[brekke].gender, Gender::kMale);
  // The subject of a reported clause may be someone else: it teaches nothing.
  Analysed b("Olav Brekke said he agreed. Tess Varga said that he was late.");
  EXPECT_EQ(b.doc.entity_info[b.IndexOf("Olav Brekke")].gender, Gender::kUnknown);
  EXPECT_EQ(b.doc.entity_info[b.IndexOf("Tess Varga")].gender, Gender::kUnknown);
}

TEST(EntitiesTest, ResolvePronounPrefersCompatibleSubject) {
  Analysed a(
      "Mrs. Lena Hart met Mr. Olav Brekke in Oslo. She said the deal was close, and he "
      "agreed. The Northfield Council said it would vote.");
  const int hart = a.IndexOf("Lena Hart");
  const int brekke = a.IndexOf("Olav Brekke");
  const int council = a.IndexOf("Northfield Council");
  ASSERT_GE(hart, 0);
  ASSERT_GE(brekke, 0);
  ASSERT_GE(council, 0);
  EXPECT_EQ(ResolvePronoun(a.doc, a.TokenOf("She")), hart);
  EXPECT_EQ(ResolvePronoun(a.doc, a.TokenOf("he")), brekke);
  EXPECT_EQ(ResolvePronoun(a.doc, a.TokenOf("it")), council);
  EXPECT_EQ(ResolvePronoun(a.doc, a.TokenOf("Oslo")), -1);  // not a pronoun
}

TEST(EntitiesTest, ResolvePronounSkipsNamesInsideQuotes) {
  Analysed a(
      "Olav Brekke spoke after the vote. “We trust Tom Reyes completely,” he said.");
  const int brekke = a.IndexOf("Olav Brekke");
  ASSERT_GE(brekke, 0);
  ASSERT_GE(a.IndexOf("Tom Reyes"), 0);
  EXPECT_EQ(ResolvePronoun(a.doc, a.TokenOf("he")), brekke);
}

TEST(EntitiesTest, EntityAtAndEntityAtToken) {
  Analysed a("Pentagon spokesman Robert Haller spoke in Nairobi.");
  ASSERT_EQ(a.doc.entity_at_token.size(), a.doc.tokens.size());
  const int haller = a.IndexOf("Robert Haller");
  ASSERT_GE(haller, 0);
  const size_t t = a.TokenOf("Haller");
  EXPECT_EQ(a.doc.entity_at_token[t], haller);
  EXPECT_EQ(a.doc.entity_at_token[a.TokenOf("spoke")], -1);
  EXPECT_EQ(EntityAt(a.doc, a.doc.tokens[t].span), haller);
  const Span spoke = a.doc.tokens[a.TokenOf("spoke")].span;
  EXPECT_EQ(EntityAt(a.doc, spoke), -1);
}

TEST(EntitiesTest, MentionsAreSortedAndOnCodePointBoundaries) {
  Analysed a("Zoë Ångström met Ångström’s rival, Åke Öberg, in Malmö. Öberg left.");
  for (const Entity& e : a.out.entities) {
    for (size_t i = 1; i < e.mentions.size(); ++i)
      EXPECT_LE(e.mentions[i - 1].start, e.mentions[i].start);
    for (const Span& m : e.mentions) {
      ASSERT_LE(m.end, a.out.text.size());
      EXPECT_NE(static_cast<unsigned char>(a.out.text[m.start]) & 0xC0, 0x80);
      if (m.end < a.out.text.size()) {
        EXPECT_NE(static_cast<unsigned char>(a.out.text[m.end]) & 0xC0, 0x80);
      }
    }
  }
  EXPECT_NE(a.Find("Åke Öberg"), nullptr);
}

TEST(EntitiesTest, TitledPeopleAndTheirBodiesStaySeparate) {
  // A titled person "of" a body is two names, not one body.
  Analysed police("Detective Sergeant Paul Marden of Wexcombe Police said a lever was found.");
  ASSERT_NE(police.Find("Paul Marden"), nullptr);
  EXPECT_EQ(police.Find("Paul Marden")->type, EntityType::kPerson);
  ASSERT_NE(police.Find("Wexcombe Police"), nullptr);
  EXPECT_EQ(police.Find("Wexcombe Police")->type, EntityType::kOrganization);
  // Honours after a name are no part of it, and no body.
  Analysed kc("Rebecca Ashmore KC, prosecuting, told the jury it was murder. Ms Ashmore went on.");
  ASSERT_NE(kc.Find("Rebecca Ashmore"), nullptr);
  EXPECT_EQ(kc.Find("Rebecca Ashmore")->type, EntityType::kPerson);
  EXPECT_EQ(kc.Find("KC"), nullptr);
  // An interjection before a first name is no part of a name: the person
  // stays a person.
  Analysed bravo("Kévin Delarue, a 34-year-old councillor, won the seat. Mathilde Caron wrote: "
                 "‘Bravo Kévin! The north has spoken.’");
  ASSERT_NE(bravo.Find("Kévin Delarue"), nullptr);
  EXPECT_EQ(bravo.Find("Kévin Delarue")->type, EntityType::kPerson);
  EXPECT_EQ(bravo.Find("Bravo Kévin"), nullptr);
  // A work named like a person is no person, wherever it stands.
  Analysed novel("Mira Dast arrives with a bag. It holds the first draft of The Salt Meadow, the "
                 "novel that this week made the longlist for the Booker Prize.\n\n\"People think I am "
                 "eccentric,\" she says.\n\nThe Salt Meadow follows three generations of a family.");
  const Entity* work = novel.Find("Salt Meadow");
  EXPECT_TRUE(work == nullptr || work->type != EntityType::kPerson);
  // Words of the language before a title are a portfolio, not a body.
  Analysed housing_minister("In Quebec City, provincial Housing Minister Elodie Marchand said the "
                            "housing crisis was easing.");
  const Entity* housing = housing_minister.Find("Housing");
  EXPECT_TRUE(housing == nullptr || housing->type != EntityType::kOrganization);
  ExpectTypes({{"Tarn Air spokeswoman Kendra Alwyn said flights resumed.", "Tarn Air", "organization"}});
  // A nationality and a portfolio before a title name no person.
  Analysed minister("Norwegian Fisheries Minister Sigrun Aasvik said the talks failed.");
  ASSERT_NE(minister.Find("Sigrun Aasvik"), nullptr);
  const Entity* portfolio = minister.Find("Norwegian Fisheries");
  EXPECT_TRUE(portfolio == nullptr || portfolio->type != EntityType::kPerson);
}

}  // namespace
}  // namespace explainer
