import PDFDocument from 'pdfkit';
import type { DocumentPlan, DrawOp } from './draw-ops';
import type { FontFace, FontSubsetter } from './font-face';
import type { PtRect } from './page-geometry';
import type { PreparedImage } from './signature-images';

type Pdf = PDFKit.PDFDocument;

const dashPattern = [3, 2] as const;
/** QR modules overlap by this much (points) so that no hairline shows between them on screen or paper. */
const qrOverlap = 0.02;

/** What one document's drawing keeps track of: fonts registered so far, images embedded so far. */
interface Drawing {
  readonly subsetter: FontSubsetter;
  readonly fontsInUse: Set<FontFace>;
  images: number;
}

function drawTick(doc: Pdf, rect: PtRect): void {
  const side = Math.min(rect.width, rect.height) * 0.8;
  const x = rect.x + (rect.width - side) / 2;
  const y = rect.y + (rect.height - side) / 2;
  doc
    .save()
    .lineWidth(Math.max(0.6, side * 0.1))
    .lineCap('round')
    .lineJoin('round')
    .moveTo(x + side * 0.12, y + side * 0.55)
    .lineTo(x + side * 0.4, y + side * 0.82)
    .lineTo(x + side * 0.9, y + side * 0.18)
    .stroke('black')
    .restore();
}

function drawQr(doc: Pdf, op: Extract<DrawOp, { kind: 'qr' }>): void {
  const { runs, modules } = op.symbol;
  const module = op.rect.width / modules;
  doc.save();
  for (let i = 0; i < runs.length; i += 3) {
    doc.rect(op.rect.x + runs[i + 1]! * module, op.rect.y + runs[i]! * module, runs[i + 2]! * module + qrOverlap, module + qrOverlap);
  }
  doc.fill('black').restore();
}

/**
 * A decoded image in the shape pdfkit's `image()` accepts as an already opened image (it then only calls
 * `embed` once per document): the colour XObject with its soft mask, both deflated beforehand.
 */
function embeddable(image: PreparedImage, label: string): PDFKit.Mixins.ImageSrc {
  const opened = {
    width: image.width,
    height: image.height,
    label,
    obj: null as PDFKit.PDFKitReference | null,
    embed(doc: Pdf): void {
      const common = { Type: 'XObject', Subtype: 'Image', BitsPerComponent: 8, Width: image.width, Height: image.height, Filter: 'FlateDecode' };
      let mask: PDFKit.PDFKitReference | null = null;
      if (image.alpha) {
        mask = doc.ref({ ...common, ColorSpace: 'DeviceGray', Decode: [0, 1] });
        mask.end(image.alpha);
      }
      const obj = doc.ref({ ...common, ColorSpace: image.colorSpace, ...(mask ? { SMask: mask } : {}) });
      obj.end(image.color);
      opened.obj = obj;
    },
  };
  return opened as unknown as PDFKit.Mixins.ImageSrc;
}

function draw(doc: Pdf, op: DrawOp, drawing: Drawing): void {
  switch (op.kind) {
    case 'text':
      if (!drawing.fontsInUse.has(op.face)) {
        doc.registerFont(op.face.key, op.face.pdfkitSource(drawing.subsetter) as unknown as PDFKit.Mixins.PDFFontSource);
        drawing.fontsInUse.add(op.face);
      }
      doc.font(op.face.key, op.size).text(op.text, op.x, op.baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        ...(op.vertical ? { features: ['vert'] } : {}),
        ...(op.spacing ? { characterSpacing: op.spacing } : {}),
      });
      return;
    case 'rect': {
      const { x, y, width, height } = op.rect;
      doc.save().rect(x, y, width, height);
      if (op.lineWidth > 0) doc.lineWidth(op.lineWidth);
      if (op.dash) doc.dash(dashPattern[0], { space: dashPattern[1] });
      if (op.fill && op.lineWidth > 0) doc.fillAndStroke(op.fill, 'black');
      else if (op.fill) doc.fill(op.fill);
      else doc.stroke('black');
      doc.restore();
      return;
    }
    case 'line':
      doc.save().lineWidth(op.lineWidth);
      if (op.dash) doc.dash(dashPattern[0], { space: dashPattern[1] });
      doc.moveTo(op.from.x, op.from.y).lineTo(op.to.x, op.to.y).stroke('black').restore();
      return;
    case 'tick':
      drawTick(doc, op.rect);
      return;
    case 'image': {
      const source = op.prepared ? embeddable(op.prepared, `Sig${++drawing.images}`) : op.png;
      doc.image(source, op.rect.x, op.rect.y, { width: op.rect.width, height: op.rect.height });
      return;
    }
    case 'qr':
      drawQr(doc, op);
      return;
  }
}

/** Lets other requests run between pages, so that a long print never holds the event loop for long. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Draws planned documents into ONE PDF, in order, and returns its bytes. Fonts are embedded as subsets
 * (pdfkit's default for TrueType): only the glyphs used, shared by all the pages. It yields to the event
 * loop after every page: a visit's forms cost the server one page's work at a time, not all at once.
 */
export async function writePdf(plans: readonly DocumentPlan[], subsetter: FontSubsetter = 'own'): Promise<{ pdf: Buffer; pageCount: number }> {
  const doc: Pdf = new PDFDocument({
    autoFirstPage: false,
    // '' (not undefined) keeps pdfkit from loading Helvetica for every document: every text names its font.
    font: '',
    compress: true,
    lang: 'ja-JP',
    displayTitle: true,
    info: { Title: plans[0]?.title ?? '', Creator: 'Madoguchi', Producer: 'Madoguchi (pdfkit)' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const drawing: Drawing = { subsetter, fontsInUse: new Set<FontFace>(), images: 0 };
  let pageCount = 0;
  try {
    for (const plan of plans) {
      for (const page of plan.pages) {
        doc.addPage({ size: [page.width, page.height], margin: 0 });
        pageCount++;
        for (const op of page.ops) draw(doc, op, drawing);
        await yieldToEventLoop();
      }
    }
  } catch (error) {
    doc.removeAllListeners('data');
    throw error;
  }
  doc.end();
  return done.then((pdf) => ({ pdf, pageCount }));
}
