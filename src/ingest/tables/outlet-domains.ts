/**
 * Web domains of news outlets and the names reports give them. The table is data
 * (`src/ingest/data/outlet-domains.json`). A URL's host matches a domain when it is the domain or a
 * subdomain of it; the longest matching domain wins (`edition.cnn.com` before `cnn.com`).
 */
import domains from "../data/outlet-domains.json" with { type: "json" };

export interface OutletDomain {
  readonly domain: string;
  readonly name: string;
}

export const OUTLET_DOMAINS: readonly OutletDomain[] = domains;
