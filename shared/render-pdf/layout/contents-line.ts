import type { PDFOperator } from '@cantoo/pdf-lib';
import { PAGE_GEOMETRY, STYLE_SHEET, type Runs } from '../../doc-tree';
import type { StructElement } from '../structure';
import { components } from './colour';
import { drawingOn } from './drawing';
import type { FlowContext } from './flow';
import { drawTextLine, spansOf } from './lines';
import type { ParagraphUnit } from './units';

const LEFT = PAGE_GEOMETRY.marginPt;
const WIDTH = PAGE_GEOMETRY.widthPt - 2 * PAGE_GEOMETRY.marginPt;
const LEADER_GAP = 4;

/**
 * A contents line: the title, wrapped short of the page number's column, then a dot leader and the number of the
 * page where the heading with `anchor` starts, right-aligned at the text's edge. The line's layout does not depend on
 * the number, so pagination runs once with the contents in place and the numbers are drawn afterwards, from where
 * pagination put each heading (`context.anchors`). Tagged TOC > TOCI > Link, the Link's annotation going to the heading.
 */
export function contentsLine(context: FlowContext, runs: Runs, anchor: string, toc: () => StructElement): ParagraphUnit {
  const { engine, structure } = context;
  const look = STYLE_SHEET.contentsEntry;
  const style = { font: look.font, sizePt: look.sizePt } as const;
  const lines = engine.breakLines(spansOf(runs, {}), { ...style, width: WIDTH - PAGE_GEOMETRY.contentsNumberPt });
  const metrics = engine.metrics(look.sizePt, look.font);
  const lineHeight = metrics.lineHeight * look.lineSpacing;
  const title = runs.map((run) => run.text).join('');
  const dot = engine.breakLines([{ text: '.' }], { ...style, width: WIDTH })[0]?.width ?? 3;
  return {
    kind: 'paragraph',
    lines: lines.length > 0 ? lines : [{ pieces: [], width: 0 }],
    lineHeight,
    beforePt: look.beforePt,
    afterPt: look.afterPt,
    keepNext: false,
    splittable: false,
    draw(target, from, to, top) {
      const place = context.anchors.get(anchor);
      const number = place ? String(place.pageIndex + 1) : '';
      const numberLine = engine.breakLines([{ text: number }], { ...style, width: WIDTH })[0];
      const height = (to - from) * lineHeight;
      const y = PAGE_GEOMETRY.heightPt - top;
      const rect = [LEFT, y - height, LEFT + WIDTH, y] as const;
      const item = structure.element('TOCI', toc());
      const destination = place ? { page: place.page, y: PAGE_GEOMETRY.heightPt - place.top } : undefined;
      const link = destination ? structure.link(target.page, item, destination, [rect], `${title}, page ${number}`) : item;
      const operators: PDFOperator[] = [];
      for (let index = from; index < to; index++) {
        const line = lines[index];
        if (!line || line.pieces.length === 0) continue;
        operators.push(...drawTextLine(drawingOn(context, target.page), link, line, LEFT, top + (index - from) * lineHeight + metrics.ascent, look.colour));
      }
      if (to === lines.length && numberLine) {
        const baseline = top + (to - from - 1) * lineHeight + metrics.ascent;
        const numberX = LEFT + WIDTH - numberLine.width;
        const leaderStart = LEFT + (lines.at(-1)?.width ?? 0) + LEADER_GAP;
        const dots = Math.max(0, Math.floor((numberX - LEADER_GAP - leaderStart) / dot));
        const leader = dots > 0 ? engine.breakLines([{ text: '.'.repeat(dots) }], { ...style, width: WIDTH * 2 })[0] : undefined;
        if (leader) {
          // The leader is decoration; the number is content of the link, read after the title.
          const artifact = structure.artifact('Layout');
          operators.push(...artifact.begin, ...engine.drawLine(leader, numberX - LEADER_GAP - leader.width, PAGE_GEOMETRY.heightPt - baseline, components(context.palette.text)).operators, ...artifact.end);
        }
        operators.push(...drawTextLine(drawingOn(context, target.page), link, numberLine, numberX, baseline, look.colour));
      }
      return operators;
    },
  };
}
