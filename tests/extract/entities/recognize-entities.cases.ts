import type { EntityType } from "../../../src/schema/entity.js";

/** What one expected entity must look like; unspecified fields are not checked. */
export interface ExpectedEntity {
  name: string;
  type?: EntityType;
  gazetteerId?: string | null;
  /** Roles that must all be present. */
  roles?: string[];
  within?: string | null;
  /** Names of the members (groups). */
  members?: string[];
}

export interface EntityCase {
  title: string;
  text: string;
  /** "empty": run without any gazetteer, so everything must come from the text. */
  gazetteer?: "default" | "empty";
  entities?: ExpectedEntity[];
  /** [mention text, name of the entity it must refer to, occurrence (default 0)]. */
  refers?: [string, string, number?][];
  /** Names no entity may have. */
  absent?: string[];
}

/**
 * Short news-style sentences written for these tests, from many countries and in the forms that news uses:
 * titles, possessive chains, appositions, role-only references, spelling variants, unknown people.
 */
export const ENTITY_CASES: EntityCase[] = [
  {
    title: "'The prime minister met his Italian counterpart': the role is not the Italian prime minister's",
    text: "Keir Starmer said he was interested, after talks with Giorgia Meloni in Rome. The prime minister met his Italian counterpart on Monday.",
    refers: [
      ["The prime minister", "Keir Starmer"],
      ["Italian counterpart", "Giorgia Meloni"],
    ],
  },
  {
    title:
      "an unknown place opening a wire dateline; 'then-President' and 'ex-premier' written joined to their titles",
    text: "KATUNA, Uganda (AFP) - Then-President Amos Kiwanuka met ex-premier Ruth Nalwanga at the border.",
    gazetteer: "empty",
    entities: [
      { name: "Katuna", type: "place" },
      { name: "Amos Kiwanuka", type: "person" },
      { name: "Ruth Nalwanga", type: "person" },
    ],
    absent: ["Then-President Amos Kiwanuka", "KATUNA"],
  },
  {
    title: "two leaders with national titles meet in a capital",
    text: "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Monday.",
    entities: [
      { name: "William Ruto", type: "person", gazetteerId: "william-ruto", roles: ["Kenyan President"] },
      { name: "Abiy Ahmed", type: "person", roles: ["Ethiopian Prime Minister"] },
      { name: "Addis Ababa", type: "place", within: "ethiopia" },
    ],
    absent: ["Monday"],
  },
  {
    title: "unknown minister found from the title, later the minister",
    text: "Finance Minister Ngozi Adeyemi told reporters in Abuja that talks would resume. The minister declined to give a date.",
    entities: [{ name: "Ngozi Adeyemi", type: "person", gazetteerId: null, roles: ["Finance Minister"] }],
    refers: [["The minister", "Ngozi Adeyemi"]],
  },
  {
    title: "honorific with a full stop, then the surname",
    text: "Mr. Okafor, a senior diplomat, said the meeting was cordial. Okafor added that a second round was planned.",
    entities: [{ name: "Okafor", type: "person", roles: ["senior diplomat"] }],
    refers: [["Okafor", "Okafor", 1]],
  },
  {
    title: "possessive chain: the envoy belongs to the president",
    text: "US President Donald Trump's Special Envoy Steve Witkoff arrived in Moscow.",
    entities: [
      { name: "Donald Trump", roles: ["US President"] },
      { name: "Steve Witkoff", roles: ["Special Envoy"] },
      { name: "Moscow", type: "place", within: "russia" },
    ],
  },
  {
    title: "possessive chain with lower-case title and unknown people",
    text: "Brazilian President Rafael Duarte's special envoy Camila Teixeira flew to Luanda on Sunday.",
    gazetteer: "empty",
    entities: [
      { name: "Rafael Duarte", roles: ["Brazilian President"] },
      { name: "Camila Teixeira", roles: ["special envoy"] },
      { name: "Luanda", type: "place" },
    ],
  },
  {
    title: "organisation qualifier before the title: Kremlin aide",
    text: "Kremlin aide Yury Ushakov said the talks were useful. Ushakov gave no details.",
    entities: [{ name: "Yuri Ushakov", gazetteerId: "yuri-ushakov", roles: ["Kremlin aide"] }],
    refers: [["Ushakov", "Yuri Ushakov"]],
    absent: ["Kremlin"],
  },
  {
    title: "transliteration variants are one entity",
    text: "Yuri Ushakov spoke first. Later Yuriy Ushakov repeated the point, and Yury Ushakov ended the briefing.",
    gazetteer: "empty",
    entities: [{ name: "Yuri Ushakov", type: "person" }],
    refers: [
      ["Yuriy Ushakov", "Yuri Ushakov"],
      ["Yury Ushakov", "Yuri Ushakov"],
    ],
  },
  {
    title: "Zelensky spellings and Kiev/Kyiv",
    text: "Volodymyr Zelenskyy returned to Kiev. Zelensky said Kyiv would not give up land, Zelenskiy added.",
    entities: [
      { name: "Volodymyr Zelensky", type: "person" },
      { name: "Kyiv", type: "place", within: "ukraine" },
    ],
    refers: [
      ["Zelensky", "Volodymyr Zelensky"],
      ["Zelenskiy", "Volodymyr Zelensky"],
      ["Kiev", "Kyiv"],
    ],
  },
  {
    title: "diacritics: Erdoğan and Erdogan",
    text: "Turkish President Recep Tayyip Erdoğan hosted the talks. Erdogan said Istanbul was ready.",
    entities: [
      { name: "Recep Tayyip Erdoğan", roles: ["Turkish President"] },
      { name: "Istanbul", within: "turkey" },
    ],
    refers: [["Erdogan", "Recep Tayyip Erdoğan"]],
  },
  {
    title: "role-only reference resolves by nationality",
    text: "Russian President Vladimir Putin received US envoy Steve Witkoff. The US envoy later left the Kremlin.",
    refers: [
      ["The US envoy", "Steve Witkoff"],
      ["Kremlin", "Kremlin"],
    ],
    entities: [{ name: "Kremlin", type: "place", within: "moscow" }],
  },
  {
    title: "the Kremlin leader and the Kremlin as an institution",
    text: "Steve Witkoff met Vladimir Putin on Tuesday. The Kremlin said the Kremlin leader was satisfied.",
    entities: [{ name: "Kremlin", type: "organization", gazetteerId: "kremlin-org" }],
    refers: [["the Kremlin leader", "Vladimir Putin"]],
  },
  {
    title: "possessive role reference: Putin's spokesperson",
    text: "Dmitry Peskov, the Kremlin spokesman, spoke on Monday. Putin's spokesperson said nothing had been agreed.",
    entities: [{ name: "Dmitry Peskov", roles: ["Kremlin spokesman"] }],
    refers: [["Putin's spokesperson", "Dmitry Peskov"]],
  },
  {
    title: "the Russian president without the name in the text",
    text: "The Russian president will travel abroad next week, officials said.",
    refers: [["The Russian president", "Vladimir Putin"]],
  },
  {
    title: "the US official: generic role matches the US person",
    text: "US envoy Steve Witkoff met Putin in Moscow. The US official has faced criticism at home.",
    refers: [["The US official", "Steve Witkoff"]],
  },
  {
    title: "apposition after an unknown name",
    text: "Ivan Petrenko, the regional governor, said two people were injured.",
    gazetteer: "empty",
    entities: [{ name: "Ivan Petrenko", roles: ["regional governor"] }],
  },
  {
    title: "apposition before the name",
    text: "Ghana's president, Kwabena Mensah, welcomed the delegation.",
    gazetteer: "empty",
    entities: [{ name: "Kwabena Mensah", type: "person" }],
  },
  {
    title: "group of negotiators with named leaders",
    text: "US negotiators led by Steve Witkoff and Jared Kushner spoke with Vladimir Putin for five hours.",
    entities: [
      { name: "US negotiators", type: "group", members: ["Steve Witkoff", "Jared Kushner"] },
      { name: "Vladimir Putin", type: "person" },
    ],
  },
  {
    title: "delegation headed by an unknown former minister",
    text: "Moscow sent a Russian delegation headed by former culture minister Pavel Orlov to Istanbul.",
    entities: [
      { name: "Russian delegation", type: "group", members: ["Pavel Orlov"] },
      { name: "Pavel Orlov", roles: ["former culture minister"] },
    ],
  },
  {
    title: "two nationalities in one group",
    text: "American and Ukrainian officials held negotiations in Geneva on Sunday.",
    entities: [
      { name: "American and Ukrainian officials", type: "group" },
      { name: "Geneva", type: "place", within: "switzerland" },
    ],
  },
  {
    title: "plural demonym and continental leaders as groups",
    text: "The Russians say the dialogue will continue, while European leaders remain sceptical.",
    entities: [
      { name: "Russians", type: "group" },
      { name: "European leaders", type: "group" },
    ],
  },
  {
    title: "site words make places: hotel, palace, airport",
    text: "The ministers met at the Grand Serena Hotel before moving to Diriyah Palace. Earlier they landed at Kotoka Airport.",
    entities: [
      { name: "Grand Serena Hotel", type: "place" },
      { name: "Diriyah Palace", type: "place", within: "riyadh" },
      { name: "Kotoka Airport", type: "place" },
    ],
  },
  {
    title: "nested gazetteer places",
    text: "Witkoff was seen at Vnukovo Airport and later walked in Zaryadye Park near Red Square.",
    entities: [
      { name: "Vnukovo Airport", within: "moscow" },
      { name: "Zaryadye Park", within: "moscow" },
      { name: "Red Square", within: "moscow" },
    ],
  },
  {
    title: "Mar-a-Lago and Palm Beach",
    text: "Trump received the Israeli prime minister at Mar-a-Lago in Palm Beach, Florida.",
    entities: [
      { name: "Mar-a-Lago", within: "palm-beach" },
      { name: "Palm Beach", within: "florida" },
    ],
    refers: [["the Israeli prime minister", "Benjamin Netanyahu"]],
  },
  {
    title: "Alaska summit venue",
    text: "The two presidents met at Joint Base Elmendorf-Richardson in Anchorage, Alaska.",
    entities: [
      { name: "Joint Base Elmendorf-Richardson", type: "place", within: "anchorage" },
      { name: "Anchorage", within: "alaska" },
    ],
  },
  {
    title: "unknown place after a locative preposition",
    text: "Negotiator Amina Yusuf arrived in Kisumu on Friday.",
    gazetteer: "empty",
    entities: [
      { name: "Amina Yusuf", roles: ["Negotiator"] },
      { name: "Kisumu", type: "place" },
    ],
  },
  {
    title: "news agencies and outlets as organisations",
    text: "Ushakov told the Interfax news agency that the visit was planned, Reuters reported.",
    entities: [
      { name: "Interfax", type: "organization" },
      { name: "Reuters", type: "organization" },
    ],
  },
  {
    title: "international organisations",
    text: "NATO foreign ministers met in Brussels as the EU and the UN called for calm.",
    entities: [
      { name: "NATO", type: "organization" },
      { name: "European Union", type: "organization" },
      { name: "United Nations", type: "organization" },
      { name: "Brussels", type: "place", within: "belgium" },
    ],
  },
  {
    title: "unknown organisation from its name",
    text: "Kirill Dmitriev heads the Russian Direct Investment Fund. The Kenya Ports Authority said shipments resumed.",
    entities: [
      { name: "Russian Direct Investment Fund", type: "organization" },
      { name: "Kenya Ports Authority", type: "organization" },
    ],
  },
  {
    title: "unknown person found by a verb of saying",
    text: "Tomasz Wielgosz said the agreement was close.",
    gazetteer: "empty",
    entities: [{ name: "Tomasz Wielgosz", type: "person" }],
  },
  {
    title: "unknown person found by a given name",
    text: "In an interview with Sofia Lindqvist, the general described the front line.",
    gazetteer: "empty",
    entities: [{ name: "Sofia Lindqvist", type: "person" }],
  },
  {
    title: "surname first in a headline, full name later",
    text: "Kamau to visit Nairobi again\nForeign Minister Daniel Kamau will travel to Nairobi on Friday, his office said.",
    gazetteer: "empty",
    entities: [{ name: "Daniel Kamau", roles: ["Foreign Minister"] }],
    refers: [["Kamau", "Daniel Kamau"]],
  },
  {
    title: "initials in a name",
    text: "Vice President J. D. Vance met the Polish prime minister in Warsaw.",
    entities: [
      { name: "JD Vance", gazetteerId: "jd-vance", roles: ["Vice President"] },
      { name: "Warsaw", within: "poland" },
    ],
    refers: [["the Polish prime minister", "Donald Tusk"]],
  },
  {
    title: "particles in Arabic names",
    text: "Saudi Crown Prince Mohammed bin Salman hosted Qatari Emir Tamim bin Hamad Al Thani in Jeddah.",
    entities: [
      { name: "Mohammed bin Salman", roles: ["Saudi Crown Prince"] },
      { name: "Tamim bin Hamad Al Thani", roles: ["Qatari Emir"] },
      { name: "Jeddah", within: "saudi-arabia" },
    ],
  },
  {
    title: "a multi-word portfolio before a title is part of the role, not a person",
    text: "Canada's International Trade Minister Mary Ng met Economy Minister Tatiana Clouthier.",
    gazetteer: "empty",
    entities: [{ name: "Mary Ng" }, { name: "Tatiana Clouthier" }],
  },
  {
    title: "unknown name with a particle",
    text: "Dutch envoy Pieter van der Berg spoke with reporters in The Hague.",
    gazetteer: "empty",
    entities: [{ name: "Pieter van der Berg", roles: ["Dutch envoy"] }],
  },
  {
    title: "Asian leaders",
    text: "Chinese President Xi Jinping met Indian Prime Minister Narendra Modi in Tianjin. Xi said ties were improving.",
    entities: [
      { name: "Xi Jinping", roles: ["Chinese President"] },
      { name: "Narendra Modi", roles: ["Indian Prime Minister"] },
      { name: "Tianjin", type: "place" },
    ],
    refers: [["Xi", "Xi Jinping"]],
  },
  {
    title: "Latin American leaders and a spokeswoman",
    text: "Mexican President Claudia Sheinbaum spoke by phone with Lula. Her spokeswoman, Lucía Ferrer, confirmed the call.",
    entities: [
      { name: "Claudia Sheinbaum", roles: ["Mexican President"] },
      { name: "Luiz Inácio Lula da Silva", type: "person" },
      { name: "Lucía Ferrer", type: "person" },
    ],
  },
  {
    title: "pronoun refers to the sentence subject",
    text: "Steve Witkoff said he had met Putin for three hours.",
    refers: [["he", "Steve Witkoff"]],
  },
  {
    title: "pronoun at sentence start refers to the previous subject",
    text: "Trump cut short the deadline for Putin. He has now promised new tariffs.",
    refers: [["He", "Donald Trump"]],
  },
  {
    title: "former roles do not answer for current ones",
    text: "Former Russian president Dmitry Medvedev warned of conflict. The Russian president stayed silent.",
    entities: [{ name: "Dmitry Medvedev", roles: ["Former Russian president"] }],
    refers: [["The Russian president", "Vladimir Putin"]],
  },
  {
    title: "sentence-initial function words and months are not names",
    text: "After the talks, Meanwhile and According were not people. In March the envoy returned.",
    gazetteer: "empty",
    absent: ["After", "Meanwhile", "According", "In March", "March"],
  },
  {
    title: "title-case headline words are not people",
    text: "Envoy to Visit Capital Again This Week for Peace Talks",
    gazetteer: "empty",
    entities: [],
    absent: ["Visit Capital Again", "Peace Talks", "Capital Again"],
  },
  {
    title: "countries are places, not people",
    text: "Russia and Ukraine exchanged prisoners, while Qatar and Turkey mediated.",
    entities: [
      { name: "Russia", type: "place" },
      { name: "Ukraine", type: "place" },
      { name: "Qatar", type: "place" },
      { name: "Turkey", type: "place" },
    ],
  },
  {
    title: "contractions are not names",
    text: '"I\'ve said it before," the prime minister told Kenyan lawmakers. "We\'re ready."',
    gazetteer: "empty",
    absent: ["I've", "We're"],
  },
  {
    title: "African Union chairman and unknown Nigerian minister",
    text: "Nigerian Foreign Minister Chukwuemeka Obi met African Union officials in Addis Ababa.",
    entities: [
      { name: "Chukwuemeka Obi", roles: ["Nigerian Foreign Minister"] },
      { name: "African Union officials", type: "group" },
    ],
  },
  {
    title: "Secretary of State and the top diplomat",
    text: "US Secretary of State Marco Rubio met Sergei Lavrov. The top diplomat said the meeting was useful.",
    entities: [
      { name: "Marco Rubio", roles: ["US Secretary of State"] },
      { name: "Sergei Lavrov", type: "person" },
    ],
    refers: [["The top diplomat", "Sergei Lavrov"]],
  },
  {
    title: "White House press secretary: organisation qualifier, person named",
    text: "White House press secretary Karoline Leavitt confirmed the trip. The White House said more details would follow.",
    entities: [
      { name: "Karoline Leavitt", roles: ["White House press secretary"] },
      { name: "White House", type: "organization" },
    ],
  },
  {
    title: "Australian and Japanese leaders, Oceania and Asia",
    text: "Australian Prime Minister Anthony Albanese and Japanese Prime Minister Sanae Takaichi met in Osaka.",
    entities: [
      { name: "Anthony Albanese", roles: ["Australian Prime Minister"] },
      { name: "Sanae Takaichi", roles: ["Japanese Prime Minister"] },
      { name: "Osaka", within: "japan" },
    ],
  },
  {
    title: "family name first: a lone family name refers back to the full name",
    text: "Chinese Foreign Minister Wang Yi met his Brazilian counterpart Mauro Vieira. Wang told Vieira that ties were strong.",
    entities: [
      { name: "Wang Yi", roles: ["Chinese Foreign Minister"] },
      { name: "Mauro Vieira", roles: ["Brazilian counterpart"] },
    ],
    refers: [
      ["Wang", "Wang Yi"],
      ["Vieira", "Mauro Vieira"],
    ],
  },
  {
    title: "a longer unknown name beats a gazetteer surname",
    text: "Envoy Kim Sun-hee met officials in Seoul. Kim said the talks went well.",
    entities: [{ name: "Kim Sun-hee", gazetteerId: null, roles: ["Envoy"] }],
    refers: [["Kim", "Kim Sun-hee"]],
    absent: ["Kim Jong Un"],
  },
  {
    title: "a possessive country owns the name that follows",
    text: "Kenya's Otieno Wafula to meet Tanzania's Baraka Mwakyusa on Friday: State House",
    entities: [
      { name: "Otieno Wafula", type: "person" },
      { name: "Baraka Mwakyusa", type: "person" },
    ],
  },
  {
    title: "a month-like given name after a title",
    text: "Polish President Jan Kowalczyk had a phone call with Lithuanian President Rasa Kairienė on Wednesday.",
    entities: [
      { name: "Jan Kowalczyk", roles: ["Polish President"] },
      { name: "Rasa Kairienė", roles: ["Lithuanian President"] },
    ],
    absent: ["Wednesday"],
  },
  {
    title: "an uncued full name listed with a person is a person",
    text: "Interior ministers Bratislav Gavrilo and Sandor Pinter met in Subotica; the heads of the central banks, Galym Ospanov and Marat Rakhimov, signed a memorandum.",
    entities: [
      { name: "Bratislav Gavrilo", type: "person" },
      { name: "Sandor Pinter", type: "person" },
      { name: "Galym Ospanov", type: "person" },
    ],
  },
  {
    title: "a title word inside a name, after a gazetteer surname",
    text: "Ethiopian Prime Minister Abiy Ahmed hosted Somali President Hassan Sheikh Mohamud at the National Palace.",
    entities: [
      { name: "Hassan Sheikh Mohamud", roles: ["Somali President"] },
      { name: "National Palace", type: "place" },
    ],
    absent: ["Samia Suluhu Hassan"],
  },
  {
    title: "an unqualified delegation with named leaders",
    text: "A delegation headed by Rustem Umerov and Andriy Yermak travelled to Miami for talks.",
    entities: [
      { name: "delegation", type: "group", members: ["Rustem Umerov", "Andriy Yermak"] },
      { name: "Miami", type: "place", within: "florida" },
    ],
  },
  {
    title: "a hyphenated spelling of a gazetteer name, then a role reference: one person",
    text: "President Recep-Tayyip Erdogan received the envoy on Monday. Aides said the Turkish president would travel to Doha in May.",
    entities: [{ name: "Recep Tayyip Erdoğan", gazetteerId: "recep-tayyip-erdogan" }],
    refers: [["the Turkish president", "Recep Tayyip Erdoğan"]],
    absent: ["Recep-Tayyip Erdogan"],
  },
  {
    title: "a lower-case Arabic article inside an unknown name",
    text: "Libyan commander General Khalifa Omar al-Mahdi met the envoy, and later al-Mahdi spoke to reporters in Port Harcourt.",
    entities: [
      { name: "Khalifa Omar al-Mahdi", type: "person" },
      { name: "Port Harcourt", type: "place" },
    ],
    refers: [["al-Mahdi", "Khalifa Omar al-Mahdi"]],
    absent: ["Khalifa Omar", "Port"],
  },
  {
    title: "a place-noun head before a known place is one place",
    text: "The ferry left Port Sudan on Friday for Jeddah.",
    entities: [{ name: "Port Sudan", type: "place" }],
    absent: ["Port"],
  },
  {
    title: "an unknown place after 'the border town of'",
    text: "Troops entered the border town of Zvornik on Sunday.",
    entities: [{ name: "Zvornik", type: "place" }],
  },
  {
    title: "a given name spelled like a known city, right after a title",
    text: "Chilean President Sofía Rojas met Bolivian President Milan Quispe in Santiago.",
    entities: [
      { name: "Sofía Rojas", type: "person" },
      { name: "Milan Quispe", type: "person" },
      { name: "Santiago", type: "place" },
    ],
    absent: ["Sofia", "Milan"],
  },
  {
    title: "'External Affairs Minister' is a title, not a name",
    text: "India's External Affairs Minister Rohan Mehta met the delegation.",
    entities: [{ name: "Rohan Mehta", type: "person" }],
    absent: ["External Affairs"],
  },
  {
    title: "'his <nationality> counterpart' is the one titled leader whose country the article never gives",
    text: "President Tomás Ibáñez travelled to Lima on Monday.\n\nPeruvian President Diego Huamán received his Bolivian counterpart at the palace.\n\nPresidential spokesman Raúl Paredes said Ibáñez would return home on Tuesday.",
    refers: [["Bolivian counterpart", "Tomás Ibáñez"]],
  },
  {
    title: "a country spelled like a given name, before a title",
    text: "Chad's President Idriss Kaba met the envoy in N'Djamena.",
    entities: [
      { name: "Chad", type: "place", gazetteerId: "chad" },
      { name: "Idriss Kaba", type: "person" },
    ],
  },
  {
    title: "a title after an organisation's name ends it: the name after the title is a person",
    text: "Jamaican Prime Minister Andrew Holt met International Monetary Fund Managing Director Karin Sorensen.",
    entities: [
      { name: "Andrew Holt", type: "person" },
      { name: "Karin Sorensen", type: "person" },
    ],
    absent: ["International Monetary Fund Managing Director Karin Sorensen"],
  },
  {
    title: "a known full name written with a second surname stays one person",
    text: "Army General Raúl Castro Ruz received the delegation at the Palace of the Revolution.",
    entities: [{ name: "Raúl Castro", type: "person", gazetteerId: "raul-castro" }],
    absent: ["Ruz"],
  },
  {
    title:
      "a pronoun opening a paragraph that names no one before it is the person the paragraph before is about",
    text: "Opposition leader Mara Vance thanked Poland for its help.\nEuropean Council President Paul Dorn called for restraint. Vance is expected in Brussels on Monday.\nEarlier this week she held a video call with Canada's foreign minister.",
    refers: [["she", "Mara Vance"]],
  },
  {
    title: "a role with an 'of' complement before ', <Name>' is that person, not someone named earlier",
    text: "Agency chief Rafael Grossi met President Ebrahim Raisi on Saturday.\nGrossi held talks with the head of the Atomic Energy Organisation of Iran, Mohammad Eslami, on Friday.",
    entities: [{ name: "Mohammad Eslami", type: "person" }],
  },
  {
    title:
      "a role with an 'of' complement before ', <Name>' is that person's role, and its complement names no one",
    text: "The envoy spoke with the President of Rwanda, Eric Mugisha, on Sunday. The Minister of External Relations, Rosa Almeida, attended.",
    entities: [
      { name: "Eric Mugisha", type: "person", roles: ["President of Rwanda"] },
      { name: "Rosa Almeida", type: "person", roles: ["Minister of External Relations"] },
    ],
    absent: ["External Relations"],
  },
  {
    title:
      "a pronoun in a question put to someone ('Asked whether she would …, X said') is the person who answers",
    text: "Mayor Aleksandra Nowak met the regional governor on Tuesday. The mayor was accompanied by deputy mayor Piotr Borawski. Asked whether she would also travel to Kyiv, Nowak said there were no such plans.",
    refers: [["she", "Aleksandra Nowak"]],
  },
  {
    title: "a pronoun right after a saying verb ('Asked about X, …, Y said he …') is the one who says",
    text: "Asked about Prime Minister Manasseh Vale, who is skipping the forum, Prime Minister Tom Albers said he was ready to travel.",
    refers: [["he", "Tom Albers"]],
  },
  {
    title: "a faith adjective before a group ('Jewish community leaders') is no name",
    text: "President Isaac Herzog is due to meet Jewish community leaders in Istanbul on Thursday.",
    entities: [{ name: "Isaac Herzog", type: "person" }],
    absent: ["Jewish"],
  },
  {
    title: "'X, popularly known as Y': one person with two names",
    text: "The president met opposition leader Robert Kato, popularly known as Bobi Lane, at a hotel. Lane later said the talks were cordial.",
    refers: [
      ["Bobi Lane", "Robert Kato"],
      ["Lane", "Robert Kato"],
    ],
  },
  {
    title: "a capitalised compound adjective ('Serb-run', 'Kremlin-backed') is no name",
    text: "Orban also met Marko Dodik, the president of Bosnia's Serb-run entity, and Kremlin-backed envoys in Belgrade.",
    entities: [{ name: "Marko Dodik", type: "person" }],
    absent: ["Serb-run", "Kremlin-backed"],
  },
  {
    title:
      "a title's abbreviation ending a name before a new sentence is the name and a full stop ('Hun Sen. The …')",
    text: "The premier met Hun Manet and his father, former prime minister Hun Sen. The two leaders talked.",
    entities: [{ name: "Hun Sen", type: "person" }],
    absent: ["Hun Sen."],
  },
  {
    title: "'<person> and his …': the possessive is that person's, not the subject's",
    text: "Thai Prime Minister Anan Chai met Cambodian Prime Minister Sok Dara and his father at Government House.",
    refers: [["his", "Sok Dara"]],
  },
  {
    title:
      "a subject pronoun stands for its person in the next sentence ('He met Pompa … A week later he was received by …')",
    text: "Venezuelan opposition leader Juan Gomes toured the region last month. He met Secretary of State Mark Pompa in Bogota. A week later he was received by Canadian Prime Minister Luc Tremblay in Ottawa.",
    refers: [
      ["He", "Juan Gomes"],
      ["he", "Juan Gomes"],
    ],
  },
  {
    title: "a subject pronoun is not the person its clause names right after it ('He also met Mr Moreau')",
    text: "At the summit, which is hosted by French President Paul Moreau, Prime Minister Tariq Aziz called for debt relief. He also met Mr Moreau briefly at a dinner.",
    refers: [["He", "Tariq Aziz"]],
  },
  {
    title:
      "a bare surname two people share is the one the story names most ('First Lady Ayla Demir' beside President Kemal Demir)",
    text: "Turkish President Kemal Demir arrived in Cairo. Demir was accompanied by First Lady Ayla Demir. Demir later said the talks went well.",
    refers: [["Demir", "Kemal Demir", 1]],
  },
  {
    title:
      "a name after a monarch's title is not another person's first name ('King Rolf' beside Rolf Jansen)",
    text: "President Ana Cruz met King Rolf and Prime Minister Tom Berg in Oslo. Council President Rolf Jansen later met Cruz.",
    refers: [["Rolf", "Rolf"]],
  },
  {
    title: "a name opening on an acronym is an organisation ('told RNZ Pacific')",
    text: "Deputy Prime Minister Samiu Vaipulu told RNZ Pacific the talks had covered the recovery.",
    entities: [{ name: "RNZ Pacific", type: "organization" }],
  },
  {
    title:
      "a short surname read off a known full name matches only as spelled ('Long' in a title-case headline)",
    text: "Talks With Kuleba Were Long, But Necessary",
    absent: ["Lee Hsien Loong"],
  },
  {
    title: "'al-Sisi' and 'el-Sisi' are one person",
    text: "Egyptian President Abdel Fattah al-Sisi met the envoy. El-Sisi said the talks were useful.",
    entities: [{ name: "Abdel Fattah el-Sisi", gazetteerId: "abdel-fattah-el-sisi" }],
    refers: [["El-Sisi", "Abdel Fattah el-Sisi"]],
  },
  {
    title:
      "a name apposed to a role with a complement is that person ('Minister for the Pacific, Pat Conroy')",
    text: "Prime Minister Sione Taufa received Australia's Minister for the Pacific, Pat Conroy, in Nuku'alofa.",
    entities: [{ name: "Pat Conroy", type: "person" }],
  },
  {
    title:
      "an object pronoun after another clause's subject is the sentence's first person ('Dhankar also met him')",
    text: "Prime Minister Ram Dahal called on President Devi Murmu at the palace, and Vice President Jai Dhankar also met him.",
    refers: [["him", "Ram Dahal"]],
  },
  {
    title:
      "'He' as a family name: after a title, capitalised mid-sentence, or inside a name ('Vice Premier He Wen', 'Liu He')",
    text: "Chinese Vice Premier He Wen met Treasury Secretary Ann Cole. Cole met He again in Beijing. She had met He's predecessor Liu He in Zurich.",
    entities: [
      { name: "He Wen", type: "person" },
      { name: "Liu He", type: "person" },
    ],
    refers: [
      ["He", "He Wen", 0],
      ["He", "He Wen", 1],
    ],
  },
  {
    title:
      "an object pronoun after a clause whose subject was a pronoun is that pronoun's person ('he was received by X, and Y welcomed him')",
    text: "Opposition leader Juan Gomes toured the region. A week later he was received by Prime Minister Luc Tremblay in Ottawa, and President Paul Moreau welcomed him at the palace.",
    refers: [["him", "Juan Gomes"]],
  },
  {
    title:
      "two known surnames joined by a hyphen are two people, even in a text that opens on a hyphen (front matter)",
    text: "---\nPrime Minister Ana Duarte met Premier Zhou Ming in Canberra. Aides sat in on the Duarte-Zhou talks.",
    gazetteer: "empty",
    refers: [
      ["Duarte", "Ana Duarte"],
      ["Zhou", "Zhou Ming"],
    ],
    absent: ["Duarte-Zhou"],
  },
  {
    title: "'the Okafors' is the family of the person the story names by that surname",
    text: "President Daniel Okafor welcomed Kofi Mensah on Thursday. The Okafors later hosted a dinner.",
    gazetteer: "empty",
    refers: [["Okafors", "Daniel Okafor"]],
  },
  {
    title:
      "'Korea' is the country, not a folded spelling of the gazetteer surname 'Correa'; 'Correa' still is he",
    text: "Officials said Korea and Japan agreed on Thursday. Former president Rafael Correa said Correa would return.",
    entities: [{ name: "South Korea", type: "place" }],
    refers: [
      ["Korea", "South Korea"],
      ["Correa", "Rafael Correa"],
    ],
  },
  {
    title:
      "'President of the European Commission Ursula von der Leyen': a known full name ends the institution's name",
    text: "President Kais Saied received at Carthage Palace President of the European Commission Ursula von der Leyen.",
    entities: [
      { name: "European Commission", type: "organization" },
      { name: "Ursula von der Leyen", type: "person" },
    ],
    absent: ["European Commission Ursula von der Leyen"],
  },
];
