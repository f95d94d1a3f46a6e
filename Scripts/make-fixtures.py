#!/usr/bin/env python3
"""Builds the .docx/.pdf/.doc fixtures of Tests/PolicyDiffTests/Fixtures/office/
from real texts of Corpus/ (run once; the outputs are committed).

    python3 Scripts/make-fixtures.py            # from the package root

The .docx files are written here as Office Open XML by hand, so that the parts
a reader must handle are exactly known: Word automatic numbering (numbering.xml,
chineseCounting), a numbered heading style, tracked changes, a footnote, a
running header and a page-number footer, a task table with merged cells. The
PDFs and the .doc come from LibreOffice (Debian: libreoffice-writer-nogui,
fonts-wqy-microhei; `apt-get install -y --no-install-recommends
libreoffice-writer-nogui fonts-wqy-microhei poppler-utils qpdf`):

  shanghai-typed.docx      cwaste-shanghai-2024 with its labels typed (一、 （一）)
  shanghai-numbered.docx   the same with every label made by Word numbering,
                           a footnote, one tracked insertion and one deletion
  qingpu-annex3-table.docx 附件3 of cwaste-qingpu-2025: the task table, merged cells
  shanghai-plan.pdf        shanghai-typed.docx printed by LibreOffice: 7 pages,
                           running header, `— N —` page numbers
  shanghai-short-open.pdf  its first paragraphs, encrypted with an empty user password (qpdf)
  shanghai-short-locked.pdf the same needing a user password
  scanned-page.pdf         page 1 as a 40 dpi grey image, no text layer
  shanghai-numbered-lo.docx shanghai-numbered.docx as LibreOffice rewrites it: a real
                           writer's numbering.xml (chineseCountingThousand, Heading1 link)
  shanghai-short.doc       the first paragraphs, saved by LibreOffice as Word 97
  gansu-typed.docx         gansu-2017-plan without its web-page furniture (targets,
                           牵头单位/责任单位 tags: what the metamorphic tests compare)
  gansu-plan.pdf           gansu-typed.docx printed by LibreOffice
"""
import os, re, shutil, subprocess, sys, tempfile, zipfile, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "PolicyDiffTests", "Fixtures", "office")
SHANGHAI = os.path.join(ROOT, "Corpus", "construction-waste", "cwaste-shanghai-2024.txt")
QINGPU = os.path.join(ROOT, "Corpus", "construction-waste", "cwaste-qingpu-2025.txt")
GANSU = os.path.join(ROOT, "Corpus", "gansu-2017-plan.txt")
# The lines of the saved web page that policydiff cuts as page furniture: not in a Word file.
GANSU_PAGE_FURNITURE = ("首页 >", "稿件来源:")
FONT = "WenQuanYi Micro Hei"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [l.strip().strip("\u3000") for l in f if l.strip().strip("\u3000")]


def run(text, extra=""):
    """A run; long text split into two runs as Word splits them (proofing, edits)."""
    if len(text) > 24:
        cut = len(text) // 3
        return run(text[:cut], extra) + '<w:proofErr w:type="gramStart"/>' + run(text[cut:], extra)
    return f'<w:r>{extra}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(text, style=None, num=None, center=False, indent=True, runs=None):
    ppr = ""
    if style: ppr += f'<w:pStyle w:val="{style}"/>'
    if num: ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if center: ppr += '<w:jc w:val="center"/>'
    elif indent: ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    body = runs if runs is not None else run(text)
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>{body}</w:p>'


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>
<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/>
<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>'''

# Level 0 一、 (chineseCounting, linked to heading 1), level 1 （一）, level 2 1., level 3 （1）.
NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="（%4）"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''

HEADER = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="21"/></w:rPr><w:t>上海市人民政府办公厅文件</w:t></w:r></w:p></w:hdr>'''

FOOTER = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>
<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>'''

FOOTNOTES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>脚注：本意见所称建筑垃圾，包括工程渣土、工程泥浆、工程垃圾、拆除垃圾和装修垃圾。</w:t></w:r></w:p></w:footnote>
</w:footnotes>'''


def docx(path, body_xml, numbering=False, header=True, footnotes=False):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if numbering else "")
        + ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
           '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' if header else "")
        + ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' if footnotes else "")
        + '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        + ('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' if numbering else "")
        + ('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
           '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' if header else "")
        + ('<Relationship Id="rIdFN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' if footnotes else "")
        + '</Relationships>',
        "word/styles.xml": STYLES,
    }
    refs = ('<w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>' if header else "")
    sect = (f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    parts["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                  f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body_xml}{sect}</w:body></w:document>')
    if numbering: parts["word/numbering.xml"] = NUMBERING
    if header:
        parts["word/header1.xml"] = HEADER
        parts["word/footer1.xml"] = FOOTER
    if footnotes: parts["word/footnotes.xml"] = FOOTNOTES
    with zipfile.ZipFile(path, "w") as z:
        for name in sorted(parts, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name].encode("utf-8"))


CN = "零一二三四五六七八九"


def chinese(n):
    if n < 10: return CN[n]
    if n < 20: return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


LABELS = [  # level, regex, value reader, label writer
    (0, re.compile(r"^([一二三四五六七八九十]+)、"), lambda m: m.group(1), lambda n: chinese(n) + "、"),
    (1, re.compile(r"^（([一二三四五六七八九十]+)）"), lambda m: m.group(1), lambda n: "（" + chinese(n) + "）"),
    (2, re.compile(r"^(\d+)\."), lambda m: m.group(1), lambda n: f"{n}."),
    (3, re.compile(r"^（(\d+)）"), lambda m: m.group(1), lambda n: f"（{n}）"),
]


def shanghai_docx():
    text = lines(SHANGHAI)
    typed = [para(text[0], style="Title", center=True)]
    typed += [para(l, indent=i != 0) for i, l in enumerate(text[1:])]
    typed[-2:] = [para(text[-2], indent=False), para(text[-1], indent=False)]
    docx(os.path.join(OUT, "shanghai-typed.docx"), "".join(typed))

    # The numbered twin: each typed label whose number Word's counters would give
    # is replaced by numbering; the 一、 level through the heading 1 style.
    counters = [0, 0, 0, 0]
    body = [para(text[0], style="Title", center=True)]
    converted = 0
    for i, line in enumerate(text[1:], start=1):
        done = False
        for level, regex, value, label in LABELS:
            m = regex.match(line)
            if not m: continue
            expected = counters[level] + 1
            if label(expected) == m.group(0):
                counters[level] = expected
                for deeper in range(level + 1, 4): counters[deeper] = 0
                rest = line[m.end():]
                extra = ""
                if converted == 0:
                    # A footnote on the first numbered heading: footnotes are not document text.
                    extra = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
                if level == 0:
                    body.append(para(rest, style="1", indent=False, runs=run(rest) + extra))
                else:
                    body.append(para(rest, num=(1, level), runs=run(rest) + extra))
                converted += 1
                done = True
            break
        if not done:
            body.append(para(line, indent=i < len(text) - 2))
    # Tracked changes: an insertion that is part of the text, a deletion that is not.
    ins_line = text[2]
    cut = len(ins_line) // 2
    body[2] = para(ins_line, runs=run(ins_line[:cut])
                   + f'<w:ins w:id="91" w:author="审核人" w:date="2024-10-30T10:00:00Z">{run(ins_line[cut:])}</w:ins>'
                   + '<w:del w:id="92" w:author="审核人" w:date="2024-10-30T10:00:00Z"><w:r><w:delText>（征求意见稿删去的文字）</w:delText></w:r></w:del>')
    docx(os.path.join(OUT, "shanghai-numbered.docx"), "".join(body), numbering=True, footnotes=True)
    print(f"shanghai-numbered.docx: {converted} labels made by numbering of "
          f"{sum(1 for l in text if any(r.match(l) for _, r, _, _ in LABELS))} typed")


def gansu_docx():
    text = [l for l in lines(GANSU) if not l.startswith(GANSU_PAGE_FURNITURE)]
    body = [para(text[0], style="Title", center=True)] + [para(l) for l in text[1:]]
    docx(os.path.join(OUT, "gansu-typed.docx"), "".join(body))


def cell(text, span=1, vmerge=None, width=1800):
    tcpr = f'<w:tcW w:w="{width * span}" w:type="dxa"/>'
    if span > 1: tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart": tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue": tcpr += '<w:vMerge/>'
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(p)}</w:t></w:r></w:p>' for p in text.split("\n")) if text else "<w:p/>"
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{paras}</w:tc>"


def qingpu_table_docx():
    """附件3's task table as Word holds it: one header row, section rows spanning
    the last four columns, a task's 序号 and 工作任务 merged down over its rows."""
    text = lines(QINGPU)
    start = text.index("附件3")
    cells = text[start + 2:]
    header = ["序号", "工作任务", "主要工作内容", "牵头单位", "配合单位"]
    assert cells[:5] == header, cells[:5]
    rows, i = [], 5
    section = re.compile(r"^(—|[一二三四五六七八九十]+)$")
    task = re.compile(r"^（[一二三四五六七八九十]+）$")
    while i < len(cells) and len(rows) < 14:
        c = cells[i]
        if cells[i:i + 5] == header: i += 5; continue   # the source's repeated page headers
        if section.match(c):
            rows.append(("section", cells[i:i + 2])); i += 2
        elif task.match(c):
            rows.append(("task", cells[i:i + 5])); i += 5
        else:
            rows.append(("more", cells[i:i + 3])); i += 3
    trs = ['<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(cell(h) for h in header) + "</w:tr>"]
    for n, (kind, cs) in enumerate(rows):
        follows = n + 1 < len(rows) and rows[n + 1][0] == "more"
        if kind == "section":
            trs.append("<w:tr>" + cell(cs[0]) + cell(cs[1], span=4) + "</w:tr>")
        elif kind == "task":
            merge = "restart" if follows else None
            trs.append("<w:tr>" + cell(cs[0], vmerge=merge) + cell(cs[1], vmerge=merge)
                       + "".join(cell(c) for c in cs[2:]) + "</w:tr>")
        else:
            trs.append("<w:tr>" + cell("", vmerge="continue") + cell("", vmerge="continue")
                       + "".join(cell(c) for c in cs) + "</w:tr>")
    grid = "<w:tblGrid>" + '<w:gridCol w:w="1800"/>' * 5 + "</w:tblGrid>"
    table = ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>'
             '<w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/>'
             '<w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>' + grid + "".join(trs) + "</w:tbl>")
    body = para("附件3", indent=False) + para(text[start + 1], center=True) + table
    docx(os.path.join(OUT, "qingpu-annex3-table.docx"), body, header=False)
    # The lines a reader should give: what the flattened source shows for these rows.
    expected = ["附件3", text[start + 1]] + header + [c for _, cs in rows for c in cs]
    with open(os.path.join(OUT, "qingpu-annex3-table.expected.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(expected) + "\n")
    print(f"qingpu-annex3-table.docx: {len(rows)} rows")


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdfs():
    with tempfile.TemporaryDirectory() as tmp:
        soffice(os.path.join(OUT, "shanghai-typed.docx"), "pdf", tmp)
        plan = os.path.join(OUT, "shanghai-plan.pdf")
        shutil.move(os.path.join(tmp, "shanghai-typed.pdf"), plan)
        soffice(os.path.join(OUT, "gansu-typed.docx"), "pdf", tmp)
        shutil.move(os.path.join(tmp, "gansu-typed.pdf"), os.path.join(OUT, "gansu-plan.pdf"))
        soffice(os.path.join(OUT, "shanghai-numbered.docx"), "docx:MS Word 2007 XML", tmp)
        shutil.move(os.path.join(tmp, "shanghai-numbered.docx"), os.path.join(OUT, "shanghai-numbered-lo.docx"))
        # Page 1 as a grey image: what a scanner gives, with no text layer.
        subprocess.run(["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", plan, os.path.join(tmp, "p")], check=True)
        pgm = [f for f in os.listdir(tmp) if f.endswith(".pgm")][0]
        image_pdf(os.path.join(tmp, pgm), os.path.join(OUT, "scanned-page.pdf"))
        # A short .doc (Word 97) for the refusal.
        short = [para(l) for l in lines(SHANGHAI)[:3]]
        src = os.path.join(tmp, "shanghai-short.docx")
        docx(src, "".join(short), header=False)
        soffice(src, "doc:MS Word 97", tmp)
        shutil.move(os.path.join(tmp, "shanghai-short.doc"), os.path.join(OUT, "shanghai-short.doc"))
        # The short text as a PDF that opens without a password (printing refused)
        # and as one that needs a password.
        soffice(src, "pdf", tmp)
        short_pdf = os.path.join(tmp, "shanghai-short.pdf")
        subprocess.run(["qpdf", "--static-id", "--encrypt", "", "owner-secret", "256", "--print=none", "--",
                        short_pdf, os.path.join(OUT, "shanghai-short-open.pdf")], check=True)
        subprocess.run(["qpdf", "--static-id", "--encrypt", "user-secret", "owner-secret", "256", "--",
                        short_pdf, os.path.join(OUT, "shanghai-short-locked.pdf")], check=True)


def image_pdf(pgm, out):
    with open(pgm, "rb") as f:
        data = f.read()
    magic, w, h, maxval, pixels = re.match(rb"(P5)\s+(\d+)\s+(\d+)\s+(\d+)\s(.*)", data, re.S).groups()
    w, h = int(w), int(h)
    stream = zlib.compress(pixels[:w * h], 9)
    pw, ph = 595, 842
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw} {ph}] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>".encode(),
        f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
    ]
    content = f"q {pw} 0 0 {ph} 0 0 cm /Im1 Do Q".encode()
    objs.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
    out_bytes = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out_bytes))
        out_bytes += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out_bytes)
    out_bytes += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets: out_bytes += f"{o:010d} 00000 n \n".encode()
    out_bytes += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(out, "wb") as f:
        f.write(out_bytes)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    shanghai_docx()
    gansu_docx()
    qingpu_table_docx()
    if "--no-libreoffice" not in sys.argv:
        pdfs()
    for name in sorted(os.listdir(OUT)):
        print(f"{os.path.getsize(os.path.join(OUT, name)):>8}  {name}")
