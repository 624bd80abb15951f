// Draws the pictures used by the example projects in examples/*/assets. Everything is generated
// from SVG here (no photographs, no real organisation's logo), so the files can be released under CC0.
// Run from the repo root: node scripts/make-example-images.mjs
// A seeded random generator keeps the "newspaper" layout the same on every run; font rendering may
// still differ slightly between machines, which is why the outputs are committed, not rebuilt.
import { mkdir } from 'node:fs/promises';
import sharp from 'sharp';

const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** mulberry32: a tiny deterministic PRNG. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const svg = (width, height, body) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`);

/** A newspaper page: masthead, headline bars, photo blocks and columns of grey "text" lines. */
function newspaperPage(width, height) {
  const rand = random(2023_05_24);
  const parts = [`<rect width="${width}" height="${height}" fill="#e9e8e3"/>`];
  const margin = 40;
  parts.push(`<rect x="${margin}" y="28" width="${width - 2 * margin}" height="46" fill="#3a3a3a"/>`);
  parts.push(`<rect x="${margin}" y="84" width="${width - 2 * margin}" height="3" fill="#555"/>`);
  const columns = 6;
  const gutter = 18;
  const colWidth = (width - 2 * margin - gutter * (columns - 1)) / columns;
  // Headline bars spanning several columns, then photo blocks, then running text.
  const blocks = [
    { col: 0, span: 4, y: 104, kind: 'headline' },
    { col: 4, span: 2, y: 104, kind: 'photo', h: 150 },
    { col: 1, span: 2, y: 330, kind: 'photo', h: 120 },
    { col: 3, span: 3, y: 420, kind: 'headline' },
  ];
  const occupied = Array.from({ length: columns }, () => []);
  for (const block of blocks) {
    const x = margin + block.col * (colWidth + gutter);
    const w = block.span * colWidth + (block.span - 1) * gutter;
    if (block.kind === 'headline') {
      parts.push(`<rect x="${x}" y="${block.y}" width="${w}" height="22" fill="#2b2b2b"/>`);
      parts.push(`<rect x="${x}" y="${block.y + 30}" width="${w * 0.7}" height="22" fill="#2b2b2b"/>`);
      block.h = 62;
    } else {
      parts.push(`<rect x="${x}" y="${block.y}" width="${w}" height="${block.h}" fill="#9a9a9a"/>`);
      parts.push(`<path d="M${x} ${block.y + block.h} L${x + w * 0.35} ${block.y + block.h * 0.45} L${x + w * 0.6} ${block.y + block.h * 0.75} L${x + w * 0.8} ${block.y + block.h * 0.3} L${x + w} ${block.y + block.h} Z" fill="#6f6f6f"/>`);
    }
    for (let c = block.col; c < block.col + block.span; c++) occupied[c].push([block.y - 8, block.y + block.h + 12]);
  }
  for (let c = 0; c < columns; c++) {
    const x = margin + c * (colWidth + gutter);
    let untilBreak = 6 + Math.floor(rand() * 10);
    for (let y = 104; y < height - 24; y += 9) {
      if (occupied[c].some(([top, bottom]) => y + 4 > top && y < bottom)) continue;
      const lastOfParagraph = --untilBreak === 0;
      const w = lastOfParagraph ? colWidth * (0.2 + rand() * 0.6) : colWidth * (0.94 + rand() * 0.06);
      const shade = 120 + Math.floor(rand() * 40);
      parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="4" fill="rgb(${shade},${shade},${shade})"/>`);
      if (lastOfParagraph) {
        y += 9;
        untilBreak = 6 + Math.floor(rand() * 10);
      }
    }
    if (c < columns - 1) parts.push(`<rect x="${x + colWidth + gutter / 2 - 0.5}" y="104" width="1" height="${height - 128}" fill="#b5b5b5"/>`);
  }
  return svg(width, height, parts.join(''));
}

async function newsPicture(out) {
  const [width, height] = [1200, 675];
  const page = await sharp(newspaperPage(width, height)).blur(1.4).toBuffer();
  const word = svg(
    width,
    height,
    `<defs><radialGradient id="v" cx="50%" cy="50%" r="75%"><stop offset="55%" stop-color="#000" stop-opacity="0"/><stop offset="100%" stop-color="#000" stop-opacity="0.45"/></radialGradient></defs>
     <rect width="${width}" height="${height}" fill="url(#v)"/>
     <rect x="0" y="222" width="${width}" height="232" fill="#ffffff" fill-opacity="0.82"/>
     <text x="${width / 2}" y="420" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="250" letter-spacing="18" fill="#111111">NEWS</text>`,
  );
  await sharp(page)
    .composite([{ input: word }])
    .greyscale()
    .toColourspace('srgb')
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(out);
}

/** Aberhaven Council (fictional): a harbour-wall-and-waves emblem with the bilingual name. */
async function aberhavenLogo(out) {
  const navy = '#0b4f6c';
  const body = `
    <circle cx="100" cy="100" r="82" fill="${navy}"/>
    <path d="M40 118 Q62 82 128 80" stroke="#f4efe6" stroke-width="16" fill="none"/>
    <rect x="122" y="44" width="16" height="40" fill="#f4efe6"/><rect x="122" y="56" width="16" height="7" fill="#a4471b"/>
    <path d="M118 44 L130 30 L142 44 Z" fill="#a4471b"/>
    <path d="M34 128 Q51 116 67 128 T100 128 T133 128 T166 128" stroke="#ffffff" stroke-width="7" fill="none" stroke-linecap="round"/>
    <path d="M42 150 Q58 138 74 150 T106 150 T138 150 T158 148" stroke="#8fc3d1" stroke-width="6" fill="none" stroke-linecap="round"/>
    <text x="206" y="96" font-family="${FONT}" font-weight="bold" font-size="52" fill="${navy}">Aberhaven</text>
    <text x="208" y="140" font-family="${FONT}" font-size="28" fill="${navy}">Council · Cyngor</text>`;
  await sharp(svg(600, 200, body)).png({ compressionLevel: 9 }).toFile(out);
}

/** A harbour wall running out to sea under a spring sky, with a row of painted terraces. */
async function harbourWall(out) {
  const [width, height] = [1200, 675];
  const houses = ['#e8b4b8', '#f2d98d', '#9cc5d9', '#f4f1e8', '#b8d8a8', '#d9a7c7', '#f2c28d', '#a9c1e8']
    .map((fill, i) => {
      const x = 40 + i * 52;
      const y = 250 - i * 6;
      return `<rect x="${x}" y="${y}" width="50" height="${70 + i * 6}" fill="${fill}"/><path d="M${x - 2} ${y} L${x + 25} ${y - 18} L${x + 52} ${y} Z" fill="#5b5f66"/><rect x="${x + 10}" y="${y + 14}" width="10" height="12" fill="#3b4a5a"/><rect x="${x + 30}" y="${y + 14}" width="10" height="12" fill="#3b4a5a"/>`;
    })
    .join('');
  // The wall runs from the bottom left out to the lighthouse; its front face narrows with distance.
  const [far, topNear, topFar, faceNear, faceFar] = [1150, 480, 335, 120, 37];
  const top = (x) => topNear + ((topFar - topNear) * x) / far;
  const face = (x) => faceNear + ((faceFar - faceNear) * x) / far;
  const stones = [];
  for (let row = 0; row < 4; row++) {
    let x = row % 2 ? -face(0) * 0.3 : 0;
    while (x < far) {
      const next = Math.min(far, x + face(Math.max(x, 0)) * 0.6);
      const corner = (cx, r) => `${cx.toFixed(1)},${(top(cx) + (face(cx) * r) / 4).toFixed(1)}`;
      const [a, b] = [Math.max(x, 0) + 1.5, next - 1.5];
      stones.push(`<polygon points="${corner(a, row + 0.08)} ${corner(b, row + 0.08)} ${corner(b, row + 0.92)} ${corner(a, row + 0.92)}" fill="${(row + Math.round(x)) % 3 ? '#9b9488' : '#8c8579'}"/>`);
      x = next;
    }
  }
  const walk = (x, dy) => `${x},${(top(x) - dy * face(x) / faceNear).toFixed(1)}`;
  const wall = `<polygon points="${walk(0, 26)} ${walk(far, 26)} ${walk(far, 0)} ${walk(0, 0)}" fill="#b9b2a5"/>
    <polygon points="0,${top(0)} ${far},${top(far)} ${far},${top(far) + face(far)} 0,${top(0) + face(0)}" fill="#6d665d"/>
    ${stones.join('')}
    ${Array.from({ length: 19 }, (_, i) => { const x = i * 62; const y = top(x) - (24 * face(x)) / faceNear; return `<line x1="${x}" y1="${y.toFixed(1)}" x2="${x}" y2="${(y - (30 * face(x)) / faceNear).toFixed(1)}" stroke="#2f2f2f" stroke-width="3"/>`; }).join('')}
    <polyline points="${walk(0, 54)} ${walk(far, 54)}" stroke="#2f2f2f" stroke-width="3" fill="none"/>`;
  const body = `
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6fa8d6"/><stop offset="1" stop-color="#d8ecf7"/></linearGradient>
      <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2f7ea1"/><stop offset="1" stop-color="#0f4c6b"/></linearGradient>
    </defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    <ellipse cx="930" cy="110" rx="120" ry="30" fill="#ffffff" opacity="0.85"/><ellipse cx="1010" cy="95" rx="80" ry="26" fill="#ffffff" opacity="0.85"/>
    <ellipse cx="330" cy="80" rx="90" ry="22" fill="#ffffff" opacity="0.7"/>
    <path d="M0 300 Q200 170 460 250 Q700 200 1200 300 L1200 360 L0 360 Z" fill="#6f9466"/>
    ${houses}
    <rect x="0" y="330" width="${width}" height="${height - 330}" fill="url(#sea)"/>
    ${Array.from({ length: 14 }, (_, i) => `<path d="M${(i * 97) % 1150} ${360 + i * 22} q20 -8 40 0 t40 0" stroke="#cfe6f0" stroke-width="3" fill="none" opacity="0.7"/>`).join('')}
    ${wall}
    <rect x="1132" y="240" width="26" height="72" fill="#f4f1e8"/><rect x="1132" y="260" width="26" height="12" fill="#c0392b"/><rect x="1132" y="284" width="26" height="12" fill="#c0392b"/>
    <path d="M1126 240 L1145 218 L1164 240 Z" fill="#2f2f2f"/>
    <path d="M0 ${top(0) + face(0)} L${far} ${top(far) + face(far)} L1200 ${top(far) + face(far)} L1200 675 L0 675 Z" fill="#0f4c6b" opacity="0.25"/>`;
  await sharp(svg(width, height, body)).jpeg({ quality: 82, mozjpeg: true }).toFile(out);
}

/** A thin wave rule used as a decorative divider. */
async function divider(out) {
  const body = `
    <path d="M20 12 ${Array.from({ length: 14 }, (_, i) => `Q${40 + i * 40} ${i % 2 ? 20 : 4} ${60 + i * 40} 12`).join(' ')}" stroke="#0b4f6c" stroke-width="3" fill="none" stroke-linecap="round"/>
    <circle cx="10" cy="12" r="4" fill="#a4471b"/><circle cx="590" cy="12" r="4" fill="#a4471b"/>`;
  await sharp(svg(600, 24, body)).png({ compressionLevel: 9 }).toFile(out);
}

const seed = 'examples/joint-inspection-2023/assets';
const harbour = 'examples/harbour-wall-reopening-2026/assets';
await mkdir(seed, { recursive: true });
await mkdir(harbour, { recursive: true });
await newsPicture(`${seed}/news-newspaper.jpg`);
await aberhavenLogo(`${harbour}/aberhaven-logo.png`);
await harbourWall(`${harbour}/harbour-wall.jpg`);
await divider(`${harbour}/divider.png`);
console.log('wrote the example pictures');
