// Flags a document that is clearly Welsh, Scottish or Northern Irish, so a card can say that other
// rules may apply (the timescales in the knowledge base are England's).

export type DetectedNation = 'wales' | 'scotland' | 'northern-ireland';

export interface NationDetection {
  /** The nation the document clearly belongs to, or null (England, or not clear). */
  nation: DetectedNation | null;
  /** Score per nation (strong signals count 3, weak ones 1). */
  scores: Record<DetectedNation, number>;
  /** The phrases that were found. */
  signals: string[];
  /** A sentence for the card, when a nation was detected. */
  message?: string;
}

interface Signal {
  nation: DetectedNation;
  re: RegExp;
  weight: number;
}

const SIGNALS: Signal[] = [
  // Wales
  { nation: 'wales', re: /\bWelsh Government\b/g, weight: 3 },
  { nation: 'wales', re: /\bSocial Services and Well-?being \(Wales\) Act\b/gi, weight: 3 },
  { nation: 'wales', re: /\bSocial Services and Well-?being\b/gi, weight: 2 },
  { nation: 'wales', re: /\bWales Safeguarding Procedures\b/gi, weight: 3 },
  { nation: 'wales', re: /\bLlywodraeth Cymru\b/gi, weight: 3 },
  { nation: 'wales', re: /\bCyngor\b/g, weight: 1 },
  { nation: 'wales', re: /(?<!New South )\bWales\b/g, weight: 1 },
  // Scotland
  { nation: 'scotland', re: /\bChildren['’]?s Hearings?\b/gi, weight: 3 },
  { nation: 'scotland', re: /\bChildren['’]?s Reporter\b/gi, weight: 3 },
  { nation: 'scotland', re: /\bSCRA\b/g, weight: 3 },
  { nation: 'scotland', re: /\bGIRFEC\b|\bGetting it right for every child\b/gi, weight: 3 },
  { nation: 'scotland', re: /\bChildren['’]?s Hearings \(Scotland\) Act\b|\bChildren \(Scotland\) Act\b/gi, weight: 3 },
  { nation: 'scotland', re: /\bScottish Government\b/g, weight: 3 },
  { nation: 'scotland', re: /\bthe Reporter\b/g, weight: 1 },
  { nation: 'scotland', re: /\bScotland\b(?! Yard)/g, weight: 1 },
  // Northern Ireland
  { nation: 'northern-ireland', re: /\bHSC Trust\b|\bHealth and Social Care Trust\b/gi, weight: 3 },
  { nation: 'northern-ireland', re: /\bChildren \(Northern Ireland\) Order\b/gi, weight: 3 },
  { nation: 'northern-ireland', re: /\bChildren Order\b/g, weight: 2 },
  { nation: 'northern-ireland', re: /\bSBNI\b|\bSafeguarding Board for Northern Ireland\b/g, weight: 3 },
  { nation: 'northern-ireland', re: /\bNorthern Ireland\b/g, weight: 1 },
];

const LABEL: Record<DetectedNation, string> = {
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** Repeated weak mentions count, but a single "Wales" in passing does not make a document Welsh. */
const THRESHOLD = 3;

export function detectNation(text: string): NationDetection {
  const scores: Record<DetectedNation, number> = { wales: 0, scotland: 0, 'northern-ireland': 0 };
  const signals: string[] = [];
  for (const s of SIGNALS) {
    const matches = text.match(s.re);
    if (!matches) continue;
    // Weak signals saturate so a long English document mentioning Wales a few times is not flagged.
    const hits = s.weight >= 3 ? matches.length : Math.min(matches.length, 3);
    scores[s.nation] += hits * s.weight;
    for (const m of new Set(matches)) if (!signals.includes(m)) signals.push(m);
  }
  // Strong "Northern Ireland" phrases also contain "Ireland"; "Scotland" inside Scottish Acts is fine to double count.
  const ranked = (Object.keys(scores) as DetectedNation[]).sort((a, b) => scores[b] - scores[a]);
  const top = ranked[0]!;
  const second = ranked[1]!;
  const clear = scores[top] >= THRESHOLD && scores[top] >= 2 * scores[second];
  if (!clear) return { nation: null, scores, signals };
  return {
    nation: top,
    scores,
    signals,
    message:
      `This document looks like it is about ${LABEL[top]}. CareLens's timescales are England's: ` +
      `in ${LABEL[top]} other laws, procedures and timescales may apply, and the ${LABEL[top]} bank holidays should be used.`,
  };
}

/** The calendar to use for a detected nation. */
export function calendarForDetected(nation: DetectedNation | null): 'england-and-wales' | 'scotland' | 'northern-ireland' {
  return nation === 'scotland' ? 'scotland' : nation === 'northern-ireland' ? 'northern-ireland' : 'england-and-wales';
}
