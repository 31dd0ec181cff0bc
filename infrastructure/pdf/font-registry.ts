import type { FontAvailability } from '../../application/form/form-renderer.port';
import type { FontFamily } from '../../domain/form/form-template.types';
import { FontFace } from './font-face';
import { FontFallback } from './font-fallback';
import { locateFontFiles, type FaceKey, type FontFile } from './font-files';

const faceKey = (family: FontFamily, bold: boolean): FaceKey =>
  family === 'gothic' ? (bold ? 'gothicBold' : 'gothic') : bold ? 'minchoBold' : 'mincho';

const otherFamily = (family: FontFamily): FontFamily => (family === 'gothic' ? 'mincho' : 'gothic');

/**
 * The fonts of the process: each file is read and parsed once, on first use, and kept with its caches.
 * `FontRegistry.shared()` is the one the renderer uses; tests may build their own with other files.
 */
export class FontRegistry {
  private static sharedRegistry: FontRegistry | undefined;
  private readonly faces = new Map<FaceKey, FontFace | null>();
  private readonly fallbacks = new Map<string, FontFallback>();

  constructor(private readonly files: Readonly<Record<FaceKey, FontFile>>) {}

  static shared(): FontRegistry {
    FontRegistry.sharedRegistry ??= new FontRegistry(locateFontFiles());
    return FontRegistry.sharedRegistry;
  }

  availability(): FontAvailability {
    return {
      gothic: this.files.gothic.present,
      gothicBold: this.files.gothicBold.present,
      mincho: this.files.mincho.present,
      minchoBold: this.files.minchoBold.present,
      ipamjMincho: this.files.ipamj.present,
      ipamjPath: this.files.ipamj.path,
    };
  }

  /** The parsed face, or null when its file is absent (bold then falls back to regular, IPAmj to nothing). */
  face(key: FaceKey): FontFace | null {
    if (!this.faces.has(key)) {
      const file = this.files[key];
      this.faces.set(key, file.present ? FontFace.load(key, file.path) : null);
    }
    return this.faces.get(key) ?? null;
  }

  /** The face an element's text starts with: its family and weight (regular when the bold file is absent). */
  primary(family: FontFamily, bold: boolean): FontFace {
    const face = this.face(faceKey(family, bold)) ?? this.face(faceKey(family, false));
    if (!face) throw new Error(`Font file missing: ${this.files[faceKey(family, false)].path}`);
    return face;
  }

  /** Fallback order: the element's family → the other family (same weight) → IPAmj Mincho. */
  fallback(family: FontFamily, bold: boolean): FontFallback {
    const id = `${family}/${bold ? 'bold' : 'regular'}`;
    let fallback = this.fallbacks.get(id);
    if (!fallback) {
      const other = otherFamily(family);
      fallback = new FontFallback([
        () => this.primary(family, bold),
        () => this.primary(other, bold),
        () => this.face('ipamj'),
      ]);
      this.fallbacks.set(id, fallback);
    }
    return fallback;
  }

  /** Parses every present file now (at start), so that no request pays for it. */
  preload(): void {
    for (const key of Object.keys(this.files) as FaceKey[]) this.face(key);
  }
}
