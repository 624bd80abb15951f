import { MIN_LINES, paragraphHeight, type Unit } from './units';

/** Where a unit (or a slice of a paragraph's lines) goes: page, and distance of its top from the page top. */
export interface Placement {
  readonly unit: Unit;
  readonly page: number;
  readonly top: number;
  /** For paragraphs: the lines placed here. */
  readonly from: number;
  readonly to: number;
}

export interface TextArea {
  /** Distance from the page top to where text starts, per page (the first page's header can be taller). */
  readonly top: (page: number) => number;
  /** Distance from the page top to where text must end. */
  readonly bottom: number;
}

/** The least height a unit needs on a page before the next may follow: the first lines of a splittable paragraph, or all of it. */
function leastHeight(unit: Unit): number {
  if (unit.kind === 'box') return unit.height;
  return paragraphHeight(unit, unit.splittable ? Math.min(MIN_LINES, unit.lines.length) : unit.lines.length);
}

/**
 * Fills pages in order, as LibreOffice lays out our DOCX (the reference the page counts are checked against):
 * the space between two paragraphs is the larger of the first's space after and the second's space before, not
 * their sum; space before a paragraph is dropped at the top of a page; a unit that
 * keeps with the next moves to a new page unless the start of the next fits too (chains followed); a paragraph
 * splits only where at least two lines stay on each page, and never when it must keep its lines together;
 * a box that does not fit goes to the next page. A unit that breaks the page before it starts a new one unless the
 * page is still empty; a table row that starts a page has its table's header row drawn above it.
 */
export function paginate(units: readonly Unit[], area: TextArea): Placement[] {
  const placements: Placement[] = [];
  let page = 0;
  let y = area.top(0);
  let pageEmpty = true;
  const newPage = () => {
    page++;
    y = area.top(page);
    pageEmpty = true;
  };
  const room = () => area.bottom - y;
  /** Space after the unit placed last; y already stands below its text, not below this space. */
  let lastAfter = 0;

  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    // A paragraph that starts a page by breaking it keeps its space before (LibreOffice keeps it, measured on a
    // pack's section titles); one that a page merely happens to start with loses it.
    let broke = false;
    if (unit.pageBreakBefore && !pageEmpty) {
      newPage();
      broke = true;
    }
    const before = () => (broke && pageEmpty ? unit.beforePt : pageEmpty ? 0 : Math.max(lastAfter, unit.beforePt));

    // Keep-with-next: this unit and the start of the following ones must fit together.
    let needed = before() + (unit.kind === 'box' ? unit.height : unit.splittable && !unit.keepNext ? leastHeight(unit) : paragraphHeight(unit));
    // A chain longer than a whole page cannot be kept together anywhere; like LibreOffice, stop keeping it then.
    const pageHeight = area.bottom - area.top(page + 1);
    for (let next = index; units[next]?.keepNext && units[next + 1] && !units[next + 1]!.pageBreakBefore && needed <= pageHeight; next++) {
      const following = units[next + 1]!;
      needed += Math.max(units[next]!.afterPt, following.beforePt) + leastHeight(following);
    }
    if (!pageEmpty && needed > room() && needed <= pageHeight) newPage();
    else if (!pageEmpty && needed > pageHeight && before() + leastHeight(unit) > room()) newPage();

    if (unit.kind === 'box') {
      if (!pageEmpty && before() + unit.height > room()) newPage();
      if (pageEmpty && unit.repeatHeader) {
        // A table row at the top of a page: its table's header row again first.
        placements.push({ unit: unit.repeatHeader, page, top: y, from: 0, to: 0 });
        y += unit.repeatHeader.height;
        lastAfter = 0;
        pageEmpty = false;
      }
      y += before();
      placements.push({ unit, page, top: y, from: 0, to: 0 });
      y += unit.height;
      lastAfter = unit.afterPt;
      pageEmpty = false;
      continue;
    }

    let from = 0;
    const total = unit.lines.length;
    while (from < total) {
      y += before();
      const fits = Math.floor((room() + 0.01) / unit.lineHeight);
      const left = total - from;
      let take: number;
      if (fits >= left) take = left;
      else if (pageEmpty && !unit.splittable) take = Math.max(1, fits); // taller than a page: split anyway
      else if (!unit.splittable || fits < Math.min(MIN_LINES, left)) take = 0;
      else take = Math.min(fits, left - MIN_LINES);
      if (take <= 0 && !pageEmpty) {
        y -= before();
        newPage();
        continue;
      }
      take = Math.max(take, 1);
      placements.push({ unit, page, top: y, from, to: from + take });
      y += take * unit.lineHeight;
      pageEmpty = false;
      from += take;
      if (from < total) newPage();
    }
    lastAfter = unit.afterPt;
  }
  return placements;
}
