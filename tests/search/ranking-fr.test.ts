/**
 * The French ranking set: questions people ask in French, the passage (in English, as the
 * source is) that must come first, and why. The query's language is found from its words; a few
 * also pass the person's language as the replies do. A change to the glossary, the French stop
 * words, stemming or language detection that breaks one of these is a regression.
 */
import { describe, expect, it } from "vitest";
import type { Language } from "../../src/i18n/language.js";
import { createSearchIndex, type SearchOutcome } from "../../src/search/search-index.js";
import { bundledContent } from "../helpers/content.js";

const index = createSearchIndex(bundledContent());

function ids(outcome: SearchOutcome): string[] {
  return "hits" in outcome ? outcome.hits.map((h) => h.passage.id) : [];
}

const RANKING_FR: ReadonlyArray<{ query: string; top: string; why: string; hint?: Language }> = [
  // Questions
  {
    query: "Quels sont les principes ?",
    top: "principle-condemn-terrorism",
    why: "question words and articles dropped; principes → the principles topic, first principle first",
  },
  {
    query: "quels sont les cinq principes de la France",
    top: "principle-condemn-terrorism",
    why: "cinq principes → five principles; the principles in reading order",
  },
  {
    query: "Que dit la France sur les droits de l'homme ?",
    top: "principle-human-rights",
    why: "droits de l'homme → human rights, the third principle",
  },
  {
    query: "Comment la France lutte-t-elle contre le financement du terrorisme ?",
    top: "g8-recommendations",
    why: "lutte → fight/counter, financement du terrorisme → terrorist financing: the G8's recommendations",
  },
  {
    query: "quelles sont les recommandations du G8 ?",
    top: "g8-recommendations",
    why: "recommandations → recommendations, G8 kept as a name",
  },
  {
    query: "Qu'est-ce que la France fait contre Daech ?",
    top: "coalition-teaser",
    why: "qu', est, ce, fait dropped; Daech is the French name of Daesh",
  },
  {
    query: "partenaires de la France en Afrique",
    top: "eu-cooperation",
    why: "partenaires → partners, Afrique → the Africa region: the list of leading partners names Nigeria, as the English question ranks",
  },
  // The issue's own examples
  {
    query: "partenaires Inde",
    top: "eu-cooperation",
    why: "Inde is India's French name; the only passage naming India",
  },
  {
    query: "Nations unies",
    top: "un-legal-norm",
    why: "French name of the UN: the passage about work at the UN leads, as for 'UN'",
  },
  {
    query: "lutte contre le financement du terrorisme",
    top: "g8-recommendations",
    why: "glossary terms: lutte, contre (against, a stop word), financement du terrorisme",
  },
  // Without accents, in lower case
  {
    query: "nations unies",
    top: "un-legal-norm",
    why: "names match in any case",
  },
  {
    query: "droits de l homme",
    top: "principle-human-rights",
    why: "apostrophe left out: l is a stop word either way",
  },
  {
    query: "libertes fondamentales",
    top: "principle-human-rights",
    why: "libertés fondamentales without accents → fundamental freedoms",
  },
  {
    query: "criminalite organisee",
    top: "principle-organised-crime",
    why: "criminalité organisée without accents → organised crime",
  },
  {
    query: "renforcement des capacites au Sahel",
    top: "sahel-capacity-building",
    why: "renforcement des capacités → capacity building, plus the Sahel",
  },
  {
    query: "echanges d informations",
    top: "g8-recommendations",
    why: "échanges d'informations without accents or apostrophe → exchange of information",
  },
  {
    query: "asile et controles aux frontieres",
    top: "g8-recommendations",
    why: "asile → asylum, contrôles aux frontières → border controls: the G8's scope",
  },
  // Typos
  {
    query: "financement du terorisme",
    top: "g8-recommendations",
    why: "terorisme is one edit from the glossary's terrorisme",
  },
  {
    query: "finacement du terrorisme",
    top: "g8-recommendations",
    why: "finacement is one edit from financement",
  },
  {
    query: "lutte contre le terorisme",
    top: "ct-commitment",
    why: "corrected, then the fight against terrorism: France is determined to fight terrorism",
  },
  // Glossary terms
  {
    query: "justice pénale",
    top: "ct-commitment",
    why: "justice pénale → criminal justice, whose topic begins with the commitment to law enforcement",
  },
  {
    query: "crime organisé et liens financiers",
    top: "principle-organised-crime",
    why: "organised crime and its financial links: the fifth principle",
  },
  {
    query: "causes profondes du terrorisme",
    top: "principle-end-root-tragedies",
    why: "causes profondes → root causes, the tragedies on which terrorism feeds (longer than the concept 'causes')",
  },
  {
    query: "unités antiterroristes en Mauritanie",
    top: "sahel-capacity-building",
    why: "unités antiterroristes → anti-terrorist units; Mauritanie is Mauritania",
  },
  {
    query: "assistance technique",
    top: "technical-assistance",
    why: "French word order: assistance technique → technical assistance",
  },
  {
    query: "documents de voyage",
    top: "g8-recommendations",
    why: "documents de voyage → travel documents",
  },
  {
    query: "norme juridique internationale",
    top: "un-legal-norm",
    why: "→ the international legal norm the General Assembly strengthens",
  },
  {
    query: "paix et sécurité internationales",
    top: "un-legal-norm",
    why: "paix → peace, sécurité → security: the Security Council's remit",
  },
  {
    query: "solidarité et responsabilité partagée",
    top: "technical-assistance",
    why: "solidarity and shared responsibility: what technical assistance reinforces",
  },
  {
    query: "condamner le terrorisme sous toutes ses formes",
    top: "principle-condemn-terrorism",
    why: "condamner → condemning, formes → forms; sous, toutes, ses dropped",
  },
  {
    query: "approche communautaire",
    top: "gctf",
    why: "approche communautaire → community-based approach, the GCTF's aim",
  },
  {
    query: "mise en oeuvre de la stratégie",
    top: "gctf",
    why: "mise en œuvre typed with oe → implementation of the Strategy",
  },
  {
    query: "présidence française Paris 1996",
    top: "g8-recommendations",
    why: "française → French presidency; place and year kept as typed",
  },
  {
    query: "pays les plus exposés à la menace terroriste",
    top: "eu-cooperation",
    why: "pays → countries, menace terroriste → terrorist threat: the countries most exposed",
  },
  // Names and regions in French
  {
    query: "coalition mondiale contre Daech",
    top: "coalition-teaser",
    why: "French name of the global coalition",
  },
  {
    query: "Mauritanie et Niger",
    top: "sahel-capacity-building",
    why: "both names, one passage; et dropped",
  },
  {
    query: "l'Inde et le Pakistan",
    top: "eu-cooperation",
    why: "Inde and Pakistan, with articles",
  },
  {
    query: "« droits de l’homme »",
    top: "principle-human-rights",
    why: "a quoted glossary term is searched as its English (human rights), not as a literal French phrase",
  },
  {
    query: '"renforcement des capacités" au Sahel',
    top: "sahel-capacity-building",
    why: "quoted term → capacity building, with Sahel",
  },
  {
    query: "coopération avec les Indiens",
    top: "eu-cooperation",
    why: "a French demonym (Indiens, plural) names India; the only passage naming India",
  },
  {
    query: "Quelle est la position de la France sur l'État islamique ?",
    top: "coalition-teaser",
    why: "« France » shares its stem with « français »: that glossary entry gives French or France, so the question keeps its France and finds the coalition against Daesh",
  },
  {
    query: "les Russes",
    top: "eu-cooperation",
    why: "Russes, with its article, is Russia: the passage naming Russia",
  },
  { query: "Moyen-Orient", top: "coalition-teaser", why: "region: Iraq and Syria" },
  {
    query: "coopération avec l'Union européenne",
    top: "ct-commitment",
    why: "as 'cooperation with the European Union': the commitment names both",
  },
  // With the person's language
  {
    query: "Sahel",
    top: "sahel-capacity-building",
    why: "a name, the same in both languages: a French person finds it as an English one does",
    hint: "fr",
  },
  {
    query: "principes",
    top: "principle-condemn-terrorism",
    why: "a French word an English person types is still French",
    hint: "en",
  },
  {
    query: "sécurité",
    top: "un-legal-norm",
    why: "one French word, hinted French: security, first in the Security Council passage",
    hint: "fr",
  },
];

describe("French search ranking", () => {
  it.each(RANKING_FR)("ranks $top first for “$query” ($why)", ({ query, top, hint }) => {
    const scope = hint === undefined ? {} : { language: hint };
    expect(ids(index.search(query, scope))[0]).toBe(top);
  });
});
