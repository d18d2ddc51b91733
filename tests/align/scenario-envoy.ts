import type { ArticleExtraction } from "../../src/schema/document.js";
import { buildArticle, CAST } from "./builders.js";

/**
 * A made-up season of envoy visits, told by four outlets in the way the seed articles tell theirs: a factbox
 * listing the visits (the first rests on the envoy's word, the third was not in the capital), an announcement,
 * a later report naming an extra participant, and an undated report saying "Wednesday".
 */
export function envoyScenario(): ArticleExtraction[] {
  const factbox = buildArticle({
    id: "f1",
    outlet: "Northwire",
    publishedAt: "2024-11-05",
    entities: CAST,
    claims: [
      {
        participants: ["berg", "dalla"],
        date: "2024-11-05",
        dateText: "November 5",
        location: "palace",
        modality: "planned",
        ordinal: [6, "the sixth meeting"],
        text: "On November 5 the sixth meeting between Berg and Dalla since the start of the year will take place at Lindholm Palace.",
      },
      {
        participants: ["dalla", "berg"],
        date: "2024-02-12",
        location: "norvik",
        modality: "unconfirmed",
        attribution: "dalla",
        ordinal: [1, "First visit"],
        text: "First visit. Dalla later said he had met Berg; her office did not comment.",
      },
      {
        participants: ["dalla", "berg"],
        date: "2024-03-14",
        location: "palace",
        duration: [180, 240, "three to four hours"],
        ordinal: [2, "Second visit"],
        text: "Second visit. Dalla was received at Lindholm Palace; the meeting lasted three to four hours.",
      },
      {
        participants: ["dalla", "berg"],
        date: "2024-04-10",
        location: "porto",
        ordinal: [3, "Third visit"],
        text: "Third visit. Dalla met Berg in Porto Celeste.",
      },
      {
        type: "talks",
        participants: ["dalla", "varga"],
        date: "2024-04-10",
        location: "porto",
        ordinal: [3, "Third visit"],
        text: "Third visit. Dalla also held talks with Varga.",
      },
      {
        participants: ["dalla", "berg"],
        date: "2024-06-19",
        location: "palace",
        duration: [180, 180, "three-hour"],
        ordinal: [4, "Fourth visit"],
        text: "Fourth visit. A three-hour meeting at Lindholm Palace.",
      },
      {
        participants: ["dalla", "berg"],
        date: "2024-08-07",
        location: "palace",
        duration: [165, 195, "about three hours"],
        ordinal: [5, "Fifth visit"],
        text: "Fifth visit. The talks lasted about three hours.",
      },
      {
        participants: ["dalla", "varga"],
        date: "2024-08-07",
        location: "park",
        text: "Varga walked with Dalla in Harbour Park.",
      },
    ],
  });
  return [
    factbox,
    buildArticle({
      id: "g2",
      outlet: "Daily Ledger",
      publishedAt: "2024-11-04",
      wire: ["AGP"],
      entities: CAST,
      claims: [
        {
          participants: ["berg", "dalla"],
          date: "2024-11-05",
          dateText: "Tuesday",
          location: "norvik",
          modality: "planned",
          attribution: "berg",
          text: "Berg will meet Dalla in Norvik on Tuesday.",
        },
      ],
    }),
    buildArticle({
      id: "h3",
      outlet: "Courier",
      publishedAt: "2024-11-06",
      entities: CAST,
      claims: [
        {
          participants: ["berg", "dalla", "reyes"],
          location: "palace",
          duration: [300, null, "more than five hours"],
          ordinal: [6, "the sixth meeting"],
          text: "Berg spoke for more than five hours with Dalla and Reyes; it was the sixth meeting with Berg this year.",
        },
      ],
    }),
    buildArticle({
      id: "k4",
      outlet: "Evening Star",
      publishedAt: null,
      entities: CAST,
      floatingTimes: [{ text: "Wednesday", weekday: 3, claimId: "k4:c1" }],
      claims: [
        {
          type: "talks",
          participants: ["berg", "dalla"],
          weekday: 3,
          location: "norvik",
          duration: [165, 195, "about three hours"],
          ordinal: [5, "fifth trip"],
          text: "Dalla held talks with Berg in Norvik on Wednesday; they ended after about three hours. It is his fifth trip to Norvik as envoy.",
        },
        {
          participants: ["dalla", "varga"],
          weekday: 3,
          location: "norvik",
          text: "Dalla strolled through a park with Varga on Wednesday.",
        },
      ],
    }),
  ];
}
