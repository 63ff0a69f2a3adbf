import { defineConfig } from 'wxt';

// See README "Permissions" for why each one is asked for.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'CareLens',
    description:
      "Explains children's social care pages and letters: terms, sections of the law, timescales and deadlines.",
    permissions: ['storage', 'sidePanel'],
    content_security_policy: {
      // pdf.js decodes some images with WebAssembly; nothing is ever loaded from outside the extension.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    side_panel: { default_path: 'sidepanel.html' },
  },
  webExt: { disabled: true },
});
