// Writes THIRD_PARTY_NOTICES.txt into every build (Chrome's and Firefox's, shipped and test) from the packages the
// build actually bundled: the module ids of every chunk and the files copied from packages (scripts/build/).
// A bundled package without a shippable licence fails the build.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import type { ResolvedPublicFile } from 'wxt';
import { NOTICES_FILE, noticesFor } from '../scripts/build/third-party-notices';

export default defineWxtModule({
  name: 'third-party-notices',
  setup(wxt) {
    // The list other hooks (wxt.config.ts) add pdf.js's and the OCR's files to; read once the build is done.
    let copied: ResolvedPublicFile[] = [];
    wxt.hook('build:publicAssets', (_wxt, files) => {
      copied = files;
    });
    wxt.hook('build:done', (wxt, output) => {
      const moduleIds = output.steps.flatMap((step) => step.chunks.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : [])));
      const files = copied.flatMap((file): [string, string][] => ('absoluteSrc' in file ? [[file.absoluteSrc, file.relativeDest]] : []));
      writeFileSync(join(wxt.config.outDir, NOTICES_FILE), noticesFor(moduleIds, files, wxt.config.root));
    });
  },
});
