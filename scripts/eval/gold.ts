/** The gold annotation format (as in fixtures/gold/seeds-gold.json). */
export interface GoldClaim {
  id: string;
  article: string;
  required: boolean;
  type?: string;
  core: string[];
  date: [string, string] | null;
  dateAcceptable?: string[];
  duration: [number | null, number | null] | null;
  location: string[] | null;
  modality: string;
  ordinal?: number;
  attributedTo?: string;
}

export interface GoldNegative {
  article: string;
  core?: string[];
  /** Only claims of this type ("visit") break the negative. */
  type?: string;
  text?: string;
  date?: [string, string];
  mustNotBe: string;
}

export interface GoldFile {
  articles: Record<string, { published?: string | null }>;
  claims: GoldClaim[];
  negatives?: GoldNegative[];
}
