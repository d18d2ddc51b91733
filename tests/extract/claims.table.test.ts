/**
 * Claim extraction as a table of short cases (ESLint RuleTester style): each `valid` case must yield
 * exactly the listed claims, each asserted whole; each `nothing` case must yield no claim.
 * People are fictional; places are real; every form of the brief appears at least once.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/extract-claims.js";
import type { ArticleExtraction } from "../../src/schema/document.js";

interface Expected {
  type: "meeting" | "talks" | "visit" | "call";
  participants: string[];
  date?: [string, string] | null;
  weekday?: number | null;
  duration?: [number | null, number | null] | null;
  location?: string | null;
  ordinal?: number | null;
  /** A phrase the attribution text must contain; null = the outlet's own voice. */
  attribution?: string | null;
  modality?: "occurred" | "planned" | "unconfirmed" | "denied" | "hypothetical";
}

interface Case {
  name: string;
  /**
   * A known gap of entity recognition (src/extract/entities): while recognition does not find the
   * case's people, the case is skipped with this reason; once it does, the case is asserted as usual.
   */
  entityGap?: string;
  /** Publication day, written as the `date YYYY-MM-DD` line ingest reads; null = undated. */
  published: string | null;
  text: string;
  claims: Expected[];
}

const day = (d: string): [string, string] => [d, d];

const valid: Case[] = [
  {
    name: "a report told after its denial ('X denied a report that he had met Y … a radio station reported that the two met') is denied",
    published: "2023-09-19",
    text: "Dominican President Luis Arroyo on Tuesday denied a report that he had met secretly with Haitian Prime Minister Jean Baptiste over the weekend.\n\nA Port-au-Prince radio station reported on Monday that the two leaders met for about an hour at a hotel in Miami over the weekend.",
    claims: [
      {
        type: "meeting",
        participants: ["Luis Arroyo", "Jean Baptiste"],
        date: ["2023-09-16", "2023-09-17"],
        duration: [45, 75],
        location: "Miami",
        attribution: "denied",
        modality: "denied",
      },
    ],
  },
  {
    name: "'the two heads of state had already talked by telephone last year': a pair of three words",
    published: "2023-04-14",
    text: "Chinese President Chen Wei held talks with Brazilian President Paulo Neves in Beijing on Friday.\n\nChen recalled that the two heads of state had already talked by telephone last year.",
    claims: [
      {
        type: "talks",
        participants: ["Chen Wei", "Paulo Neves"],
        date: day("2023-04-14"),
        location: "Beijing",
      },
      { type: "call", participants: ["Chen Wei", "Paulo Neves"], date: ["2022-01-01", "2022-12-31"] },
    ],
  },
  {
    name: "a story of one event: 'the talks … lasted nearly three hours' far down is that event's length",
    published: "2023-04-14",
    text: "President Chen Wei held talks with Brazilian President Paulo Neves in Beijing on Friday afternoon.\n\nChen said relations were a high priority.\n\nNeves said his first trip outside the Americas was to China.\n\nThe two sides exchanged views on the war.\n\nAccording to the Chinese side, the talks, including a restricted session, lasted nearly three hours.",
    claims: [
      {
        type: "talks",
        participants: ["Chen Wei", "Paulo Neves"],
        date: day("2023-04-14"),
        duration: [150, 180],
        location: "Beijing",
      },
    ],
  },
  {
    name: "'the previous round of talks between the ministers … was held on 08.11.2022': the pair told before",
    published: "2023-12-28",
    text: "Foreign Minister Pavel Orlov held talks with his Indian counterpart Ravi Menon in Moscow on Wednesday.\n\nThe previous round of talks between the ministers in Moscow was held on 08.11.2022.",
    claims: [
      {
        type: "talks",
        participants: ["Pavel Orlov", "Ravi Menon"],
        date: day("2023-12-27"),
        location: "Moscow",
      },
      {
        type: "talks",
        participants: ["Pavel Orlov", "Ravi Menon"],
        date: day("2022-11-08"),
        location: "Moscow",
      },
    ],
  },
  {
    name: "'remained open to talking with X', 'would be willing to talk with Y': talks offered",
    published: "2020-02-06",
    text: "US President Donald Rowe remained open to talking with Venezuelan President Nicolas Marin, an official said.",
    claims: [
      {
        type: "talks",
        participants: ["Donald Rowe", "Nicolas Marin"],
        attribution: "an official said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'the two are due to meet again on Friday': a pair before a plan phrase",
    published: "2023-06-22",
    text: "Prime Minister Tariq Aziz met Fund chief Lena Moreau in Paris on Thursday.\n\nIt was his second meeting with her in a month, and the two are due to meet again on Friday.",
    claims: [
      {
        type: "meeting",
        participants: ["Tariq Aziz", "Lena Moreau"],
        date: day("2023-06-22"),
        location: "Paris",
        ordinal: 2,
      },
      {
        type: "meeting",
        participants: ["Tariq Aziz", "Lena Moreau"],
        date: day("2023-06-23"),
        // The story's lead places the next day's plan as well.
        location: "Paris",
        modality: "planned",
      },
    ],
  },
  {
    name: "'co-chaired the fourth session': a hyphen joins a short word to a trigger",
    published: "2023-06-21",
    text: "Hungarian Prime Minister Pal Kovacs and Serbian President Marko Ilic co-chaired the fourth session of the strategic council in Belgrade on Tuesday.",
    claims: [
      {
        type: "meeting",
        participants: ["Pal Kovacs", "Marko Ilic"],
        date: day("2023-06-20"),
        location: "Belgrade",
        ordinal: 4,
      },
    ],
  },
  {
    name: "a lead's 'the previous day' counts from the day of publication and dates the talks its next paragraph tells",
    published: "2024-04-19",
    text: "Senegalese President Ama Diallo and his Mauritanian counterpart Sidi Ould Baba pledged closer ties on gas, at the end of a working visit by the Senegalese head of state to Nouakchott the previous day.\n\nThe two presidents first held a tete-a-tete that lasted barely 20 minutes.",
    claims: [
      {
        type: "meeting",
        participants: ["Ama Diallo", "Sidi Ould Baba"],
        date: day("2024-04-18"),
        duration: [15, 20],
      },
    ],
  },
  {
    name: "'held talks with Y, with whom he had spoken by phone': the talks and an earlier call",
    published: "2023-02-15",
    text: "Jordanian Foreign Minister Omar Haddad held talks on Wednesday with his Syrian counterpart Fadi Mansour, with whom he had spoken by phone over the weekend.",
    claims: [
      { type: "talks", participants: ["Omar Haddad", "Fadi Mansour"], date: day("2023-02-15") },
      { type: "call", participants: ["Fadi Mansour", "Omar Haddad"], date: ["2023-02-11", "2023-02-12"] },
    ],
  },
  {
    name: "'two days after the election' counts from the election, not from the event told before",
    published: "2020-09-09",
    text: "Opposition leader Irina Sokal was received by Prime Minister Adam Nowicki in Warsaw on Wednesday. It is her first visit since she left for Vilnius on 11 August, two days after the disputed election.\n\nThe two talked for over an hour.",
    claims: [
      {
        type: "meeting",
        participants: ["Irina Sokal", "Adam Nowicki"],
        date: day("2020-09-09"),
        duration: [60, null],
        location: "Warsaw",
      },
    ],
  },
  {
    name: "a count of meetings told after replaces the trip's count a meeting took from its clause",
    published: "2024-02-08",
    text: "Cambodian Prime Minister Sok Dara, on his first official visit to Thailand, was received by Thai Prime Minister Anan Chai at Government House on Wednesday.\n\nIt was the second meeting between the two prime ministers.",
    claims: [
      // The trip, counted apart from the meeting, stays a claim of its own.
      {
        type: "visit",
        participants: ["Sok Dara"],
        date: day("2024-02-07"),
        location: "Thailand",
        ordinal: 1,
      },
      {
        type: "meeting",
        participants: ["Sok Dara", "Anan Chai"],
        date: day("2024-02-07"),
        location: "Government House",
        ordinal: 2,
      },
    ],
  },
  {
    name: "a past-tense trigger is told as done: a plan cue after it ('the declaration the leaders are due to sign') belongs elsewhere",
    published: "2023-12-07",
    text: "Greek Foreign Minister Nikos Pappas and his Turkish counterpart Emre Aksoy held a telephone conversation on Wednesday to finalise the joint declaration the two leaders are due to sign today, diplomatic sources said.",
    claims: [
      {
        type: "call",
        participants: ["Nikos Pappas", "Emre Aksoy"],
        date: day("2023-12-06"),
        attribution: "diplomatic sources said",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'received by President of the Hellenic Republic <Name>': a given name after a country's name starts a person",
    published: "2023-12-07",
    text: "Turkish President Emre Kaya was received by President of the Hellenic Republic Katerina Pappa at the Presidential Mansion on Thursday.",
    claims: [
      {
        type: "meeting",
        participants: ["Emre Kaya", "Katerina Pappa"],
        date: day("2023-12-07"),
        location: "Presidential Mansion",
      },
    ],
  },
  {
    name: "a plan told in a relative clause after the event ('in which they agreed …', ', which is scheduled …') is not the event's",
    published: "2023-11-23",
    text: "Uruguayan President Diego Salas and his Paraguayan counterpart Tomás Vera held a telephone conversation on Wednesday night in which they agreed to coordinate positions ahead of the regional summit, which is scheduled for Dec. 7.",
    claims: [
      {
        type: "call",
        participants: ["Diego Salas", "Tomás Vera"],
        date: day("2023-11-22"),
        modality: "occurred",
      },
    ],
  },
  {
    name: "'has not confirmed whether …' leaves a question open; it withholds no confirmation of the report",
    published: "2023-11-23",
    text: "Paraguayan President Tomás Vera spoke with Argentine President-elect Marco Ruiz by phone on Monday, Paraguayan media reported.\n\nThe host, President Ana Lobo, has not confirmed whether Ruiz will attend the summit.",
    claims: [
      {
        type: "call",
        participants: ["Tomás Vera", "Marco Ruiz"],
        date: day("2023-11-20"),
        attribution: "Paraguayan media reported",
        modality: "occurred",
      },
    ],
  },
  {
    name: "a lead that names no one by name dates the meeting its next paragraph tells",
    published: "2022-06-02",
    text: "The leaders of Uzbekistan and Kazakhstan signed an alliance treaty on Thursday, sealing a long rapprochement.\n\nUzbek President Timur Rashidov and his Kazakh counterpart Arman Seitov met one-on-one for some 90 minutes.",
    claims: [
      {
        type: "meeting",
        participants: ["Timur Rashidov", "Arman Seitov"],
        date: day("2022-06-02"),
        duration: [75, 105],
      },
    ],
  },
  {
    name: "talks with 'the head of <organisation>, <Name>': the role is that person",
    published: "2023-03-04",
    text: "Agency chief Rafael Ortiz met President Karim Haddad in Tehran on Saturday.\n\nOn Friday he held talks with the head of the Atomic Energy Organisation of Iran, Samir Nouri.",
    claims: [
      {
        type: "meeting",
        participants: ["Rafael Ortiz", "Karim Haddad"],
        date: day("2023-03-04"),
        location: "Tehran",
      },
      {
        type: "talks",
        participants: ["Rafael Ortiz", "Samir Nouri"],
        date: day("2023-03-03"),
        location: "Tehran",
      },
    ],
  },
  {
    name: "X met Y",
    published: "2024-06-05",
    text: "Nigerian President Bola Adeyemi met Ghanaian President Kofi Mensah in Abuja on Tuesday.",
    claims: [
      {
        type: "meeting",
        participants: ["Bola Adeyemi", "Kofi Mensah"],
        date: day("2024-06-04"),
        location: "Abuja",
      },
    ],
  },
  {
    name: "X met with Y",
    published: "2023-10-10",
    text: "Chilean Foreign Minister Isabel Rojas met with her Peruvian counterpart Diego Huamán in Lima on Monday.",
    claims: [
      {
        type: "meeting",
        participants: ["Isabel Rojas", "Diego Huamán"],
        date: day("2023-10-09"),
        location: "Lima",
      },
    ],
  },
  {
    name: "a meeting between X and Y",
    published: "2022-03-04",
    text: "A meeting between Indonesian President Arief Wibowo and Malaysian Prime Minister Hassan Rahim took place in Jakarta on March 3, 2022.",
    claims: [
      {
        type: "meeting",
        participants: ["Arief Wibowo", "Hassan Rahim"],
        date: day("2022-03-03"),
        location: "Jakarta",
      },
    ],
  },
  {
    name: "X held talks with Y",
    published: "2024-02-09",
    text: "Canadian Prime Minister Mark Tremblay held talks with Mexican President Lucía Ortega in Ottawa on Thursday.",
    claims: [
      {
        type: "talks",
        participants: ["Mark Tremblay", "Lucía Ortega"],
        date: day("2024-02-08"),
        location: "Ottawa",
      },
    ],
  },
  {
    name: "X was received by Y",
    published: "2023-05-15",
    text: "Egyptian Foreign Minister Omar Farouk was received by Saudi Crown Prince Faisal bin Saud in Riyadh on Sunday.",
    claims: [
      {
        type: "meeting",
        participants: ["Omar Farouk", "Faisal bin Saud"],
        date: day("2023-05-14"),
        location: "Riyadh",
      },
    ],
  },
  {
    name: "X spoke with Y for five hours",
    published: "2023-12-08",
    text: "Turkish President Kemal Aydın spoke with Greek Prime Minister Nikos Papadakis for five hours in Ankara on Wednesday.",
    claims: [
      {
        type: "talks",
        participants: ["Kemal Aydın", "Nikos Papadakis"],
        date: day("2023-12-06"),
        duration: [300, 300],
        location: "Ankara",
      },
    ],
  },
  {
    name: "Y hosted X",
    published: "2024-04-13",
    text: "Japanese Prime Minister Kenta Mori hosted Philippine President Ramon Cruz in Tokyo on Friday.",
    claims: [
      {
        type: "meeting",
        participants: ["Kenta Mori", "Ramon Cruz"],
        date: day("2024-04-12"),
        location: "Tokyo",
      },
    ],
  },
  {
    name: "X's talks with Y",
    published: "2023-11-21",
    text: "Vietnamese Prime Minister Pham Duc Anh's talks with Thai Prime Minister Somchai Wongsa in Hanoi on Monday focused on rice exports.",
    claims: [
      {
        type: "talks",
        participants: ["Pham Duc Anh", "Somchai Wongsa"],
        date: day("2023-11-20"),
        location: "Hanoi",
      },
    ],
  },
  {
    name: "X visited a country and met Y",
    published: "2024-08-08",
    text: "Argentine President Martín Acosta visited Uruguay on Tuesday and met President Julio Ferreira in Montevideo.",
    claims: [
      {
        type: "meeting",
        participants: ["Martín Acosta", "Julio Ferreira"],
        date: day("2024-08-06"),
        location: "Montevideo",
      },
    ],
  },
  {
    name: "X will visit a country later this week",
    published: "2024-09-16",
    text: "South African President Thabo Ndlovu will visit Mozambique later this week, his office said on Monday.",
    claims: [
      {
        type: "visit",
        participants: ["Thabo Ndlovu"],
        date: ["2024-09-17", "2024-09-22"],
        location: "Mozambique",
        attribution: "his office said",
        modality: "planned",
      },
    ],
  },
  {
    name: "talks between X and Y",
    published: "2022-11-18",
    text: "Talks between Norwegian Foreign Minister Erik Lunde and Finnish Foreign Minister Aino Virtanen in Oslo on Thursday lasted about two hours.",
    claims: [
      {
        type: "talks",
        participants: ["Erik Lunde", "Aino Virtanen"],
        date: day("2022-11-17"),
        duration: [105, 135],
        location: "Oslo",
      },
    ],
  },
  {
    name: "the X–Y meeting tells the same event again",
    published: "2022-11-18",
    text: "Norwegian Foreign Minister Erik Lunde and Finnish Foreign Minister Aino Virtanen met in Oslo on Thursday. The Lunde–Virtanen meeting lasted about two hours.",
    claims: [
      {
        type: "meeting",
        participants: ["Erik Lunde", "Aino Virtanen"],
        date: day("2022-11-17"),
        duration: [105, 135],
        location: "Oslo",
      },
    ],
  },
  {
    name: "headline: X to meet Y on Friday: source",
    entityGap: "\u201cSalim Mwinyi\u201d after a possessive country is not found",
    published: "2024-01-08",
    text: "Kenya's Joseph Kariuki to meet Tanzania's Salim Mwinyi on Friday: State House",
    claims: [
      {
        type: "meeting",
        participants: ["Joseph Kariuki", "Salim Mwinyi"],
        date: day("2024-01-12"),
        attribution: "State House",
        modality: "planned",
      },
    ],
  },
  {
    name: "X spoke by phone with Y",
    published: "2023-06-26",
    text: "French President Claire Dubois spoke by phone with Indian Prime Minister Ravi Menon on Saturday, the Élysée said.",
    claims: [
      {
        type: "call",
        participants: ["Claire Dubois", "Ravi Menon"],
        date: day("2023-06-24"),
        attribution: "Élysée said",
      },
    ],
  },
  {
    name: "X had a phone call with Y",
    entityGap: "\u201cJan Nowak\u201d after a title is not found",
    published: "2024-03-01",
    text: "Polish President Jan Nowak had a phone call with Lithuanian President Rasa Kairienė on Wednesday.",
    claims: [{ type: "call", participants: ["Jan Nowak", "Rasa Kairienė"], date: day("2024-02-28") }],
  },
  {
    name: "negotiators led by A and B held talks with C",
    published: "2023-07-05",
    text: "Sudanese negotiators led by Ahmed Osman and Salah Idris held talks with Ethiopian envoy Mulugeta Haile in Addis Ababa on Monday.",
    claims: [
      {
        type: "talks",
        participants: ["Ahmed Osman", "Salah Idris", "Mulugeta Haile"],
        date: day("2023-07-03"),
        location: "Addis Ababa",
      },
    ],
  },
  {
    name: "ordinal in the next sentence",
    published: "2023-09-18",
    text: "Kazakh President Nurlan Abenov met Uzbek President Timur Karimov in Astana on Friday. It was the fifth meeting between the two leaders this year.",
    claims: [
      {
        type: "meeting",
        participants: ["Nurlan Abenov", "Timur Karimov"],
        date: day("2023-09-15"),
        location: "Astana",
        ordinal: 5,
      },
    ],
  },
  {
    name: "his fifth visit",
    published: "2024-01-11",
    text: "Chinese Foreign Minister Zhao Mingyu arrived in Nairobi on Tuesday for his fifth visit to Kenya and met President Joseph Kariuki.",
    claims: [
      {
        type: "meeting",
        participants: ["Zhao Mingyu", "Joseph Kariuki"],
        date: day("2024-01-09"),
        location: "Nairobi",
        ordinal: 5,
      },
    ],
  },
  {
    name: "for the first time",
    published: "2022-08-03",
    text: "Bolivian President Evo Quispe and Paraguayan President Luis Benítez met for the first time in Asunción on Monday.",
    claims: [
      {
        type: "meeting",
        participants: ["Evo Quispe", "Luis Benítez"],
        date: day("2022-08-01"),
        location: "Asunción",
        ordinal: 1,
      },
    ],
  },
  {
    name: "a section heading dates and counts",
    published: "2021-06-01",
    text: "Second visit – May 3, 2021\n\nJapanese envoy Hana Sato met Lebanese Prime Minister Leila Haddad in Beirut.",
    claims: [
      {
        type: "meeting",
        participants: ["Hana Sato", "Leila Haddad"],
        date: day("2021-05-03"),
        location: "Beirut",
        ordinal: 2,
      },
    ],
  },
  {
    name: "according to X",
    published: "2022-02-14",
    text: "According to Ghana's foreign ministry, Foreign Minister Ama Owusu met her Ivorian counterpart Yao Koffi in Accra on Friday.",
    claims: [
      {
        type: "meeting",
        participants: ["Ama Owusu", "Yao Koffi"],
        date: day("2022-02-11"),
        location: "Accra",
        attribution: "According to Ghana's foreign ministry",
      },
    ],
  },
  {
    name: "X said he met Y",
    published: "2023-04-11",
    text: "Peruvian President Diego Huamán said he met Bolivian President Evo Quispe in La Paz on Sunday.",
    claims: [
      {
        type: "meeting",
        participants: ["Diego Huamán", "Evo Quispe"],
        date: day("2023-04-09"),
        location: "La Paz",
        attribution: "Diego Huamán said",
      },
    ],
  },
  {
    name: "X's press service said",
    published: "2023-03-10",
    text: "Kazakh President Nurlan Abenov received Turkish Foreign Minister Ayşe Demir in Astana on Wednesday, Abenov's press service said.",
    claims: [
      {
        type: "meeting",
        participants: ["Nurlan Abenov", "Ayşe Demir"],
        date: day("2023-03-08"),
        location: "Astana",
        attribution: "press service said",
      },
    ],
  },
  {
    name: "in an interview with a broadcaster, X said",
    published: "2024-05-20",
    text: "In an interview with CBS, Australian envoy Mark Ellis said he had met Indonesian President Arief Wibowo in Jakarta in March.",
    claims: [
      {
        type: "meeting",
        participants: ["Mark Ellis", "Arief Wibowo"],
        date: ["2024-03-01", "2024-03-31"],
        location: "Jakarta",
        attribution: "Mark Ellis said",
      },
    ],
  },
  {
    name: "news agencies said",
    published: "2023-06-14",
    text: "Russian news agencies said Belarusian President Viktor Lukashin met Kazakh President Nurlan Abenov in Minsk on Monday.",
    claims: [
      {
        type: "meeting",
        participants: ["Viktor Lukashin", "Nurlan Abenov"],
        date: day("2023-06-12"),
        location: "Minsk",
        attribution: "news agencies said",
      },
    ],
  },
  {
    name: "the presidential office said",
    published: "2023-02-03",
    text: "Uzbek President Timur Karimov held talks with Tajik President Rustam Saidov in Dushanbe on Thursday, the presidential office said.",
    claims: [
      {
        type: "talks",
        participants: ["Timur Karimov", "Rustam Saidov"],
        date: day("2023-02-02"),
        location: "Dushanbe",
        attribution: "presidential office said",
      },
    ],
  },
  {
    name: "is expected to meet",
    published: "2024-10-07",
    text: "German Chancellor Friedrich Albrecht is expected to meet Italian Prime Minister Giulia Conti in Rome on Friday.",
    claims: [
      {
        type: "meeting",
        participants: ["Friedrich Albrecht", "Giulia Conti"],
        date: day("2024-10-11"),
        location: "Rome",
        modality: "planned",
      },
    ],
  },
  {
    name: "is set to meet next week",
    published: "2024-07-01",
    text: "Brazilian President Helena Barbosa is set to meet Colombian President Andrés Cárdenas in Bogotá next week.",
    claims: [
      {
        type: "meeting",
        participants: ["Helena Barbosa", "Andrés Cárdenas"],
        date: ["2024-07-08", "2024-07-14"],
        location: "Bogotá",
        modality: "planned",
      },
    ],
  },
  {
    name: "will meet tomorrow",
    published: "2024-02-20",
    text: "Ethiopian Prime Minister Abebe Tesfaye will meet Somali President Hassan Warsame in Mogadishu tomorrow.",
    claims: [
      {
        type: "meeting",
        participants: ["Abebe Tesfaye", "Hassan Warsame"],
        date: day("2024-02-21"),
        location: "Mogadishu",
        modality: "planned",
      },
    ],
  },
  {
    name: "unconfirmed: the counterpart declined to confirm",
    published: "2024-05-10",
    text: "Venezuelan envoy Carlos Rivas said he had met Guyanese President Mark Persaud in Georgetown last week. Persaud's office declined to confirm the meeting.",
    claims: [
      {
        type: "meeting",
        participants: ["Carlos Rivas", "Mark Persaud"],
        date: ["2024-04-29", "2024-05-05"],
        location: "Georgetown",
        attribution: "Carlos Rivas said",
        modality: "unconfirmed",
      },
    ],
  },
  {
    name: "denied",
    published: "2023-01-05",
    text: "Ghana's government denied that President Kofi Mensah had met Togolese President Faure Adjo in Lomé.",
    claims: [
      {
        type: "meeting",
        participants: ["Kofi Mensah", "Faure Adjo"],
        location: "Lomé",
        attribution: "government denied",
        modality: "denied",
      },
    ],
  },
  {
    name: "no meeting took place",
    published: "2023-09-01",
    text: "No meeting took place between Serbian President Marko Petrović and Kosovo Prime Minister Arben Krasniqi in Brussels, EU officials said.",
    claims: [
      {
        type: "meeting",
        participants: ["Marko Petrović", "Arben Krasniqi"],
        location: "Brussels",
        attribution: "officials said",
        modality: "denied",
      },
    ],
  },
  {
    name: "wants to meet",
    published: "2024-01-01",
    text: "Ukrainian President Oleh Bondar wants to meet Hungarian Prime Minister Gábor Szabó in Budapest.",
    claims: [
      {
        type: "meeting",
        participants: ["Oleh Bondar", "Gábor Szabó"],
        location: "Budapest",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "proposed a meeting",
    published: "2024-01-01",
    text: "Armenian Prime Minister Aram Sargsyan proposed a meeting with Azerbaijani President Elchin Mammadov in Tbilisi.",
    claims: [
      {
        type: "meeting",
        participants: ["Aram Sargsyan", "Elchin Mammadov"],
        location: "Tbilisi",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "could meet",
    published: "2024-06-10",
    text: "Philippine President Ramon Cruz could meet Vietnamese Prime Minister Pham Duc Anh in Manila next month.",
    claims: [
      {
        type: "meeting",
        participants: ["Ramon Cruz", "Pham Duc Anh"],
        date: ["2024-07-01", "2024-07-31"],
        location: "Manila",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "would meet if",
    published: "2024-06-10",
    text: "Kenyan President Joseph Kariuki would meet Somali President Hassan Warsame if the ceasefire holds.",
    claims: [
      { type: "meeting", participants: ["Joseph Kariuki", "Hassan Warsame"], modality: "hypothetical" },
    ],
  },
  {
    name: "offered to meet",
    published: "2024-06-10",
    text: "Pakistani Prime Minister Tariq Qureshi offered to meet Afghan envoy Zalmay Noori in Doha.",
    claims: [
      {
        type: "meeting",
        participants: ["Tariq Qureshi", "Zalmay Noori"],
        location: "Doha",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "ready to meet",
    published: "2024-06-10",
    text: "Colombian President Andrés Cárdenas is ready to meet Ecuadorian President Daniel Vega at the border.",
    claims: [{ type: "meeting", participants: ["Andrés Cárdenas", "Daniel Vega"], modality: "hypothetical" }],
  },
  {
    name: "a three-hour meeting",
    published: "2023-03-11",
    text: "Saudi Foreign Minister Faisal bin Saud held a three-hour meeting with Iranian Foreign Minister Reza Kazemi in Beijing on Friday.",
    claims: [
      {
        type: "meeting",
        participants: ["Faisal bin Saud", "Reza Kazemi"],
        date: day("2023-03-10"),
        duration: [180, 180],
        location: "Beijing",
      },
    ],
  },
  {
    name: "the talks lasted two and a half hours",
    published: "2023-08-16",
    text: "Chadian President Idriss Mahamat met Nigerien leader Abdou Tchiani in N'Djamena on Monday. The talks lasted two and a half hours.",
    claims: [
      {
        type: "meeting",
        participants: ["Idriss Mahamat", "Abdou Tchiani"],
        date: day("2023-08-14"),
        duration: [150, 150],
        location: "N'Djamena",
      },
    ],
  },
  {
    name: "for less than an hour",
    published: "2022-05-12",
    text: "Serbian President Marko Petrović met Croatian Prime Minister Ivo Horvat in Zagreb on Tuesday for less than an hour.",
    claims: [
      {
        type: "meeting",
        participants: ["Marko Petrović", "Ivo Horvat"],
        date: day("2022-05-10"),
        duration: [null, 60],
        location: "Zagreb",
      },
    ],
  },
  {
    name: "a 45-minute phone call",
    published: "2024-04-15",
    text: "Mexican President Lucía Ortega spoke by telephone with Guatemalan President Bernardo Cifuentes for 45 minutes on Friday.",
    claims: [
      {
        type: "call",
        participants: ["Lucía Ortega", "Bernardo Cifuentes"],
        date: day("2024-04-12"),
        duration: [45, 45],
      },
    ],
  },
  {
    name: "between three and four hours",
    published: "2024-09-09",
    text: "Indonesian President Arief Wibowo met Australian Prime Minister Claire Whitford for between three and four hours in Bali on Saturday.",
    claims: [
      {
        type: "meeting",
        participants: ["Arief Wibowo", "Claire Whitford"],
        date: day("2024-09-07"),
        duration: [180, 240],
        location: "Bali",
      },
    ],
  },
  {
    name: "was met by … at an airport",
    published: "2024-01-29",
    text: "Israeli envoy Dan Levi was met by Egyptian intelligence chief Hassan Rashad at Cairo International Airport on Sunday.",
    claims: [
      {
        type: "meeting",
        participants: ["Dan Levi", "Hassan Rashad"],
        date: day("2024-01-28"),
        location: "Cairo International Airport",
      },
    ],
  },
  {
    name: "a named building is the most specific place",
    published: "2024-12-20",
    text: "Indian Prime Minister Ravi Menon received Sri Lankan President Anura Perera at Hyderabad House in New Delhi on Thursday.",
    claims: [
      {
        type: "meeting",
        participants: ["Ravi Menon", "Anura Perera"],
        date: day("2024-12-19"),
        location: "Hyderabad House",
      },
    ],
  },
  {
    name: "undated article: the weekday is kept",
    published: null,
    text: "Nepali Prime Minister Pushpa Thapa met Bhutanese Prime Minister Tshering Wangchuk in Thimphu on Wednesday.",
    claims: [
      {
        type: "meeting",
        participants: ["Pushpa Thapa", "Tshering Wangchuk"],
        weekday: 3,
        location: "Thimphu",
      },
    ],
  },
  {
    name: "X visited a country",
    published: "2024-02-13",
    text: "Emirati President Mansour Al Falasi visited Egypt on Monday.",
    claims: [
      { type: "visit", participants: ["Mansour Al Falasi"], date: day("2024-02-12"), location: "Egypt" },
    ],
  },
  {
    name: "X arrived in a city",
    published: "2024-06-17",
    text: "Chinese Premier Zhao Mingyu arrived in Canberra on Saturday for a four-day visit.",
    claims: [{ type: "visit", participants: ["Zhao Mingyu"], date: day("2024-06-15"), location: "Canberra" }],
  },
  {
    name: "during a visit to a city, X met Y",
    published: "2023-02-06",
    text: "During a visit to Santiago on Friday, Peruvian President Diego Huamán met Chilean President Gabriel Soto.",
    claims: [
      {
        type: "meeting",
        participants: ["Diego Huamán", "Gabriel Soto"],
        date: day("2023-02-03"),
        location: "Santiago",
      },
    ],
  },
  {
    name: "three participants",
    published: "2024-03-04",
    text: "Gulf envoy Hamad Al Kuwari met Israeli negotiator Dan Levi and Palestinian official Rami Hamdan in Cairo on Sunday.",
    claims: [
      {
        type: "meeting",
        participants: ["Hamad Al Kuwari", "Dan Levi", "Rami Hamdan"],
        date: day("2024-03-03"),
        location: "Cairo",
      },
    ],
  },
  {
    name: "X's talks with Y are scheduled",
    published: "2024-03-07",
    text: "Italian Prime Minister Giulia Conti's talks with Libyan leader Khalifa Mansour in Tripoli are scheduled for Monday.",
    claims: [
      {
        type: "talks",
        participants: ["Giulia Conti", "Khalifa Mansour"],
        date: day("2024-03-11"),
        location: "Tripoli",
        modality: "planned",
      },
    ],
  },
  {
    name: "the conversation lasted about three hours",
    published: "2023-11-16",
    text: "Swiss President Lukas Meier spoke with Austrian Chancellor Anna Huber in Bern on Tuesday. The conversation lasted about three hours.",
    claims: [
      {
        type: "talks",
        participants: ["Lukas Meier", "Anna Huber"],
        date: day("2023-11-14"),
        duration: [165, 195],
        location: "Bern",
      },
    ],
  },
  {
    name: "will hold talks, the office has said",
    published: "2024-09-02",
    text: "Mongolian President Batbold Enkh will hold talks with South Korean President Choi Dong-hyun in Ulaanbaatar on Tuesday, the presidential office has said.",
    claims: [
      {
        type: "talks",
        participants: ["Batbold Enkh", "Choi Dong-hyun"],
        date: day("2024-09-03"),
        location: "Ulaanbaatar",
        attribution: "presidential office has said",
        modality: "planned",
      },
    ],
  },
  {
    name: "may meet",
    published: "2024-06-10",
    text: "Kenyan President Joseph Kariuki may meet Sudanese army chief Abdel Karim Osman in Juba.",
    claims: [
      {
        type: "meeting",
        participants: ["Joseph Kariuki", "Abdel Karim Osman"],
        location: "Juba",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "a telephone conversation",
    published: "2023-03-08",
    text: "Kenyan President Joseph Kariuki and Ugandan President Yoweri Mugisha discussed the border in a telephone conversation on Monday.",
    claims: [{ type: "call", participants: ["Joseph Kariuki", "Yoweri Mugisha"], date: day("2023-03-06") }],
  },
  {
    name: "a duplicated lead paragraph gives one claim",
    published: "2024-06-05",
    text: "Nigerian President Bola Adeyemi met Ghanaian President Kofi Mensah in Abuja on Tuesday.\n\nNigerian President Bola Adeyemi met Ghanaian President Kofi Mensah in Abuja on Tuesday.",
    claims: [
      {
        type: "meeting",
        participants: ["Bola Adeyemi", "Kofi Mensah"],
        date: day("2024-06-04"),
        location: "Abuja",
      },
    ],
  },
  {
    name: "an explicit date with a year",
    published: "2024-01-15",
    text: "Moroccan Foreign Minister Youssef Alami met Mauritanian Foreign Minister Sidi Ould Cheikh in Rabat on 12 January 2024.",
    claims: [
      {
        type: "meeting",
        participants: ["Youssef Alami", "Sidi Ould Cheikh"],
        date: day("2024-01-12"),
        location: "Rabat",
      },
    ],
  },
  {
    name: "two meetings on two days",
    published: "2023-10-20",
    text: "Qatari envoy Khalid Al Kuwari met Egyptian intelligence chief Hassan Rashad in Cairo on Tuesday. On Thursday, Al Kuwari held talks with Israeli negotiator Dan Levi in Doha.",
    claims: [
      {
        type: "meeting",
        participants: ["Khalid Al Kuwari", "Hassan Rashad"],
        date: day("2023-10-17"),
        location: "Cairo",
      },
      {
        type: "talks",
        participants: ["Khalid Al Kuwari", "Dan Levi"],
        date: day("2023-10-19"),
        location: "Doha",
      },
    ],
  },
];

const moreValid: Case[] = [
  {
    name: "no plans to meet is a denial",
    published: "2024-06-01",
    text: "Kremlin spokesman Anton Belov said President Igor Sokolov had no plans to meet Moldovan President Ana Rusu.",
    claims: [
      {
        type: "meeting",
        participants: ["Igor Sokolov", "Ana Rusu"],
        attribution: "Anton Belov said",
        modality: "denied",
      },
    ],
  },
  {
    name: "a called-off visit stays planned (the gold convention: a plan later called off is a plan, not a denial)",
    published: "2024-06-01",
    text: "Japanese Prime Minister Kenta Mori called off his visit to Manila because of the typhoon.",
    claims: [
      {
        type: "visit",
        participants: ["Kenta Mori"],
        location: "Manila",
        modality: "planned",
      },
    ],
  },
  {
    name: "a year stated outright dates the event",
    published: "2024-06-01",
    text: "French President Claire Dubois, who visited Dakar in 2022, praised the port project.",
    claims: [
      {
        type: "visit",
        participants: ["Claire Dubois"],
        date: ["2022-01-01", "2022-12-31"],
        location: "Dakar",
      },
    ],
  },
  {
    name: "after meeting X, Y said",
    published: "2023-11-17",
    text: "After meeting Nigerian President Bola Adeyemi in Lagos on Wednesday, Ghanaian President Kofi Mensah said the talks had been useful.",
    claims: [
      {
        type: "meeting",
        participants: ["Kofi Mensah", "Bola Adeyemi"],
        date: day("2023-11-15"),
        location: "Lagos",
        attribution: "Kofi Mensah said",
      },
    ],
  },
  {
    name: "during their meeting",
    published: "2023-10-20",
    text: "Kazakh President Nurlan Abenov told Uzbek President Timur Karimov during their meeting in Tashkent on Wednesday that trade had doubled.",
    claims: [
      {
        type: "meeting",
        participants: ["Nurlan Abenov", "Timur Karimov"],
        date: day("2023-10-18"),
        location: "Tashkent",
        attribution: "Nurlan Abenov told",
      },
    ],
  },
];

/** Generalisation cases: forms first seen failing on unseen articles, in our own wording. */
const generalValid: Case[] = [
  {
    name: "meals: 'hosted a working dinner at X for the head of Y, Z', 'a dinner hosted by X for Y', 'had a working lunch'",
    published: "2024-11-18",
    text: "On the eve of the summit, President Paulo Neves hosted a working dinner at the Copacabana Fort for the head of the Commission, Amadou Faye, his office said.\n\nA working dinner on Tuesday night hosted by Finance Minister Rui Costa for Treasury Secretary Ann Kemp ran late.\n\nPrime Minister Leo Varga and Chancellor Mia Roth had a working lunch at the chancellery on Monday.",
    claims: [
      {
        type: "meeting",
        participants: ["Paulo Neves", "Amadou Faye"],
        location: "Copacabana Fort",
        attribution: "his office said",
      },
      {
        type: "meeting",
        participants: ["Rui Costa", "Ann Kemp"],
        date: day("2024-11-12"),
      },
      {
        type: "meeting",
        participants: ["Leo Varga", "Mia Roth"],
        date: day("2024-11-18"),
      },
    ],
  },
  {
    name: "'signed agreements with X in <place> on <day>', 'had last seen X', 'congratulated him by phone', 'a bilateral with X'",
    published: "2024-03-12",
    text: "President Daniel Kiprop signed agreements with Prime Minister Jean Morel in Nairobi on March 1.\n\nEnvoy Hans Berger had last seen Omar Salem in Muscat in late October.\n\nPrime Minister Ana Ruiz had congratulated President Karl Dorn by phone after his election victory in November.\n\nChancellor Mia Roth will have a longer bilateral with Prime Minister Raj Mehta tomorrow.",
    claims: [
      {
        type: "meeting",
        participants: ["Daniel Kiprop", "Jean Morel"],
        date: day("2024-03-01"),
        location: "Nairobi",
      },
      {
        type: "meeting",
        participants: ["Hans Berger", "Omar Salem"],
        date: ["2023-10-22", "2023-10-31"],
        location: "Muscat",
      },
      {
        type: "call",
        participants: ["Ana Ruiz", "Karl Dorn"],
        date: ["2023-11-01", "2023-11-30"],
      },
      {
        type: "meeting",
        participants: ["Mia Roth", "Raj Mehta"],
        date: day("2024-03-13"),
        modality: "planned",
      },
    ],
  },
  {
    name: "', and again in <place> on <day>' is a second meeting; 'first met' counts the first; a plural title before two names",
    published: "2018-06-17",
    text: "Prime Ministers Ivan Petrov and Nikos Andreou met on Sunday at Lake Prespa.\n\nThe two first met in Davos on 24.01.2018, on the sidelines of the forum, and again in Sofia on 17.05.2018 during the summit.",
    claims: [
      {
        type: "meeting",
        participants: ["Ivan Petrov", "Nikos Andreou"],
        date: day("2018-06-17"),
        location: "Lake Prespa",
      },
      {
        type: "meeting",
        participants: ["Ivan Petrov", "Nikos Andreou"],
        date: day("2018-01-24"),
        location: "Davos",
        ordinal: 1,
      },
      {
        type: "meeting",
        participants: ["Ivan Petrov", "Nikos Andreou"],
        date: day("2018-05-17"),
        location: "Sofia",
      },
    ],
  },
  {
    name: "'received a delegation … led by X' meets X; a possessive before a thing is no participant",
    published: "2023-08-20",
    text: "General Amadou Diallo on Saturday received in Niamey a delegation of the regional bloc led by former head of state Musa Bello.\n\nEconomists warned that even if the country met the Fund's conditions, little time was left.",
    claims: [
      {
        type: "meeting",
        participants: ["Amadou Diallo", "Musa Bello"],
        date: day("2023-08-19"),
        location: "Niamey",
      },
    ],
  },
  {
    name: "a plan told by its weekday lies ahead of the day it was told",
    published: "2021-05-04",
    text: "Opposition leader Paul Ouma, who is expected to meet President Amina Mwangi on Wednesday morning, welcomed the visit.",
    claims: [
      {
        type: "meeting",
        participants: ["Paul Ouma", "Amina Mwangi"],
        date: day("2021-05-05"),
        modality: "planned",
      },
    ],
  },
  {
    name: "a live blog's stamp line above an entry's title dates the entry; its follow-up merges with the day the paragraph tells",
    published: null,
    text: "Summit live: leaders gather in Lisbon\n\nLive coverage of the summit in Lisbon.\n\n2023-09-10T16:05+01:00\nSilva and Okafor hold talks\nPrime Minister Ana Silva and President Tunde Okafor held talks on the sidelines of the summit this afternoon.\n\n2023-09-09T09:30+01:00\nMendes-Okafor talks\nIn case you missed it: Foreign Minister Rui Mendes held talks with Okafor on Friday night. The two men talked for over an hour, officials said.",
    claims: [
      {
        type: "talks",
        participants: ["Ana Silva", "Tunde Okafor"],
        date: day("2023-09-10"),
        location: "Lisbon",
      },
      {
        type: "talks",
        participants: ["Rui Mendes", "Tunde Okafor"],
        date: day("2023-09-08"),
        duration: [60, null],
        location: "Lisbon",
        attribution: "officials said",
      },
    ],
  },
  {
    name: "'said Thursday that he had a call with X on Wednesday night, and that he is ready to meet him': the call is Wednesday's, the wish undated, and silence makes the call unconfirmed",
    published: "2023-12-21",
    text: "Prime Minister Keith Ramdin said Thursday that he had a telephone conversation with President Luis Ortega on Wednesday night, and that he is ready to meet the president in person.\n\nRamdin told reporters that the two men talked for over an hour. Ortega's office did not respond to a request for comment.",
    claims: [
      {
        type: "call",
        participants: ["Keith Ramdin", "Luis Ortega"],
        date: day("2023-12-20"),
        duration: [60, null],
        attribution: "Keith Ramdin said",
        modality: "unconfirmed",
      },
      {
        type: "meeting",
        participants: ["Keith Ramdin", "Luis Ortega"],
        attribution: "Keith Ramdin said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'is expected in <place> on Wednesday' is a planned trip",
    published: "2023-07-10",
    text: "President Olena Marchuk is expected in Vilnius on Wednesday, when the council meets for the first time.",
    claims: [
      {
        type: "visit",
        participants: ["Olena Marchuk"],
        date: day("2023-07-12"),
        location: "Vilnius",
        modality: "planned",
      },
    ],
  },
  {
    name: "'briefed X on the talks by phone' is a call; 'a meeting between X and Y is possible' a hypothetical one",
    published: "2024-01-30",
    text: "Foreign Minister Peter Kovacs said he had briefed Prime Minister Laszlo Farkas on the talks by phone on Monday. According to the minister, a meeting between Farkas and President Ivan Petrenko is possible, but only once the minority issues are settled.",
    claims: [
      {
        type: "call",
        participants: ["Peter Kovacs", "Laszlo Farkas"],
        date: day("2024-01-29"),
        attribution: "Peter Kovacs said",
      },
      {
        type: "meeting",
        participants: ["Laszlo Farkas", "Ivan Petrenko"],
        attribution: "According to the minister",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'when they met on the margins of the summit this morning': 'they' after 'when' is the pair",
    published: "2023-09-10",
    text: "British Prime Minister Tom Hadley told Chinese Premier Wu Jian of his concerns when they met on the margins of the summit in New Delhi this morning.",
    claims: [
      {
        type: "meeting",
        participants: ["Tom Hadley", "Wu Jian"],
        date: day("2023-09-10"),
        location: "New Delhi",
        attribution: "Tom Hadley told",
      },
    ],
  },
  {
    name: "'the palace would not comment when asked' leaves a meeting told by one side unconfirmed",
    published: "2023-06-28",
    text: "Opposition leader Daniel Levin met King Faisal II at the royal palace in Amman over the weekend, his office said Wednesday.\n\nThe royal court would not comment when asked about the meeting.",
    claims: [
      {
        type: "meeting",
        participants: ["Daniel Levin", "King Faisal II"],
        date: ["2023-06-24", "2023-06-25"],
        location: "Amman",
        attribution: "his office said",
        modality: "unconfirmed",
      },
    ],
  },
  {
    name: "a name apposed to a role with a 'for' complement is that person ('Minister for the Pacific, Pat Conroy')",
    published: "2024-02-11",
    text: "A fortnight ago, Prime Minister Sione Taufa received Australia's Minister for the Pacific, Pat Conroy, who announced funding for a police training centre.",
    claims: [
      {
        type: "meeting",
        participants: ["Sione Taufa", "Pat Conroy"],
        date: ["2024-01-27", "2024-01-29"],
      },
    ],
  },
  {
    name: "a lead naming the claim's people by role dates the claim its next paragraph tells and gives it the lead's length",
    published: "2024-08-22",
    text: "ABUJA, Nigeria (AP) — The fund's second-highest official urged Nigeria on Thursday to keep rates high, after a 50-minute meeting with the governor of the country's central bank.\n\nFund Deputy Director Gita Ramos held talks with Central Bank Governor Olu Cardoso at the bank's headquarters in Abuja.",
    claims: [
      {
        type: "talks",
        participants: ["Gita Ramos", "Olu Cardoso"],
        date: day("2024-08-22"),
        duration: [50, 50],
        location: "Abuja",
      },
    ],
  },
  {
    name: "'received in Baku a delegation led by X' (a place between verb and object; the delegation's leader is met); 'was received at Leticia's airport by X'",
    published: "2023-09-26",
    text: "Last month, President Elnur Mammadov received in Baku a delegation led by Speaker Murat Yildiz.\n\nEarlier on Saturday, President Rosa Ibarra was received at Leticia's airport by Foreign Minister Diego Huamán.",
    claims: [
      {
        type: "meeting",
        participants: ["Elnur Mammadov", "Murat Yildiz"],
        date: ["2023-08-01", "2023-08-31"],
        location: "Baku",
      },
      {
        type: "meeting",
        participants: ["Rosa Ibarra", "Diego Huamán"],
        date: day("2023-09-23"),
        location: "Leticia",
      },
    ],
  },
  {
    name: "a plan on the story's day takes the headline's setting too",
    published: "2022-08-25",
    text: "Martin meets Haddad in Algiers\n\nPresident Louis Martin met President Omar Haddad on Thursday. Martin is also due to meet Prime Minister Karim Benali on Thursday evening.",
    claims: [
      {
        type: "meeting",
        participants: ["Louis Martin", "Omar Haddad"],
        date: day("2022-08-25"),
        location: "Algiers",
      },
      {
        type: "meeting",
        participants: ["Louis Martin", "Karim Benali"],
        date: day("2022-08-25"),
        location: "Algiers",
        modality: "planned",
      },
    ],
  },
  {
    name: "a call has no place of its own, even when a sentence names one",
    published: "2023-02-10",
    text: "President Amina Juma, speaking from Dodoma, held a phone call with President Joseph Kariuki on Thursday.",
    claims: [
      {
        type: "call",
        participants: ["Amina Juma", "Joseph Kariuki"],
        date: day("2023-02-09"),
      },
    ],
  },
  {
    name: "'…, the second time the two leaders have met in a month' (a counted time without 'that')",
    published: "2026-02-13",
    text: "Prime Minister Tom Harris welcomed Prime Minister Aroha Ngata to Parliament Hill on Thursday for talks on trade, the second time the two leaders have met in a month.",
    claims: [
      {
        type: "meeting",
        participants: ["Tom Harris", "Aroha Ngata"],
        date: day("2026-02-12"),
        location: "Parliament Hill",
        ordinal: 2,
      },
    ],
  },
  {
    name: "'The two leftist leaders met for about an hour': an adjective inside the pair phrase",
    published: "2023-07-08",
    text: "President Rosa Ibarra and President Diego Huamán met on Saturday in the border city of Leticia.\n\nThe two leftist leaders met for about an hour at a military base, the presidency said.",
    claims: [
      {
        type: "meeting",
        participants: ["Rosa Ibarra", "Diego Huamán"],
        date: day("2023-07-08"),
        duration: [45, 75],
        location: "Leticia",
        attribution: "the presidency said",
      },
    ],
  },
  {
    name: "'held separate talks with A and B': one meeting with each",
    published: "2023-07-14",
    text: "President Omar Haddad met Prime Minister Dawit Alemu in Cairo on Thursday.\n\nHaddad also held separate talks with President Idriss Mahamat and President Salva Deng on the sidelines of the summit.",
    claims: [
      {
        type: "meeting",
        participants: ["Omar Haddad", "Dawit Alemu"],
        date: day("2023-07-13"),
        location: "Cairo",
      },
      {
        type: "talks",
        participants: ["Omar Haddad", "Idriss Mahamat"],
        date: day("2023-07-13"),
        location: "Cairo",
      },
      {
        type: "talks",
        participants: ["Omar Haddad", "Salva Deng"],
        date: day("2023-07-13"),
        location: "Cairo",
      },
    ],
  },
  {
    name: "'held separate talks on the sidelines of the retreat' takes the day and place of the story's gathering",
    published: "2022-01-26",
    text: "Prime Minister Daniel Teo met President Budi Santoso in Bintan on Tuesday for their annual retreat.\n\nForeign Minister Mei Lin and her counterpart Rina Wati held separate talks on the sidelines of the retreat.",
    claims: [
      {
        type: "meeting",
        participants: ["Daniel Teo", "Budi Santoso"],
        date: day("2022-01-25"),
        location: "Bintan",
      },
      {
        type: "talks",
        participants: ["Mei Lin", "Rina Wati"],
        date: day("2022-01-25"),
        location: "Bintan",
      },
    ],
  },
  {
    name: "'The leaders' previous bilateral meeting took place … on 30 May last year'",
    published: "2024-06-22",
    text: "President Rosa Ibarra met President Diego Huamán in Santiago on Monday.\n\nThe leaders' previous bilateral meeting took place in Lima on 30 May last year, on the sidelines of a summit.",
    claims: [
      {
        type: "meeting",
        participants: ["Rosa Ibarra", "Diego Huamán"],
        date: day("2024-06-17"),
        location: "Santiago",
      },
      {
        type: "meeting",
        participants: ["Rosa Ibarra", "Diego Huamán"],
        date: day("2023-05-30"),
        location: "Lima",
      },
    ],
  },
  {
    name: "'the two leaders also chaired the fourth session of the Council'; 'was hosted at a working lunch by X'",
    published: "2023-06-21",
    text: "Prime Minister Lukas Varga held talks with President Milan Petrovic in Belgrade on Tuesday, where the two leaders also chaired the fourth session of the Strategic Cooperation Council.\n\nLater in the day, Varga was hosted at a working lunch by Prime Minister Ana Jovanovic.",
    claims: [
      {
        type: "talks",
        participants: ["Lukas Varga", "Milan Petrovic"],
        date: day("2023-06-20"),
        location: "Belgrade",
        ordinal: 4,
      },
      {
        type: "meeting",
        participants: ["Lukas Varga", "Ana Jovanovic"],
        date: day("2023-06-20"),
        location: "Belgrade",
      },
    ],
  },
  {
    name: "'spoke … by phone a week later' counts from the day told before; 'had also called him …, to congratulate him' is a call to the other one",
    published: "2023-12-21",
    text: "Prime Minister Tom Harris met Prime Minister Aroha Ngata in Sydney on Wednesday.\n\nNgata, who was sworn in on November 27, spoke to Harris by phone a week later. Harris had also called him on election night, October 14, to congratulate him on his win.",
    claims: [
      {
        type: "meeting",
        participants: ["Tom Harris", "Aroha Ngata"],
        date: day("2023-12-20"),
        location: "Sydney",
      },
      {
        type: "call",
        participants: ["Aroha Ngata", "Tom Harris"],
        date: day("2023-12-04"),
      },
      {
        type: "call",
        participants: ["Tom Harris", "Aroha Ngata"],
        date: day("2023-10-14"),
      },
    ],
  },
  {
    name: "'The Kazakh and Uzbek leaders last met …': the two people holding those countries' offices",
    published: "2022-12-22",
    text: "Kazakh President Aibek Nurlanov held talks with Uzbek President Timur Rashidov in Astana on Thursday.\n\nThe Kazakh and Uzbek leaders last met in person on the sidelines of a summit in Bishkek on 14 October.",
    claims: [
      {
        type: "talks",
        participants: ["Aibek Nurlanov", "Timur Rashidov"],
        date: day("2022-12-22"),
        location: "Astana",
      },
      {
        type: "meeting",
        participants: ["Aibek Nurlanov", "Timur Rashidov"],
        date: day("2022-10-14"),
        location: "Bishkek",
      },
    ],
  },
  {
    name: "'… then held talks' takes the day the lead told",
    published: "2022-05-22",
    text: "President Jan Nowicki on Sunday became the first foreign leader to address the parliament in person.\n\nNowicki, who arrived by train early in the morning, then held talks with President Oksana Melnyk.",
    claims: [
      {
        type: "talks",
        participants: ["Jan Nowicki", "Oksana Melnyk"],
        date: day("2022-05-22"),
      },
    ],
  },
  {
    name: "'talked for over an hour and agreed to embark on negotiations' happened; 'The previous talks …' lend no length",
    published: "2023-07-14",
    text: "President Omar Haddad received Prime Minister Dawit Alemu in Cairo on Thursday.\n\nThe two leaders talked for over an hour and agreed to embark on expedited negotiations. The previous talks collapsed in April 2021 after a marathon seven-hour session.",
    claims: [
      {
        type: "meeting",
        participants: ["Omar Haddad", "Dawit Alemu"],
        date: day("2023-07-13"),
        duration: [60, null],
        location: "Cairo",
      },
    ],
  },
  {
    name: "'saw each other'; 'called on X at her hotel the previous day'; 'called Y on Tuesday'",
    published: "2024-06-22",
    text: "President Ana Costa hosted President Luis Ortega in Lisbon on Saturday. The two leaders last saw each other in Madrid last month.\n\nForeign Minister Pedro Alves called on Ortega at his hotel the previous day.\n\nCosta called Chancellor Greta Vogel on Tuesday.",
    claims: [
      {
        type: "meeting",
        participants: ["Ana Costa", "Luis Ortega"],
        date: day("2024-06-22"),
        location: "Lisbon",
      },
      {
        type: "meeting",
        participants: ["Ana Costa", "Luis Ortega"],
        date: ["2024-05-01", "2024-05-31"],
        location: "Madrid",
      },
      {
        type: "meeting",
        participants: ["Pedro Alves", "Luis Ortega"],
        date: day("2024-06-21"),
        location: "Lisbon",
      },
      {
        type: "call",
        participants: ["Ana Costa", "Greta Vogel"],
        date: day("2024-06-18"),
      },
    ],
  },
  {
    name: "'congratulated X … in a telephone conversation on 21 November'; 'The heads of state talked for over an hour'",
    published: "2022-12-22",
    text: "President Aibek Nurlanov held talks with President Timur Rashidov in Astana on Thursday. The heads of state talked for over an hour.\n\nRashidov also congratulated Nurlanov on his re-election in a telephone conversation on 21 November.",
    claims: [
      {
        type: "talks",
        participants: ["Aibek Nurlanov", "Timur Rashidov"],
        date: day("2022-12-22"),
        duration: [60, null],
        location: "Astana",
      },
      {
        type: "call",
        participants: ["Timur Rashidov", "Aibek Nurlanov"],
        date: day("2022-11-21"),
      },
    ],
  },
  {
    name: "'had spoken by phone in March' is a call of its own",
    published: "2022-06-03",
    text: "President Oleg Sorokin on Friday held talks with President Amadou Diallo in Sochi.\n\nSorokin and Diallo had spoken by phone in March, according to the Kremlin website.",
    claims: [
      {
        type: "talks",
        participants: ["Oleg Sorokin", "Amadou Diallo"],
        date: day("2022-06-03"),
        location: "Sochi",
      },
      {
        type: "call",
        participants: ["Oleg Sorokin", "Amadou Diallo"],
        date: ["2022-03-01", "2022-03-31"],
        attribution: "according to the Kremlin website",
      },
    ],
  },
  {
    name: "live blog: stamp headings date their entries, and 'this morning' counts from the entry's day",
    published: "2024-06-13",
    text: "G7 summit in Apulia – live\n\n2024-06-13 20:05 CEST\n\nPresident Mark Ellison and President Ivan Koval met for an hour and a quarter.\n\n2024-06-14 15:40 CEST\n\nOfficials have denied reports that Prime Minister Sofia Bianchi met President Louis Garnier privately this morning.",
    claims: [
      {
        type: "meeting",
        participants: ["Mark Ellison", "Ivan Koval"],
        date: day("2024-06-13"),
        duration: [75, 75],
        location: "Apulia",
      },
      {
        type: "meeting",
        participants: ["Sofia Bianchi", "Louis Garnier"],
        date: day("2024-06-14"),
        attribution: "Officials have denied",
        modality: "denied",
      },
    ],
  },
  {
    name: "a headline's setting places the story's unplaced meetings on its days; 'They … the pair's' follows the sentence before",
    published: "2024-11-10",
    text: "Santoso meets Chen in Beijing on first tour\n\nPresident Budi Santoso met Chinese President Chen Wei yesterday. Santoso also met Premier Liu Yang yesterday. They discussed trade. It was the pair's third meeting this year.",
    claims: [
      {
        type: "meeting",
        participants: ["Budi Santoso", "Chen Wei"],
        date: day("2024-11-09"),
        location: "Beijing",
      },
      {
        type: "meeting",
        participants: ["Budi Santoso", "Liu Yang"],
        date: day("2024-11-09"),
        location: "Beijing",
        ordinal: 3,
      },
    ],
  },
  {
    name: "'his Colombian counterpart' is the article's Colombian president, not the speaker",
    published: "2022-11-02",
    text: "Colombian President Mateo Rojas met President Diego Vargas in Caracas on Tuesday. Vargas said he would like to meet his Colombian counterpart again on the border.",
    claims: [
      {
        type: "meeting",
        participants: ["Mateo Rojas", "Diego Vargas"],
        date: day("2022-11-01"),
        location: "Caracas",
      },
      {
        type: "meeting",
        participants: ["Diego Vargas", "Mateo Rojas"],
        attribution: "Vargas said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'offered to host the next round … next year': a hypothetical meeting of the series told before",
    published: "2024-07-02",
    text: "Chancellor Greta Vogel held talks with Prime Minister Piotr Nowak in Warsaw on Tuesday.\n\nVogel offered to host the next round of consultations in Berlin next year, a government spokesman said.",
    claims: [
      {
        type: "talks",
        participants: ["Greta Vogel", "Piotr Nowak"],
        date: day("2024-07-02"),
        location: "Warsaw",
      },
      {
        type: "meeting",
        participants: ["Greta Vogel", "Piotr Nowak"],
        date: ["2025-01-01", "2025-12-31"],
        location: "Berlin",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'was invited to <city> for next year's leaders' meeting, and accepted': a planned meeting",
    published: "2021-05-31",
    text: "Prime Minister Tom Harris met Prime Minister Aroha Ngata in Queenstown on Monday.\n\nMs Ngata was invited to Sydney for next year's leaders' meeting, and accepted.",
    claims: [
      {
        type: "meeting",
        participants: ["Tom Harris", "Aroha Ngata"],
        date: day("2021-05-31"),
        location: "Queenstown",
      },
      {
        type: "meeting",
        participants: ["Tom Harris", "Aroha Ngata"],
        date: ["2022-01-01", "2022-12-31"],
        location: "Sydney",
        modality: "planned",
      },
    ],
  },
  {
    name: "'had also met in <city> earlier this year' is another occasion; 'the two ministers' are the ministers, not the prime minister",
    published: "2021-11-04",
    text: "Prime Minister Paul Martin will host the summit. Economy Minister Rosa Ibarra met Canada's Trade Minister Grace Lee last Thursday in Mexico City to prepare it. The two ministers had also met in Ottawa earlier this year.",
    claims: [
      {
        type: "meeting",
        participants: ["Rosa Ibarra", "Grace Lee"],
        date: day("2021-10-28"),
        location: "Mexico City",
      },
      {
        type: "meeting",
        participants: ["Rosa Ibarra", "Grace Lee"],
        date: ["2021-01-01", "2021-11-03"],
        location: "Ottawa",
      },
    ],
  },
  {
    name: "'shared a meal of local lamb' (no object of the verb); a subnational title ('Menteri Besar')",
    published: "2024-01-11",
    text: "On Tuesday evening Prime Minister Hana Sato and Governor Luis Ortega shared a meal of local lamb at a lodge near Arrowtown.\n\nDeputy Prime Minister Daniel Teo held talks with Johor Menteri Besar Aziz Rahim in Johor Bahru two days ago.",
    claims: [
      {
        type: "meeting",
        participants: ["Hana Sato", "Luis Ortega"],
        date: day("2024-01-09"),
        location: "Arrowtown",
      },
      {
        type: "talks",
        participants: ["Daniel Teo", "Aziz Rahim"],
        date: day("2024-01-09"),
        location: "Johor Bahru",
      },
    ],
  },
  {
    name: "'could not confirm reports that X met Y': unconfirmed, not hypothetical",
    published: "2022-06-03",
    text: "President Nadia Rahman held talks with President Kwame Asante in Sochi on Friday.\n\nThe agency could not confirm reports that Asante had also held a separate meeting with Minister Oleg Sorokin on Thursday; his office declined to comment.",
    claims: [
      {
        type: "talks",
        participants: ["Nadia Rahman", "Kwame Asante"],
        date: day("2022-06-03"),
        location: "Sochi",
      },
      {
        type: "meeting",
        participants: ["Kwame Asante", "Oleg Sorokin"],
        date: day("2022-06-02"),
        attribution: "could not confirm reports",
        modality: "unconfirmed",
      },
    ],
  },
  {
    name: "a bare 'The President' is the story's president, not the last one named",
    published: "2024-11-10",
    text: "President Budi Santoso met Chinese President Chen Wei in Beijing yesterday. Santoso signed five agreements.\n\nSantoso flies to Washington tomorrow to meet President Mark Ellison.\n\nThe President spoke to Prime Minister Omar Haddad by phone on Thursday.",
    claims: [
      {
        type: "meeting",
        participants: ["Budi Santoso", "Chen Wei"],
        date: day("2024-11-09"),
        location: "Beijing",
      },
      {
        type: "meeting",
        participants: ["Budi Santoso", "Mark Ellison"],
        date: day("2024-11-11"),
        location: "Washington",
        modality: "planned",
      },
      {
        type: "call",
        participants: ["Budi Santoso", "Omar Haddad"],
        date: day("2024-11-07"),
      },
    ],
  },
  {
    name: "'It was the second time this year that X met Y: …' counts the event told before, not the one after the colon",
    published: "2024-11-10",
    text: "President Budi Santoso met Chinese President Chen Wei in Beijing yesterday.\n\nIt was the second time this year that Santoso met Chen: he was received by the Chinese leader in Beijing on 1 April.",
    claims: [
      {
        type: "meeting",
        participants: ["Budi Santoso", "Chen Wei"],
        date: day("2024-11-09"),
        location: "Beijing",
        ordinal: 2,
      },
      {
        type: "meeting",
        participants: ["Budi Santoso", "Chen Wei"],
        date: day("2024-04-01"),
        location: "Beijing",
      },
    ],
  },
  {
    name: "'It was <Name>'s first trip abroad' counts the trip told before",
    published: "2020-07-08",
    text: "Mexican President Andres Molina arrived in Washington on Tuesday for talks with President Mark Ellison.\n\nIt was Molina's first trip abroad since he took office in December 2018.",
    claims: [
      {
        type: "talks",
        participants: ["Andres Molina", "Mark Ellison"],
        date: day("2020-07-07"),
        location: "Washington",
        ordinal: 1,
      },
    ],
  },
  {
    name: "'expected to pay a return visit to <country>': a planned visit; 'next year' dates it",
    published: "2018-07-08",
    text: "Diplomats said President Tesfaye Bekele was expected to pay a return visit to Ethiopia next year.",
    claims: [
      {
        type: "visit",
        participants: ["Tesfaye Bekele"],
        date: ["2019-01-01", "2019-12-31"],
        location: "Ethiopia",
        attribution: "Diplomats said",
        modality: "planned",
      },
    ],
  },
  {
    name: "an accepted invitation is a plan, the acceptance told before or after the trigger",
    published: "2019-10-12",
    text: "President Chen Wei invited Prime Minister Arjun Rao to visit China next year, and Rao accepted the invitation with pleasure.",
    claims: [
      {
        type: "visit",
        participants: ["Arjun Rao"],
        date: ["2020-01-01", "2020-12-31"],
        location: "China",
        modality: "planned",
      },
    ],
  },
  {
    name: "'a visit that would have been unthinkable' describes a visit that happened",
    published: "2018-07-08",
    text: "Prime Minister Dawit Alemu arrived in Asmara on Sunday for a visit that would have been unthinkable only months ago.",
    claims: [
      {
        type: "visit",
        participants: ["Dawit Alemu"],
        date: day("2018-07-08"),
        location: "Asmara",
      },
    ],
  },
  {
    name: "'could meet face to face' is no object of the verb",
    published: "2021-02-04",
    text: "Prime Minister Laila Haddad spoke with President Tomas Lindqvist by phone yesterday.\n\nThe pair could meet face to face at the summit in Cornwall in June if progress is made, she said.",
    claims: [
      {
        type: "call",
        participants: ["Laila Haddad", "Tomas Lindqvist"],
        date: day("2021-02-03"),
      },
      {
        type: "meeting",
        participants: ["Laila Haddad", "Tomas Lindqvist"],
        date: ["2021-06-01", "2021-06-30"],
        location: "Cornwall",
        modality: "hypothetical",
        // "she" opens a paragraph that names no one before it: the person the paragraph before is about.
        attribution: "she said",
      },
    ],
  },
  {
    name: "'earlier in the day' is the day of the event told before it; 'an hour and a quarter'",
    published: "2024-11-10",
    text: "President Budi Santoso met President Chen Wei in Beijing yesterday. It was their second meeting this year. Santoso was received by Chen in Beijing on 1 April, when he was still defence minister.\n\nEarlier in the day Santoso held talks with Premier Liu Yang, which lasted an hour and a quarter.",
    claims: [
      {
        type: "meeting",
        participants: ["Budi Santoso", "Chen Wei"],
        date: day("2024-11-09"),
        location: "Beijing",
        ordinal: 2,
      },
      {
        type: "meeting",
        participants: ["Budi Santoso", "Chen Wei"],
        date: day("2024-04-01"),
        location: "Beijing",
      },
      {
        type: "talks",
        participants: ["Budi Santoso", "Liu Yang"],
        date: day("2024-11-09"),
        duration: [75, 75],
        location: "Beijing",
      },
    ],
  },
  {
    name: "a where-clause's own day beats its antecedent's ('fly … tomorrow, where he is to meet … on Tuesday')",
    published: "2024-11-10",
    text: "President Budi Santoso is due to fly to Washington tomorrow, where he is set to meet President Mark Ellison at the White House on Tuesday.",
    claims: [
      {
        type: "meeting",
        participants: ["Budi Santoso", "Mark Ellison"],
        date: day("2024-11-12"),
        location: "White House",
        modality: "planned",
      },
    ],
  },
  {
    name: "'The two leaders' opening a sentence are the two the sentence before named",
    published: "2019-06-18",
    text: "Chancellor Greta Vogel received President Ivan Koval in Berlin on Tuesday.\n\nKoval came to Berlin from Paris, where he met President Louis Garnier at the Elysee Palace on Monday evening. The two leaders dined together after a joint press appearance.",
    claims: [
      {
        type: "meeting",
        participants: ["Greta Vogel", "Ivan Koval"],
        date: day("2019-06-18"),
        location: "Berlin",
      },
      {
        type: "meeting",
        participants: ["Ivan Koval", "Louis Garnier"],
        date: day("2019-06-17"),
        location: "Elysee Palace",
      },
    ],
  },
  {
    name: "X and Y agreed …, after N hours of talks",
    published: "2024-03-07",
    text: "Kenyan President Joseph Kariuki and Tanzanian President Amina Juma agreed on Wednesday to reopen the border crossing, after about three hours of talks in Arusha.",
    claims: [
      {
        type: "talks",
        participants: ["Joseph Kariuki", "Amina Juma"],
        date: day("2024-03-06"),
        duration: [165, 195],
        location: "Arusha",
        modality: "occurred",
      },
    ],
  },
  {
    name: "the lead's day dates a later undated meeting; 'The meeting at <place> was the Nth'",
    published: "2024-03-07",
    text: "Chilean President Isabel Rojas and Peruvian President Diego Huamán agreed on Wednesday to share water data.\n\nIsabel Rojas and Diego Huamán met near the border. The meeting at Arica was the third between the two leaders this year.",
    claims: [
      {
        type: "meeting",
        participants: ["Isabel Rojas", "Diego Huamán"],
        date: day("2024-03-06"),
        location: "Arica",
        ordinal: 3,
      },
    ],
  },
  {
    name: "their formal talks lasted …",
    published: "2024-03-07",
    text: "Polish President Jan Kowalczyk met Czech President Petr Dvorak in Prague on Tuesday. Their formal talks lasted two hours.",
    claims: [
      {
        type: "meeting",
        participants: ["Jan Kowalczyk", "Petr Dvorak"],
        date: day("2024-03-05"),
        duration: [120, 120],
        location: "Prague",
      },
    ],
  },
  {
    name: "had spoken with X last week, with nothing placing them together, is a call",
    published: "2024-05-16",
    text: "Dutch Prime Minister Pieter de Wit had spoken with Belgian Prime Minister Luc Peeters last week about the rail link.",
    claims: [
      {
        type: "call",
        participants: ["Pieter de Wit", "Luc Peeters"],
        date: ["2024-05-06", "2024-05-12"],
      },
    ],
  },
  {
    name: "travel to <place> for talks with Y keeps Y",
    published: "2024-05-16",
    text: "Irish Prime Minister Sean Dolan is due to travel to Ottawa for talks with Canadian Prime Minister Anne Leblanc next week.",
    claims: [
      {
        type: "talks",
        participants: ["Sean Dolan", "Anne Leblanc"],
        date: ["2024-05-20", "2024-05-26"],
        location: "Ottawa",
        modality: "planned",
      },
    ],
  },
  {
    name: "told reporters in <city> is not where the call was",
    published: "2024-05-16",
    text: "Austrian Chancellor Markus Huber held a phone call with Slovak Prime Minister Juraj Novak on Wednesday, a spokesman told reporters in Vienna.",
    claims: [
      {
        type: "call",
        participants: ["Markus Huber", "Juraj Novak"],
        date: day("2024-05-15"),
        attribution: "a spokesman told",
      },
    ],
  },
  {
    name: "an accepted invitation to visit is planned",
    published: "2024-05-16",
    text: "Spanish Prime Minister Carlos Ibarra accepted an invitation to visit Rabat.",
    claims: [
      {
        type: "visit",
        participants: ["Carlos Ibarra"],
        location: "Rabat",
        modality: "planned",
      },
    ],
  },
  {
    name: "a counterfactual 'would have been his first visit' is hypothetical",
    published: "2024-05-16",
    text: "It would have been Chilean President Tomás Fuentes's first visit to Lima since he took office.",
    claims: [
      {
        type: "visit",
        participants: ["Tomás Fuentes"],
        location: "Lima",
        ordinal: 1,
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "a since-clause date is not the event's, 'several ministers' is not generic",
    published: "2023-05-03",
    text: "President Tomás Ibáñez travelled to Montevideo on Tuesday.\n\nUruguayan President Martín Cabrera received Ibáñez at the Executive Tower, where the two leaders talked alone for an hour before a lunch attended by several ministers.\n\nIt was their third meeting since Cabrera took office on March 1, according to officials.",
    claims: [
      {
        type: "meeting",
        participants: ["Martín Cabrera", "Tomás Ibáñez"],
        date: day("2023-05-02"),
        duration: [60, 60],
        location: "Executive Tower",
        ordinal: 3,
      },
    ],
  },
  {
    name: "an ordinal naming a visit counts the visit, not the talks beside it",
    published: "2024-05-16",
    text: "Indonesian President Arief Wibowo arrived in Manila on Monday.\n\nWibowo held talks with Philippine President Ramon Cruz on Wednesday.\n\nIt is Wibowo's second state visit to the Philippines.",
    claims: [
      {
        type: "visit",
        participants: ["Arief Wibowo"],
        date: day("2024-05-13"),
        location: "Manila",
        ordinal: 2,
      },
      {
        type: "talks",
        participants: ["Arief Wibowo", "Ramon Cruz"],
        date: day("2024-05-15"),
        location: "Manila",
      },
    ],
  },
  {
    name: "a standfirst ordinal counts the call told after it",
    published: "2024-05-16",
    text: "Greek Prime Minister Nikos Pappas and Cypriot President Andreas Loizou discussed energy. It was their third call this year.\n\nPappas held a phone call with Loizou on Tuesday, his office said.",
    claims: [
      {
        type: "call",
        participants: ["Nikos Pappas", "Andreas Loizou"],
        date: day("2024-05-14"),
        ordinal: 3,
        attribution: "his office said",
      },
    ],
  },
  {
    name: "'the first visit by a <nationality> leader' is not the person's own count",
    published: "2024-05-16",
    text: "Thai Prime Minister Somchai Wongsa visited Lima on Monday, the first visit to the country by a Thai leader in 20 years.",
    claims: [
      {
        type: "visit",
        participants: ["Somchai Wongsa"],
        date: day("2024-05-13"),
        location: "Lima",
      },
    ],
  },
  {
    name: "'in the <adjective> city of <unknown place>' places the event; 'instead' carries the day and place",
    published: "2024-05-17",
    text: "Serbian President Milan Petrović did not meet Kosovo Prime Minister Arben Krasniqi in the Italian city of Bari on Thursday.\n\nPetrović instead held talks with Italian Prime Minister Lucia Conti.",
    claims: [
      {
        type: "meeting",
        participants: ["Milan Petrović", "Arben Krasniqi"],
        date: day("2024-05-16"),
        location: "Bari",
        modality: "denied",
      },
      {
        type: "talks",
        participants: ["Milan Petrović", "Lucia Conti"],
        date: day("2024-05-16"),
        location: "Bari",
      },
    ],
  },
  {
    name: "X and Y agreed …; 'The talks at <place> ran from … to …' is their talks",
    published: "2024-06-10",
    text: "Latvian Prime Minister Ilze Ozola and Estonian Prime Minister Mart Tamm agreed on Sunday to link their power grids.\n\nThe talks at the government house in Riga ran from 2:10 p.m. to 3:40 p.m., officials said.",
    claims: [
      {
        type: "talks",
        participants: ["Ilze Ozola", "Mart Tamm"],
        date: day("2024-06-09"),
        duration: [90, 90],
        location: "Riga",
      },
    ],
  },
  {
    name: "'<Weekday>'s meeting at <site> was also attended by X and Y' dates the event and adds them",
    published: "2024-06-12",
    text: "Vietnamese Prime Minister Tran Van Long held talks with Thai Prime Minister Somchai Wongsa in Hanoi.\n\nTuesday's meeting at the Presidential Palace was also attended by Foreign Minister Nguyen Thi Hoa and Trade Minister Anan Srisuk.",
    claims: [
      {
        type: "talks",
        participants: ["Tran Van Long", "Somchai Wongsa", "Nguyen Thi Hoa", "Anan Srisuk"],
        date: day("2024-06-11"),
        location: "Hanoi",
      },
    ],
  },
  {
    name: "X received on <day> his counterpart Y (verb, date, object)",
    published: "2024-02-15",
    text: "Lebanese President Karim Haddad received on Wednesday his Jordanian counterpart Omar Khalil at the palace in Beirut.",
    claims: [
      {
        type: "meeting",
        participants: ["Karim Haddad", "Omar Khalil"],
        date: day("2024-02-14"),
        location: "Beirut",
      },
    ],
  },
  {
    name: "a live-blog entry's clock time does not date a wished-for meeting",
    published: "2024-03-17",
    text: "Border crisis live\n\n12:40 GMT - Kenya's President Joseph Kariuki is ready to meet Uganda's President Yoweri Mugisha, his adviser told reporters.",
    claims: [
      {
        type: "meeting",
        participants: ["Joseph Kariuki", "Yoweri Mugisha"],
        attribution: "his adviser told",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "a trip does not fold into a phone call",
    published: "2024-06-14",
    text: "Austrian Chancellor Markus Huber held a phone call with Slovak Prime Minister Juraj Novak.\n\nHuber will travel to Bratislava next week.",
    claims: [
      {
        type: "call",
        participants: ["Markus Huber", "Juraj Novak"],
      },
      {
        type: "visit",
        participants: ["Markus Huber"],
        date: ["2024-06-17", "2024-06-23"],
        location: "Bratislava",
        modality: "planned",
      },
    ],
  },
  {
    name: "'due to' in a later before-clause does not make the call planned",
    published: "2024-06-14",
    text: "Austrian Chancellor Markus Huber held a phone call with Slovak Prime Minister Juraj Novak, a day before new border rules were due to take effect.",
    claims: [
      {
        type: "call",
        participants: ["Markus Huber", "Juraj Novak"],
        modality: "occurred",
      },
    ],
  },
  {
    name: "'…, a day after a meeting with Z': another event, a day earlier, with its own length and place",
    published: "2021-05-12",
    text: "Chancellor Ingrid Halvorsen flew to Vilnius on Tuesday for talks with President Tomas Zukauskas, a day after a marathon meeting with Prime Minister Aino Virtanen in Helsinki that lasted more than five hours.",
    claims: [
      {
        type: "talks",
        participants: ["Ingrid Halvorsen", "Tomas Zukauskas"],
        date: day("2021-05-11"),
        duration: null,
        location: "Vilnius",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Ingrid Halvorsen", "Aino Virtanen"],
        date: day("2021-05-10"),
        duration: [300, null],
        location: "Helsinki",
        modality: "occurred",
      },
    ],
  },
  {
    name: "titled names ending in a site word ('Senator Maria Hall', 'Governor John Church') are people, also when repeated bare; 'Officials' is no one",
    published: "2022-10-04",
    text: "Senator Maria Hall met Governor John Church in Boise on Monday. Officials said Maria Hall and John Church met for 40 minutes.",
    claims: [
      {
        type: "meeting",
        participants: ["Maria Hall", "John Church"],
        date: day("2022-10-03"),
        duration: [40, 40],
        location: "Boise",
        attribution: "Officials said",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'the two leaders' stands for the two people the story is about; 'over dinner' is a meeting",
    published: "2016-11-18",
    text: "Prime Minister Kofi Mensah and President Amara Diallo spent more than three hours over dinner at the Hotel Ivoire on Wednesday evening. Mensah had flown in from Lomé, where he met President Koffi Agbeko. On Thursday the two leaders held formal talks at the presidency.",
    claims: [
      {
        type: "meeting",
        participants: ["Kofi Mensah", "Amara Diallo"],
        date: day("2016-11-16"),
        duration: [180, null],
        location: "Hotel Ivoire",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Kofi Mensah", "Koffi Agbeko"],
        location: "Lomé",
        modality: "occurred",
      },
      {
        type: "talks",
        participants: ["Kofi Mensah", "Amara Diallo"],
        date: day("2016-11-17"),
        modality: "occurred",
      },
    ],
  },
  {
    name: "'X and her counterpart Y, who held talks in <place> in <month>': the relative clause's antecedents; 'offered to host a meeting' is hypothetical",
    published: "2021-05-31",
    text: "Foreign Minister Aroha Ngata and her Australian counterpart Claire Dawson, who held talks in Wellington in April, had made clear they would speak plainly. Prime Minister Liam Walker offered to host a meeting between Aroha Ngata and President Tomas Ruiz.",
    claims: [
      {
        type: "talks",
        participants: ["Aroha Ngata", "Claire Dawson"],
        date: ["2021-04-01", "2021-04-30"],
        location: "Wellington",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Liam Walker", "Aroha Ngata", "Tomas Ruiz"],
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'no bilateral meeting' is denied; a regnal number does not split a king in two",
    published: "2025-04-15",
    text: "Jordan's King Faisal meets Egypt's president; no bilateral meeting with Morocco's premier\n\nEgyptian President Omar Nasser has met Jordan's King Faisal III in Cairo on Tuesday, the presidency said. There was no bilateral meeting between King Faisal and Moroccan Prime Minister Youssef Amrani.",
    claims: [
      {
        type: "meeting",
        participants: ["Omar Nasser", "King Faisal III"],
        date: day("2025-04-15"),
        location: "Cairo",
        attribution: "the presidency said",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["King Faisal III", "Youssef Amrani"],
        modality: "denied",
      },
    ],
  },
  {
    name: "'They spoke by phone', 'the leaders … talked for N hours', ', where he met', 'last met in <month>' stays its own event, 'due to be received by'",
    published: "2019-03-06",
    text: "President Joseph Kariuki received President Amina Juma at State House in Nairobi on Tuesday. The leaders and their delegations talked for between two and three hours. They spoke by phone earlier this year. The two leaders last met in Addis Ababa in February. Juma travelled to Kampala in January, where she met President Samuel Okello. Okello is due to be received by Kariuki in Nairobi next week.",
    claims: [
      {
        type: "meeting",
        participants: ["Joseph Kariuki", "Amina Juma"],
        date: day("2019-03-05"),
        duration: [120, 180],
        location: "State House",
        modality: "occurred",
      },
      {
        type: "call",
        participants: ["Joseph Kariuki", "Amina Juma"],
        date: ["2019-01-01", "2019-03-05"],
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Joseph Kariuki", "Amina Juma"],
        date: ["2019-02-01", "2019-02-28"],
        location: "Addis Ababa",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Amina Juma", "Samuel Okello"],
        date: ["2019-01-01", "2019-01-31"],
        location: "Kampala",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Samuel Okello", "Joseph Kariuki"],
        date: ["2019-03-11", "2019-03-17"],
        location: "Nairobi",
        modality: "planned",
      },
    ],
  },
  {
    name: "a three-way summit takes everyone the sentence names; 'met X for the first time since' is not generic; 'could meet him' is the last-named other person",
    published: "2018-09-18",
    text: "At a three-way summit in Tehran on September 7 with Iran's President Hamid Karimi, President Ivan Sokolov had rebuffed President Emre Aydin's appeal for a truce. On Tuesday Aydin visited Baku, where he met President Rauf Aliyev for the first time since the war began. A spokesman, Oleg Petrenko, said Sokolov was open to contacts with Aydin and could meet him again if needed.",
    claims: [
      {
        type: "meeting",
        participants: ["Hamid Karimi", "Ivan Sokolov", "Emre Aydin"],
        date: day("2018-09-07"),
        location: "Tehran",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Emre Aydin", "Rauf Aliyev"],
        date: day("2018-09-18"),
        location: "Baku",
        ordinal: 1,
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Ivan Sokolov", "Emre Aydin"],
        attribution: "Oleg Petrenko, said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "an unrecognised capitalised subject ('the Tampa Bay Rays meet …') is not the sentence's person; 'He and his counterpart, X,' are both parties",
    published: "2021-06-27",
    text: "Foreign Minister Vincent Mugisha said the visit was prepared carefully. He and his Congolese counterpart, Christophe Lumbala, met in Rubavu on the 14th to finalise the programme. President Grace Okafor will then attend a game in which the Lagos City Rangers meet the national team.",
    claims: [
      {
        type: "meeting",
        participants: ["Vincent Mugisha", "Christophe Lumbala"],
        date: day("2021-06-14"),
        location: "Rubavu",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'the two and their partners shared a meal'; 'will be joined … by'; 'since the two met' takes the two named in its sentence",
    published: "2021-05-31",
    text: "Prime Minister Liam Walker hosted Prime Minister Aroha Ngata in Queenstown today.\n\nOn Sunday evening the two leaders and their partners shared a meal by the lake.\n\nForeign Minister Claire Dawson has spoken to her counterpart Tama Rewi by phone since the two met in Wellington in April.\n\nTomorrow Walker and Ngata will be joined at the lodge by President Elena Ruiz.",
    claims: [
      {
        type: "meeting",
        participants: ["Liam Walker", "Aroha Ngata"],
        date: day("2021-05-31"),
        location: "Queenstown",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Liam Walker", "Aroha Ngata"],
        date: day("2021-05-30"),
        location: "Queenstown",
        modality: "occurred",
      },
      {
        type: "call",
        participants: ["Claire Dawson", "Tama Rewi"],
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Claire Dawson", "Tama Rewi"],
        date: ["2021-04-01", "2021-04-30"],
        location: "Wellington",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Liam Walker", "Aroha Ngata", "Elena Ruiz"],
        date: day("2021-06-01"),
        location: "Queenstown",
        modality: "planned",
      },
    ],
  },
  {
    name: "'have met three times, most recently in <place> in <month>': the latest of the count, counted",
    published: "2019-02-28",
    text: "President Jae-won Han and Chairman Min-ho Lee have already met three times, most recently in Pyongyang in September.",
    claims: [
      {
        type: "meeting",
        participants: ["Jae-won Han", "Min-ho Lee"],
        date: ["2018-09-01", "2018-09-30"],
        location: "Pyongyang",
        ordinal: 3,
        modality: "occurred",
      },
    ],
  },
  {
    name: "'the following day' counts from the day told before it; 'later in the year' dates a plan; ', after a trip in June last year' is another event",
    published: "2026-02-20",
    text: "Prime Minister Liam Walker will fly to Brisbane on Wednesday next week, and is due to meet Prime Minister Jack Brennan the following day. President Tomas Ruiz is expected to travel to Kigali later in the year. The trip, which began in Shanghai on Wednesday, is Secretary Mary Cole's second visit to China in less than a year, after a trip in June last year.",
    claims: [
      {
        type: "meeting",
        participants: ["Liam Walker", "Jack Brennan"],
        date: day("2026-02-26"),
        location: "Brisbane",
        modality: "planned",
      },
      {
        type: "visit",
        participants: ["Tomas Ruiz"],
        date: ["2026-02-21", "2026-12-31"],
        location: "Kigali",
        modality: "planned",
      },
      {
        type: "visit",
        participants: ["Mary Cole"],
        date: day("2026-02-18"),
        location: "China",
        ordinal: 2,
        modality: "occurred",
      },
    ],
  },
  {
    name: "'more than three hours of Sokolov-Aydin talks': two known surnames joined by a hyphen are two people",
    published: "2018-09-18",
    text: "President Ivan Sokolov and his Turkish counterpart Emre Aydin agreed yesterday to create a buffer zone.\n\nThe announcement came after more than three hours of Sokolov-Aydin talks in the Black Sea resort of Sochi.",
    claims: [
      {
        type: "talks",
        participants: ["Ivan Sokolov", "Emre Aydin"],
        date: day("2018-09-17"),
        duration: [180, null],
        location: "Sochi",
        modality: "occurred",
      },
    ],
  },
  {
    name: "a report the other side denies ('denied that any meeting … took place') is denied; one it will not confirm is unconfirmed",
    published: "2024-07-06",
    text: "A news site reported that Prime Minister Viktor Halas also met Foreign Minister Sergei Volkov on Friday. A government spokesman would not confirm the meeting.\n\nIn November, local media reported that Halas had flown to the Saudi city of Neom, where he met Crown Prince Faisal Rahman. Foreign Minister Khalid Nasser denied that any meeting with Halas took place.",
    claims: [
      {
        type: "meeting",
        participants: ["Viktor Halas", "Sergei Volkov"],
        date: day("2024-07-05"),
        modality: "unconfirmed",
      },
      {
        type: "meeting",
        participants: ["Viktor Halas", "Faisal Rahman"],
        date: ["2023-11-01", "2023-11-30"],
        location: "Neom",
        attribution: "local media reported",
        modality: "denied",
      },
    ],
  },
  {
    name: "'López Obrador' is 'Andrés Manuel López Obrador'; 'had never met in person' in the outlet's voice is no claim; '\"no plans\" to travel' is denied",
    published: "2020-07-08",
    text: 'President Daniel Carter welcomed Mexican President Andrés Manuel López Obrador to the White House on Wednesday. The two leaders had never met in person. López Obrador and Carter held talks in the Oval Office. His office said Prime Minister Jean Tremblay had "no plans" to travel to Washington this week.',
    claims: [
      {
        type: "meeting",
        participants: ["Daniel Carter", "Andrés Manuel López Obrador"],
        date: day("2020-07-08"),
        location: "Oval Office",
        modality: "occurred",
      },
      {
        type: "visit",
        participants: ["Jean Tremblay"],
        date: ["2020-07-06", "2020-07-12"],
        location: "Washington",
        attribution: "His office said",
        modality: "denied",
      },
    ],
  },
  {
    name: "a live-blog entry's own stamp ('2019-06-28 08:55 —') dates its claims and its 'this evening'",
    published: "2019-06-27",
    text: "Thursday 27 June\n\n2019-06-27 23:10 — The host, Prime Minister Kenji Mori, held talks with President Li Wen this evening at the Westin hotel.\n\n2019-06-28 08:55 — President Tom Baker met Kenji Mori for breakfast-time talks at the Imperial Hotel.",
    claims: [
      {
        type: "meeting",
        participants: ["Kenji Mori", "Li Wen"],
        date: day("2019-06-27"),
        location: "Westin",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Tom Baker", "Kenji Mori"],
        date: day("2019-06-28"),
        location: "Imperial Hotel",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'declined to confirm reports that X had met Y': unconfirmed",
    published: "2017-05-11",
    text: "A spokesman for the presidency, Farid Haddad, declined to confirm reports that Foreign Minister Leila Mansour had met envoy Karim Bensalem in Algiers on Wednesday evening.",
    claims: [
      {
        type: "meeting",
        participants: ["Leila Mansour", "Karim Bensalem"],
        date: day("2017-05-10"),
        location: "Algiers",
        modality: "unconfirmed",
      },
    ],
  },
  {
    name: "'on <name> Island' and 'the prefecture of <name>' place events; 'A day earlier,' dates by the claim before",
    published: "2019-04-26",
    text: "Prime Minister Haruto Nakamura hosted President Min-jun Park at a hot spring resort in the prefecture of Tottori on Thursday. A day earlier, Min-jun Park held talks with Premier Wei Zhang on Jeju Island.",
    claims: [
      {
        type: "meeting",
        participants: ["Haruto Nakamura", "Min-jun Park"],
        date: day("2019-04-25"),
        location: "Tottori",
        modality: "occurred",
      },
      {
        type: "talks",
        participants: ["Min-jun Park", "Wei Zhang"],
        date: day("2019-04-24"),
        location: "Jeju Island",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'held preparatory talks': any describing words between holding and talks; 'then-President' is a title",
    published: "2021-06-10",
    text: "Foreign ministers Amara Diallo and Kofi Mensah held preparatory talks in Accra on Tuesday. Then-President Ousmane Keita later visited Bamako and met Prime Minister Ibrahim Traore on Wednesday.",
    claims: [
      {
        type: "talks",
        participants: ["Amara Diallo", "Kofi Mensah"],
        date: day("2021-06-08"),
        location: "Accra",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Ousmane Keita", "Ibrahim Traore"],
        date: day("2021-06-09"),
        location: "Bamako",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'met … before co-chairing the third summit': the side deed keeps its count, the meeting keeps the length told next",
    published: "2022-03-08",
    text: "Prime Minister Tomasi Vunivalu and President Lina Keke met at the State House in Apia on Monday before co-chairing the third summit of the Pacific Ocean Forum. The bilateral meeting lasted about 45 minutes.",
    claims: [
      {
        type: "meeting",
        participants: ["Tomasi Vunivalu", "Lina Keke"],
        date: day("2022-03-07"),
        duration: [40, 50],
        location: "State House",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Tomasi Vunivalu", "Lina Keke"],
        date: day("2022-03-07"),
        location: "Apia",
        ordinal: 3,
        modality: "occurred",
      },
    ],
  },
  {
    name: "'The previous day, X received Y to prepare Friday's meeting', paragraphs below the lead: the day before the lead's",
    published: "2020-02-22",
    text: "KATUNA, Uganda (AFP) - President Amani Kato of Uganda and President Jean Mugabo of Rwanda met at the border on Friday to end a long feud.\n\nThe talks were closed to the press.\n\nTraders watched from a distance.\n\nRefugees waited by the road.\n\nThe previous day, Kato received Foreign Minister Eric Nkusi at State House in Entebbe to prepare Friday's meeting.",
    claims: [
      {
        type: "meeting",
        participants: ["Amani Kato", "Jean Mugabo"],
        date: day("2020-02-21"),
        location: "Katuna",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Amani Kato", "Eric Nkusi"],
        date: day("2020-02-20"),
        location: "State House",
        modality: "occurred",
      },
    ],
  },
  {
    name: "a day in a 'who' clause is the subject's; 'during a one-day visit' is the trip's length; a speaker right before a quote is its subject",
    published: "2022-11-30",
    text: 'TEHRAN -- Prime Minister Karim Haddad held talks with President Reza Tavakoli in Tehran on Tuesday during a one-day visit. Haddad, who was sworn in after the October 2021 elections, was welcomed by Tavakoli at the palace. A spokesman said Tavakoli "is ready to meet Haddad again at any time".',
    claims: [
      {
        type: "talks",
        participants: ["Karim Haddad", "Reza Tavakoli"],
        date: day("2022-11-29"),
        location: "Tehran",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Reza Tavakoli", "Karim Haddad"],
        date: null,
        attribution: "A spokesman said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'had spoken by telephone in June, … and again in a brief call in December': two calls",
    published: "2023-04-21",
    text: "President Carlos Mejia and President Ana Duarte had spoken by telephone in June, shortly after the run-off, and again in a brief call in December.",
    claims: [
      {
        type: "call",
        participants: ["Carlos Mejia", "Ana Duarte"],
        date: ["2022-06-01", "2022-06-30"],
        modality: "occurred",
      },
      {
        type: "call",
        participants: ["Carlos Mejia", "Ana Duarte"],
        date: ["2022-12-01", "2022-12-31"],
        modality: "occurred",
      },
    ],
  },
  {
    name: "'the prime minister' of a 2022 story is the one in office then, as the gazetteer's terms tell",
    published: "2022-06-23",
    text: "Boris Johnson landed in Kigali on Thursday. Johnson flew overnight. Jamaica's prime minister Andrew Holness arrived later. The prime minister will meet President Paul Kagame this afternoon.",
    claims: [
      {
        type: "meeting",
        participants: ["Boris Johnson", "Paul Kagame"],
        date: day("2022-06-23"),
        location: "Kigali",
        modality: "planned",
      },
    ],
  },
  {
    name: "'spoke Friday with X, …, and on Wednesday night with Y': the verb told again for another day and counterpart",
    published: "2016-12-03",
    text: "President-elect Tom Harlan also spoke Friday with President Rafael Cruz, who wished him well, and on Wednesday night with Prime Minister Imran Malik.",
    claims: [
      {
        type: "call",
        participants: ["Tom Harlan", "Rafael Cruz"],
        date: day("2016-12-02"),
        modality: "occurred",
      },
      {
        type: "call",
        participants: ["Tom Harlan", "Imran Malik"],
        date: day("2016-11-30"),
        modality: "occurred",
      },
    ],
  },
  {
    name: "an unplaced meeting on the story's day happened at the dateline's place; a visit's city replaces its country",
    published: "2020-12-30",
    text: "CHISINAU (Reuters) - President Klaus Iohannis paid a one-day visit to Chisinau on Tuesday, becoming the first foreign head of state to visit Moldova this year, and met President Maia Sandu. Iohannis also held talks with Prime Minister Ion Chicu on Tuesday.",
    claims: [
      {
        type: "meeting",
        participants: ["Klaus Iohannis", "Maia Sandu"],
        date: day("2020-12-29"),
        location: "Chișinău",
        modality: "occurred",
      },
      {
        type: "talks",
        participants: ["Klaus Iohannis", "Ion Chicu"],
        date: day("2020-12-29"),
        location: "Chișinău",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'X and Y spoke for barely 20 minutes'; 'Both leaders held separate meetings with Z': each met Z, apart from their own meeting",
    published: "2022-09-17",
    text: "President Aidar Toktosunov and President Rustam Nazarov spoke for barely 20 minutes on Friday, according to Toktosunov's press secretary Bakyt Osmonov, who said the two men agreed to a ceasefire. Both leaders held separate meetings with President Ivan Sokolov on Friday.",
    claims: [
      {
        type: "talks",
        participants: ["Aidar Toktosunov", "Rustam Nazarov"],
        date: day("2022-09-16"),
        duration: [15, 20],
        attribution: "according to Toktosunov's press secretary Bakyt Osmonov",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Aidar Toktosunov", "Ivan Sokolov"],
        date: day("2022-09-16"),
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Rustam Nazarov", "Ivan Sokolov"],
        date: day("2022-09-16"),
        modality: "occurred",
      },
    ],
  },
  {
    name: "'met A at P1 and B at P2' is two meetings; talks 'by video call' are a call; 'several times before …, most recently in X on 12.02.2020'",
    published: "2020-12-30",
    text: "Later on Friday, President Park Ji-sung met Prime Minister Tran Van Binh at the Government Office and General Secretary Nguyen Van Hoa at the Party Central Committee headquarters. Park and Tran had last held talks on 9 February, by video call. Park and Hoa had met several times before the election, most recently in Hanoi on 12.02.2020.",
    claims: [
      {
        type: "meeting",
        participants: ["Park Ji-sung", "Tran Van Binh"],
        date: day("2020-12-25"),
        location: "Government Office",
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Park Ji-sung", "Nguyen Van Hoa"],
        date: day("2020-12-25"),
        modality: "occurred",
      },
      {
        type: "call",
        participants: ["Park Ji-sung", "Tran Van Binh"],
        date: day("2020-02-09"),
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Park Ji-sung", "Nguyen Van Hoa"],
        date: day("2020-02-12"),
        location: "Hanoi",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'X, who accompanied Y, met his counterpart Tran Thanh Son': the aside names no subject, a capitalised 'Son' ends a name; 'dismissed a local news report that' denies",
    published: "2018-03-24",
    text: "Vice Foreign Minister Lim Sung-nam, who accompanied President Park Ji-sung, met his Vietnamese counterpart Tran Thanh Son on Friday morning. The spokesman dismissed a local news report that Park had met Vice President Dang Thi Mai on Friday.",
    claims: [
      {
        type: "meeting",
        participants: ["Lim Sung-nam", "Tran Thanh Son"],
        date: day("2018-03-23"),
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Park Ji-sung", "Dang Thi Mai"],
        date: day("2018-03-23"),
        attribution: "The spokesman dismissed",
        modality: "denied",
      },
    ],
  },
  {
    name: "'The two presidents met late on Wednesday': a time adverb after the verb is no object the pair met",
    published: "2022-09-17",
    text: "President Aidar Toktosunov and President Rustam Nazarov met on Friday. The two presidents had spoken by telephone late on Wednesday.",
    claims: [
      {
        type: "meeting",
        participants: ["Aidar Toktosunov", "Rustam Nazarov"],
        date: day("2022-09-16"),
        modality: "occurred",
      },
      {
        type: "call",
        participants: ["Aidar Toktosunov", "Rustam Nazarov"],
        date: day("2022-09-14"),
        modality: "occurred",
      },
    ],
  },
  {
    name: "'a marathon seven-hour session between A and B'; 'he was \"prepared to meet the Prime Minister\"' is the speaker's wish",
    published: "2023-06-10",
    text: 'Prime Minister Andrew Kerr met Lord Ashby on Friday. The talks collapsed in April 2021 after a marathon seven-hour session between Foreign Minister Samir Haddad and water minister Dawit Bekele. Opposition Leader Mark Golding said he was "prepared to meet the Prime Minister" on Haiti.',
    claims: [
      {
        type: "meeting",
        participants: ["Andrew Kerr", "Lord Ashby"],
        date: day("2023-06-09"),
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Samir Haddad", "Dawit Bekele"],
        date: ["2021-04-01", "2021-04-30"],
        duration: [420, 420],
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Mark Golding", "Andrew Kerr"],
        date: null,
        attribution: "Opposition Leader Mark Golding said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'spoke by telephone … on Wednesday and again on Friday': two calls; 'called on X … to discuss' is a visit, not a demand",
    published: "2024-08-04",
    text: "Foreign Minister Mauro Pinto spoke by telephone with his counterpart, Yvan Ruiz, on Wednesday and again on Friday. Ambassador Li Ming called on Prime Minister Charles Tabi on Thursday to discuss a new palace.",
    claims: [
      {
        type: "call",
        participants: ["Mauro Pinto", "Yvan Ruiz"],
        date: day("2024-07-31"),
        modality: "occurred",
      },
      {
        type: "call",
        participants: ["Mauro Pinto", "Yvan Ruiz"],
        date: day("2024-08-02"),
        modality: "occurred",
      },
      {
        type: "meeting",
        participants: ["Li Ming", "Charles Tabi"],
        date: day("2024-08-01"),
        modality: "occurred",
      },
    ],
  },
  {
    name: "'X led a US delegation …; President Y hosted the US delegation at a working breakfast': the delegation stands for its leader",
    published: "2021-10-09",
    text: "Secretary of State Tom Avery led a US delegation that included Attorney General Ruth Cole. On Friday, President Luis Ortega hosted the US delegation at a working breakfast that lasted some 90 minutes.",
    claims: [
      {
        type: "meeting",
        participants: ["Luis Ortega", "Tom Avery"],
        date: day("2021-10-08"),
        duration: [75, 105],
        modality: "occurred",
      },
    ],
  },
  {
    name: "'The delegation-level talks … lasted about two and a half hours' measures the talks before; 'a plan for 2015-2016' dates the plan, not the talks",
    published: "2015-04-24",
    text: "Foreign Minister Erlan Sadykov held talks with his counterpart Aziz Karimov in Tashkent on Thursday. The delegation-level talks lasted about two and a half hours. Following the Sadykov–Karimov talks, the two ministries signed a plan of consultations for 2015-2016.",
    claims: [
      {
        type: "talks",
        participants: ["Erlan Sadykov", "Aziz Karimov"],
        date: day("2015-04-23"),
        duration: [135, 165],
        location: "Tashkent",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'X flies to J on Sunday to brief Y and is due in P on Monday to meet Z': the second verb phrase is X's, and lies ahead",
    published: "2013-09-14",
    text: "Secretary of State Tom Avery flies to Jerusalem on Sunday to brief Prime Minister Dan Levi and is due in Paris on Monday to meet Foreign Minister Paul Girard.",
    claims: [
      {
        type: "meeting",
        participants: ["Tom Avery", "Dan Levi"],
        date: day("2013-09-15"),
        location: "Jerusalem",
        modality: "planned",
      },
      {
        type: "meeting",
        participants: ["Tom Avery", "Paul Girard"],
        date: day("2013-09-16"),
        location: "Paris",
        modality: "planned",
      },
    ],
  },
  {
    name: "'denied a report that X and Y had held a \"secret meeting\"': a scare-quoted phrase is no quotation of its own",
    published: "2015-10-05",
    text: 'The finance ministry on Monday denied a report that Finance Minister Arun Mehta and Governor Ravi Rao had held a "secret meeting" in Mumbai on Saturday.',
    claims: [
      {
        type: "meeting",
        participants: ["Arun Mehta", "Ravi Rao"],
        date: day("2015-10-03"),
        location: "Mumbai",
        attribution: "The finance ministry on Monday denied",
        modality: "denied",
      },
    ],
  },
  {
    name: "'Asked whether X would be received by Y, an official said there was no plan for such a meeting': answered no",
    published: "2024-05-14",
    text: "Asked whether Foreign Minister Park Min-su would be received by President Wen Tao, a senior official told reporters there was no plan for such a meeting on this trip.",
    claims: [
      {
        type: "meeting",
        participants: ["Park Min-su", "Wen Tao"],
        date: null,
        attribution: "a senior official told",
        modality: "denied",
      },
    ],
  },
  {
    name: "'On Thursday night, shortly after arriving in Hanoi, X met Y': an offset phrase ends at its comma, the main clause keeps the day",
    published: "2018-03-24",
    text: "On Thursday night, shortly after arriving in Hanoi, President Park Ji-sung met General Secretary Nguyen Van Hoa.",
    claims: [
      {
        type: "meeting",
        participants: ["Park Ji-sung", "Nguyen Van Hoa"],
        date: day("2018-03-22"),
        location: "Hanoi",
        modality: "occurred",
      },
    ],
  },
  {
    name: "a live blog's entries that tell one meeting again merge; 'a minute's silence' measures no meeting",
    published: "2024-02-17",
    text: "2024-02-17T17:52+01:00\n\nA quick summary: Vice President Ana Ruiz and President Petro Kovalenko held a 50-minute meeting this morning.\n\n2024-02-17T10:48+01:00\n\nRuiz has just finished her meeting with President Kovalenko. A spokesman said the main hall would be cleared for a minute's silence.",
    claims: [
      {
        type: "meeting",
        participants: ["Ana Ruiz", "Petro Kovalenko"],
        date: day("2024-02-17"),
        duration: [50, 50],
        modality: "occurred",
      },
    ],
  },
  {
    name: "'The foreign ministers …, A and B, are expected to meet' names unknown people by a plural office; 'had spoken briefly by telephone'",
    published: "2024-09-20",
    text: "The foreign ministers of the two countries, Jeenbek Asanov and Sirojiddin Rahimov, are expected to meet next week in Bishkek, diplomats said. The two ministers had spoken briefly by telephone on Monday.",
    claims: [
      {
        type: "meeting",
        participants: ["Jeenbek Asanov", "Sirojiddin Rahimov"],
        date: ["2024-09-23", "2024-09-29"],
        location: "Bishkek",
        attribution: "diplomats said",
        modality: "planned",
      },
      {
        type: "call",
        participants: ["Jeenbek Asanov", "Sirojiddin Rahimov"],
        date: day("2024-09-16"),
        modality: "occurred",
      },
    ],
  },
  {
    name: "'People close to the opposition leader say he met X …; X's office would not comment': 'People' is no name, the report unconfirmed",
    published: "2023-03-31",
    text: "Opposition leader Ralph Oduya addressed supporters on Thursday.\n\nPeople close to the opposition leader say he met former President Samuel Kiprop at his home on Sunday. Kiprop's office would not comment.",
    claims: [
      {
        type: "meeting",
        participants: ["Ralph Oduya", "Samuel Kiprop"],
        date: day("2023-03-26"),
        modality: "unconfirmed",
      },
    ],
  },
  {
    name: "'It was their second meeting in a month, after a breakfast at the palace on Feb. 9': the count is the meeting's, that day another event's",
    published: "2019-02-20",
    text: "President Luis Ortega received Governor Alejandro Reyes at the National Palace on Tuesday. Ortega and Reyes held a 50-minute meeting, a spokesman told reporters. It was their second meeting in a month, after a breakfast at the palace on Feb. 9.",
    claims: [
      {
        type: "meeting",
        participants: ["Luis Ortega", "Alejandro Reyes"],
        date: day("2019-02-19"),
        duration: [50, 50],
        location: "National Palace",
        ordinal: 2,
        attribution: "a spokesman told",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'analysts said the meeting, the first between the two since …', paragraphs down a story of one meeting, counts it",
    published: "2023-09-08",
    text: "Premier Wen Tao met President Park Ji-sung on Thursday in Jakarta.\n\nThe meeting lasted some 40 minutes.\n\nWen said ties must stay on course.\n\nPark said trade mattered.\n\nAnalysts said the meeting, the first between the two since Wen became premier, sent a positive signal.",
    claims: [
      {
        type: "meeting",
        participants: ["Wen Tao", "Park Ji-sung"],
        date: day("2023-09-07"),
        duration: [35, 45],
        location: "Jakarta",
        ordinal: 1,
        modality: "occurred",
      },
    ],
  },
  {
    name: "'X has not spoken to Y since the election' denies a conversation",
    published: "2024-08-03",
    text: "President Paulo Matos has not spoken to President Ramon Vidal since the election, the presidency said on Friday.",
    claims: [
      {
        type: "call",
        participants: ["Paulo Matos", "Ramon Vidal"],
        date: null,
        attribution: "the presidency said",
        modality: "denied",
      },
    ],
  },
  {
    name: "an undated story reads offices on the day its lead states ('the two leaders' of November 2016 are not today's office holders)",
    published: null,
    text: "BERLIN – Barack Obama and Angela Merkel spent three hours over dinner on Wednesday evening, 16 November 2016.\n\nDonald Trump, the president-elect, has yet to meet either of them.\n\nOn Thursday the two leaders held formal talks at the chancellery.",
    claims: [
      {
        type: "meeting",
        participants: ["Barack Obama", "Angela Merkel"],
        date: day("2016-11-16"),
        duration: [180, 180],
        location: "Berlin",
        modality: "occurred",
      },
      {
        type: "talks",
        participants: ["Barack Obama", "Angela Merkel"],
        date: day("2016-11-17"),
        location: "Berlin",
        modality: "occurred",
      },
    ],
  },
  {
    name: "'X and Y spent nearly three hours together … It was their third meeting' gives the meeting its length and count",
    published: "2024-05-16",
    text: "President Amara Kone received President Tomas Rivera at the presidential palace in Dakar on Monday.\n\nKone and Rivera spent nearly three hours together, the presidency said. It was their third meeting this year.",
    claims: [
      {
        type: "meeting",
        participants: ["Amara Kone", "Tomas Rivera"],
        date: day("2024-05-13"),
        duration: [150, 180],
        location: "Dakar",
        ordinal: 3,
        attribution: "the presidency said",
      },
    ],
  },
  {
    name: "'met A and, separately, B': one meeting with each",
    published: "2024-05-16",
    text: "Prime Minister Nadia Okafor met President Jonas Berg and, separately, Prime Minister Lina Moreau in Brussels on Thursday.",
    claims: [
      {
        type: "meeting",
        participants: ["Nadia Okafor", "Jonas Berg"],
        date: day("2024-05-16"),
        location: "Brussels",
      },
      {
        type: "meeting",
        participants: ["Nadia Okafor", "Lina Moreau"],
        date: day("2024-05-16"),
        location: "Brussels",
      },
    ],
  },
  {
    name: "'held talks with A and later with B': one meeting with each",
    published: "2024-05-16",
    text: "On Friday, President Kofi Mensah held talks with President Ali Baraka and later with Prime Minister Rui Tavares in Lisbon.",
    claims: [
      {
        type: "talks",
        participants: ["Kofi Mensah", "Ali Baraka"],
        date: day("2024-05-10"),
        location: "Lisbon",
      },
      {
        type: "talks",
        participants: ["Kofi Mensah", "Rui Tavares"],
        date: day("2024-05-10"),
        location: "Lisbon",
      },
    ],
  },
  {
    name: "'granted an audience to X' and 'granted X a private audience' are meetings",
    published: "2024-05-16",
    text: "Pope Leo granted an audience to President Marta Quispe at the Vatican on Saturday.\n\nOn Friday, King Harald granted Quispe a private audience at the palace in Oslo.",
    claims: [
      {
        type: "meeting",
        participants: ["Leo", "Marta Quispe"],
        date: day("2024-05-11"),
        location: "Vatican",
      },
      {
        type: "meeting",
        participants: ["Harald", "Marta Quispe"],
        date: day("2024-05-10"),
        location: "Oslo",
      },
    ],
  },
  {
    name: "a sentence that opens on its event ('In a meeting on Tuesday, X told Y …', 'During talks in Lisbon, X assured Y') names its people after",
    published: "2024-05-16",
    text: "In a meeting on Tuesday, Prime Minister Omar Saleh told President Irina Volkova that his government backed the plan.\n\nDuring talks in Lisbon on Wednesday, Prime Minister Ana Duarte assured Volkova of her support.",
    claims: [
      {
        type: "meeting",
        participants: ["Omar Saleh", "Irina Volkova"],
        date: day("2024-05-14"),
        attribution: "Omar Saleh told",
      },
      {
        type: "talks",
        participants: ["Ana Duarte", "Irina Volkova"],
        date: day("2024-05-15"),
        location: "Lisbon",
      },
    ],
  },
  {
    name: "'The two leaders had last met a fortnight ago in Ankara': a time after the verb is no object",
    published: "2019-09-20",
    text: "President Aliya Serik held talks with President Omar Demir in Astana on Thursday.\n\nThe two leaders had last met a fortnight ago in Ankara.",
    claims: [
      {
        type: "talks",
        participants: ["Aliya Serik", "Omar Demir"],
        date: day("2019-09-19"),
        location: "Astana",
      },
      {
        type: "meeting",
        participants: ["Aliya Serik", "Omar Demir"],
        date: ["2019-09-05", "2019-09-07"],
        location: "Ankara",
      },
    ],
  },
  {
    name: "'Reports that X met Y … were dismissed as fake' is denied",
    published: "2019-09-20",
    text: "Reports that Prime Minister Tesfaye Bekele met President Yonas Haile in Asmara last week were dismissed as fake by the information ministry.",
    claims: [
      {
        type: "meeting",
        participants: ["Tesfaye Bekele", "Yonas Haile"],
        date: ["2019-09-09", "2019-09-15"],
        location: "Asmara",
        modality: "denied",
      },
    ],
  },
  {
    name: "a deputy prime minister is not one of 'the two prime ministers'",
    published: "2023-06-15",
    text: "Prime Minister Ana Lemalu met her counterpart Tevita Fonua on Wednesday in Apia.\n\nFonua was welcomed at the airport by Deputy Prime Minister Iosefo Tuala.\n\nThe two prime ministers were joined by Prime Minister Jone Vaka for a trilateral meeting on Thursday.",
    claims: [
      {
        type: "meeting",
        participants: ["Ana Lemalu", "Tevita Fonua"],
        date: day("2023-06-14"),
        location: "Apia",
      },
      {
        type: "meeting",
        participants: ["Tevita Fonua", "Iosefo Tuala"],
      },
      {
        type: "meeting",
        participants: ["Ana Lemalu", "Tevita Fonua", "Jone Vaka"],
        date: day("2023-06-15"),
        location: "Apia",
      },
    ],
  },
  {
    name: "'Thai Deputy Prime Minister and Foreign Minister X' is X, not the Thai prime minister",
    published: "2024-01-29",
    text: "Envoy Paul Reyes called on Thai Prime Minister Anan Chai at Government House on Monday.\n\nOn Wednesday, Reyes held talks with Thai Deputy Prime Minister and Foreign Minister Somchai Wong.",
    claims: [
      {
        type: "meeting",
        participants: ["Paul Reyes", "Anan Chai"],
        date: day("2024-01-29"),
        location: "Government House",
      },
      {
        type: "talks",
        participants: ["Paul Reyes", "Somchai Wong"],
        date: day("2024-01-24"),
      },
    ],
  },
  {
    name: "sessions told by day within talks told over 'Jan. 26-27' are claims of their own ('began with a seven-hour session on Friday', 'talked … again on Saturday')",
    published: "2024-01-29",
    text: "Foreign Minister Hana Kim and national security adviser Paul Reyes met in Bangkok on Jan. 26-27.\n\nThe two men began with a marathon seven-hour session on Friday, and talked for over an hour again on Saturday morning.",
    claims: [
      {
        type: "meeting",
        participants: ["Hana Kim", "Paul Reyes"],
        date: ["2024-01-26", "2024-01-27"],
        location: "Bangkok",
      },
      {
        type: "meeting",
        participants: ["Hana Kim", "Paul Reyes"],
        date: day("2024-01-26"),
        duration: [420, 420],
        location: "Bangkok",
      },
      {
        type: "talks",
        participants: ["Hana Kim", "Paul Reyes"],
        date: day("2024-01-27"),
        duration: [60, null],
        location: "Bangkok",
      },
    ],
  },
  {
    name: "a call dated only by the day it was talked about takes the day told next ('said Thursday that her telephone conversation … The two leaders spoke on Nov. 27, in a call …'); 'called to congratulate him' is a call",
    published: "2024-11-28",
    text: 'President Rosa Vidal said Thursday that her telephone conversation with President Omar Haddad was "excellent".\n\nThe two leaders spoke on Nov. 27, in a call that lasted about half an hour. The first came on Nov. 7, when Vidal called to congratulate him.',
    claims: [
      {
        type: "call",
        participants: ["Rosa Vidal", "Omar Haddad"],
        date: day("2024-11-27"),
        duration: [25, 35],
        attribution: "Rosa Vidal said",
      },
      {
        type: "call",
        participants: ["Rosa Vidal", "Omar Haddad"],
        date: day("2024-11-07"),
      },
    ],
  },
  {
    name: "a trip's background told aside ('…, where he had held talks with X') names no one of 'the two leaders'; 'talked one-on-one for over an hour' is their talks; a '10-hour train journey' is no length; 'Their talks … lasted' goes to the pair the paragraph names; 'there were no such plans' denies",
    published: "2024-08-23",
    text: "Prime Minister Ravi Menon held talks with President Olena Hrytsak in Kyiv on Friday.\n\nMenon arrived in the capital on Friday morning after a roughly 10-hour train journey from Poland, where he had held talks with Prime Minister Jan Nowak on Thursday.\n\nThe two leaders first visited a memorial. They then talked one-on-one for over an hour at the palace.\n\nAsked whether Menon and President Pavel Orlov would speak by phone, a Kremlin spokesman said there were no such plans.\n\nIn Warsaw, Menon and Nowak agreed on Thursday to upgrade ties. Their talks at the Chancellery lasted some 90 minutes.",
    claims: [
      {
        type: "talks",
        participants: ["Ravi Menon", "Olena Hrytsak"],
        date: day("2024-08-23"),
        duration: [60, null],
        location: "Kyiv",
      },
      {
        type: "talks",
        participants: ["Ravi Menon", "Jan Nowak"],
        date: day("2024-08-22"),
        duration: [75, 105],
        location: "Poland",
      },
      {
        type: "call",
        participants: ["Ravi Menon", "Pavel Orlov"],
        attribution: "a Kremlin spokesman said",
        modality: "denied",
      },
    ],
  },
  {
    name: "a middle initial names the same person ('Ferdinand R. Marcos Jr.'); 'The tete-a-tete lasted'; ', and they saw each other again … this week' (up to the day before); 'leaves for India on Saturday'",
    published: "2023-09-08",
    text: "President Ferdinand R. Marcos Jr. received Australian Prime Minister Anthony Albanese at Malacanang Palace on Friday.\n\nThe tete-a-tete lasted 30 minutes, President Ferdinand Marcos Jr. said.\n\nMarcos and Albanese first met in Phnom Penh last November, and they saw each other again in Jakarta this week.\n\nAlbanese leaves for India on Saturday to attend the G20 summit.",
    claims: [
      {
        type: "meeting",
        participants: ["Ferdinand Marcos Jr.", "Anthony Albanese"],
        date: day("2023-09-08"),
        duration: [30, 30],
        location: "Malacanang Palace",
      },
      {
        type: "meeting",
        participants: ["Ferdinand Marcos Jr.", "Anthony Albanese"],
        date: ["2022-11-01", "2022-11-30"],
        location: "Phnom Penh",
        ordinal: 1,
      },
      {
        type: "meeting",
        participants: ["Ferdinand Marcos Jr.", "Anthony Albanese"],
        date: ["2023-09-04", "2023-09-07"],
        location: "Jakarta",
      },
      {
        type: "visit",
        participants: ["Anthony Albanese"],
        date: day("2023-09-09"),
        location: "India",
        modality: "planned",
      },
    ],
  },
  {
    name: "'The three-hour dinner … was described' measures the dinner told before; 'held separate talks with X later in the afternoon' takes the day of the last event its subject was in",
    published: "2021-06-28",
    text: "President Omar Saad arrived in Baghdad on Sunday for a dinner with Prime Minister Ali Hadi.\n\nThe three-hour dinner at the palace was described as warm by officials.\n\nSaad held separate talks with President Karim Nouri later in the afternoon, his spokesman said.",
    claims: [
      {
        type: "meeting",
        participants: ["Omar Saad", "Ali Hadi"],
        date: day("2021-06-27"),
        duration: [180, 180],
        location: "Baghdad",
      },
      {
        type: "talks",
        participants: ["Omar Saad", "Karim Nouri"],
        date: day("2021-06-27"),
        location: "Baghdad",
        attribution: "his spokesman said",
      },
    ],
  },
  {
    name: "'his counterpart of the Democratic Republic of Congo, X' names X; a follow-up told in the past ('The audience was attended by') is the meeting that happened, not the plan told since; 'had held a call … the previous day' counts from that meeting",
    published: "2024-03-11",
    text: "President Amaro Neto received on Monday at the Palace of Cidade Alta his counterpart of the Democratic Republic of Congo, Jean Kalume.\n\nThe two statesmen held a private meeting that lasted about two and a half hours.\n\nPresident Neto is due to receive the Rwandan foreign minister, Paul Habimana, in Luanda a week later, the statement said.\n\nThe audience was attended by the foreign minister, Rosa Almeida.\n\nNeto had held a telephone conversation with President Eric Mugisha the previous day, the source added.",
    claims: [
      {
        type: "meeting",
        participants: ["Amaro Neto", "Jean Kalume", "Rosa Almeida"],
        date: day("2024-03-11"),
        duration: [135, 165],
        location: "Palace of Cidade Alta",
      },
      {
        type: "meeting",
        participants: ["Amaro Neto", "Paul Habimana"],
        date: day("2024-03-18"),
        location: "Luanda",
        attribution: "the statement said",
        modality: "planned",
      },
      {
        type: "call",
        participants: ["Amaro Neto", "Eric Mugisha"],
        date: day("2024-03-10"),
        attribution: "the source added",
      },
    ],
  },
  {
    name: "'The visit comes a fortnight after X was in the capital, where he had met Y' is an earlier meeting, counted back from the story's day; 'On the eve of the talks' is the day before them",
    published: "2024-03-12",
    text: "President Jean Kalume held talks on Monday 11 March in Luanda with his Angolan counterpart Amaro Neto.\n\nThe Luanda visit comes a fortnight after the Congolese president was already in the Angolan capital, where he had met Amaro Neto for a first exchange.\n\nOn the eve of the Luanda talks, Kalume had received in Kinshasa the head of the UN mission, Ana Ferreira.",
    claims: [
      {
        type: "talks",
        participants: ["Jean Kalume", "Amaro Neto"],
        date: day("2024-03-11"),
        location: "Luanda",
      },
      {
        type: "meeting",
        participants: ["Jean Kalume", "Amaro Neto"],
        date: day("2024-02-26"),
      },
      {
        type: "meeting",
        participants: ["Jean Kalume", "Ana Ferreira"],
        date: day("2024-03-10"),
        location: "Kinshasa",
      },
    ],
  },
  {
    name: "who convenes 'an emergency meeting of regional leaders' sits in it; 'X, Y and Z were among those at the round table' join it; 'The meeting lasted' measures it",
    published: "2022-11-16",
    text: "President Joe Miller has convened an emergency meeting of regional leaders at his hotel in Nusa Dua on Wednesday. Prime Minister Anna Berg, Chancellor Olaf Reiter and President Luis Moreno were among those at the round table, the White House said. The meeting lasted about an hour.",
    claims: [
      {
        type: "meeting",
        participants: ["Joe Miller", "Anna Berg", "Olaf Reiter", "Luis Moreno"],
        date: day("2022-11-16"),
        duration: [45, 75],
        location: "Nusa Dua",
      },
    ],
  },
  {
    name: "'scheduled for half an hour but lasted about an hour' takes the length it lasted; 'at the end of the second session' counts the gathering's part, not the meeting",
    published: "2023-09-19",
    text: "President Anne Roux hosted opposition leader Mark Hale at the palace on Tuesday afternoon. The meeting had been scheduled for half an hour but lasted about an hour.\n\nHale also had a brief meeting with President Tom Reed, squeezed in at the end of the second session.",
    claims: [
      {
        type: "meeting",
        participants: ["Anne Roux", "Mark Hale"],
        date: day("2023-09-19"),
        duration: [45, 75],
      },
      {
        type: "meeting",
        participants: ["Mark Hale", "Tom Reed"],
      },
    ],
  },
  {
    name: "'had already spoken on the sidelines of the summit in Jakarta' is an earlier meeting; 'spoke by phone hours later' takes the day told just before; 'later the same day' in one sentence is the day of the call told first, whose length it does not take",
    published: "2024-11-30",
    text: "Prime Minister Ana Reyes held talks with President Tomas Berg at the palace in Manila on Friday.\n\nReyes and Berg had already spoken on the sidelines of the regional summit in Jakarta earlier this week.\n\nBerg announced Monday that he would sign an order on tariffs. Reyes and Berg spoke by phone hours later.\n\nOn Sunday Reyes held a telephone conversation with President Karl Dorn that lasted about 20 minutes, and later the same day spoke by phone with Prime Minister Ian Cole.",
    claims: [
      {
        type: "talks",
        participants: ["Ana Reyes", "Tomas Berg"],
        date: day("2024-11-29"),
        location: "Manila",
      },
      {
        type: "talks",
        participants: ["Ana Reyes", "Tomas Berg"],
        date: ["2024-11-25", "2024-11-29"],
        location: "Jakarta",
      },
      {
        type: "call",
        participants: ["Ana Reyes", "Tomas Berg"],
        date: day("2024-11-25"),
      },
      {
        type: "call",
        participants: ["Ana Reyes", "Karl Dorn"],
        date: day("2024-11-24"),
        duration: [15, 25],
      },
      {
        type: "call",
        participants: ["Ana Reyes", "Ian Cole"],
        date: day("2024-11-24"),
      },
    ],
  },
  {
    name: "'had spoken by telephone twice since then, most recently …' is the latest call, counted; 'a meeting between the Congolese and Rwandan heads of State' names the two; 'as soon as the conditions are met' is no meeting",
    published: "2024-03-11",
    text: 'President Amaro Neto received Congolese President Jean Kalume on Monday.\n\nNeto had held a telephone conversation with Rwandan President Eric Mugisha the previous day. Kalume and Mugisha had spoken by telephone twice since January, most recently during the first week of Ramadan.\n\nAngola was ready to host a meeting between the Congolese and Rwandan heads of State "as soon as the conditions are met".',
    claims: [
      {
        type: "meeting",
        participants: ["Amaro Neto", "Jean Kalume"],
        date: day("2024-03-11"),
      },
      {
        type: "call",
        participants: ["Amaro Neto", "Eric Mugisha"],
        date: day("2024-03-10"),
      },
      {
        type: "call",
        participants: ["Jean Kalume", "Eric Mugisha"],
        ordinal: 2,
      },
      {
        type: "meeting",
        participants: ["Jean Kalume", "Eric Mugisha"],
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "a bare year told of the place ('… the hacienda where the hero died in 1830') is no day of the meeting",
    published: "2010-08-11",
    text: "President Juan Mora and President Hugo Lanz met at the Quinta estate, the hacienda outside the port city where independence hero Simon Bolivar died in 1830.",
    claims: [
      {
        type: "meeting",
        participants: ["Juan Mora", "Hugo Lanz"],
        location: "Quinta",
      },
    ],
  },
  {
    name: "'X and Y, who had spoken by telephone …, are scheduled to meet' gives the plan its subject past the relative clause; 'had held the annual India-Russia summit with X' is a meeting",
    published: "2015-12-25",
    text: "Prime Minister Ravi Menon held talks with Prime Minister Omar Aziz in Lahore today.\n\nForeign ministers Maria Holguin and Nicolas Duarte, who had spoken by telephone over the weekend to prepare the summit, are scheduled to meet in Caracas next week.\n\nMenon arrived in Kabul from Moscow, where he had held the annual India-Russia summit with President Pavel Orlov the previous day.",
    claims: [
      {
        type: "talks",
        participants: ["Ravi Menon", "Omar Aziz"],
        date: day("2015-12-25"),
        location: "Lahore",
      },
      {
        type: "call",
        participants: ["Maria Holguin", "Nicolas Duarte"],
        date: ["2015-12-19", "2015-12-20"],
      },
      {
        type: "meeting",
        participants: ["Maria Holguin", "Nicolas Duarte"],
        date: ["2015-12-28", "2016-01-03"],
        location: "Caracas",
        modality: "planned",
      },
      {
        type: "meeting",
        participants: ["Ravi Menon", "Pavel Orlov"],
        date: day("2015-12-24"),
        location: "Kabul",
      },
    ],
  },
  {
    name: "'held talks with the prime minister's adviser on foreign affairs, X' names X; 'Deputy Foreign Minister Do Hung Viet' is a name; 'X, who attended the dinner, …' joins the dinner",
    published: "2015-12-26",
    text: "President Ana Reyes hosted President Tomas Berg for a working dinner at the palace on Friday.\n\nThe governor of the province, Luis Ortega, who attended the dinner, told reporters that his state would meet the costs.\n\nA fortnight ago, Foreign Minister Sara Lind held talks with the prime minister's adviser on foreign affairs, Omar Aziz.\n\nVice Foreign Minister Sun Wei held consultations with Deputy Foreign Minister Do Hung Viet on Thursday.",
    claims: [
      {
        type: "meeting",
        participants: ["Ana Reyes", "Tomas Berg", "Luis Ortega"],
        date: day("2015-12-25"),
      },
      {
        type: "talks",
        participants: ["Sara Lind", "Omar Aziz"],
        date: ["2015-12-11", "2015-12-13"],
      },
      {
        type: "talks",
        participants: ["Sun Wei", "Do Hung Viet"],
        date: day("2015-12-24"),
      },
    ],
  },
  {
    name: "'X and Y held a bilateral on the margins of the forum' is a meeting",
    published: "2018-10-26",
    text: "Prime Minister Kenji Sato and Premier Li Wen held a bilateral on the margins of the forum on Friday.",
    claims: [
      {
        type: "meeting",
        participants: ["Kenji Sato", "Li Wen"],
        date: day("2018-10-26"),
      },
    ],
  },
  {
    name: "'held a meeting with a delegation of …. The … delegation was led by X' puts X in the meeting",
    published: "2024-03-11",
    text: "The governor of Luanda province, Manuel Homem, held a meeting with a delegation of the Kinshasa provincial government on Monday. The Kinshasa delegation was led by provincial minister Rose Mbuyi.",
    claims: [
      {
        type: "meeting",
        participants: ["Manuel Homem", "Rose Mbuyi"],
        date: day("2024-03-11"),
      },
    ],
  },
  {
    name: "'met over Sept. 12-14' dates the talks; 'The decisive session on Saturday ran from 10:15 to 12:40' is a session of its own",
    published: "2013-09-14",
    text: "Foreign Minister Hans Berg and Foreign Minister Ivan Petrov met over Sept. 12-14 at the InterContinental hotel in Geneva.\n\nThe decisive session on Saturday ran from 10:15 to 12:40, an official said.",
    claims: [
      {
        type: "meeting",
        participants: ["Hans Berg", "Ivan Petrov"],
        date: ["2013-09-12", "2013-09-14"],
        location: "InterContinental",
      },
      {
        type: "meeting",
        participants: ["Hans Berg", "Ivan Petrov"],
        date: day("2013-09-14"),
        duration: [145, 145],
        location: "InterContinental",
      },
    ],
  },
  {
    name: "'a marathon seven-hour session over the weekend between the team, led by X, and …' is a meeting of those named",
    published: "2022-12-12",
    text: "The agreement followed a marathon seven-hour session over the weekend between the IMF team, led by mission chief Stephane Roux, and the finance ministry.",
    claims: [
      {
        type: "meeting",
        participants: ["IMF team", "Stephane Roux"],
        date: ["2022-12-10", "2022-12-11"],
        duration: [420, 420],
      },
    ],
  },
  {
    name: "'had a brief exchange with X on the sidelines' is a meeting",
    published: "2023-09-07",
    text: "Chinese Premier Li Qiang met President Joko Widodo on Monday.\n\nOn Wednesday, Li also had a brief exchange with Japanese Prime Minister Kishida Fumio on the sidelines of the summit.",
    claims: [
      {
        type: "meeting",
        participants: ["Li Qiang", "Joko Widodo"],
        date: day("2023-09-04"),
      },
      {
        type: "meeting",
        participants: ["Li Qiang", "Kishida Fumio"],
        date: day("2023-09-06"),
      },
    ],
  },
  {
    name: "'analysts said the meeting, the first between the two since …' counts the meeting told paragraphs before, not the one told after",
    published: "2023-09-08",
    text: "Premier Li Wen met President Kim Sung on Thursday in Jakarta.\n\nThe two discussed trade.\n\nThey also discussed the peninsula.\n\nAnalysts said the meeting, the first between the two since Li became premier, sent a positive signal.\n\nOn Wednesday, Li also had a brief exchange with Prime Minister Kenji Sato on the sidelines of the summit.",
    claims: [
      {
        type: "meeting",
        participants: ["Li Wen", "Kim Sung"],
        date: day("2023-09-07"),
        location: "Jakarta",
        ordinal: 1,
      },
      {
        type: "meeting",
        participants: ["Li Wen", "Kenji Sato"],
        date: day("2023-09-06"),
        location: "Jakarta",
      },
    ],
  },
  {
    name: "a year of a war ('an end to the 1950-53 Korean War') is no day of the summit hoped for",
    published: "2018-05-27",
    text: "President Moon Jae-in said he hoped a three-way summit with President Donald Trump and Kim Jong Un could follow if the Singapore meeting succeeded, to formally declare an end to the 1950-53 Korean War.",
    claims: [
      {
        type: "meeting",
        participants: ["Moon Jae-in", "Donald Trump", "Kim Jong Un"],
        attribution: "Moon Jae-in said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'A meeting with X is not on the agenda' is a denied meeting of the story's person with X",
    published: "2022-09-12",
    text: "Economy Minister Sergio Massa met IMF chief Kristalina Georgieva in Washington on Monday. A meeting with Treasury Secretary Janet Yellen is not on the agenda, a ministry spokesman said.",
    claims: [
      {
        type: "meeting",
        participants: ["Sergio Massa", "Kristalina Georgieva"],
        date: day("2022-09-12"),
        location: "Washington",
      },
      {
        type: "meeting",
        participants: ["Sergio Massa", "Janet Yellen"],
        attribution: "a ministry spokesman said",
        modality: "denied",
      },
    ],
  },
  {
    name: "'were brought together by X' and 'offered to bring A and B together' are meetings of all three",
    published: "2022-07-06",
    text: "President Mahmoud Aziz and Hamas leader Ismail Hadi were brought together by President Karim Tebani at the palace on Tuesday.\n\nPresident Jomo Kariuki offered to bring President Ali Farah and Prime Minister Musa Dahir together for talks in Nairobi.",
    claims: [
      {
        type: "meeting",
        participants: ["Mahmoud Aziz", "Ismail Hadi", "Karim Tebani"],
        date: day("2022-07-05"),
      },
      {
        type: "meeting",
        participants: ["Jomo Kariuki", "Ali Farah", "Musa Dahir"],
        location: "Nairobi",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'said they could see a pathway … after a meeting on Thursday' is a meeting that happened; 'the two could meet again if …' is a pair's wish",
    published: "2019-10-10",
    text: 'Prime Minister Liam Byrne and Prime Minister Tom Hale said they could see a pathway to a deal after a meeting at a country house on Thursday.\n\nAsked whether he would meet Hale again before the summit, Byrne said the two could meet again "if it is helpful", but that nothing had been arranged.',
    claims: [
      {
        type: "meeting",
        participants: ["Liam Byrne", "Tom Hale"],
        date: day("2019-10-10"),
        attribution: "said",
      },
      {
        type: "meeting",
        participants: ["Liam Byrne", "Tom Hale"],
        attribution: "Byrne said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "the place a dateline opens on ('Victoria Falls, Zimbabwe, …') is a place wherever the story names it, given name or not",
    published: null,
    text: "Leaders meet at Victoria Falls talks\n\nVictoria Falls, Zimbabwe, 9 February 2023 (AFP) – President Tendai Moyo hosted President Joseph Banda in the resort town of Victoria Falls on Thursday.\n\nThe two presidents talked for over an hour.",
    claims: [
      {
        type: "meeting",
        participants: ["Tendai Moyo", "Joseph Banda"],
        date: day("2023-02-09"),
        duration: [60, null],
        location: "Victoria Falls",
      },
    ],
  },
  {
    name: "'X and Y have agreed to …, after talks at Z on Monday': bare talks after the deed are the two people's",
    published: "2024-06-17",
    text: "Leaders agree on visas\n\nPrime Minister Ana Duarte and Chinese Premier Zhou Ming have agreed to ease visa rules for each other's citizens, after talks at Parliament House in Canberra on Monday.\n\nThe formal talks ran for some 90 minutes.",
    claims: [
      {
        type: "talks",
        participants: ["Ana Duarte", "Zhou Ming"],
        date: day("2024-06-17"),
        duration: [75, 105],
        location: "Parliament House",
      },
    ],
  },
  {
    name: "'The Okafors are to host X at a state dinner on Thursday night': the family is the host, and the planned dinner is a sitting apart from the meeting that happened",
    published: "2024-05-23",
    text: "State dinner tonight\n\nPresident Daniel Okafor hosted Ghanaian President Kofi Mensah at the White House on Thursday.\n\nThe Okafors are to host Mensah and his wife, Ama, at a state dinner on Thursday night.",
    claims: [
      {
        type: "meeting",
        participants: ["Daniel Okafor", "Kofi Mensah"],
        date: day("2024-05-23"),
        location: "White House",
      },
      {
        type: "meeting",
        participants: ["Daniel Okafor", "Kofi Mensah", "Ama"],
        date: day("2024-05-23"),
        modality: "planned",
      },
    ],
  },
  {
    name: "'hosted the Ghanaian delegation': a country's delegation named without its leader is led by that country's person the story names first",
    published: "2024-05-24",
    text: "Okafor hails visit\n\nGhanaian President Kofi Mensah held a 50-minute meeting with President Daniel Okafor in the Oval Office on Thursday.\n\nOn Friday night, President Okafor hosted the Ghanaian delegation at a state dinner.",
    claims: [
      {
        type: "meeting",
        participants: ["Kofi Mensah", "Daniel Okafor"],
        date: day("2024-05-23"),
        duration: [50, 50],
        location: "Oval Office",
      },
      {
        type: "meeting",
        participants: ["Daniel Okafor", "Kofi Mensah"],
        date: day("2024-05-24"),
      },
    ],
  },
  {
    name: "'on his first visit since being appointed foreign minister last September, met Y': the day a period starts from is not the meeting's",
    published: "2024-03-12",
    text: "Ministers meet\n\nKazakh Foreign Minister Arman Seitov held talks with his Turkmen counterpart Batyr Orazov in Ashgabat on Tuesday.\n\nSeitov, on his first official visit to Turkmenistan since being appointed foreign minister last September, met Orazov one-on-one before the two led delegation-level talks.",
    claims: [
      {
        type: "talks",
        participants: ["Arman Seitov", "Batyr Orazov"],
        date: day("2024-03-12"),
        location: "Ashgabat",
        ordinal: 1,
      },
    ],
  },
  {
    name: "'both leaders' after a wish to meet a third: a counterpart of a prime minister is one of the leaders",
    published: "2024-08-16",
    text: 'Pacific talks\n\nPapua New Guinea Prime Minister John Kuri held talks with his Vanuatu counterpart Paul Tari in Port Vila on Thursday.\n\nTari said he was ready to meet French President Louis Garnier "at any time".\n\nBoth leaders are expected to meet again on the sidelines of the forum in Nuku\'alofa, Tonga, on Aug. 26-30.',
    claims: [
      {
        type: "talks",
        participants: ["John Kuri", "Paul Tari"],
        date: day("2024-08-15"),
        location: "Port Vila",
      },
      {
        type: "meeting",
        participants: ["Paul Tari", "Louis Garnier"],
        attribution: "Tari said",
        modality: "hypothetical",
      },
      {
        type: "meeting",
        participants: ["John Kuri", "Paul Tari"],
        date: ["2024-08-26", "2024-08-30"],
        location: "Nuku'alofa",
        modality: "planned",
      },
    ],
  },
  {
    name: "'at the U.S.-Africa Leaders Summit': a summit is no person, and a plan told of a policy since then is no plan of the meeting",
    published: "2022-06-24",
    text: "Old friends\n\nPresident Kofi Mensah and President Daniel Okafor first met at the U.S.-Africa Leaders Summit in Washington in December 2021, their first encounter since reports of the government's plan to deport asylum seekers.",
    claims: [
      {
        type: "meeting",
        participants: ["Kofi Mensah", "Daniel Okafor"],
        date: ["2021-12-01", "2021-12-31"],
        location: "Washington",
        ordinal: 1,
      },
    ],
  },
  {
    name: "'the three European leaders held talks with X': the three people named before, not the one they met",
    published: "2023-06-11",
    text: "Aid offered\n\nCommission President Ana Duarte, Prime Minister Lucia Rossi and Prime Minister Jan de Vries met President Karim Haddad in Tunis on Sunday.\n\nThe three European leaders held talks with Haddad at the Carthage Palace for about two hours.",
    claims: [
      {
        type: "meeting",
        participants: ["Ana Duarte", "Lucia Rossi", "Jan de Vries", "Karim Haddad"],
        date: day("2023-06-11"),
        duration: [105, 135],
        location: "Tunis",
      },
    ],
  },
  {
    name: "'X, standing in for Prime Minister Y, met Z': the one standing in met, not the one he stands for",
    published: "2024-07-04",
    text: "Ministers meet\n\nExternal Affairs Minister Ravi Menon, standing in for Prime Minister Arjun Rao, met Foreign Minister Chen Hao in Astana on Thursday.",
    claims: [
      {
        type: "meeting",
        participants: ["Ravi Menon", "Chen Hao"],
        date: day("2024-07-04"),
        location: "Astana",
      },
    ],
  },
  {
    name: "'A week later' counts from the day the sentence before tells, though no meeting was told on it; a High Commissioner is a title",
    published: "2023-04-14",
    text: "Security\n\nThe ministry summoned Deputy High Commissioner Clara Scott on March 19. A week later, High Commissioner Alan Ellis called on Foreign Minister Ravi Menon in New Delhi.",
    claims: [
      {
        type: "meeting",
        participants: ["Alan Ellis", "Ravi Menon"],
        date: day("2023-03-26"),
        location: "New Delhi",
      },
    ],
  },
  {
    name: "'he was looking forward to visiting New Delhi on Sept. 9-10', told in April: a plan, in the months ahead",
    published: "2023-04-14",
    text: "Call\n\nPrime Minister Ravi Menon held a telephone conversation with Prime Minister Tom Hale on Thursday. Hale told Menon he was looking forward to visiting New Delhi on Sept. 9-10.",
    claims: [
      { type: "call", participants: ["Ravi Menon", "Tom Hale"], date: day("2023-04-13") },
      {
        type: "visit",
        participants: ["Tom Hale"],
        date: ["2023-09-09", "2023-09-10"],
        location: "New Delhi",
        attribution: "Hale told",
        modality: "planned",
      },
    ],
  },
  {
    name: "an undated wire ('TOKYO, Nov. 24, 2021 (Kyodo) --'): its dateline city places the story, and a plan for 'Thursday' lies after the lead's Wednesday",
    published: null,
    text: "Leaders agree to boost ties\n\nTOKYO, Nov. 24, 2021 (Kyodo) -- Prime Minister Kenji Mori and his Vietnamese counterpart Pham Van Long agreed Wednesday to deepen ties in their first talks.\n\nPham is also scheduled to meet former Prime Minister Taro Ishida on Thursday, according to the agency.",
    claims: [
      {
        type: "talks",
        participants: ["Kenji Mori", "Pham Van Long"],
        date: day("2021-11-24"),
        location: "Tokyo",
        ordinal: 1,
      },
      {
        type: "meeting",
        participants: ["Pham Van Long", "Taro Ishida"],
        date: day("2021-11-25"),
        location: "Tokyo",
        attribution: "according to the agency",
        modality: "planned",
      },
    ],
  },
  {
    name: "'said the meeting lasted 50 minutes and that X invited Y to visit': the length is the meeting's, not the trip's",
    published: "2024-07-03",
    text: "Talks\n\nPrime Minister Ali Khan held talks with President Ivan Petrov on Wednesday evening. Khan's office said the meeting lasted 50 minutes and that Khan invited Petrov to visit Pakistan.",
    claims: [
      {
        type: "talks",
        participants: ["Ali Khan", "Ivan Petrov"],
        date: day("2024-07-03"),
        duration: [50, 50],
      },
      {
        type: "visit",
        participants: ["Ivan Petrov"],
        location: "Pakistan",
        attribution: "Khan's office said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'visited Guyana and met X … The two leaders met for about an hour at State House': the site within the country places the meeting",
    published: "2024-02-29",
    text: "Visit\n\nPresident Paulo Neves visited Guyana and met President Rohan Singh on Wednesday.\n\nThe two leaders met for about an hour at State House.",
    claims: [
      {
        type: "meeting",
        participants: ["Paulo Neves", "Rohan Singh"],
        date: day("2024-02-28"),
        duration: [45, 75],
        location: "State House",
      },
    ],
  },
  {
    name: "'denied that any meeting had taken place, saying … during a meeting with X': the report is denied; the meeting with X the denial tells is not",
    published: "2023-08-28",
    text: "Row over meeting\n\nForeign Minister Ari Levin said on Sunday that he had met Foreign Minister Nadia Salem last week in Rome.\n\nThe foreign ministry denied that any meeting had taken place, saying Salem had only had a chance encounter with him during a meeting with Foreign Minister Paolo Conti.",
    claims: [
      {
        type: "meeting",
        participants: ["Ari Levin", "Nadia Salem"],
        date: ["2023-08-21", "2023-08-27"],
        location: "Rome",
        attribution: "Ari Levin said",
        modality: "denied",
      },
      {
        type: "meeting",
        participants: ["Nadia Salem", "Paolo Conti"],
        attribution: "The foreign ministry",
      },
    ],
  },
  {
    name: "an undated story: 'met X, her office said Thursday … The two talked on Wednesday' is one meeting on the Wednesday",
    published: null,
    text: "Leaders meet\n\nPresident Amina Juma met opposition leader Tomas Lema in Brussels, her office said Thursday.\n\nThe two talked for over an hour on Wednesday at her hotel.",
    claims: [
      {
        type: "meeting",
        participants: ["Amina Juma", "Tomas Lema"],
        weekday: 3,
        duration: [60, null],
        location: "Brussels",
        attribution: "her office said",
      },
    ],
  },
  {
    name: "'arrived in X … and was met at the airport by Y': the welcome on arrival does not swallow the trip; 'received A and the mayor of the capital, B' is both",
    published: "2022-08-25",
    text: "Visit\n\nPresident Ilham Aliyev arrived in Astana on a state visit on Tuesday and was met at the airport by Prime Minister Alikhan Smailov.\n\nOn Wednesday evening Aliyev also received regional governor Yermek Marzhikpayev and the mayor of the capital, Zhenis Kassymbek.",
    claims: [
      { type: "visit", participants: ["Ilham Aliyev"], date: day("2022-08-23"), location: "Astana" },
      {
        type: "meeting",
        participants: ["Ilham Aliyev", "Alikhan Smailov"],
        date: day("2022-08-23"),
        location: "Astana",
      },
      {
        type: "meeting",
        participants: ["Ilham Aliyev", "Yermek Marzhikpayev", "Zhenis Kassymbek"],
        date: day("2022-08-24"),
        location: "Astana",
      },
    ],
  },
  {
    name: "'Ambassador to the Philippines X' names X; 'The courtesy call … lasted'; 'Y, who met the ambassador for about 40 minutes, told reporters'; a storm's name is no place; a trip told first places the meeting after it",
    published: "2022-03-15",
    text: "Envoy visits Cebu\n\nGovernor Maria Santos received Japanese Ambassador to the Philippines Koshikawa Kazuhiko at the Capitol on Monday, as the province sought support after Typhoon Odette.\n\nThe courtesy call, which lasted barely 20 minutes, was held at the Social Hall. Earlier in the day, Mayor Jose Ramos, who met the ambassador for about 40 minutes, told reporters that volunteers had been a big help.\n\nThe ambassador is scheduled to fly to Bohol on Wednesday and is expected to meet Governor Arturo Lim.",
    claims: [
      {
        type: "meeting",
        participants: ["Maria Santos", "Koshikawa Kazuhiko"],
        date: day("2022-03-14"),
        duration: [15, 20],
        location: "Capitol",
      },
      {
        type: "meeting",
        participants: ["Jose Ramos", "Koshikawa Kazuhiko"],
        date: day("2022-03-14"),
        duration: [35, 45],
        attribution: "Jose Ramos",
      },
      {
        type: "meeting",
        participants: ["Koshikawa Kazuhiko", "Arturo Lim"],
        date: day("2022-03-16"),
        location: "Bohol",
        modality: "planned",
      },
    ],
  },
  {
    name: "a spokesperson's 'His Excellency met X' is the president; 'dismissed social media reports that …' denies; '\"If X asks for a meeting, the President will meet him\"' is a wish",
    published: "2024-04-26",
    text: 'Spokesman briefs\n\nPresident Joseph Banda has returned from Lubumbashi, State House said.\n\nSpokesperson Mwiza Phiri said: "His Excellency met President Pierre Kabila in Lubumbashi on Tuesday."\n\nPhiri dismissed social media reports that Banda had held a secret meeting with former President Peter Mulenga on Wednesday night. "That meeting never took place," he said. "If Mr Mulenga asks for a meeting, the President will meet him," Phiri said.',
    claims: [
      {
        type: "meeting",
        participants: ["Joseph Banda", "Pierre Kabila"],
        date: day("2024-04-23"),
        location: "Lubumbashi",
        attribution: "Mwiza Phiri said",
      },
      {
        type: "meeting",
        participants: ["Joseph Banda", "Peter Mulenga"],
        date: day("2024-04-24"),
        attribution: "Phiri dismissed",
        modality: "denied",
      },
      {
        type: "meeting",
        participants: ["Joseph Banda", "Peter Mulenga"],
        attribution: "Phiri said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'had held talks with A on Saturday and met B on Sunday': the second verb is the subject's, with its own day; 'with C, whom he is due to meet on Feb. 10' is a plan with C",
    published: "2023-01-30",
    text: "Talks\n\nChancellor Karl Weber met President Paulo Neves in Brasilia on Monday. Weber, who is touring South America, had held talks with President Alberto Ruiz in Buenos Aires on Saturday and met President Gabriel Soto in Santiago on Sunday.\n\nNeves said he was ready to discuss the idea with President Li Wen and with President John Carter, whom he is due to meet in Washington on Feb. 10.",
    claims: [
      {
        type: "meeting",
        participants: ["Karl Weber", "Paulo Neves"],
        date: day("2023-01-30"),
        location: "Brasilia",
      },
      {
        type: "talks",
        participants: ["Karl Weber", "Alberto Ruiz"],
        date: day("2023-01-28"),
        location: "Buenos Aires",
      },
      {
        type: "meeting",
        participants: ["Karl Weber", "Gabriel Soto"],
        date: day("2023-01-29"),
        location: "Santiago",
      },
      {
        type: "meeting",
        participants: ["Paulo Neves", "John Carter"],
        date: day("2023-02-10"),
        location: "Washington",
        attribution: "Neves said",
        modality: "planned",
      },
    ],
  },
  {
    name: "'held talks with A on Thursday, a day after meeting B in Astana': B met the subject, the day before",
    published: "2023-11-03",
    text: "Leaders Meet in Samarkand\n\nSAMARKAND, Uzbekistan – President Louis Garnier held talks with Uzbek President Rustam Karimov on Thursday, 2 November, a day after meeting Kazakhstan's Nurlan Abenov in Astana.",
    claims: [
      {
        type: "talks",
        participants: ["Louis Garnier", "Rustam Karimov"],
        date: day("2023-11-02"),
        location: "Samarkand",
      },
      {
        type: "meeting",
        participants: ["Louis Garnier", "Nurlan Abenov"],
        date: day("2023-11-01"),
        location: "Astana",
      },
    ],
  },
  {
    name: "a title-case headline's 'Ministers Report Progress' names no one; 'narrowed their differences after a marathon seven-hour session in Vienna' is the ministers' meeting",
    published: "2018-03-31",
    text: "Greek, Macedonian Ministers Report Progress After Marathon Vienna Talks\n\n*Sinisa Marusic, Skopje, and Ioannis Katsaros, Athens*\n\nThe foreign ministers, Nikos Petrou and Nikola Stojanov, said they had narrowed their differences after a marathon seven-hour session in Vienna on Friday.",
    claims: [
      {
        type: "meeting",
        participants: ["Nikos Petrou", "Nikola Stojanov"],
        date: day("2018-03-30"),
        duration: [420, 420],
        location: "Vienna",
        attribution: "Nikola Stojanov, said",
      },
    ],
  },
  {
    name: "'the leftist president' is the president the story is about; 'He said he … with C, whom he is due to meet' is his plan; 'The meeting hall was decked out' tells no meeting",
    published: "2023-01-30",
    text: "Talks\n\nChancellor Karl Weber met President Paulo Neves in Brasilia on Monday. Neves said his country would not send arms, standing beside the chancellor.\n\nInstead, the leftist president floated the idea of a peace club. He said he was ready to discuss the idea with President Li Wen and with President John Carter, whom he is due to meet in Washington on Feb. 10.\n\nThe meeting hall was decked out in flags.",
    claims: [
      {
        type: "meeting",
        participants: ["Karl Weber", "Paulo Neves"],
        date: day("2023-01-30"),
        location: "Brasilia",
      },
      {
        type: "meeting",
        participants: ["Paulo Neves", "John Carter"],
        date: day("2023-02-10"),
        location: "Washington",
        attribution: "He said",
        modality: "planned",
      },
    ],
  },
  {
    name: "'The previous day, X met former prime minister Y, now special adviser to …': 'now' tells Y's state, the day is the one before",
    published: "2021-11-24",
    text: "Talks\n\nPrime Minister Pham Minh Chinh and Japanese Prime Minister Kishida Fumio held talks in Tokyo on Wednesday afternoon.\n\nThe two leaders witnessed the exchange of documents.\n\nThe previous day, Chinh met former prime minister Suga Yoshihide, now special adviser to the alliance.",
    claims: [
      {
        type: "talks",
        participants: ["Pham Minh Chinh", "Kishida Fumio"],
        date: day("2021-11-24"),
        location: "Tokyo",
      },
      {
        type: "meeting",
        participants: ["Pham Minh Chinh", "Suga Yoshihide"],
        date: day("2021-11-23"),
        location: "Tokyo",
      },
    ],
  },
  {
    name: "agency style: 'His Highness the Amir X and HE President of Y Z held an official talks session'; headline verbs are no names; 'Datuk Seri X' is X; -ow and -ov spell one name",
    published: "2024-01-16",
    text: "Emir, Turkmen President Hold Official Talks Session\n\nDoha, January 16 (QNA) -\n\nHis Highness the Amir Sheikh Hamad bin Khalid Al-Mansour and HE President of Turkmenistan Berdi Orazow held an official talks session at the Amiri Diwan on Tuesday morning.\n\nThe Prime Minister's Office said the two leaders would meet again in Ashgabat. Datuk Seri Anwar Rahman, who also met Orazov, praised the talks.",
    claims: [
      {
        type: "talks",
        participants: ["Hamad bin Khalid Al-Mansour", "Berdi Orazow"],
        date: day("2024-01-16"),
        location: "Amiri Diwan",
      },
      {
        type: "meeting",
        participants: ["Hamad bin Khalid Al-Mansour", "Berdi Orazow"],
        location: "Ashgabat",
        attribution: "The Prime Minister's Office said",
        modality: "planned",
      },
      { type: "meeting", participants: ["Anwar Rahman", "Berdi Orazow"] },
    ],
  },
  {
    name: "'considered in a 50-minute meeting' measures the meeting told before; 'met A in Astana and held talks with B' is two meetings, the 'with' the second verb's",
    published: "2022-11-01",
    text: "Talks\n\nTashkent, 1 November 2022 (UzA) – President Rustam Karimov on 1 November received German Foreign Minister Anna Berger.\n\nIssues of cooperation were considered in a 50-minute meeting.\n\nBefore arriving in Tashkent, Berger visited Kazakhstan in late October, where she met President Nurlan Abenov in Astana and held talks with Foreign Minister Aidar Tulegenov.",
    claims: [
      {
        type: "meeting",
        participants: ["Rustam Karimov", "Anna Berger"],
        date: day("2022-11-01"),
        duration: [50, 50],
        location: "Tashkent",
      },
      {
        type: "meeting",
        participants: ["Anna Berger", "Nurlan Abenov"],
        date: ["2022-10-22", "2022-10-31"],
        location: "Astana",
      },
      {
        type: "talks",
        participants: ["Anna Berger", "Aidar Tulegenov"],
        date: ["2022-10-22", "2022-10-31"],
        location: "Astana",
      },
    ],
  },
  {
    name: "'Finance Minister A and Central Bank (CB) Governor B met on Tuesday': a bracketed acronym inside a title does not break the pair",
    published: "2023-03-14",
    text: "Chiefs meet\n\nFinance Minister Lee Sang-woo and Central Bank (CB) Governor Park Ji-hoon met on Tuesday to review market fallout.",
    claims: [{ type: "meeting", participants: ["Lee Sang-woo", "Park Ji-hoon"], date: day("2023-03-14") }],
  },
  {
    name: "'the Prime Minister's Office said' names no person; a county magistrate is a title; 'thanked X for the warm welcome' is no meeting",
    published: "2024-05-23",
    text: "Visit\n\nPresident Santo Pereira met Hualien County Magistrate Hsu Chen-wei on Tuesday morning. The Prime Minister's Office said the talks were warm. Pereira thanked the Taiwanese authorities for the warm welcome.",
    claims: [{ type: "meeting", participants: ["Santo Pereira", "Hsu Chen-wei"], date: day("2024-05-21") }],
  },
  {
    name: "a headline meeting takes the day of the lead that tells its person's day with no claim of its own, not a day of a where-clause",
    published: "2023-07-10",
    text: "Rinkevics meets Nauseda on eve of summit\n\nVILNIUS, Lithuania (AP) — Latvia's new President Edgars Rinkevics was in Vilnius on Monday, on the eve of the NATO summit, on his first trip abroad since taking office on Saturday.\n\nHe and Lithuanian President Gitanas Nauseda discussed air defense, Nauseda's office said.",
    claims: [
      {
        type: "meeting",
        participants: ["Edgars Rinkevics", "Gitanas Nauseda"],
        date: day("2023-07-10"),
        location: "Vilnius",
      },
    ],
  },
  {
    name: "'agreed to a truce when they met on Dec. 1' happened; 'is due to meet …, in what officials see as a test of whether …' is a plan; 'There was no word on the meeting from …' leaves a report unconfirmed",
    published: "2019-02-05",
    text: "Talks\n\nPresident Tom Hale and President Li Wen agreed to a 90-day truce when they met for dinner in Buenos Aires on Dec. 1.\n\nMinister Ann Marsh is due to meet Mr Hale in Brussels on Friday morning, in what officials see as a test of whether the momentum can be kept.\n\nState television reported on Wednesday night that Hale had also met mayor Aidar Bekov. There was no word on the meeting from the city administration.",
    claims: [
      {
        type: "meeting",
        participants: ["Tom Hale", "Li Wen"],
        date: day("2018-12-01"),
        location: "Buenos Aires",
      },
      {
        type: "meeting",
        participants: ["Ann Marsh", "Tom Hale"],
        date: day("2019-02-08"),
        location: "Brussels",
        modality: "planned",
      },
      {
        type: "meeting",
        participants: ["Tom Hale", "Aidar Bekov"],
        date: day("2019-01-30"),
        attribution: "State television reported",
        modality: "unconfirmed",
      },
    ],
  },
  {
    name: "'Olivér Várhelyi, the EU neighbourhood commissioner, is due to travel to Tunis': an apposed role names an unlisted person, who is the subject",
    published: "2023-06-11",
    text: "Talks\n\nOlivér Várhelyi, the EU neighbourhood commissioner, is due to travel to Tunis later this month to work out the details with Tunisian Economy Minister Samir Saied, officials said.",
    claims: [
      {
        type: "visit",
        participants: ["Olivér Várhelyi"],
        date: ["2023-06-12", "2023-06-30"],
        location: "Tunis",
        attribution: "officials said",
        modality: "planned",
      },
    ],
  },
  {
    name: "a story's lead event places its other meetings on its days ('also met X on the same day'); 'before he leaves for Manila' is no trip",
    published: "2024-01-30",
    text: "President Tran Van Minh held talks with Philippine President Ramon Cruz in Hanoi on Tuesday.\n\nPrime Minister Le Thi Hoa also met Cruz on the same day.\n\nNational Assembly Chairman Pham Quoc Bao is due to meet the Philippine leader on Wednesday morning before he leaves for Manila.",
    claims: [
      {
        type: "talks",
        participants: ["Tran Van Minh", "Ramon Cruz"],
        date: day("2024-01-30"),
        location: "Hanoi",
      },
      {
        type: "meeting",
        participants: ["Le Thi Hoa", "Ramon Cruz"],
        date: day("2024-01-30"),
        location: "Hanoi",
      },
      {
        type: "meeting",
        participants: ["Pham Quoc Bao", "Ramon Cruz"],
        date: day("2024-01-31"),
        location: "Hanoi",
        modality: "planned",
      },
    ],
  },
  {
    name: "a building the lead names ('hosted X at State House') does not house the story's other meetings",
    published: "2024-04-10",
    text: "Prime Minister Jone Tikoduadua yesterday hosted Tuvalu Prime Minister Sione Teo at State House.\n\nSeparately, Mr Teo met Finance Minister Ana Prasad on Monday afternoon.",
    claims: [
      {
        type: "meeting",
        participants: ["Jone Tikoduadua", "Sione Teo"],
        date: day("2024-04-09"),
        location: "State House",
      },
      { type: "meeting", participants: ["Sione Teo", "Ana Prasad"], date: day("2024-04-08") },
    ],
  },
  {
    name: "a live-blog entry told by its title alone takes its stamp's day; 'their second meeting … after Kato's visit to New Delhi in March' keeps the trip apart, uncounted",
    published: "2023-05-20",
    text: "G7 summit, day two – as it happened\n\n2023-05-20 17:20\n\nRossi and Hale meet\n\nPhotos released by the government show the two leaders walking along the waterfront. No readout yet.\n\n2023-05-20 13:10\n\nKato and Rao hold talks\n\nJapanese Prime Minister Kenji Kato and Indian Prime Minister Arjun Rao held talks at the Grand Prince Hotel Hiroshima, their second meeting in two months after Kato's visit to New Delhi in March.\n\n2023-05-20 09:15\n\nLeaders arrive\n\nItalian Prime Minister Giulia Rossi and British Prime Minister Tom Hale arrived for the outreach session.",
    claims: [
      { type: "meeting", participants: ["Giulia Rossi", "Tom Hale"], date: day("2023-05-20") },
      {
        type: "talks",
        participants: ["Kenji Kato", "Arjun Rao"],
        date: day("2023-05-20"),
        location: "Grand Prince Hotel Hiroshima",
        ordinal: 2,
      },
      {
        type: "visit",
        participants: ["Kenji Kato"],
        date: ["2023-03-01", "2023-03-31"],
        location: "New Delhi",
      },
    ],
  },
  {
    name: "'The visit came barely ten days after the two leaders met in Addis Ababa': an earlier meeting, apart from the lead's",
    published: "2024-02-28",
    text: "Ethiopian Prime Minister Dawit Bekele was received by President Samuel Kiprono at State House, Nairobi, yesterday morning.\n\nThe visit came barely ten days after the two leaders met in Addis Ababa during the African Union Assembly.",
    claims: [
      {
        type: "meeting",
        participants: ["Dawit Bekele", "Samuel Kiprono"],
        date: day("2024-02-27"),
        location: "State House",
      },
      { type: "meeting", participants: ["Dawit Bekele", "Samuel Kiprono"], location: "Addis Ababa" },
    ],
  },
  {
    name: "'both Heads of State held a two-hour-long meeting'; 'Both Presidents agreed … and to meet again': titles in the plural name the pair",
    published: "2024-02-24",
    text: "Guatemalan President Mateo Orellana received Honduran President Lucia Cerrato on Friday.\n\nAfter the welcome ceremony, both Heads of State held a two-hour-long meeting in the Salón de Banderas.\n\nBoth Presidents agreed to establish a binational working group and to meet again at the border in the coming months.",
    claims: [
      {
        type: "meeting",
        participants: ["Mateo Orellana", "Lucia Cerrato"],
        date: day("2024-02-23"),
        duration: [120, 120],
        location: "Salón de Banderas",
      },
      { type: "meeting", participants: ["Mateo Orellana", "Lucia Cerrato"], modality: "planned" },
    ],
  },
  {
    name: "'met again in Brussels on D1 …, and in Vilnius on D2' lists another meeting; 'A week later' counts from the last day told",
    published: "2023-08-09",
    text: "Foreign Minister Jonas Valaitis met opposition leader Alena Sidarenka in Vilnius on Wednesday.\n\nThey met again in Brussels on 21 February 2021 ahead of an EU meeting, and in Vilnius on 9 August 2022, on the second anniversary of the vote. A week later, Sidarenka was received by President Tomas Kairys at the Presidential Palace.",
    claims: [
      {
        type: "meeting",
        participants: ["Jonas Valaitis", "Alena Sidarenka"],
        date: day("2023-08-09"),
        location: "Vilnius",
      },
      {
        type: "meeting",
        participants: ["Jonas Valaitis", "Alena Sidarenka"],
        date: day("2021-02-21"),
        location: "Brussels",
      },
      {
        type: "meeting",
        participants: ["Jonas Valaitis", "Alena Sidarenka"],
        date: day("2022-08-09"),
        location: "Vilnius",
      },
      {
        type: "meeting",
        participants: ["Alena Sidarenka", "Tomas Kairys"],
        date: day("2022-08-16"),
        location: "Presidential Palace",
      },
    ],
  },
  {
    name: "'conditions for any talks with Minsk' is no event; 'only if … the war in Ukraine' places no meeting; 'there had not been any meeting' denies",
    published: "2023-08-09",
    text: "Minister sets conditions for any talks with Minsk\n\nForeign Minister Jonas Valaitis met opposition leader Alena Sidarenka in Vilnius on Wednesday.\n\nValaitis said he would be ready to meet Belarusian Foreign Minister Pavel Hrodna only if Minsk halted its support for the war in Ukraine. A spokesman said there had not been any meeting between Valaitis and Hrodna.",
    claims: [
      {
        type: "meeting",
        participants: ["Jonas Valaitis", "Alena Sidarenka"],
        date: day("2023-08-09"),
        location: "Vilnius",
      },
      {
        type: "meeting",
        participants: ["Jonas Valaitis", "Pavel Hrodna"],
        attribution: "Valaitis said",
        modality: "hypothetical",
      },
      {
        type: "meeting",
        participants: ["Jonas Valaitis", "Pavel Hrodna"],
        attribution: "A spokesman said",
        modality: "denied",
      },
    ],
  },
  {
    name: "'X also had a meeting with Y' is a step of the story's day",
    published: "2022-05-03",
    text: "Foreign Minister Radu Ionescu held a bilateral meeting with Moldovan Foreign Minister Ion Ceban in Bucharest on Tuesday.\n\nOn the same day, Ceban was received by President Mihai Stan at the Cotroceni Palace.\n\nIon Ceban also had a meeting with Prime Minister Dan Vlad at Victoria House.",
    claims: [
      {
        type: "meeting",
        participants: ["Radu Ionescu", "Ion Ceban"],
        date: day("2022-05-03"),
        location: "Bucharest",
      },
      {
        type: "meeting",
        participants: ["Ion Ceban", "Mihai Stan"],
        date: day("2022-05-03"),
        location: "Cotroceni Palace",
      },
      {
        type: "meeting",
        participants: ["Ion Ceban", "Dan Vlad"],
        date: day("2022-05-03"),
        location: "Victoria House",
      },
    ],
  },
  {
    name: "'Later in the day' follows the day's event, not an arrival the night before",
    published: "2024-01-30",
    text: "President Ramon Cruz and Vietnamese President Tran Van Minh agreed on Tuesday to step up cooperation.\n\nCruz arrived in Hanoi on Monday night for a two-day state visit.\n\nLater in the day, Cruz held a separate meeting with Prime Minister Le Thi Hoa at the Government Office.",
    claims: [
      { type: "visit", participants: ["Ramon Cruz"], date: day("2024-01-29"), location: "Hanoi" },
      {
        type: "meeting",
        participants: ["Ramon Cruz", "Le Thi Hoa"],
        date: day("2024-01-30"),
        location: "Government Office",
      },
    ],
  },
  {
    name: "a headline's closing '; Syria denies' and 'flatly denied the report' deny the meeting the report tells",
    published: null,
    text: "Daily says spy chief Kaya met Syria's Haddad in Damascus; Syria denies\n\nISTANBUL — Intelligence chief Emre Kaya held talks with his Syrian counterpart Samir Haddad in Damascus on Sept. 3-4, 2022, a Turkish newspaper reported on Thursday.\n\nSyria's state news agency flatly denied the report later on Thursday.",
    claims: [
      {
        type: "meeting",
        participants: ["Emre Kaya", "Samir Haddad"],
        date: ["2022-09-03", "2022-09-04"],
        location: "Damascus",
        attribution: "a Turkish newspaper reported",
        modality: "denied",
      },
    ],
  },
  {
    name: "a place ('in Rio de Janeiro') beats a gathering named as the venue ('at G20'); the day a wish was said is not its day",
    published: "2024-10-17",
    text: "Ishida and Stone agree to meet at G20\n\nPrime Minister Kenta Ishida and British Prime Minister Laura Stone will meet in person next month on the sidelines of the Group of 20 summit in Rio de Janeiro, an official said.\n\nOpposition leader Taro Noma said this week he is ready to meet Ishida for talks if the prime minister agrees to a date.",
    claims: [
      {
        type: "meeting",
        participants: ["Kenta Ishida", "Laura Stone"],
        date: ["2024-11-01", "2024-11-30"],
        location: "Rio de Janeiro",
        attribution: "an official said",
        modality: "planned",
      },
      {
        type: "meeting",
        participants: ["Taro Noma", "Kenta Ishida"],
        attribution: "Taro Noma said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'arrived from Doha, where he had met X the previous day': the where-clause's day is its meeting's",
    published: "2024-02-05",
    text: "Foreign Minister Kemal Aras held talks with his Egyptian counterpart Omar Fahmy in Cairo on Sunday.\n\nAras arrived in Cairo from Doha, where he had met Qatari Prime Minister Khalid Al Nuaimi the previous day.",
    claims: [
      {
        type: "talks",
        participants: ["Kemal Aras", "Omar Fahmy"],
        date: day("2024-02-04"),
        location: "Cairo",
      },
      {
        type: "meeting",
        participants: ["Kemal Aras", "Khalid Al Nuaimi"],
        date: day("2024-02-03"),
        location: "Doha",
      },
    ],
  },
  {
    name: "'had a \"long and meaningful\" telephone conversation with X': a quoted description before the noun, and the medium makes a call",
    published: "2023-04-26",
    text: 'Ukrainian President Oleh Marchenko said he had a "long and meaningful" telephone conversation with Chinese leader Wen Bo on Wednesday.',
    claims: [
      {
        type: "call",
        participants: ["Oleh Marchenko", "Wen Bo"],
        date: day("2023-04-26"),
        attribution: "Marchenko said",
      },
    ],
  },
  {
    name: "'Uruguay's plan to negotiate' is a noun, not a plan to meet",
    published: "2023-01-25",
    text: "Brazilian President Paulo Neves and his Uruguayan counterpart, Luis Ferrer, met on Jan 25 in Montevideo for more than 90 minutes, a meeting that ended with both leaders acknowledging their differences over Uruguay's plan to negotiate a trade deal with China.",
    claims: [
      {
        type: "meeting",
        participants: ["Paulo Neves", "Luis Ferrer"],
        date: day("2023-01-25"),
        duration: [90, null],
        location: "Montevideo",
      },
    ],
  },
  {
    name: "'did not travel to Asmara' denies the trip",
    published: "2021-05-10",
    text: "US envoy Daniel Brooks met Ethiopian Prime Minister Tesfaye Girma in Addis Ababa on Sunday.\n\nBrooks did not travel to Asmara, although Washington has been pressing Eritrea to pull its forces out.",
    claims: [
      {
        type: "meeting",
        participants: ["Daniel Brooks", "Tesfaye Girma"],
        date: day("2021-05-09"),
        location: "Addis Ababa",
      },
      { type: "visit", participants: ["Daniel Brooks"], location: "Asmara", modality: "denied" },
    ],
  },
  {
    name: "'the two leaders' are the story's pair, not an owner named in passing ('Mehra's Dhaka trip'); 'called on leader of the Opposition in X, Y, at her residence'; 'no request for a meeting'",
    published: "2015-02-21",
    text: "Chief minister Rina Sen met Bangladesh Prime Minister Farida Khan at Gono Bhaban yesterday, the issue that had kept her away from Prime Minister Arun Mehra's Dhaka trip in 2011.\n\nThe two leaders spoke alone for 40 minutes before officials were called in.\n\nEarlier in the day, the chief minister called on leader of the Opposition in the Jatiya Sangsad, Nasrin Ahmed, at her residence. She did not meet BNP chairperson Salma Huq; party sources said no request for a meeting had been made.",
    claims: [
      {
        type: "meeting",
        participants: ["Rina Sen", "Farida Khan"],
        date: day("2015-02-20"),
        duration: [40, 40],
        location: "Gono Bhaban",
      },
      { type: "meeting", participants: ["Rina Sen", "Nasrin Ahmed"], date: day("2015-02-20") },
      { type: "meeting", participants: ["Rina Sen", "Salma Huq"], modality: "denied" },
    ],
  },
  {
    name: "'an interconnection that Jordanian officials say has met the target' attributes nothing of the meeting",
    published: "2024-02-15",
    text: "King Omar met Iraqi Prime Minister Karim Jaber in Amman on Wednesday.\n\nIt was the second meeting between the two leaders in a month, after they met in Aqaba in mid-January, and comes as the two countries push to complete the long-delayed Basra–Aqaba oil pipeline and an electricity interconnection that Jordanian officials say has already met the target.",
    claims: [
      {
        type: "meeting",
        participants: ["Omar", "Karim Jaber"],
        date: day("2024-02-14"),
        location: "Amman",
        ordinal: 2,
      },
      {
        type: "meeting",
        participants: ["Omar", "Karim Jaber"],
        date: ["2024-01-11", "2024-01-21"],
        location: "Aqaba",
      },
    ],
  },
  {
    name: "'X, who spoke to him by phone': the who-clause's subject is not its object; a correction's 'an earlier version of this story said' is no claim",
    published: "2024-06-13",
    text: "Deputy Prime Minister Rhys Walker has met Prime Minister Tomasi Vete in Honiara.\n\nMr Vete is scheduled to visit Canberra later this year at the invitation of Prime Minister Anne Kerr, who spoke to him by phone last Thursday about the visit.\n\n*Correction: An earlier version of this story said Mr Walker and Mr Vete met on Tuesday. The meeting took place on Wednesday, June 12.*",
    claims: [
      { type: "meeting", participants: ["Rhys Walker", "Tomasi Vete"], location: "Honiara" },
      {
        type: "visit",
        participants: ["Tomasi Vete"],
        date: ["2024-06-14", "2024-12-31"],
        location: "Canberra",
        modality: "planned",
      },
      { type: "call", participants: ["Anne Kerr", "Tomasi Vete"], date: day("2024-06-06") },
    ],
  },
  {
    name: "'Minister of Planning and Investment X': a portfolio between title and name; 'The half-hour meeting'",
    published: "2023-12-13",
    text: "Prime Minister Tran Quoc Bao received Nvidia chief executive Daniel Wu in Hanoi on 11 Dec.\n\nThe half-hour meeting took place at the Government Office on Monday afternoon. Minister of Planning and Investment Nguyen Chi Thanh attended the meeting.\n\nWu also met Minister of Information and Communications Le Van Hai on Tuesday.",
    claims: [
      {
        type: "meeting",
        participants: ["Tran Quoc Bao", "Daniel Wu", "Nguyen Chi Thanh"],
        date: day("2023-12-11"),
        duration: [30, 30],
        location: "Hanoi",
      },
      {
        type: "meeting",
        participants: ["Daniel Wu", "Le Van Hai"],
        date: day("2023-12-12"),
        location: "Hanoi",
      },
    ],
  },
  {
    name: "'expected to see X again in April in Washington' is a planned meeting",
    published: "2024-02-28",
    text: "Finance Minister Paulo Teixeira met US Treasury Secretary Helen Cole in São Paulo on Tuesday.\n\nTeixeira said he expected to see Cole again in April in Washington.",
    claims: [
      {
        type: "meeting",
        participants: ["Paulo Teixeira", "Helen Cole"],
        date: day("2024-02-27"),
        location: "São Paulo",
      },
      {
        type: "meeting",
        participants: ["Paulo Teixeira", "Helen Cole"],
        date: ["2024-04-01", "2024-04-30"],
        location: "Washington",
        attribution: "Teixeira said",
        modality: "planned",
      },
    ],
  },
  {
    name: "'An Indian official said the two had a brief conversation in the leaders' lounge': the pair the sentence before named",
    published: "2023-12-02",
    text: 'Live: leaders meet in Dubai\n\n2023-12-01T21:10+04:00\n\nSelfie goes viral\n\nItalian Prime Minister Chiara Valli posted a selfie with Indian Prime Minister Arun Desai, captioned "Good friends at COP28". An Indian official said the two had a brief conversation in the leaders\' lounge.',
    claims: [
      { type: "talks", participants: ["Chiara Valli", "Arun Desai"], attribution: "An Indian official said" },
    ],
  },
  {
    name: "'X has said … early next year; Koski said she was ready to meet X': the wish takes its own part's sayer and no other clause's day",
    published: "2022-11-10",
    text: "Prime Minister Liisa Koski met her Canadian counterpart Mark Dalton in Ottawa on Wednesday.\n\nHungarian Prime Minister Gabor Nagy has said his parliament will take up the bids early next year; Koski said she was ready to meet Nagy if it would speed things up.",
    claims: [
      {
        type: "meeting",
        participants: ["Liisa Koski", "Mark Dalton"],
        date: day("2022-11-09"),
        location: "Ottawa",
      },
      {
        type: "meeting",
        participants: ["Liisa Koski", "Gabor Nagy"],
        attribution: "Koski said",
        modality: "hypothetical",
      },
    ],
  },
  {
    name: "'as Ellis sought to reset relations … on his first visit to Germany': the visit the phrase presupposes happened",
    published: "2024-08-28",
    text: "British Prime Minister Tom Ellis and German Chancellor Jonas Weber agreed on Wednesday to start work on a treaty, as Ellis sought to reset relations with Europe on his first visit to Germany as prime minister.",
    claims: [
      {
        type: "visit",
        participants: ["Tom Ellis"],
        date: day("2024-08-28"),
        location: "Germany",
        ordinal: 1,
      },
    ],
  },
  {
    name: "'The Chadian leader, who took over after the death of his father, X, on the battlefield last month, arrived …': a name apposed inside the who-clause stays in it",
    published: "2021-05-14",
    text: "President Daniel Okoro on Friday received the head of Chad's Transitional Military Council, Mahamat Kerim, at the Presidential Villa, Abuja.\n\nThe Chadian leader, who took over after the death of his father, Idriss Kerim, on the battlefield last month, arrived in Abuja on Friday morning on a one-day working visit.",
    claims: [
      {
        type: "meeting",
        participants: ["Daniel Okoro", "Mahamat Kerim"],
        date: day("2021-05-14"),
        location: "Presidential Villa",
      },
    ],
  },
];

const nothing: Case[] = [
  {
    name: "'after receiving an invitation from King X' receives a thing, not a visitor",
    published: "2023-04-06",
    text: "President Omar Rahimi is expected to travel abroad in the coming months after receiving an invitation from King Faisal Aziz.",
    claims: [],
  },
  {
    name: "one person 'joined by' an aide is a delegation, not a meeting",
    published: "2024-01-29",
    text: "Foreign Minister Wang Hao was joined by vice-foreign minister Ma Lin and the ministry's director general, Yang Tao.",
    claims: [],
  },
  {
    name: "talks sought are another deed about talks, not talks held",
    published: "2021-06-10",
    text: "Amara Diallo has sought talks with Kofi Mensah.",
    claims: [],
  },
  {
    name: "'he was unable to land in <place>': a trip that could not happen",
    published: "2024-03-12",
    text: "Prime Minister Jean Morel was unable to land in Santo Domingo after gangs seized the airport.",
    claims: [],
  },
  {
    name: "'the two are not expected to hold another formal bilateral meeting here' plans no meeting",
    published: "2023-09-09",
    text: "The two are not expected to hold another formal bilateral meeting here.",
    claims: [],
  },
  {
    name: "one person chairing a meeting of a council meets no one",
    published: "2023-06-21",
    text: "President Milan Petrovic chaired a meeting of the Security Council on Friday.",
    claims: [],
  },
  {
    name: "'called on X to act' is a demand; 'called him a friend' no call; 'his approach in talks with Moscow' no event",
    published: "2024-06-22",
    text: "President Ana Costa called on Russia to withdraw its troops. She called him a friend. The envoy has faced criticism for his approach in talks with Moscow.",
    claims: [],
  },
  {
    name: "'the next meeting of the central bank' names no one of a series",
    published: "2024-07-02",
    text: "The next meeting of the central bank's rate-setting committee is due in September.",
    claims: [],
  },
  {
    name: "a dinner hosted by Y is not a meeting of the subject",
    published: "2024-01-01",
    text: "Prime Minister Ilze Ozola will leave Vilnius on Monday after a dinner hosted by President Jonas Petrauskas.",
    claims: [],
  },
  {
    name: "a meeting schedule is not a meeting",
    published: "2024-01-01",
    text: "Aides to Kenyan President Joseph Kariuki and Ugandan President Yoweri Mugisha will draw up a meeting schedule for next year.",
    claims: [],
  },
  {
    name: "a generic 'several times'",
    published: "2024-01-01",
    text: "Kenyan President Joseph Kariuki has met Ugandan President Yoweri Mugisha several times.",
    claims: [],
  },
  {
    name: "a generic 'many times' visit",
    published: "2024-01-01",
    text: "Nepali Prime Minister Pushpa Thapa, who has visited India many times, criticised the plan.",
    claims: [],
  },
  {
    name: "an indirect question",
    published: "2024-01-01",
    text: "It was not clear whether President Kofi Mensah would meet President Bola Adeyemi.",
    claims: [],
  },
  {
    name: "meetings without participants",
    published: "2024-01-01",
    text: "Meetings between the two leaders are rare.",
    claims: [],
  },
  {
    name: "the talks, referred back to without a story",
    published: "2024-01-01",
    text: "The talks will focus on trade and security.",
    claims: [],
  },
  {
    name: "talks with a country only",
    published: "2024-01-01",
    text: "Officials have faced criticism for their approach in talks with Moscow.",
    claims: [],
  },
  {
    name: "a meeting in a quotation without named parties",
    published: "2024-01-01",
    text: "\u201cWe have a meeting with Ghana tomorrow,\u201d President Bola Adeyemi said on Tuesday.",
    claims: [],
  },
  {
    name: "a deadline is not a meeting",
    published: "2024-01-01",
    text: "Chilean President Gabriel Soto set a Friday deadline for the unions.",
    claims: [],
  },
];

/** The expected name an entity stands for: its name, or an expected name whose surname (first or last word) it carries. */
function nameFor(
  extraction: ArticleExtraction,
  id: string | null,
  expectedNames: readonly string[],
): string | null {
  const entity = extraction.entities.find((candidate) => candidate.id === id);
  if (!entity) return null;
  const forms = [entity.name, ...entity.aliases];
  for (const expected of expectedNames) {
    const words = expected.split(/\s+/);
    const surnames = new Set([words[words.length - 1], words.slice(-2).join(" ")]);
    if (
      forms.some(
        (form) => form === expected || surnames.has(form) || form.endsWith(` ${words[words.length - 1]}`),
      )
    )
      return expected;
  }
  return entity.name;
}

function comparable(extraction: ArticleExtraction, expected: readonly Expected[]): Expected[] {
  const names = expected.flatMap((claim) => [
    ...claim.participants,
    ...(claim.location ? [claim.location] : []),
  ]);
  const name = (id: string | null) => nameFor(extraction, id, names);
  return extraction.claims.map((claim) => ({
    type: claim.type as Expected["type"],
    participants: claim.participants.map((id) => name(id) ?? id),
    date: claim.date ? [claim.date.earliest, claim.date.latest] : null,
    weekday: claim.weekday ?? null,
    duration: claim.duration ? [claim.duration.minMinutes, claim.duration.maxMinutes] : null,
    location: name(claim.location),
    ordinal: claim.ordinal?.value ?? null,
    attribution: claim.attribution?.text ?? null,
    modality: claim.modality,
  }));
}

function expectedShape(expected: Expected): Expected {
  return {
    type: expected.type,
    participants: [...expected.participants].sort(),
    date: expected.date ?? null,
    weekday: expected.weekday ?? null,
    duration: expected.duration ?? null,
    location: expected.location ?? null,
    ordinal: expected.ordinal ?? null,
    attribution: expected.attribution ?? null,
    modality: expected.modality ?? "occurred",
  };
}

function peopleFound(testCase: Case): boolean {
  const text = testCase.published ? `date ${testCase.published}\n${testCase.text}` : testCase.text;
  const extraction = extractClaims(text, { id: "case" });
  const wanted = testCase.claims.flatMap((claim) => claim.participants);
  const found = extraction.entities.map((entity) => nameFor(extraction, entity.id, wanted));
  return wanted.every((name) => found.includes(name));
}

function run(testCase: Case): Expected[] {
  const text = testCase.published ? `date ${testCase.published}\n${testCase.text}` : testCase.text;
  return comparable(extractClaims(text, { id: "case" }), testCase.claims).map((claim, index) => {
    const attribution = testCase.claims[index]?.attribution;
    return {
      ...claim,
      participants: [...claim.participants].sort(),
      // The table names a phrase the attribution must contain, not the whole phrase.
      attribution: attribution && claim.attribution?.includes(attribution) ? attribution : claim.attribution,
    };
  });
}

describe("claim table: valid cases", () => {
  for (const testCase of [...valid, ...moreValid, ...generalValid]) {
    it(testCase.name, (context) => {
      // A known recognition gap skips the case (with the reason) only while the people are not found.
      if (testCase.entityGap && !peopleFound(testCase)) context.skip(`entity gap: ${testCase.entityGap}`);
      expect(run(testCase)).toEqual(testCase.claims.map(expectedShape));
    });
  }
});

describe("claim table: cases that yield nothing", () => {
  for (const testCase of nothing) {
    it(testCase.name, () => {
      expect(run(testCase)).toEqual([]);
    });
  }
});

it("the table has at least 60 cases", () => {
  expect(valid.length + moreValid.length + nothing.length).toBeGreaterThanOrEqual(60);
});
