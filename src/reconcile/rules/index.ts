import type { Rule } from "../rule.js";
import { countRule } from "./count.js";
import { dateRule } from "./date.js";
import { deniedOccurrence } from "./denied-occurrence.js";
import { durationRule } from "./duration.js";
import { locationRule } from "./location.js";
import { participantsRule } from "./participants.js";
import { planRule } from "./plan.js";
import { splitDateRule } from "./split-date.js";
import { unconfirmedOccurrence } from "./unconfirmed-occurrence.js";

export {
  countRule,
  dateRule,
  deniedOccurrence,
  durationRule,
  locationRule,
  participantsRule,
  planRule,
  splitDateRule,
  unconfirmedOccurrence,
};

/**
 * The rules reconcile runs by default, in order.
 *
 * @example
 * reconcile(alignment, { rules: defaultRules().filter((rule) => rule.meta.id !== "location") });
 */
export function defaultRules(): Rule[] {
  return [
    unconfirmedOccurrence,
    deniedOccurrence,
    planRule,
    dateRule,
    splitDateRule,
    durationRule,
    locationRule,
    participantsRule,
    countRule,
  ];
}
