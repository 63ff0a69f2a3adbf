// pdf.js probes for this package with a try/catch and falls back when it throws.
throw new Error("@napi-rs/canvas is not installed (CareLens stub)");
