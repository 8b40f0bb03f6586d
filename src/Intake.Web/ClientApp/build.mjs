// Puts the page's browser code in place: Web Chat's prebuilt bundle (React included, pinned by package-lock.json)
// is copied from node_modules into ../wwwroot/lib. The page's own scripts live in ../wwwroot/js and need no build.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const webchat = join(here, 'node_modules', 'botframework-webchat');
const { version } = JSON.parse(readFileSync(join(webchat, 'package.json'), 'utf8'));
const pinned = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).dependencies['botframework-webchat'];
if (version !== pinned) {
  throw new Error(`botframework-webchat ${version} is installed but package.json pins ${pinned}: run npm ci`);
}

const out = join(here, '..', 'wwwroot', 'lib');
mkdirSync(out, { recursive: true });
copyFileSync(join(webchat, 'dist', 'webchat.js'), join(out, 'webchat.js'));
copyFileSync(join(webchat, 'dist', 'webchat.js.LICENSE.txt'), join(out, 'webchat.js.LICENSE.txt'));
console.log(`Web Chat ${version} copied to wwwroot/lib`);
