// `npm start`: the app on its embedded gateway (or on TYK_GATEWAY_URL when set), from a fresh clone.
import { spawn } from 'node:child_process';
import { ensurePackages } from './setup.mjs';

ensurePackages();
const child = spawn('npx', ['vite', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
