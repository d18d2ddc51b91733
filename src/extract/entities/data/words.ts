/** Closed word lists the recogniser consults, as data. All lower case. */

/** Capitalised words that are not names: function words, sentence openers, headline and page furniture. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "the a an in on at after before according but and or if when while as this that these those it he she they " +
    "we i you his her their our my its there here what who whom whose why how where which meanwhile however also still " +
    "yet instead later earlier today tomorrow yesterday tonight for from to with by of despite during following since " +
    "until over under both each every some many most no not nothing only even just so then now once more related " +
    "original image photo photos source video watch explore recommended read file advertisement share comments " +
    "update updated breaking live exclusive analysis opinion editorial news world politics asked speaking " +
    "among against about above across after again all any around because between beyond can could did do does during " +
    "either else ever few first last next other others several such than though through too very was were will would " +
    "speaking addressing writing according mr mrs ms dr sir third fourth fifth sixth second seventh eighth ninth tenth " +
    "one two three four five six seven eight nine ten is are be been has have had said says told asked added noted " +
    "nor neither whether unless although thus hence therefore moreover furthermore indeed perhaps maybe yes " +
    "north south east west northern southern eastern western central sunday monday tuesday wednesday thursday friday " +
    "saturday january february march april may june july august september october november december jan feb mar apr jun " +
    "jul aug sep sept oct nov dec am pm gmt utc est president minister " +
    // Sentence-opening plurals and adverbs: "People close to him say …", "Separately, …", "Analysts said …".
    "people officials analysts residents critics sources diplomats observers experts supporters protesters " +
    "witnesses reporters journalists lawmakers authorities separately elsewhere afterwards previously initially " +
    // Faith adjectives before the community or leaders they qualify ("Jewish community leaders").
    "jewish muslim buddhist hindu sikh sunni shia shiite " +
    // Gatherings: "the Leaders Summit" names an event, never a person.
    "summit summits " +
    // Headline verbs, capitalised in title case ("Turkmen President Hold Official Talks Session").
    "hold holds meet meets visit visits talks sign signs discuss discusses agree agrees urge urges vow vows " +
    "pledge pledges host hosts receive receives welcome welcomes greet greets seek seeks eye eyes mull mulls"
  ).split(" "),
);

/** Month and weekday names: they break a run of capitalised words. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    "january february march april may june july august september october november december jan feb mar apr jun jul aug " +
    "sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
  ).split(" "),
);

/** Particles inside personal names ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "bin bint ibn al el abu van von der den de del della di da dos das du la le ter ten zu y".split(" "),
);

/** Verbs that, right after a name, show it is a person speaking or acting. */
export const PERSON_VERBS_AFTER: ReadonlySet<string> = new Set(
  (
    "said says told tells added adds noted notes stressed stresses insisted insists explained explains warned warns " +
    "wrote writes tweeted posted argued argues claimed claims confirmed confirms denied denies declined declines " +
    "announced announces replied replies responded responds recalled recalls suggested suggests acknowledged " +
    "met meets spoke speaks visited visits arrived arrives held holds hosted hosts received receives thanked thanks " +
    "traveled travelled travels flew flies phoned called calls urged urges praised praises criticized criticised " +
    "emphasized emphasised commented comments described describes signed signs agreed agrees promised promises " +
    "welcomed welcomes greeted greets shook attended attends led leads headed heads landed lands departed left " +
    "discussed discusses sat stated states admitted admits"
  ).split(" "),
);

/** Words right before a name that show it is a person ("said Ushakov", "according to Fedorov"). */
export const PERSON_CUES_BEFORE: ReadonlySet<string> = new Set([
  "said",
  "says",
  "told",
  "wrote",
  "added",
  "according",
]);

/** Prepositions and verbs after which a capitalised name is a place ("in Doha", "left the Kremlin"). */
export const LOCATIVE_CUES: ReadonlySet<string> = new Set([
  "in",
  "at",
  "inside",
  "into",
  "near",
  "outside",
  "from",
  "toward",
  "towards",
  "within",
  "leaving",
  "left",
  "entered",
  "entering",
  "reached",
  "around",
  "off",
  "on",
]);

/** Movement words after which "to <Name>" names a place ("trip to Doha", "flew to Riyadh"). */
export const MOVEMENT_WORDS: ReadonlySet<string> = new Set(
  (
    "trip trips visit visits visited visiting travel travels traveled travelled traveling travelling flew fly flies " +
    "flying went go goes going came come arrived arrive returned return returning journey headed heading moved " +
    "delegation delegations sent send"
  ).split(" "),
);

/** Site words that name an area rather than one building ("Gyeonggi Province", "Mexico City", "Jeju Island"). */
export const AREA_WORDS: ReadonlySet<string> = new Set(
  "oblast province region district county state city village town republic island".split(" "),
);

/** Words that make a run of capitalised words a place ("Vnukovo Airport", "Diriyah Palace", "Camp David"). */
export const SITE_WORDS: ReadonlySet<string> = new Set([
  ...(
    "palace hotel airport park base bay cathedral synagogue mosque church chapel temple square house centre center hall " +
    "stadium arena bridge street avenue boulevard road tower castle museum theatre theater resort villa residence " +
    "building plaza garden gardens camp fort port harbour harbor lake mount mountain river valley beach " +
    "embassy consulate station monastery abbey basilica kremlin compound estate lodge club manor summit-venue"
  ).split(" "),
  ...AREA_WORDS,
]);

/** Words that make a run of capitalised words an organisation ("Russian Direct Investment Fund"). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  (
    "fund ministry agency council party bank service office department committee commission union organization " +
    "organisation company corporation group university institute foundation association network forces army navy " +
    "parliament assembly court congress senate duma cabinet government administration authority alliance federation " +
    "bureau directorate command guard inc ltd llc plc times post press herald tribune journal gazette news telegraph " +
    "broadcasting radio television tv agency channel"
  ).split(" "),
);

/** Third-person pronouns that point back to a person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "him", "his", "her"]);

/** Articles that open a noun phrase; "the" makes a bare role a reference to someone already known. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that"]);
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(["a", "an"]);

/** Joiners inside organisation and place names ("Ministry of Foreign Affairs", "Great Hall of the People"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(["of", "the", "for", "de", "du", "des"]);

/** Nouns whose "of" introduces a place name ("the city of Granada", "the prefecture of Tottori"). */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  "city",
  "town",
  "port",
  "capital",
  "village",
  "region",
  "province",
  "island",
  "resort",
  "enclave",
  "district",
  "state",
  "prefecture",
  "county",
  "governorate",
  "oblast",
  "emirate",
  "canton",
  "municipality",
  "territory",
  "peninsula",
]);

/**
 * Phrases that refer back to the two people just named ("the two leaders", "both men", "the pair"); bare
 * "the two" counts only before a verb or adverb, so that "the two countries" is not read as people.
 */
export const PAIR_PHRASE =
  /\b(?:the two (?:[a-z][a-z-]+ )?(?:leaders|men|women|presidents|prime ministers|premiers|chancellors|ministers|foreign ministers|heads of state|heads of government|envoys|counterparts|politicians|statesmen)|both (?:leaders|men|women|presidents|prime ministers|premiers|chancellors|ministers|foreign ministers|heads of state|heads of government|envoys|counterparts)|the (?:pair|duo)|(?<=\bbetween )the (?:two )?(?:leaders|ministers|foreign ministers|presidents|prime ministers|premiers|heads of state|heads of government|envoys|counterparts)\b(?! of\b|,)|the (?:two )?(?:leaders|presidents|prime ministers|premiers|ministers|foreign ministers|heads of state)(?=['’]\s(?!(?:lounge|room|hall|segment|retreat|summit|declaration|communiqu[eé]|forum|plenary)\b))|the (?:leaders|presidents|prime ministers|premiers|ministers|foreign ministers|heads of state|heads of government)(?= (?:and their (?:delegations|partners|wives|husbands|spouses|aides|teams) )?(?:(?:also|later|then|last|have|had|again|first|briefly|previously|are|were|will|would) ){0,2}(?:(?:due|set|expected|scheduled|likely|going) to (?:also )?)?(?:met|meet|held|hold|spoke|speak|talked|conferred|dined|shared)\b)|(?:the two|They(?<=(?:^|\n|[.!?]["”]?\s)They)|(?<=\b(?:since|when|after|before|until|once|and|but) )they)(?= (?:and their (?:delegations|partners|wives|husbands|spouses|aides|teams) )?(?:(?:also|later|then|last|have|had|will|were|are|would|could|should|might|may|can|again|first|briefly|previously) ){0,2}(?:(?:due|set|expected|scheduled|likely|going) to (?:also )?)?(?:met|meet|held|hold|had|spoke|spoken|speak|talked|agreed|discussed|signed|sealed|struck|reached|concluded|pledged|reaffirmed|shook|sat|dined|shared|toured|visited|walked|exchanged|saw|seen|last|later|also|then)\b))\b/gi;

/**
 * Words that name a minister's portfolio ("Minister of Planning and Investment", "Minister for Foreign Affairs and
 * International Cooperation"): capitalised after a title's "of" or "for", they are the office, not the name after it.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  (
    "affairs foreign home interior internal planning investment investments information communications communication " +
    "science sciences technology technologies finance finances financial trade industry industries defence defense " +
    "health education justice agriculture rural energy environment environmental labour labor employment tourism " +
    "culture cultural transport transportation infrastructure economy economic economics development security public " +
    "natural resources mines mining petroleum oil gas fisheries water housing youth sports sport women social welfare " +
    "immigration commerce integration european international cooperation relations external national treasury budget " +
    "digital innovation research higher religious land lands urban forestry forests climate works administration " +
    "regional local statistics broadcasting media arts heritage veterans family families children gender equality " +
    "human rights legal parliamentary telecommunications posts aviation maritime shipping ports railways " +
    "roads electricity power diaspora emigrants overseas citizens communities reconstruction"
  ).split(" "),
);
