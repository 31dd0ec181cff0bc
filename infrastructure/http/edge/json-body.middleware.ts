import type { Request } from 'express';
import { HttpProblem } from '../http-problem';
import { jsonFault, type JsonFault, type JsonLimits } from './text-safety';

export interface JsonBodyOptions extends JsonLimits {
  /** Largest body accepted, in bytes. */
  readonly limitBytes: number;
}

/**
 * What the API takes: 64 KiB unless a route says more (a template file, up to about 150 kB, or a signature:
 * at most 1 MiB), nesting 40 deep, 50,000 values. Small limits keep the time a body costs to parse small.
 */
export const apiBodyLimits: JsonBodyOptions = { limitBytes: 64 * 1024, maxDepth: 40, maxItems: 50_000 };
export const largestBodyBytes = 1024 * 1024;

const jsonType = /^application\/(?:[\w.+-]+\+)?json$/i;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const faultDetail = (fault: JsonFault): string => {
  const where = fault.path ? `（項目「${fault.path.length > 60 ? `${fault.path.slice(0, 60)}…` : fault.path}」）` : '';
  switch (fault.kind) {
    case 'too-deep':
      return `送信内容の入れ子が深すぎます${where}。`;
    case 'too-many-items':
      return '送信内容の項目が多すぎます。';
    case 'dangerous-key':
      return `送信内容に使えない項目名「${fault.key}」があります。`;
    case 'control-character':
      return `送信内容に使えない制御文字が含まれています${where}。`;
    case 'lone-surrogate':
      return `送信内容に文字として正しくないデータが含まれています${where}。`;
  }
};

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** Checks the headers that describe a body before a byte of it is read: type, charset, encoding, length. */
function checkHeaders(req: Request, limitBytes: number): void {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') {
    throw new HttpProblem(415, 'HTTP.UNSUPPORTED_ENCODING', `圧縮形式「${encoding.slice(0, 40)}」の送信は受け付けていません。圧縮せずに送信してください。`);
  }
  const [type = '', ...parameters] = (req.headers['content-type'] ?? '').split(';').map((part) => part.trim());
  if (!jsonType.test(type)) {
    throw new HttpProblem(415, 'HTTP.UNSUPPORTED_MEDIA_TYPE', '送信内容は JSON（Content-Type: application/json）で送ってください。');
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=').map((part) => part.trim().toLowerCase().replace(/^"|"$/g, ''));
    if (name === 'charset' && value !== 'utf-8' && value !== 'utf8') {
      throw new HttpProblem(415, 'HTTP.UNSUPPORTED_CHARSET', '文字コードは UTF-8 で送信してください。');
    }
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limitBytes) throw tooLarge(limitBytes);
}

const tooLarge = (limitBytes: number) =>
  new HttpProblem(413, 'HTTP.PAYLOAD_TOO_LARGE', `送信内容が大きすぎます（上限 ${Math.floor(limitBytes / 1024)} KB）。`);

function readLimited(req: Request, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      req.removeAllListeners('data');
      req.resume();
      reject(error);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limitBytes) fail(tooLarge(limitBytes));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks, size));
    });
    req.on('error', () => fail(new HttpProblem(400, 'HTTP.BODY_ABORTED', '送信が途中で途切れました。もう一度送信してください。')));
  });
}

const malformed = () => new HttpProblem(400, 'HTTP.MALFORMED_BODY', '送信された内容を読み取れません（JSON の形式が正しくありません）。');

const [QUOTE, BACKSLASH, OPEN_ARRAY, OPEN_OBJECT, CLOSE_ARRAY, CLOSE_OBJECT, COMMA] = [0x22, 0x5c, 0x5b, 0x7b, 0x5d, 0x7d, 0x2c];

/**
 * One pass over the bytes before JSON.parse, which spends long on deep nesting and on huge arrays: the
 * deepest nesting and the number of separators, outside strings. Refuses what the walk would refuse anyway,
 * without paying for the parse.
 */
function shapeFault(bytes: Buffer, limits: JsonLimits): 'too-deep' | 'too-many-items' | undefined {
  let depth = 0;
  let separators = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      if (++depth > limits.maxDepth) return 'too-deep';
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) depth--;
    else if (byte === COMMA && ++separators >= limits.maxItems) return 'too-many-items';
  }
  return undefined;
}

/** Parses a JSON body, strictly: UTF-8 only, size- and depth-limited, no dangerous keys or control characters. */
export function parseJsonBody(bytes: Buffer, limits: JsonLimits): unknown {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new HttpProblem(400, 'HTTP.INVALID_UTF8', '送信内容が UTF-8 として正しくありません。');
  }
  const shape = shapeFault(bytes, limits);
  if (shape) throw new HttpProblem(400, `HTTP.${shape.toUpperCase().replace(/-/g, '_')}`, shape === 'too-deep' ? '送信内容の入れ子が深すぎます。' : '送信内容の項目が多すぎます。');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed();
  }
  const fault = jsonFault(value, limits);
  if (fault) throw new HttpProblem(400, `HTTP.${fault.kind.toUpperCase().replace(/-/g, '_')}`, faultDetail(fault));
  return value;
}

/**
 * The only body reader of the API (no express.json): a body is JSON in UTF-8, uncompressed, within the size,
 * depth and item limits; anything else is a 4xx problem before any use case runs. The route mount calls it
 * only after the caller is authenticated and authorized, so that no one without a session can make the
 * server parse a large body. Answers undefined when the request has no body.
 */
export async function readJsonBody(req: Request, options: JsonBodyOptions): Promise<unknown> {
  if (!hasBody(req)) return undefined;
  try {
    checkHeaders(req, options.limitBytes);
  } catch (error) {
    req.resume();
    throw error;
  }
  const bytes = await readLimited(req, options.limitBytes);
  return bytes.length === 0 ? undefined : parseJsonBody(bytes, options);
}

/** A body the route does not take is not read: it is drained and ignored. */
export function discardBody(req: Request): void {
  if (hasBody(req)) req.resume();
}
