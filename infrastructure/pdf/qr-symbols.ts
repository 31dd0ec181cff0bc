import { create } from 'qrcode';

/**
 * A QR symbol as the rectangles to fill: each row's runs of dark modules, as (row, column, length)
 * triples. Vector modules are crisp at any printer resolution and smaller than an embedded PNG.
 */
export interface QrSymbol {
  /** Modules per side (25 for version 2, 29 for version 3, ...). */
  readonly modules: number;
  readonly runs: Uint16Array;
}

/** White modules needed around the symbol (the QR standard asks for four). */
export const quietZoneModules = 4;

function encode(payload: string): QrSymbol {
  const { size, data } = create(payload, { errorCorrectionLevel: 'M' }).modules;
  const runs: number[] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!data[row * size + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && data[row * size + column]) column++;
      runs.push(row, start, column - start);
    }
  }
  return { modules: size, runs: Uint16Array.from(runs) };
}

/** Encodes payloads, keeping the most recent ones (a reprint of the same form reuses its symbol). */
export class QrSymbolCache {
  private readonly symbols = new Map<string, QrSymbol>();

  constructor(private readonly capacity = 512) {}

  symbol(payload: string): QrSymbol {
    let symbol = this.symbols.get(payload);
    if (symbol) {
      this.symbols.delete(payload);
    } else {
      symbol = encode(payload);
      if (this.symbols.size >= this.capacity) this.symbols.delete(this.symbols.keys().next().value!);
    }
    this.symbols.set(payload, symbol);
    return symbol;
  }
}
