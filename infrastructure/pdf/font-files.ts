import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The five faces the renderer knows: two Noto families in two weights, and IPAmj Mincho for MJ characters. */
export type FaceKey = 'gothic' | 'gothicBold' | 'mincho' | 'minchoBold' | 'ipamj';

export interface FontFile {
  readonly key: FaceKey;
  readonly path: string;
  readonly present: boolean;
}

/** Where Debian's fonts-ipamj-mincho puts IPAmj Mincho (IPA Font License; not on npm). */
export const debianIpamjPath = '/usr/share/fonts/truetype/ipamj/ipamjm.ttf';

function packageFile(packageName: string, relative: string): string {
  return join(dirname(require.resolve(`${packageName}/package.json`)), relative);
}

const file = (key: FaceKey, path: string): FontFile => ({ key, path, present: existsSync(path) });

/**
 * The font files of this installation: Noto Sans JP / Noto Serif JP (OFL, from the @expo-google-fonts
 * packages) and IPAmj Mincho from `IPAMJ_FONT_PATH`, else the Debian path. Only checks that files exist.
 */
export function locateFontFiles(env: NodeJS.ProcessEnv = process.env): Readonly<Record<FaceKey, FontFile>> {
  const sans = '@expo-google-fonts/noto-sans-jp';
  const serif = '@expo-google-fonts/noto-serif-jp';
  return {
    gothic: file('gothic', packageFile(sans, '400Regular/NotoSansJP_400Regular.ttf')),
    gothicBold: file('gothicBold', packageFile(sans, '700Bold/NotoSansJP_700Bold.ttf')),
    mincho: file('mincho', packageFile(serif, '400Regular/NotoSerifJP_400Regular.ttf')),
    minchoBold: file('minchoBold', packageFile(serif, '700Bold/NotoSerifJP_700Bold.ttf')),
    ipamj: file('ipamj', env['IPAMJ_FONT_PATH']?.trim() || debianIpamjPath),
  };
}
