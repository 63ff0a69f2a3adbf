// The card's own styles, inside its shadow root: nothing from the page reaches it and nothing leaks out.
export const CARD_CSS = `
:host { all: initial; }
.cl-card { box-sizing: border-box; position: fixed; top: 0; left: 0; z-index: 2147483647; width: max-content; max-width: min(26rem, calc(100vw - 16px));
  max-height: min(34rem, calc(100vh - 16px)); overflow: auto; background: #ffffff; color: #1b1f24; border: 1px solid #8a94a3; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.28); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 12px 14px; text-align: left; }
.cl-card:focus { outline: 3px solid #2563eb; outline-offset: 1px; }
.cl-card * { box-sizing: border-box; }
.cl-head { display: flex; align-items: flex-start; gap: 8px; margin-bottom: 6px; }
.cl-kind { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: #4b5563; font-weight: 600; }
.cl-title { font-size: 16px; font-weight: 700; margin: 0; flex: 1; }
.cl-close { border: 1px solid #9ca3af; background: #f3f4f6; color: #111827; border-radius: 4px; font: inherit; line-height: 1; padding: 3px 7px; cursor: pointer; }
.cl-close:focus-visible, .cl-card a:focus-visible, .cl-card select:focus-visible, .cl-card input:focus-visible, .cl-card button:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
.cl-card h3 { font-size: 13px; margin: 10px 0 2px; color: #111827; }
.cl-card p { margin: 2px 0 6px; }
.cl-card a { color: #1d4ed8; }
.cl-badge { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 999px; padding: 1px 8px; border: 1px solid currentColor; margin-right: 6px; }
.cl-voluntary { color: #166534; } .cl-compulsory { color: #991b1b; } .cl-depends { color: #92400e; }
.cl-source { font-size: 12px; color: #374151; }
.cl-scope { font-size: 12px; font-weight: 600; color: #1f2937; }
.cl-note { font-size: 12px; color: #4b5563; }
.cl-conflict { border-left: 4px solid #dc2626; background: #fef2f2; padding: 6px 8px; margin: 8px 0; }
.cl-assumed { border-left: 4px solid #d97706; background: #fffbeb; padding: 4px 8px; margin: 6px 0; font-size: 13px; }
.cl-calc { border-top: 1px solid #e5e7eb; margin-top: 8px; padding-top: 6px; }
.cl-calc label { display: block; font-size: 13px; font-weight: 600; margin: 4px 0 2px; }
.cl-calc input, .cl-calc select { font: inherit; font-size: 13px; padding: 2px 4px; border: 1px solid #6b7280; border-radius: 4px; background: #fff; color: #111827; max-width: 100%; }
.cl-due { font-size: 15px; font-weight: 700; margin: 6px 0 2px; }
.cl-error { color: #991b1b; }
.cl-chain { margin: 4px 0 0; padding-left: 18px; font-size: 12px; }
.cl-actions { display: flex; justify-content: flex-end; border-top: 1px solid #e5e7eb; margin-top: 8px; padding-top: 8px; }
.cl-save { border: 1px solid rgb(22, 128, 61); background: #f0fdf4; color: #14532d; border-radius: 4px; font: inherit; font-size: 13px; font-weight: 600; padding: 3px 12px; cursor: pointer; }
.cl-quote { font-size: 12px; color: #374151; border-left: 3px solid #d1d5db; padding-left: 6px; margin: 4px 0 8px; }
.cl-recognised { font-size: 12px; color: #374151; margin: 4px 0 8px; }
.cl-unsure { color: #7c2d12; background: #fff7ed; border-left: 3px solid #ea580c; padding: 4px 6px; }
`;
