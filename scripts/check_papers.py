"""Opens each of the cell's other papers and the committee's report the way an office library
does (python-docx) and checks what their readers see: the header table with the issuer and
its number, the title, the page, and the foot with "Nơi nhận:" and the signature for the body.

Usage: /usr/bin/python3 scripts/check_papers.py KIND=FILE.docx...
KIND is plan, notice, extract or report. Exits 1 with the first problem found.
"""

import sys

import docx
from docx.shared import Mm, Pt

# What each paper's header, title and signature read.
PAPERS = {
    "plan": ("-KH/CB", "KẾ HOẠCH", "T/M CHI BỘ\nBÍ THƯ", False),
    "notice": ("-TB/CB", "THÔNG BÁO", "T/M CHI BỘ\nBÍ THƯ", False),
    "extract": ("-BB/CB", "TRÍCH BIÊN BẢN", "T/M CHI BỘ\nBÍ THƯ", False),
    "report": ("-BC/ĐU", "BÁO CÁO", "T/M ĐẢNG ỦY\nBÍ THƯ", True),
}


def fail(message):
    print(f"check_papers: {message}", file=sys.stderr)
    sys.exit(1)


def check(kind, path):
    code, title_text, role, landscape = PAPERS[kind]
    document = docx.Document(path)
    header = document.tables[0]
    left = [p.text for p in header.cell(0, 0).paragraphs if p.text]
    right = [p.text for p in header.cell(0, 1).paragraphs if p.text]
    if "*" not in left or not any(line.startswith("Số") and line.endswith(code) for line in left):
        fail(f"{path}: the header's left column reads {left}")
    if not right or right[0] != "ĐẢNG CỘNG SẢN VIỆT NAM":
        fail(f"{path}: the header's right column reads {right}")
    title = next((p for p in document.paragraphs if p.text == title_text), None)
    if title is None or not title.runs[0].bold or title.runs[0].font.size != Pt(16):
        fail(f"{path}: no {title_text} title in 16 pt bold")
    section = document.sections[0]
    width, height = sorted([section.page_width, section.page_height])
    if abs(width - Mm(210)) > Mm(1) or abs(height - Mm(297)) > Mm(1):
        fail(f"{path}: the page is not A4")
    if (section.page_width > section.page_height) != landscape:
        fail(f"{path}: the page is {'not ' if landscape else ''}turned")
    foot = document.tables[-1]
    received = [p.text for p in foot.cell(0, 0).paragraphs if p.text]
    signed = [p.text for p in foot.cell(0, 1).paragraphs if p.text]
    if not received or received[0] != "Nơi nhận:" or not received[-1].startswith("- Lưu"):
        fail(f"{path}: the recipients read {received}")
    if not signed or signed[0] != role or len(signed) < 3:
        fail(f"{path}: the signature reads {signed}")
    print(f"check_papers: {path} reads as its layout asks ({kind})")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        fail("usage: check_papers.py KIND=FILE.docx...")
    for argument in sys.argv[1:]:
        kind, _, path = argument.partition("=")
        if kind not in PAPERS:
            fail(f"unknown paper {kind!r}")
        check(kind, path)
