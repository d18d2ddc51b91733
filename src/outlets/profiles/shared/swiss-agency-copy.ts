import type { BoilerplateRule } from "../../../schema/outlet.js";

/**
 * What Swiss news sites that run sda/dpa copy share: "(sda/dpa/con)" credits with editor initials,
 * "Image: keystone" captions, and German or English link lists at the foot.
 */
export const swissAgencyBoilerplate: BoilerplateRule[] = [
  {
    kind: "caption",
    pattern: String.raw`(?:^|[.!?\s])(?:Image|Bild|Foto|Photo|Video):\s*(?:keystone|sda|dpa|ap|afp|epa|reuters|imago|getty images|watson|blick|nau\.ch|screenshot)\b[^.!?]{0,60}$`,
  },
  { kind: "credit", pattern: String.raw`^\((?:sda|dpa|afp|apa|ats|awp|reu|ap|sat)(?:/[\p{L}]{1,8}){0,4}\)$` },
  {
    kind: "related",
    pattern: String.raw`^(?:Mehr zum Thema|Das könnte dich auch noch interessieren|Das könnte Sie auch interessieren|Mehr aus dem Ressort [\p{L} ]+|More on the topic|You might also be interested in)\s*:?$`,
    extent: "rest",
  },
  {
    kind: "share",
    pattern: String.raw`^(?:Teilen|Kommentare|Artikel teilen|Jetzt abonnieren|Folge uns auf [\p{L} ]+)$`,
  },
];
