"""Readers: the same report as .txt, GB18030, UTF-16, .pdf, .docx and .html reads the same.

Every fixture is written by the test with a real writer (reportlab, python-docx), so nothing binary
is kept in the repository.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from kg.clean import clean_text
from kg.pipeline import process_document
from kg.read import document_from_bytes, read_document
from kg.readers import sniff_suffix
from kg.structure import structure_report

BASE = "https://w3id.org/govkg/id/"
RUNNING_HEADER = "乌鲁木齐市人民政府工作报告"

EXCERPT = """政府工作报告
——2024年1月17日在乌鲁木齐市第十七届人民代表大会第四次会议上
市长 牙合甫·排都拉
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。
2023年工作回顾
2023年，是全面贯彻党的二十大精神的开局之年。全年地区生产总值增长6.6%，一般公共预算收入完成257.35亿元、增长21.9%。
一、社会大局和谐稳定
用好新时代“枫桥经验”和“浦江经验”，落实领导干部下基层接访和包联化解信访案件机制，信访总量下降3.7%。“百姓说事云·书记直通车”线上线下联动解纷工作法，被评为全国新时代“枫桥经验”先进典型。
二、经济发展稳中有进
实施亿元以上项目362个，完成投资1280亿元；新增市场主体6.8万户，城镇新增就业5.2万人（含兵团），城镇调查失业率控制在5.5%以内。
2024年重点工作
今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；城镇新增就业4.5万人以上。
（一）始终把维护社会稳定摆在首位
坚持和发展新时代“枫桥经验”，推进信访工作法治化，让群众的烦心事、揪心事件件有着落。
"""


# ---- fixture writers ---------------------------------------------------------------------------


def write_pdf(path: Path, text: str, lines_per_page: int = 14, header: str = RUNNING_HEADER,
              encrypt: str | None = None) -> int:
    """A PDF with the built-in CJK font, lines wrapped at the margin, a running header and —N— footers."""
    from reportlab.lib import pdfencrypt
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font, size, width_pt = "STSong-Light", 12, 420
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            continue
        line = "\u3000\u3000"  # first-line indent, as typeset reports have
        for ch in paragraph.strip():
            if pdfmetrics.stringWidth(line + ch, font, size) > width_pt:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    options = {"encrypt": pdfencrypt.StandardEncryption(encrypt, canPrint=0)} if encrypt else {}
    pdf = canvas.Canvas(str(path), pagesize=A4, **options)
    width, height = A4
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    for number, page in enumerate(pages, 1):
        pdf.setFont(font, 9)
        pdf.drawCentredString(width / 2, height - 40, header)
        pdf.setFont(font, size)
        y = height - 70
        for line in page:
            pdf.drawString(50, y, line)
            y -= size * 1.6
        pdf.setFont(font, 10)
        pdf.drawCentredString(width / 2, 30, f"—{number}—")
        pdf.showPage()
    pdf.save()
    return len(pages)


def write_docx(path: Path, text: str, table: list[list[str]] | None = None) -> None:
    import docx

    document = docx.Document()
    for paragraph in text.split("\n"):
        if paragraph.strip():
            document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    document.save(str(path))


def report_page(text: str) -> str:
    """A government web page: navigation, breadcrumb, date line, share bar, related links, footer."""
    body = []
    for paragraph in (p.strip() for p in text.split("\n")):
        if not paragraph:
            continue
        if re.match(r"^(?:[一二三四五六七八九十]+、|\d{4}年\S{2,6}$)", paragraph):
            body.append(f"<h3>{html.escape(paragraph)}</h3>")
        else:
            body.append(f'<p style="text-indent:2em">{html.escape(paragraph)}</p>')
    nav = "".join(f'<li><a href="/{i}.html">{name}</a></li>' for i, name in enumerate(
        ["首页", "政务公开", "政务服务", "互动交流", "走进首府", "专题专栏", "政策文件", "政策解读"]))
    related = "".join(f'<li><a href="/news/{i}.html">{title}</a></li>' for i, title in enumerate(
        ["市政府召开常务会议研究部署近期重点工作", "关于做好2024年春节期间安全生产工作的通知",
         "我市举行新春招聘会提供岗位3200个", "乌鲁木齐市2023年国民经济和社会发展统计公报"]))
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2024年政府工作报告_乌鲁木齐市人民政府网</title></head>
<body>
<div class="header"><div class="logo">乌鲁木齐市人民政府</div><input placeholder="请输入关键词"><button>搜索</button>
<ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>
<div class="main"><div class="article">
<h1>2024年政府工作报告</h1>
<div class="info">发布时间：2024-01-22 10:30　来源：市政府办公厅　浏览次数：12034</div>
<div class="content" id="zoom">
{chr(10).join(body)}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="javascript:window.print()">【打印本页】</a></div>
</div>
<div class="sidebar"><h4>相关链接</h4><ul>{related}</ul></div></div>
<div class="footer"><p>主办单位：乌鲁木齐市人民政府办公厅　网站标识码：6501000001　新ICP备05000001号</p>
<p><a href="/sitemap">网站地图</a>　<a href="/contact">联系我们</a></p></div>
</body></html>"""


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---- one reader at a time ----------------------------------------------------------------------


def test_pdf_pages_lose_their_numbers_and_running_header_and_wrapped_lines_join(tmp_path):
    path = tmp_path / "report.pdf"
    assert write_pdf(path, EXCERPT) >= 2
    text = read_document(path).text
    assert RUNNING_HEADER not in text
    assert not re.search(r"—\d+—", text)
    assert text.splitlines() == [p.strip() for p in EXCERPT.splitlines() if p.strip()]


def test_pdf_keeps_the_middle_dot_of_names(tmp_path):
    write_pdf(tmp_path / "report.pdf", EXCERPT)
    report = structure_report(read_document(tmp_path / "report.pdf"))
    assert report.meta.speaker == "牙合甫·排都拉"


def test_docx_paragraphs_in_order_with_a_simple_table(tmp_path):
    write_docx(tmp_path / "report.docx", EXCERPT, table=[["指标", "增长"], ["地区生产总值", "6.6%"]])
    lines = read_document(tmp_path / "report.docx").text.splitlines()
    assert lines[:len(EXCERPT.splitlines())] == [p.strip() for p in EXCERPT.splitlines() if p.strip()]
    assert lines[-2:] == ["指标\u3000增长", "地区生产总值\u30006.6%"]


def test_html_main_text_without_the_site_navigation(tmp_path):
    (tmp_path / "report.html").write_text(report_page(EXCERPT), encoding="utf-8")
    text = read_document(tmp_path / "report.html").text
    assert text.splitlines() == [p.strip() for p in EXCERPT.splitlines() if p.strip()]
    for chrome in ("政务公开", "发布时间", "分享到", "网站标识码", "相关链接", "统计公报"):
        assert chrome not in text


def test_html_in_gbk_with_a_declared_charset(tmp_path):
    page = report_page(EXCERPT).replace('charset="utf-8"', 'charset="gbk"')
    (tmp_path / "report.htm").write_bytes(page.encode("gbk"))
    assert "牙合甫·排都拉" in read_document(tmp_path / "report.htm").text


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("utf-16-le", b""), ("gb18030", b""), ("gbk", b""),
])
def test_text_encodings_are_detected(tmp_path, encoding, bom):
    (tmp_path / "report.txt").write_bytes(bom + EXCERPT.encode(encoding))
    assert read_document(tmp_path / "report.txt").text == clean_text(EXCERPT)


def test_a_short_gb18030_text_is_not_mistaken_for_another_code_page(tmp_path):
    (tmp_path / "short.txt").write_bytes("各位代表：全年增长６．６％。".encode("gb18030"))
    assert read_document(tmp_path / "short.txt").text == "各位代表：全年增长6.6%。\n"


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".txt"])
def test_standard_input_format_is_sniffed_from_its_bytes(tmp_path, suffix):
    path = tmp_path / f"report{suffix}"
    {".pdf": lambda: write_pdf(path, EXCERPT), ".docx": lambda: write_docx(path, EXCERPT),
     ".html": lambda: path.write_text(report_page(EXCERPT), encoding="utf-8"),
     ".txt": lambda: path.write_bytes(EXCERPT.encode("gb18030"))}[suffix]()
    data = path.read_bytes()
    assert sniff_suffix(data) == suffix
    document = document_from_bytes(data, sniff_suffix(data), source="stdin" + suffix, path="-")
    assert squeeze(document.text) == squeeze(EXCERPT)


def test_folders_are_read_recursively(tmp_path):
    from kg.read import expand_inputs

    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(EXCERPT, encoding="utf-8")
    (tmp_path / "a" / "top.docx").write_bytes(b"")
    (tmp_path / "a" / "notes.xlsx").write_bytes(b"")
    found = expand_inputs([tmp_path / "a"])
    assert [p.name for p in found] == ["deep.txt", "top.docx"]


# ---- every format, the same report -------------------------------------------------------------


def _write_every_format(folder: Path) -> dict[str, Path]:
    paths = {
        "txt": folder / "report.txt",
        "gb18030": folder / "report-gb.txt",
        "utf16": folder / "report-u16.txt",
        "pdf": folder / "report.pdf",
        "docx": folder / "report.docx",
        "html": folder / "report.html",
    }
    paths["txt"].write_text(EXCERPT, encoding="utf-8")
    paths["gb18030"].write_bytes(EXCERPT.encode("gb18030"))
    paths["utf16"].write_bytes(EXCERPT.encode("utf-16"))
    write_pdf(paths["pdf"], EXCERPT)
    write_docx(paths["docx"], EXCERPT)
    paths["html"].write_text(report_page(EXCERPT), encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def every_format(tmp_path_factory):
    paths = _write_every_format(tmp_path_factory.mktemp("formats"))
    readings = {}
    for name, path in paths.items():
        document = read_document(path)
        report = structure_report(document)
        _iri, triples, summary = process_document(document, BASE)
        measurements = sorted(
            (str(s).rsplit("/", 1)[-1], str(o)) for s, p, o in triples if str(p).endswith("#surfaceText")
        )
        readings[name] = (report, measurements, summary)
    return readings


@pytest.mark.parametrize("name", ["gb18030", "utf16", "pdf", "docx", "html"])
def test_every_format_gives_the_same_sentences(every_format, name):
    expected = [squeeze(s.text) for s in every_format["txt"][0].sentences]
    assert [squeeze(s.text) for s in every_format[name][0].sentences] == expected


@pytest.mark.parametrize("name", ["gb18030", "utf16", "pdf", "docx", "html"])
def test_every_format_gives_the_same_measurements(every_format, name):
    expected = every_format["txt"][1]
    assert len(expected) >= 10
    assert every_format[name][1] == expected


@pytest.mark.parametrize("name", ["txt", "gb18030", "utf16", "pdf", "docx", "html"])
def test_every_format_gives_the_same_metadata_and_parts(every_format, name):
    report = every_format[name][0]
    meta = report.meta
    assert (meta.year, meta.review_year, meta.date) == (2024, 2023, "2024-01-17")
    assert (meta.speaker_title, meta.speaker) == ("市长", "牙合甫·排都拉")
    assert meta.meeting == "乌鲁木齐市第十七届人民代表大会第四次会议"
    assert [(s.heading, s.part) for s in report.sections] == [
        ("2023年工作回顾", "review"), ("一、社会大局和谐稳定", "review"), ("二、经济发展稳中有进", "review"),
        ("2024年重点工作", "plan"), ("（一）始终把维护社会稳定摆在首位", "plan"),
    ]
    assert every_format[name][2].region == "乌鲁木齐市"
