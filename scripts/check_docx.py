"""Opens the minutes' .docx the way an office library does (python-docx) and checks what a
committee sees: the header table, the title, the page set-up, the document properties.

Usage: /usr/bin/python3 scripts/check_docx.py MINUTES.docx
Exits 1 with the first problem found, 0 when the document reads as expected.
"""

import sys

import docx
from docx.shared import Mm, Pt


def fail(message):
    print(f"check_docx: {message}", file=sys.stderr)
    sys.exit(1)


def main(path):
    document = docx.Document(path)
    if not document.tables:
        fail("no header table")
    header = document.tables[0]
    left = [p.text for p in header.cell(0, 0).paragraphs]
    right = [p.text for p in header.cell(0, 1).paragraphs]
    if left[:3] != ["ĐẢNG BỘ TRƯỜNG CHÍNH TRỊ\nTHÀNH PHỐ", "CHI BỘ\nKHOA XÂY DỰNG ĐẢNG", "*"]:
        fail(f"left column of the header reads {left}")
    if right != ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Nẵng, ngày 12 tháng 6 năm 2020"]:
        fail(f"right column of the header reads {right}")
    nation = header.cell(0, 1).paragraphs[0].runs[0]
    if not (nation.bold and nation.underline and nation.font.size == Pt(15)):
        fail("ĐẢNG CỘNG SẢN VIỆT NAM is not 15 pt bold with a line under it")
    title = next((p for p in document.paragraphs if p.text == "BIÊN BẢN"), None)
    if title is None or not title.runs[0].bold or title.runs[0].font.size != Pt(16):
        fail("no BIÊN BẢN title in 16 pt bold")
    section = document.sections[0]
    if abs(section.page_width - Mm(210)) > Mm(1) or abs(section.page_height - Mm(297)) > Mm(1):
        fail("the page is not A4")
    if not (Mm(29.9) <= section.left_margin <= Mm(35.1) and Mm(14.9) <= section.right_margin <= Mm(20.1)):
        fail("left or right margin outside the rules")
    if not section.different_first_page_header_footer:
        fail("page 1 does not have its own header")
    if "PAGE" not in section.header._element.xml:
        fail("no page number in the header of pages 2 on")
    properties = document.core_properties
    if properties.author != "Võ Thị Ngọc Ánh" or not properties.title.startswith("BIÊN BẢN"):
        fail(f"document properties read {properties.title!r} by {properties.author!r}")
    text = "\n".join(p.text for p in document.paragraphs)
    for expected in ["THƯ KÝ", "CHỦ TRÌ", "Tổng số đảng viên của chi bộ: 8 đồng chí", "Biên bản đã được đọc lại"]:
        if expected not in text and not any(expected in cell.text for t in document.tables for row in t.rows for cell in row.cells):
            fail(f"{expected!r} not found")
    print(f"check_docx: {path} reads as the minutes should")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        fail("usage: check_docx.py MINUTES.docx")
    main(sys.argv[1])
