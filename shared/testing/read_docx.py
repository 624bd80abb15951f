#!/usr/bin/python3
"""Read a .docx the way Word would show it, with python-docx (a reader we did not write), and print JSON.

Usage: read_docx.py FILE.docx          the document, as described in readers.ts (DocxReading)
       read_docx.py FILE.docx --parts  {part name: sha256 of its bytes}, to compare two packages

Keys are camelCase because TypeScript reads them. Exit status: 0 read, 2 the file cannot be read as a .docx,
3 python-docx is not installed.
"""

import hashlib
import json
import sys
import zipfile

try:
    import docx
    from docx.styles import BabelFish
    from lxml import etree
except ImportError as error:  # pragma: no cover - depends on the machine
    sys.stderr.write(f"python-docx is not installed ({error}); apt: python3-docx\n")
    sys.exit(3)

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "adec": "http://schemas.microsoft.com/office/drawing/2017/decorative",
    "v": "urn:schemas-microsoft-com:vml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}
W = "{%s}" % NS["w"]
EMU_PER_CM = 360000
TWIPS_PER_CM = 1440 / 2.54

_xpaths = {}


def xp(element, path):
    """XPath with our namespace prefixes (python-docx's own xpath knows neither adec nor v)."""
    if path not in _xpaths:
        _xpaths[path] = etree.XPath(path, namespaces=NS)
    return _xpaths[path](element)


def first(element, path):
    found = xp(element, path)
    return found[0] if found else None


def on_off(element):
    """A w:b, w:keepNext … element: absent is None, present is on unless its w:val says off."""
    if element is None:
        return None
    return element.get(W + "val") not in ("0", "false", "off")


def wval(element, path):
    found = first(element, path)
    return None if found is None else found.get(W + "val")


def int_or_none(value):
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


# ---------------------------------------------------------------- styles


class Styles:
    """Paragraph and run properties of each style, following basedOn, as Word resolves them."""

    def __init__(self, document):
        self.root = document.styles.element
        self.by_id = {s.get(W + "styleId"): s for s in xp(self.root, "w:style")}

    def name(self, style_id):
        style = self.by_id.get(style_id)
        if style is None:
            return None
        name = wval(style, "w:name")
        return BabelFish.internal2ui(name) if name is not None else style_id

    def lookup(self, style_id, path, seen=None):
        """The first value of `path` on the style or the styles it is based on."""
        seen = seen or set()
        style = self.by_id.get(style_id)
        if style is None or style_id in seen:
            return None
        seen.add(style_id)
        found = first(style, path)
        if found is not None:
            return found
        return self.lookup(wval(style, "w:basedOn"), path, seen)

    def default_paragraph_style(self):
        for style_id, style in self.by_id.items():
            if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true", "on"):
                return style_id
        return "Normal"

    def describe(self):
        out = []
        for style_id, style in self.by_id.items():
            outline = self.lookup(style_id, "w:pPr/w:outlineLvl")
            out.append({
                "name": self.name(style_id),
                "id": style_id,
                "type": style.get(W + "type"),
                "basedOn": self.name(wval(style, "w:basedOn")),
                "outlineLevel": outline_level(outline),
                "keepNext": bool(on_off(self.lookup(style_id, "w:pPr/w:keepNext"))),
                "bold": on_off(self.lookup(style_id, "w:rPr/w:b")),
                "italic": on_off(self.lookup(style_id, "w:rPr/w:i")),
                "font": attr(self.lookup(style_id, "w:rPr/w:rFonts"), "ascii"),
                "sizePt": half_points(self.lookup(style_id, "w:rPr/w:sz")),
                "colour": attr(self.lookup(style_id, "w:rPr/w:color"), "val"),
                "language": attr(self.lookup(style_id, "w:rPr/w:lang"), "val"),
                "alignment": attr(self.lookup(style_id, "w:pPr/w:jc"), "val"),
                "leftBorder": first(style, "w:pPr/w:pBdr/w:left") is not None,
            })
        return out

    def defaults(self):
        rpr = first(self.root, "w:docDefaults/w:rPrDefault/w:rPr")
        if rpr is None:
            return {"language": None, "font": None, "sizePt": None}
        return {
            "language": wval(rpr, "w:lang"),
            "font": attr(first(rpr, "w:rFonts"), "ascii"),
            "sizePt": half_points(first(rpr, "w:sz")),
        }


def attr(element, name):
    return None if element is None else element.get(W + name)


def half_points(element):
    value = attr(element, "val")
    return None if value is None else int(value) / 2


def outline_level(element):
    level = int_or_none(attr(element, "val"))
    # Level 9 is "body text": not a heading.
    return None if level is None or level >= 9 else level


# ---------------------------------------------------------------- numbering


class Numbering:
    def __init__(self, document):
        try:
            self.root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            self.root = None

    def describe(self, num_id, level):
        info = {"numId": num_id, "level": level, "format": None, "start": None, "text": None}
        if self.root is None or num_id is None:
            return info
        num = first(self.root, f'w:num[@w:numId="{num_id}"]')
        if num is None:
            return info
        abstract = first(self.root, f'w:abstractNum[@w:abstractNumId="{wval(num, "w:abstractNumId")}"]')
        lvl = None if abstract is None else first(abstract, f'w:lvl[@w:ilvl="{level}"]')
        if lvl is not None:
            info["format"] = wval(lvl, "w:numFmt")
            info["start"] = int_or_none(wval(lvl, "w:start"))
            info["text"] = wval(lvl, "w:lvlText")
        override = wval(num, f'w:lvlOverride[@w:ilvl="{level}"]/w:startOverride')
        if override is not None:
            info["start"] = int(override)
        return info


# ---------------------------------------------------------------- text, fields, runs

SKIP = {W + "txbxContent", "{%s}Fallback" % NS["mc"], W + "delText", W + "instrText"}


def walk(element):
    """Descendants in document order, not entering text boxes or the fallback copy of alternate content."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag in SKIP:
            continue
        yield child
        yield from walk(child)


def text_of(element):
    parts = []
    for node in walk(element):
        tag = node.tag
        if tag == W + "t":
            parts.append(node.text or "")
        elif tag in (W + "tab", W + "ptab"):
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def fields_of(element):
    """Field instructions (PAGE, NUMPAGES, HYPERLINK …), from w:fldSimple and from w:fldChar/w:instrText runs."""
    found = []
    stack = []
    for node in element.iter(W + "fldSimple", W + "fldChar", W + "instrText"):
        if node.tag == W + "fldSimple":
            found.append((node.get(W + "instr") or "").strip())
        elif node.tag == W + "instrText":
            if stack and stack[-1] is not None:
                stack[-1].append(node.text or "")
        else:
            kind = node.get(W + "fldCharType")
            if kind == "begin":
                stack.append([])
            elif kind == "separate" and stack and stack[-1] is not None:
                found.append("".join(stack[-1]).strip())
                stack[-1] = None
            elif kind == "end" and stack:
                instr = stack.pop()
                if instr is not None:
                    found.append("".join(instr).strip())
    return found


def runs_of(paragraph, rels):
    out = []
    for run in xp(paragraph, ".//w:r[not(ancestor::w:txbxContent)]"):
        text = text_of(run)
        if text == "":
            continue
        link = None
        parent = run.getparent()
        if parent is not None and parent.tag == W + "hyperlink":
            link = link_target(parent, rels)
        out.append({
            "text": text,
            "bold": on_off(first(run, "w:rPr/w:b")),
            "italic": on_off(first(run, "w:rPr/w:i")),
            "characterStyle": wval(run, "w:rPr/w:rStyle"),
            "link": link,
        })
    return out


def link_target(hyperlink, rels):
    rid = hyperlink.get("{%s}id" % NS["r"])
    if rid is not None and rid in rels:
        target = rels[rid].target_ref
        anchor = hyperlink.get(W + "anchor")
        return f"{target}#{anchor}" if anchor else target
    anchor = hyperlink.get(W + "anchor")
    return f"#{anchor}" if anchor else None


# ---------------------------------------------------------------- pictures and links


def images_in(element, part_name, paragraph_index):
    out = []
    for doc_pr in xp(element, ".//wp:docPr"):
        decorative = first(doc_pr, "a:extLst/a:ext/adec:decorative")
        extent = first(doc_pr.getparent(), "wp:extent")
        out.append({
            "part": part_name,
            "paragraph": paragraph_index,
            "id": doc_pr.get("id"),
            "name": doc_pr.get("name"),
            "description": doc_pr.get("descr"),
            "title": doc_pr.get("title"),
            "decorative": decorative is not None and decorative.get("val") in ("1", "true"),
            "widthCm": None if extent is None else round(int(extent.get("cx")) / EMU_PER_CM, 3),
            "heightCm": None if extent is None else round(int(extent.get("cy")) / EMU_PER_CM, 3),
        })
    return out


def hyperlinks_in(element, rels, part_name, paragraph_index):
    return [
        {
            "part": part_name,
            "paragraph": paragraph_index,
            "text": text_of(link),
            "url": link_target(link, rels),
            "anchor": link.get(W + "anchor"),
        }
        for link in xp(element, ".//w:hyperlink")
    ]


def watermarks_in(element):
    """Word's Design > Watermark text: a VML WordArt shape's v:textpath in a header."""
    return [path.get("string") for path in xp(element, ".//v:textpath") if path.get("string")]


# ---------------------------------------------------------------- body


def paragraph_entry(p, styles, numbering, rels, index):
    style_id = wval(p, "w:pPr/w:pStyle") or styles.default_paragraph_style()
    outline = first(p, "w:pPr/w:outlineLvl")
    if outline is None:
        outline = styles.lookup(style_id, "w:pPr/w:outlineLvl")
    keep_next = first(p, "w:pPr/w:keepNext")
    if keep_next is None:
        keep_next = styles.lookup(style_id, "w:pPr/w:keepNext")
    num_pr = first(p, "w:pPr/w:numPr")
    if num_pr is None:
        num_pr = styles.lookup(style_id, "w:pPr/w:numPr")
    num = None
    if num_pr is not None:
        num_id = int_or_none(wval(num_pr, "w:numId"))
        if num_id:  # numId 0 switches numbering off
            num = numbering.describe(num_id, int_or_none(wval(num_pr, "w:ilvl")) or 0)
    return {
        "index": index,
        "style": styles.name(style_id) or style_id,
        "styleId": style_id,
        "text": text_of(p),
        "outlineLevel": outline_level(outline),
        "keepNext": bool(on_off(keep_next)),
        "alignment": wval(p, "w:pPr/w:jc"),
        "numbering": num,
        "fields": fields_of(p),
        "runs": runs_of(p, rels),
    }


def table_entry(tbl, position):
    rows = []
    header_rows = 0
    counting = True
    for tr in xp(tbl, "w:tr"):
        repeats = bool(on_off(first(tr, "w:trPr/w:tblHeader")))
        if counting and repeats:
            header_rows += 1
        else:
            counting = False
        rows.append(["\n".join(text_of(p) for p in xp(tc, "w:p")) for tc in xp(tr, "w:tc")])
    borders = [
        etree.QName(b).localname
        for b in xp(tbl, "w:tblPr/w:tblBorders/*")
        if b.get(W + "val") not in ("none", "nil")
    ]
    width = first(tbl, "w:tblPr/w:tblW")
    return {
        "position": position,
        "rows": rows,
        "headerRows": header_rows,
        "firstRowRepeats": header_rows > 0,
        "borders": borders,
        "width": None if width is None else {"value": int_or_none(width.get(W + "w")), "type": width.get(W + "type")},
    }


# ---------------------------------------------------------------- sections, headers, footers


def furniture_part(document, rid, styles, numbering):
    part = document.part.related_parts[rid]
    root = part.element
    paragraphs = []
    for index, p in enumerate(xp(root, ".//w:p[not(ancestor::w:txbxContent)]")):
        entry = paragraph_entry(p, styles, numbering, part.rels, index)
        entry["images"] = images_in(p, part.partname.split("/")[-1], index)
        entry["watermarks"] = watermarks_in(p)
        entry["hyperlinks"] = hyperlinks_in(p, part.rels, part.partname.split("/")[-1], index)
        del entry["runs"]
        paragraphs.append(entry)
    return {"part": str(part.partname), "paragraphs": paragraphs}


def sections_of(document, styles, numbering):
    sections = []
    for section in document.sections:
        sect_pr = section._sectPr
        entry = {
            "pageWidthCm": None if section.page_width is None else round(section.page_width.cm, 2),
            "pageHeightCm": None if section.page_height is None else round(section.page_height.cm, 2),
            "margins": {
                side: None if getattr(section, f"{side}_margin") is None else round(getattr(section, f"{side}_margin").cm, 2)
                for side in ("top", "bottom", "left", "right")
            },
            "differentFirstPage": bool(on_off(first(sect_pr, "w:titlePg"))),
            "headers": {"default": None, "first": None, "even": None},
            "footers": {"default": None, "first": None, "even": None},
        }
        for kind, key in (("headerReference", "headers"), ("footerReference", "footers")):
            for ref in xp(sect_pr, f"w:{kind}"):
                entry[key][ref.get(W + "type")] = furniture_part(document, ref.get("{%s}id" % NS["r"]), styles, numbering)
        sections.append(entry)
    return sections


def texts_of_parts(sections, key):
    seen = set()
    out = []
    for section in sections:
        for kind in ("default", "first", "even"):
            part = section[key][kind]
            if part is None or part["part"] in seen:
                continue
            seen.add(part["part"])
            out.append([p["text"] for p in part["paragraphs"]])
    return out


# ---------------------------------------------------------------- package


def core_of(document):
    core = document.core_properties
    iso = lambda value: None if value is None else value.isoformat()
    return {
        "title": core.title,
        "subject": core.subject,
        "author": core.author,
        "keywords": core.keywords,
        "language": core.language,
        "lastModifiedBy": core.last_modified_by,
        "revision": core.revision,
        "created": iso(core.created),
        "modified": iso(core.modified),
    }


def app_of(path):
    with zipfile.ZipFile(path) as package:
        try:
            root = etree.fromstring(package.read("docProps/app.xml"))
        except KeyError:
            return {"application": None}
    application = first(root, "ep:Application")
    return {"application": None if application is None else application.text}


def read(path):
    document = docx.Document(path)
    styles = Styles(document)
    numbering = Numbering(document)
    rels = document.part.rels
    paragraphs, tables, images, hyperlinks = [], [], [], []
    for child in document.element.body:
        if child.tag == W + "p":
            index = len(paragraphs)
            paragraphs.append(paragraph_entry(child, styles, numbering, rels, index))
            images.extend(images_in(child, "document.xml", index))
            hyperlinks.extend(hyperlinks_in(child, rels, "document.xml", index))
        elif child.tag == W + "tbl":
            tables.append(table_entry(child, len(paragraphs)))
            images.extend(images_in(child, "document.xml", None))
            hyperlinks.extend(hyperlinks_in(child, rels, "document.xml", None))
    sections = sections_of(document, styles, numbering)
    defaults = styles.defaults()
    return {
        "paragraphs": paragraphs,
        "tables": tables,
        "images": images,
        "hyperlinks": hyperlinks,
        "headers": texts_of_parts(sections, "headers"),
        "footers": texts_of_parts(sections, "footers"),
        "sections": sections,
        "core": core_of(document),
        "app": app_of(path),
        "defaultLanguage": defaults["language"],
        "defaults": defaults,
        "styles": styles.describe(),
    }


def parts(path):
    with zipfile.ZipFile(path) as package:
        return {name: hashlib.sha256(package.read(name)).hexdigest() for name in sorted(package.namelist())}


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        sys.stderr.write(__doc__)
        return 2
    try:
        result = parts(argv[1]) if "--parts" in argv[2:] else read(argv[1])
    except Exception as error:  # any failure to read is the file's fault, reported plainly
        sys.stderr.write(f"cannot read {argv[1]} as a .docx: {type(error).__name__}: {error}\n")
        return 2
    # ASCII JSON: \u escapes survive any locale's stdout encoding, emoji included.
    sys.stdout.write(json.dumps(result, ensure_ascii=True))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
