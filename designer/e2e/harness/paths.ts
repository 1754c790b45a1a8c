import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Absolute paths the harness needs, worked out from this file so specs can run from any directory. */
export const designerDir = fileURLToPath(new URL('../../', import.meta.url));
export const repoDir = path.resolve(designerDir, '..');
export const serverProjectDir = path.join(repoDir, 'src', 'PcnFlow.Server');
export const serverDll = path.join(serverProjectDir, 'bin', 'Release', 'net10.0', 'PcnFlow.Server.dll');
export const distDir = path.join(designerDir, 'dist');
export const screenshotDir = path.join(designerDir, 'e2e', 'screenshots');
