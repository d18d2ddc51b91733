/**
 * The words claim extraction reads, as data. Trigger rules describe argument structure; cue lists
 * decide modality, attribution and ordinals. No names of people or outlets belong here.
 *
 * Claim types: "meeting" (met, received, hosted, a meeting, a summit), "talks" (held talks, spoke/talked
 * with, talks, a conversation), "visit" (visited, arrived in, a trip to — the travellers and the place),
 * "call" (by phone, a phone call). Gold annotations write "meeting" for both meetings and talks; the
 * eval matches the two as one type. A visit that frames a meeting in the same passage is folded into it.
 */

export type ClaimKind = "meeting" | "talks" | "visit" | "call";

/** Words that describe talks, after any verb of holding them ("had preparatory talks"). */
const TALKS_ADJECTIVES =
  "(?:direct|fresh|further|new|bilateral|trilateral|closed-door|face-to-face|one-on-one|in-depth|wide-ranging|[\\w-]+-level|[\\w½-]+-(?:hour|minute|day)|lengthy|long|brief|short|marathon|formal|informal|separate|preliminary|preparatory|extensive|intensive|intense|detailed|substantive|exploratory|technical|ministerial|productive|constructive|cordial|frank|candid|fruitful|useful|private|secret|confidential|emergency|crisis|peace|trade|security|virtual|several|two|three|four|five) ";

/**
 * Up to three words that describe talks between a verb of holding and the noun ("held preparatory talks",
 * "held wide-ranging security talks", "held two rounds of talks"). Function words, particles ("held up talks")
 * and negation end the modifiers. After "had/has/have" only {@link TALKS_ADJECTIVES} do: a word there may be a
 * participle ("had sought talks", "has suspended talks"), which is another deed about talks.
 */
const TALKS_MODIFIERS =
  "(?:(?!(?:up|off|back|out|down|no|any|not|never|been|being|in|into|to|for|with|on|at|of|and|or|but|that|which|who|about|over|by|from|as|so|also|after|before|since|during|while|when|if|him|her|them|it|us) )[\\w’'½-]+ ){0,3}";

/** "rounds of", "hours of": the talks counted or measured. */
const TALKS_MEASURE = "(?:(?:rounds?|days?|hours?|weeks?) of )?";

/** How a trigger takes its participants. */
export type TriggerForm =
  /** "X met (with) Y", "X received Y", "Y hosted X": subject + object / with-PP. */
  | "verb"
  /** "X was received by Y", "X was met by Y": subject + by-PP. */
  | "passive"
  /** "a meeting between X and Y", "X's talks with Y", "the X–Y meeting": nominal. */
  | "noun"
  /** "X visited <place>", "X arrived in <place>": traveller + destination. */
  | "travel"
  /** "a visit to <place>", "his fifth trip to Moscow": nominal travel. */
  | "travel-noun";

export interface TriggerRule {
  /** Regular-expression source matched case-insensitively at word boundaries. */
  pattern: string;
  kind: ClaimKind;
  form: TriggerForm;
  /** Nominal triggers that only count with an explicit with/between argument (a walk, a dinner). */
  needsWithArgument?: boolean;
  /** Base confidence of the form before attribute evidence adjusts it. */
  confidence: number;
}

export const TRIGGER_RULES: readonly TriggerRule[] = [
  {
    pattern:
      "(?:was|were|been|being|is|are|be) (?:warmly |first |later |formally |officially )?(?:received|met|welcomed|greeted|hosted|joined|brought together)(?: (?:at|in|for) (?:the |a |an )?[\\w'’-]+(?: [\\w'’-]+){0,2})? by",
    kind: "meeting",
    form: "passive",
    confidence: 0.9,
  },
  {
    pattern:
      "(?:spoke|spoken|speaks|speak|speaking|talked|talks|talk|talking) (?:[a-z]+ly )?(?:by (?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone|by video(?: link| call| conference)?|via video(?: link| call| conference)?|online)(?: with| to)?",
    kind: "call",
    form: "verb",
    confidence: 0.9,
  },
  {
    pattern:
      "(?:held|holds|hold|holding|had|has|have|having) (?:a )?(?:(?:tele)?phone (?:call|conversation|talks)|call)",
    kind: "call",
    form: "verb",
    confidence: 0.9,
  },
  { pattern: "(?:phoned|telephoned|rang)", kind: "call", form: "verb", confidence: 0.85 },
  // "Lula has not spoken to Maduro since the election": a denial of any conversation, told without its medium.
  {
    pattern: "(?<=\\b(?:not|never) )(?:spoken|spoke|talked)(?= to )",
    kind: "call",
    form: "verb",
    confidence: 0.7,
  },
  {
    // "has spoken to her counterpart X by phone": the medium after the person.
    pattern:
      "(?:spoke|spoken|speaks|speak|speaking|talked)(?= (?:to|with) [^.;]{1,60}? (?:by|on the|over the) (?:tele)?phone\\b)",
    kind: "call",
    form: "verb",
    confidence: 0.85,
  },
  {
    // "The two leaders spoke on Nov. 27, in a call that lasted about half an hour": the medium told after the day.
    pattern:
      "(?:spoke|spoken|talked)(?= (?:[^.;]|\\.(?= ?\\d)){0,40}?,? in an? (?:[\\w-]+ )?(?:(?:tele)?phone |video )?call\\b)",
    kind: "call",
    form: "verb",
    confidence: 0.8,
  },
  {
    // "Albanese and Marcos had already spoken on the sidelines of the ASEAN summit in Jakarta": talking in person.
    pattern:
      "(?:spoke|spoken|talked)(?= (?:(?:briefly|already|again|informally|privately) )?(?:on the (?:sidelines|margins|fringes) of|at the [\\w-]+ (?:summit|meeting|forum|conference|gathering)))",
    kind: "talks",
    form: "verb",
    confidence: 0.75,
  },
  {
    // "he had briefed Orbán on the talks by phone", "congratulated him by phone": a call to the person addressed.
    pattern:
      "(?:briefed|briefs|brief|briefing|updated|congratulated|congratulates|congratulate|thanked|assured|urged|invited|informed)(?= [^.;]{1,60}? (?:by|on the|over the) (?:tele)?phone\\b)",
    kind: "call",
    form: "verb",
    confidence: 0.75,
  },
  {
    pattern: "(?:tele)?phone (?:call|conversation|talks)|video (?:call|conference|link)",
    kind: "call",
    form: "noun",
    confidence: 0.8,
  },
  {
    pattern: `(?:(?:held|holds|hold|holding|conducted|conduct|opened|began|begin|resumed|resume) ${TALKS_MODIFIERS}|(?:had|have|has) ${TALKS_ADJECTIVES}{0,3})${TALKS_MEASURE}(?:talks|negotiations|consultations|discussions)`,
    kind: "talks",
    form: "verb",
    confidence: 0.9,
  },
  {
    pattern:
      "(?:spoke|spoken|speaks|speak|speaking|talked|conferred|confers|confer|negotiated|negotiates|sat down)(?= (?:(?!\\b(?:of|has|have|had)\\b)[^.;:]){0,60}?\\bwith\\b)",
    kind: "talks",
    form: "verb",
    confidence: 0.85,
  },
  { pattern: "(?:met|meets|meet)", kind: "meeting", form: "verb", confidence: 0.9 },
  // "X and Y spoke for barely 20 minutes": talking for a length is talks between the subjects.
  {
    pattern:
      "(?:spoke|spoken|talked|conferred)(?= (?:(?:one-on-one|privately|alone|face-to-face|face to face|in private|again|together|separately) )?for (?:about |some |around |roughly |nearly |almost |over |more than |less than |barely |just |only |at least )?(?:[\\w½-]+ ){1,3}?(?:minutes|hours?)\\b| for an hour\\b)",
    kind: "talks",
    form: "verb",
    confidence: 0.8,
  },
  // "Ruto and Mohamud spent nearly three hours together": a stretch spent together is a meeting of the subjects.
  {
    pattern:
      "(?:spent|spend|spends|spending)(?= (?:about |some |around |roughly |nearly |almost |over |more than |less than |barely |just |only |at least )?(?:[\\w½-]+ ){1,3}?(?:minutes|hours?) (?:together|alone|one-on-one|in talks|in private)\\b)",
    kind: "meeting",
    form: "verb",
    confidence: 0.75,
  },
  // "The pope granted an audience to X", "granted X a private audience": an audience given is a meeting.
  {
    pattern:
      "(?:granted|grants|grant|granting|gave|gives|give|giving) (?:an? )?(?:(?:private|rare|brief|special|general|formal) )?audience to|(?:granted|grants|grant|granting)(?= (?:[\\w'’-]+ ){1,4}an? (?:(?:private|rare|brief|special|formal) )?audience\\b)",
    kind: "meeting",
    form: "verb",
    confidence: 0.8,
  },
  // "The two men began with a marathon seven-hour session on Friday": a sitting the subjects opened or closed with.
  {
    pattern:
      "(?:began|begins|begin|opened|opens|open|started|starts|start|ended|ends|closed|wrapped up) with an? (?:[\\w-]+ ){0,3}(?:session|meeting|dinner|lunch|breakfast|one-on-one)",
    kind: "meeting",
    form: "verb",
    confidence: 0.6,
  },
  // "Abe and Li held a bilateral on the margins of the forum": the noun used alone for a bilateral meeting.
  {
    pattern:
      "(?:held|hold|holds|holding|had|have|has) (?:a |an )?(?:(?:brief|short|quick|separate|formal|first) )?bilateral(?= (?:on|at|in|during|before|after|on)\\b|[.,;])",
    kind: "meeting",
    form: "verb",
    confidence: 0.75,
  },
  // "Tebboune brought Abbas and Haniyeh together", "before bringing them together for a seven-hour session".
  {
    pattern: "(?:brought|brings|bring|bringing)(?= [^.;]{1,60}? together\\b)",
    kind: "meeting",
    form: "verb",
    confidence: 0.7,
  },
  // "The two presidents agreed to reconvene at the border in a month": meeting again.
  { pattern: "(?:reconvened|reconvenes|reconvene)", kind: "meeting", form: "verb", confidence: 0.7 },
  // "Ruto signed agreements with Henry in Nairobi on March 1": signing with someone, in a place, is meeting them.
  {
    pattern:
      "(?:signed|signs|sign) (?:a |an |the |two |three |several |new |\\d+ )?(?:[\\w-]+ )?(?:agreements?|deals?|accords?|treaty|treaties|pacts?|memorand(?:um|a)(?: of understanding)?|declarations?) with",
    kind: "meeting",
    form: "verb",
    confidence: 0.6,
  },
  // "X and Y led their delegations in the talks at the checkpoint": the heads of two delegations held talks.
  {
    pattern:
      "(?:led|lead|leads|headed|heads) (?:their|the|his|her) (?:respective |two )?delegations? (?:in|at|to|for) the (?:talks|negotiations|meeting)",
    kind: "talks",
    form: "verb",
    confidence: 0.75,
  },
  // "Abubakar is expected to brief President Tinubu at the Villa": a briefing planned in person ("by phone" is a call).
  { pattern: "(?<=\\bto )brief(?= )", kind: "meeting", form: "verb", confidence: 0.65 },
  // "The two leaders also chaired the fourth session of the Strategic Council": co-chairs meet.
  {
    pattern:
      "(?:co-chaired|co-chairs|co-chair|co-chairing|chaired|chairs|chair|chairing) (?:the |a |an |their )?(?:[\\w-]+ ){0,3}(?:meeting|session|summit|sitting)",
    kind: "meeting",
    form: "verb",
    confidence: 0.7,
  },
  // "The two leaders last saw each other in Budapest": the pair is the subject; "each other" names no one new.
  { pattern: "(?:saw|seen|see|sees|seeing) each other", kind: "meeting", form: "verb", confidence: 0.8 },
  // "Grundberg had last seen Abdulsalam in late October": seeing someone last is the last meeting with them.
  {
    pattern: "(?<=\\blast )(?:saw|seen)(?= [A-Z]| (?:him|her)\\b)",
    kind: "meeting",
    form: "verb",
    confidence: 0.65,
  },
  // "expected to see Yellen again in April", "saw Orbán again in Rome": seeing a person is meeting them.
  {
    pattern:
      "(?:(?<=\\bto )see|(?:saw|seen|sees|seeing)(?= [A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+){0,3} again\\b))(?= (?:[A-Z]|him\\b|her\\b))",
    kind: "meeting",
    form: "verb",
    confidence: 0.6,
  },
  // "would be willing to talk with X", "remained open to talking with Y": talking offered, not a remark made.
  {
    pattern:
      "(?<=\\b(?:willing|ready|open|prepared|keen|eager|happy) to )(?:talk|talking|speak|speaking) (?:with|to)(?= (?:[A-Z]|his|her|their|the))",
    kind: "talks",
    form: "verb",
    confidence: 0.6,
  },
  // "Jaishankar called on the prime minister at her hotel" (a visit of courtesy; "called on X to act" is a demand).
  { pattern: "(?:called|calls|call|calling) on", kind: "meeting", form: "verb", confidence: 0.7 },
  // "Luxon called him on election night": a call to a person named right after the verb.
  { pattern: "(?:called|calls|calling)(?= \\w)", kind: "call", form: "verb", confidence: 0.7 },
  {
    // "The two leaders talked for between two and three hours": talking for a stretch is talks between the subjects.
    pattern:
      "(?:talked|spoke|conferred|negotiated)(?= for (?:about |around |roughly |nearly |almost |more than |over |some |just |between )?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)\\b)",
    kind: "talks",
    form: "verb",
    confidence: 0.8,
  },
  {
    pattern:
      "(?:received|receives|receive|receiving|hosted|hosts|host|hosting|welcomed|welcomes|welcome|welcoming)",
    kind: "meeting",
    form: "verb",
    confidence: 0.8,
  },
  {
    pattern:
      "(?:meetings?|talks|summit|encounter|conversation|tete-a-tete|sit-down|pull-aside|one-on-one(?! (?:meeting|talks|session|conversation|encounter)))",
    kind: "meeting",
    form: "noun",
    confidence: 0.8,
  },
  {
    pattern:
      "(?:stroll|walk|dinner|lunch|luncheon|breakfast|audience(?= with )|exchange(?= with )|bilateral(?= with)|session(?= (?:(?:over|on|last|this|late|early) (?:the )?[\\w-]+ )?(?:with|between) ))",
    kind: "meeting",
    form: "noun",
    needsWithArgument: true,
    confidence: 0.6,
  },
  // "said they had narrowed their differences after a marathon seven-hour session in Vienna": a sitting of the
  // people the sentence names.
  {
    pattern:
      "(?<=\\b(?:after|following|during) (?:a|an|their) (?:[\\w-]+ ){0,3})session(?! (?:of|with|between)\\b)",
    kind: "meeting",
    form: "noun",
    confidence: 0.6,
  },
  { pattern: "(?:dined|dines|dine|dining|lunched)", kind: "meeting", form: "verb", confidence: 0.75 },
  {
    pattern:
      "(?:shared|share|shares|sharing|had|have|has|having|held|hold|holds|holding|(?:sat|sit|sits|sitting) down (?:for|to)) (?:a |an )?(?:(?:private|working|state|long|lengthy|informal|farewell|late|official) )?(?:meal|dinner|lunch|luncheon|breakfast)",
    kind: "meeting",
    form: "verb",
    confidence: 0.7,
  },
  {
    pattern:
      "(?:over|during) (?:a |an )?(?:(?:private|working|state|official|long|lengthy|informal|farewell|late) )?(?:dinner|lunch|luncheon|breakfast|meal)",
    kind: "meeting",
    form: "verb",
    confidence: 0.7,
  },
  { pattern: "(?:visit|trip|journey) to", kind: "visit", form: "travel-noun", confidence: 0.75 },
  {
    pattern: "(?:visited|visits|visit|visiting|toured|tours|tour)",
    kind: "visit",
    form: "travel",
    confidence: 0.85,
  },
  {
    pattern: "(?:arrived|arrives|arrive|arriving|landed|lands|land) (?:in|at)",
    kind: "visit",
    form: "travel",
    confidence: 0.85,
  },
  // "Zelensky is expected in Vilnius on Wednesday": a trip announced by the place awaiting the traveller.
  {
    pattern: "(?<=\\b(?:is|are|was|were) )(?:expected|due) in",
    kind: "visit",
    form: "travel",
    confidence: 0.7,
  },
  // "… is due to meet X before he leaves for Manila": a departure that ends the trip is no trip of its own.
  {
    pattern:
      "(?:travelled|traveled|travelling|traveling|travels|travel|flew|flies|flying|fly|came|comes|come|went|goes|go) (?:on )?to|(?<!\\bbefore (?:(?:he|she|they) )?)(?:leaves|leaving|leave|departs|departing|depart|sets off) for",
    kind: "visit",
    form: "travel",
    confidence: 0.7,
  },
];

/** Nominal trigger words whose meaning depends on the noun; "talks" types a nominal as talks. */
export const TALKS_NOUNS: ReadonlySet<string> = new Set(["talks", "conversation"]);

/** Words that, right before a trigger noun, mean it refers back to an event already told (no new claim). */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set([
  "the",
  "this",
  "that",
  "these",
  "those",
  "such",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "my",
]);

/** Words that, right before a trigger noun, introduce a new event. */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "another", "one"]);

/** Adjectives that may stand between a determiner and a trigger noun. */
export const NOUN_MODIFIER =
  /^(?:annual|yearly|regular|biannual|[a-z]+(?:-[a-z]+)+|morning|evening|afternoon|night|late|early|joint|working|state|closed|one-on-one|in-person|virtual|video|phone|telephone|[a-z]+-(?:hour|minute|day)|[a-z]+-long|\d+-(?:hour|minute)|lengthy|long|brief|short|secret|secretive|clandestine|confidential|discreet|marathon|extended|emergency|exploratory|substantive|candid|frank|earlier|previous|recent|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|next|new|direct|fresh|further|bilateral|closed-door|face-to-face|high-level|private|formal|informal|separate|rare|surprise|unannounced|official|planned|proposed|possible|potential|expected|upcoming|key|landmark|historic|crucial|tense|cordial|warm|friendly|productive|constructive|trilateral|final|round|series|return|reciprocal|courtesy|goodwill|maiden|solo|overseas|foreign|whirlwind|snap|weeklong|daylong|[a-z]+-(?:nation|country|city|week)|of|\d+(?:st|nd|rd|th))$/;

/** Quantifiers that make a statement generic ("has met X several times", "multiple visits"). */
export const GENERIC_CUES =
  /\b(?:(?:several|many|numerous|multiple|countless|dozens of|hundreds of|a number of)\s+(?:[\w-]+\s+)?(?:times|occasions|meetings|visits|trips|talks|calls|rounds|conversations|encounters|summits|journeys)|(?:several|many|numerous|multiple) (?:more|other)|repeatedly|frequently|regularly|often|twice|thrice|on (?:several|many|multiple) occasions|as (?:he|she|they|it) (?:has|have|had) done|every (?:meeting|visit|time)|each (?:meeting|visit|time)|times (?:before|since|so far|already)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) times)\b/i;

/** Cues, in the trigger's clause, for each modality; first match in this order wins. */
export const DENIAL_CUES =
  /\b(?:denied|denies|deny|denying|dismissed (?:(?:a|the|local|news|media|press|social|online|foreign|opposition)\s+){0,3}reports?|(?:dismissed|rejected|denounced) as (?:(?:a|an|pure|complete)\s+)?(?:fake|false|baseless|untrue|fabricated|unfounded|groundless|fiction|fabrication|lies?|rumou?rs?)|(?:is|was|are|were) not on the (?:agenda|schedule|programme|program)|(?:has|had|have) ["“]?no plans?["”]? to|["“]?no plans?["”]? (?:to|for)|(?:were|was|are|is) no such plans?|(?:does|did|do) not plan to|no intention (?:of|to)|ruled out|rules out|will not (?:meet|visit|travel|take place|hold)|won't (?:meet|visit|travel|take place|hold)|refused to (?:meet|see|receive)|declined to (?:meet|see|receive)|no (?:such )?(?:meeting|talks|call|visit|conversation) (?:took place|had taken place|has taken place|happened|occurred|was held)|did not (?:meet|take place|happen|talk|speak|travel|visit|go|fly)|didn't (?:meet|happen|talk|speak|travel|visit|go|fly)|never (?:met|happened|took place|spoke|talked|visited)|has not met|have not met|had not met|(?:has|have|had) not (?:spoken|talked) to|there was no (?:meeting|call|conversation|talks)|(?:was|were|has|had|have)(?: not|n't)(?: been)? any (?:(?:formal|official|direct|bilateral|such)\s+)?(?:meeting|talks|call|conversation|contact)|no (?:(?:bilateral|formal|official|separate|direct|one-on-one|face-to-face|in-person|such)\s+)*(?:meeting|talks|call|conversation|encounter|summit) (?:between|with)\b|and no (?:(?:bilateral|formal|official|separate|direct|one-on-one|face-to-face)\s+)*(?:meeting|talks)$)\b/i;

/** Cues that make a clause conditional or possible wherever they stand in it. */
export const CONDITIONAL_CUES = /\b(?:if|unless|could|might|may|whether|should|would have(?! to\b))\b/;

/** Cues of wanting, offering or proposing: they count when they come before the trigger. */
export const HYPOTHETICAL_CUES =
  /\b(?:wants? to|wanted to|would like to|wish(?:es|ed)? to|hopes? to|hoped to|ready to|willing to|open to|offered to|offers to|offered (?:a|an|talks|him|her|them)|proposed|proposes|propose|proposal|suggested|suggests|invited|invitation|requested|requests? for|asked for|possible|possibly|potential|potentially|idea of|seeking to|seeks to|sought to|calls? for|called for|urged|pushing for|push for|considering|consider)\b/i;

export const PLANNED_CUES =
  /\b(?:will|'ll|shall|is to|are to|was to|were to|set to|is set|are set|expected to|is expected|are expected|scheduled|look(?:s|ed|ing)? forward to|would be (?:his|her|their|its|the)|(?<!(?:['’]s|\bthe|\ba|\bits|\bhis|\bher|\btheir|\bour|\bthis|\bthat|\bany|\bno)\s)plans? to|planned|planning to|is planning|due to|is due|are due|going to|agreed to|later (?:this (?:week|month|year|morning|afternoon|evening)|today|tonight)|next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|upcoming|forthcoming|coming days|coming weeks|in the coming|preparing for|preparations for|would (?:meet|visit|hold|travel|arrive|talk|speak|come|host|receive)|called off|cancell?ed|scrapped|postponed)\b/i;

/** "X said he had met Y" made unconfirmed when the counterpart does not confirm (silence is not denial). */
export const NON_CONFIRMATION_CUES =
  /\b(?:there (?:was|has been|had been) no word (?:on|about|of) (?:the|that|any|a)\b|did not comment|didn't comment|did not (?:immediately )?(?:respond|reply) to (?:a |an |the )?(?:requests? for comment|questions?|inquir(?:y|ies))|(?:has|have|had) not (?:yet )?(?:responded|replied) to (?:a |an |the )?(?:requests? for comment|questions?|inquir(?:y|ies))|declined to (?:comment|confirm)|would not (?:confirm|comment)|wouldn't (?:confirm|comment)|refused to (?:confirm|comment)|has not confirmed|have not confirmed|had not confirmed|did not confirm|didn't confirm|no (?:official )?confirmation|not (?:been )?confirmed|could not be (?:independently )?confirmed|could not be verified|could not (?:independently )?(?:confirm|verify)|cannot (?:independently )?(?:confirm|verify)|(?:was|were) unable to (?:confirm|verify)|unverified|without confirmation)\b/i;

/** Verbs of saying that make the person before (or after) them an attributor. */
export const SAYING_VERBS =
  "said|says|say|denied|denies|dismissed|told|tells|added|adds|stated|states|noted|notes|announced|announces|confirmed|confirms|reported|reports|wrote|writes|claimed|claims|insisted|insists|explained|explains|stressed|stresses|emphasised|emphasized|declared|declares|revealed|reveals|posted|tweeted|quoted|cited|informed";

/** Ordinal words to numbers. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** Nouns an ordinal counts when it counts meetings or trips. */
export const ORDINAL_NOUNS =
  "meetings?|visits?|trips?|talks|rounds?|encounters?|conversations?|calls?|summits?|journeys?|face-to-face|sessions?|time";

/** Nouns after a time expression that make it something other than the event's date ("a Friday deadline"). */
export const NON_EVENT_TIME_HEADS =
  /^\W{0,2}(?:\d{2,4}\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:war|revolution|crisis|genocide|uprising|conflict|famine)\b|(?:deadline|ultimatum|cut-?off|ceasefire|truce|election|vote|anniversary)\b)/iu;

/** Sentence-level cues that a following sentence talks about the same event ("The talks lasted …"). */
export const EVENT_ANAPHOR =
  /\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)['’]s\s+(?:[\w-]+\s+)?(?:talks|meeting|summit|call|session)\b|(?:the|both)\s+(?:two\s+)?(?:leaders|ministers|men|women|sides|pair|presidents|delegations|officials|envoys|counterparts)\s+(?:also\s+)?(?:spoke|talked|met|conferred|negotiated|discussed|agreed|exchanged|held)|we\s+(?:spoke|talked|met))\b|\b(?:in|during)\s+an?\s+(?:[\w½]+-(?:minute|hour)|hour-long|lengthy|brief|short|long)\s+(?:meeting|talks|session|conversation|audience)\b|\b(?:the|that|this|their|his|her)\s+(?:(?:last|latest|first|second|third|fourth|fifth|sixth|previous|whole|entire|closed-door|face-to-face|two|three|leaders'|two leaders'|round of|[\w½]+-(?:minute|hour)|[\w]+-level|hour-long|lengthy|brief)\s+)*(?:(?:formal|informal|official|private|direct|bilateral|main|initial|marathon|in-person|one-on-one|wide-ranging|courtesy)\s+)?(?:talks|meeting|summit|conversation|negotiations|discussions|encounter|audience|visit|trip|call|session|round of talks|tete-a-tete|tête-à-tête|sit-down|one-on-one|bilateral|dinner|lunch|luncheon|breakfast)\b(?!\s+(?:hall|halls|room|rooms|venue|place|point|table|tables|agenda|schedule|centre|center)\b)/i;

/** "X, Y and Z were among those at the round table", "X was also present": people at an event told before. */
export const ATTENDANCE_OF_SUBJECTS =
  /\b(?:were|was)\s+(?:also\s+)?(?:among\s+(?:those|the\s+(?:leaders|participants|attendees|guests))(?:\s+(?:at|present|attending|in\s+attendance)\b)?|present\b|in\s+attendance\b)|\b(?:also\s+)?(?:attended|sat\s+in\s+on|took\s+part\s+in)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|session|dinner|lunch|discussions)\b/i;
