/**
 * Other names outlets go by (page titles, `og:site_name`, bylines, mastheads) and the name reports use,
 * as data. Names of the domain table and of the agency table are known already and need no entry here.
 */
export interface OutletAlias {
  readonly alias: string;
  readonly name: string;
}

export const OUTLET_ALIASES: readonly OutletAlias[] = [
  { alias: "BBC News", name: "BBC" },
  { alias: "BBC World Service", name: "BBC" },
  { alias: "Kyodo News", name: "Kyodo" },
  { alias: "AP News", name: "AP" },
  { alias: "Associated Press", name: "AP" },
  { alias: "The Associated Press", name: "AP" },
  { alias: "Reuters.com", name: "Reuters" },
  { alias: "Al Jazeera English", name: "Al Jazeera" },
  { alias: "Aljazeera", name: "Al Jazeera" },
  { alias: "Deutsche Welle", name: "DW" },
  { alias: "DW.com", name: "DW" },
  { alias: "Xinhua News Agency", name: "Xinhua" },
  { alias: "Xinhuanet", name: "Xinhua" },
  { alias: "english.news.cn", name: "Xinhua" },
  { alias: "Agence France-Presse", name: "AFP" },
  { alias: "Agence France Presse", name: "AFP" },
  { alias: "Ahram", name: "Ahram Online" },
  { alias: "Sky News", name: "Sky News" },
  { alias: "CNN International", name: "CNN" },
  { alias: "The Guardian", name: "The Guardian" },
  { alias: "Guardian", name: "The Guardian" },
  { alias: "NYTimes.com", name: "The New York Times" },
  { alias: "Yonhap News Agency", name: "Yonhap" },
  { alias: "Anadolu Agency", name: "Anadolu Agency" },
  { alias: "Anadolu Ajansı", name: "Anadolu Agency" },
  { alias: "Press Trust of India", name: "PTI" },
  { alias: "Hindustan Times", name: "Hindustan Times" },
  { alias: "The Times of India", name: "The Times of India" },
  { alias: "South China Morning Post", name: "South China Morning Post" },
  { alias: "Nikkei", name: "Nikkei Asia" },
  { alias: "France24", name: "France 24" },
  { alias: "RFI", name: "RFI" },
  { alias: "Radio France Internationale", name: "RFI" },
  { alias: "TASS Russian News Agency", name: "TASS" },
  { alias: "Voice of America", name: "Voice of America" },
  { alias: "VOA", name: "Voice of America" },
];
