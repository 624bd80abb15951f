/**
 * Reads a PDF's objects with qpdf (`--json=2`, streams decoded) and checks its structure tree the way an
 * assistive technology walks it: from each marked-content sequence on a page, through the parent tree, to
 * the structure element that claims it. poppler prints the tree but not /Alt, nor the parent tree.
 */
import { run } from '../../testing/run-reader';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type Dict = { readonly [key: string]: Json };

interface QpdfObject {
  readonly value?: Json;
  readonly stream?: { readonly dict: Dict; readonly data?: string };
}

export class PdfObjects {
  constructor(private readonly objects: Readonly<Record<string, QpdfObject>>) {}

  /** The object a reference such as "12 0 R" names (a stream's dictionary for a stream); anything else as it is. */
  resolve(value: Json | undefined): Json | undefined {
    if (typeof value !== 'string' || !/^\d+ \d+ R$/.test(value)) return value;
    const object = this.objects[`obj:${value}`];
    return object?.stream?.dict ?? object?.value;
  }

  dict(value: Json | undefined): Dict {
    const resolved = this.resolve(value);
    if (resolved === null || typeof resolved !== 'object' || Array.isArray(resolved)) throw new Error(`not a dictionary: ${JSON.stringify(value)}`);
    return resolved as Dict;
  }

  array(value: Json | undefined): readonly Json[] {
    const resolved = this.resolve(value);
    if (!Array.isArray(resolved)) throw new Error(`not an array: ${JSON.stringify(value)}`);
    return resolved;
  }

  /** A stream's decoded bytes as Latin-1 text. */
  streamText(ref: Json | undefined): string {
    const data = typeof ref === 'string' ? this.objects[`obj:${ref}`]?.stream?.data : undefined;
    if (data === undefined) throw new Error(`not a stream: ${JSON.stringify(ref)}`);
    return Buffer.from(data, 'base64').toString('latin1');
  }

  /** Every object, by reference ("12 0 R"). */
  entries(): [string, Json | undefined][] {
    return Object.entries(this.objects)
      .filter(([key]) => key.startsWith('obj:'))
      .map(([key, object]) => [key.slice(4), object.stream?.dict ?? object.value]);
  }

  catalog(): Dict {
    return this.dict(this.dict(this.objects.trailer?.value)['/Root']);
  }

  /** Page references in page order. */
  pages(): string[] {
    const walk = (node: Json | undefined): string[] => {
      const dict = this.dict(node);
      return dict['/Type'] === '/Pages' ? this.array(dict['/Kids']).flatMap(walk) : [node as string];
    };
    return walk(this.catalog()['/Pages']);
  }
}

export const readObjects = async (path: string): Promise<PdfObjects> => {
  const { stdout } = await run('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', path], {
    reader: 'qpdf',
  });
  const parsed = JSON.parse(stdout) as { readonly qpdf: readonly [unknown, Record<string, QpdfObject>] };
  return new PdfObjects(parsed.qpdf[1]);
};

/** The /Nums of a flat number tree, as a map. */
const numberTree = (objects: PdfObjects, tree: Json | undefined): Map<number, Json> => {
  const nums = objects.array(objects.dict(tree)['/Nums']);
  const map = new Map<number, Json>();
  for (let index = 0; index < nums.length; index += 2) map.set(nums[index] as number, nums[index + 1] ?? null);
  return map;
};

/** Does structure element `element` claim MCID `mcid` on page `page`? */
const claims = (element: Dict, page: string, mcid: number): boolean => {
  const kids = element['/K'];
  const list = Array.isArray(kids) ? kids : [kids];
  return list.some((kid) => {
    if (typeof kid === 'number') return kid === mcid && element['/Pg'] === page;
    const dict = typeof kid === 'object' && kid !== null && !Array.isArray(kid) ? (kid as Dict) : undefined;
    return dict?.['/Type'] === '/MCR' && dict['/MCID'] === mcid && (dict['/Pg'] ?? element['/Pg']) === page;
  });
};

/**
 * Everything wrong with the link between content and structure: every tagged marked-content sequence on a
 * page must be found through the page's /StructParents in the parent tree, at its MCID, as an element of the
 * same type that lists it among its kids; every annotation's /StructParent must lead to an element with an
 * OBJR for it. Empty when all is well.
 */
export const structureProblems = (objects: PdfObjects): string[] => {
  const problems: string[] = [];
  const root = objects.dict(objects.catalog()['/StructTreeRoot']);
  const parentTree = numberTree(objects, root['/ParentTree']);
  const nextKey = root['/ParentTreeNextKey'] as number;
  for (const key of parentTree.keys()) if (key >= nextKey) problems.push(`parent tree key ${key} is not below /ParentTreeNextKey ${nextKey}`);

  for (const [index, page] of objects.pages().entries()) {
    const pageDict = objects.dict(page);
    const contents = pageDict['/Contents'];
    const text = (Array.isArray(contents) ? contents : [contents]).map((ref) => objects.streamText(ref)).join('\n');
    const marks = [...text.matchAll(/\/(\w+)\s*<<\s*\/MCID\s+(\d+)\s*>>\s*BDC/g)].map((match) => ({ tag: match[1] ?? '', mcid: Number(match[2]) }));
    marks.forEach(({ mcid }, position) => {
      if (mcid !== position) problems.push(`page ${index + 1}: MCID ${mcid} where ${position} was expected (MCIDs count from 0 in content order)`);
    });
    if (marks.length === 0) continue;
    const owners = objects.array(parentTree.get(pageDict['/StructParents'] as number));
    if (owners.length !== marks.length) problems.push(`page ${index + 1}: ${marks.length} tagged sequences but ${owners.length} owners in the parent tree`);
    for (const { tag, mcid } of marks) {
      const owner = objects.dict(owners[mcid]);
      if (owner['/S'] !== `/${tag}`) problems.push(`page ${index + 1} MCID ${mcid}: content tagged /${tag} but its owner is ${String(owner['/S'])}`);
      if (!claims(owner, page, mcid)) problems.push(`page ${index + 1} MCID ${mcid}: its owner does not list it among its kids`);
    }
  }

  for (const [ref, value] of objects.entries()) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || (value as Dict)['/Subtype'] !== '/Link') continue;
    const owner = objects.dict(parentTree.get((value as Dict)['/StructParent'] as number));
    const kids = objects.array(owner['/K']);
    const hasObjr = kids.some((kid) => typeof kid === 'object' && kid !== null && (kid as Dict)['/Type'] === '/OBJR' && (kid as Dict)['/Obj'] === ref);
    if (owner['/S'] !== '/Link' || !hasObjr) problems.push(`link annotation ${ref}: its /StructParent does not lead to a Link element with an OBJR for it`);
  }
  return problems;
};
