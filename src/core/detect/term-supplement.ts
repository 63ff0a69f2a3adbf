// Forms listed under "Seen as" in shared/domain/glossary.md that the knowledge base
// (src/core/knowledge/terms.ts) does not carry yet, and choices the labelling conventions
// (test/fixtures/labels/README.md) make where the glossary lists a form under two entries.
// Entries here rank before TERMS, so they decide ties. Fold them into terms.ts when convenient.
import type { TermEntry } from './terms';

export const TERM_SUPPLEMENT: TermEntry[] = [
  // Glossary 15 vs 31 both list CSE; convention 7: "child sexual exploitation" -> categories-of-abuse.
  { id: 'categories-of-abuse', variants: ['child sexual exploitation'], abbreviations: ['CSE'] },
  // Glossary 22: "independent reviewing officer (chair)", "iro/ico", "chairperson" [000], [003].
  { id: 'conference-chair', variants: ['independent reviewing officer (chair)', 'iro/ico', 'chairperson'], abbreviations: [] },
  // Glossary 60: "Local Authorities Children's Safeguarding Partnership" [000]; LSCB forms.
  {
    id: 'safeguarding-partners',
    variants: ["local authorities children's safeguarding partnership", 'safeguarding children board'],
    abbreviations: [],
  },
  // Glossary 69: "registration number".
  { id: 'social-work-england-register', variants: ['registration number'], abbreviations: [] },
  // Glossary 4: "Level 1–4".
  { id: 'threshold-levels-of-need', variants: ['level 1', 'level 2', 'level 3', 'level 4'], abbreviations: [] },
  // Glossary 18: "initial CP conference" -> also "CP conference".
  { id: 'initial-child-protection-conference', variants: ['CP conference'], abbreviations: [] },
  // Glossary 8: "child in need (of support) plan" [000].
  { id: 'child-in-need-plan', variants: ['child in need (of support) plan'], abbreviations: [] },
  // Convention 7: "looked after" / "looked-after" on its own -> looked-after-child.
  { id: 'looked-after-child', variants: ['looked after', 'looked-after'], abbreviations: [] },
];
