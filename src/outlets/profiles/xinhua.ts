import type { OutletProfileInput } from "../../schema/outlet.js";
import { wireDatelineMarker } from "./shared/wire-dateline.js";

/** Xinhua News Agency: "BEIJING, March 3 (Xinhua) --" datelines, "Editor: …" credits at the foot. */
export const xinhua = {
  id: "xinhua",
  name: "Xinhua",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: { domains: ["xinhuanet.com", "news.cn"], markers: [wireDatelineMarker("Xinhua")] },
  timezone: "Asia/Shanghai",
  wire: ["Xinhua"],
  boilerplate: [
    { kind: "credit", pattern: String.raw`^(?:Editor|Editors|Responsible editor):\s*[\p{L} ,.-]{2,60}$` },
    {
      kind: "credit",
      pattern: String.raw`^\((?:Video reporters?|Video editors?|Reporters?)\s*:[^)]{2,200}\)$`,
    },
  ],
} satisfies OutletProfileInput;
