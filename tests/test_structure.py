"""Structure: metadata of every shared report, headings at every level, parts, sentences and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.clean import clean_text
from kg.gazetteer import gazetteer
from kg.model import Document
from kg.read import read_document
from kg.resolve import find_region
from kg.structure import find_metadata, find_sections, split_sentences, structure_report

HERE = Path(__file__).resolve().parent
HEADERS = HERE / "fixtures" / "headers"  # the title blocks of ../shared/reports, copied
SHARED_REPORTS = HERE.parent.parent / "shared" / "reports"

# Read off each report's title block by hand: (region, year, review year, date, title, speaker, meeting).
EXPECTED = {
    "changji_2023.txt": ("昌吉回族自治州", 2023, 2022, "2023-01-06", "州长", "金之镇",
                         "昌吉回族自治州第十六届人民代表大会第二次会议"),
    "hami_2023.txt": ("哈密市", 2023, 2022, "2023-01-07", None, "吾拉木江·热依木",
                      "哈密市第二届人民代表大会第三次会议"),
    "karamay_2023.txt": ("克拉玛依市", 2023, 2022, "2023-01-06", "常务副市长", "钱志福",
                         "克拉玛依市第十五届人民代表大会第二次会议"),
    "national_2022.txt": ("中华人民共和国", 2022, 2021, "2022-03-05", "总理", "李克强",
                          "第十三届全国人民代表大会第五次会议"),
    "national_2023.txt": ("中华人民共和国", 2023, 2022, "2023-03-05", "总理", "李克强",
                          "第十四届全国人民代表大会第一次会议"),
    "national_2024.txt": ("中华人民共和国", 2024, 2023, "2024-03-05", "总理", "李强",
                          "第十四届全国人民代表大会第二次会议"),
    "shayibake_2024.txt": ("沙依巴克区", 2024, 2023, "2024-01-08", "区长", "海赛尔·沙比提",
                           "区第十八届人民代表大会第四次会议"),
    "urumqi_2023.txt": ("乌鲁木齐市", 2023, 2022, "2023-01-06", "市长", "买买提明·卡德",
                        "乌鲁木齐市第十七届人民代表大会第二次会议"),
    "urumqi_2024.txt": ("乌鲁木齐市", 2024, 2023, "2024-01-17", "市长", "牙合甫·排都拉",
                        "乌鲁木齐市第十七届人民代表大会第四次会议"),
    "urumqi_2025.txt": ("乌鲁木齐市", 2025, 2024, "2025-01-14", "市长", "牙合甫·排都拉",
                        "乌鲁木齐市第十七届人民代表大会第五次会议"),
}


def _check_metadata(path: Path) -> None:
    report = structure_report(read_document(path))
    meta = report.meta
    region, year, review_year, date, title, speaker, meeting = EXPECTED[path.name]
    assert (meta.year, meta.review_year, meta.date) == (year, review_year, date)
    assert (meta.speaker_title, meta.speaker, meta.meeting) == (title, speaker, meeting)
    assert meta.region == region
    division = find_region(report, gazetteer())
    assert division is not None and division.name == region


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_of_every_shared_report_from_its_title_block(name):
    _check_metadata(HEADERS / name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_of_every_shared_report_in_full(name):
    if not SHARED_REPORTS.is_dir():
        pytest.skip("../shared/reports is not beside this clone")
    _check_metadata(SHARED_REPORTS / name)


@pytest.mark.parametrize("header, expected", [
    ("——2022年1月23日在阜阳市第六届人民代表大会第一次会议上\n市人民政府市长 刘玉杰\n",
     {"speaker_title": "市长", "speaker": "刘玉杰", "region": "阜阳市", "date": "2022-01-23"}),
    ("——2018年1月5日在福州市第十五届人民代表大会第二次会议上\n福州市人民政府市长尤猛军\n",
     {"speaker_title": "市长", "speaker": "尤猛军"}),
    ("政府工作报告\n——2021年2月2日在昆明市第十四届人民代表大会第六次会议上\n代市长\n",
     {"speaker_title": "代市长", "speaker": None}),
    ("——二〇二二年一月十七日在广西壮族自治区第十三届人民代表大会第五次会议上\n",
     {"date": "2022-01-17", "year": 2022, "region": "广西壮族自治区",
      "meeting": "广西壮族自治区第十三届人民代表大会第五次会议"}),
    ("——2016年1月6日在市十五届人民代表大会第四次会议上\n市长 白金明\n",
     {"meeting": "市十五届人民代表大会第四次会议", "region": "蚌埠市"}),
    ("——2014年1月14日在鹰潭市第八届人民代表大会第四次会议上\n代市长 熊茂平\n",
     {"speaker_title": "代市长", "speaker": "熊茂平"}),
    ("——2026年1月22日在市十七届人大五次会议上\n市长:吴庆文\n",
     {"speaker_title": "市长", "speaker": "吴庆文", "meeting": "市十七届人大五次会议"}),
    ("政府工作报告\n——在河北省第十二届人民代表大会第四次会议上\n河北省人民政府省长 张庆伟\n（二〇一六年一月八日）\n",
     {"speaker_title": "省长", "speaker": "张庆伟", "date": "2016-01-08"}),
    ("宁波市市长 金德水\n2002年2月23日在宁波市\n第十一届人民代表大会第五次会议上\n",
     {"speaker_title": "市长", "speaker": "金德水", "meeting": "宁波市第十一届人民代表大会第五次会议"}),
    ("——2016年1月8日在连云港市第十四届人民代表大会第五次会议上\n市长项雪龙作政府工作报告\n",
     {"speaker_title": "市长", "speaker": "项雪龙"}),
])
def test_metadata_variants_of_title_blocks(header, expected):
    body = "各位代表：\n现在，我代表蚌埠市人民政府向大会报告工作，请予审议。\n"
    meta = find_metadata(clean_text(header + body))
    for key, value in expected.items():
        assert getattr(meta, key) == value, key


def test_years_come_from_the_body_when_the_title_block_lacks_them():
    text = clean_text("各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2023年工作回顾\n过去一年，全省经济回升向好。\n")
    meta = find_metadata(text)
    assert (meta.year, meta.review_year, meta.date) == (2024, 2023, None)


# ---- sections ----------------------------------------------------------------------------------

NESTED = """政府工作报告
——2024年1月8日在测试市第一届人民代表大会第一次会议上
各位代表：
2023年工作回顾
过去一年，全市经济平稳运行。
——经济总体回升向好。地区生产总值增长6.6%。
——民生保障有力有效。城镇新增就业1.2万人。
这些成绩来之不易。
一、社会大局和谐稳定
（一）安全生产巩固提升。安全生产形势持续稳定。
1. 应急管理
（1）开展应急演练
组织应急演练12次。
(二)社会治理深入推进
办结群众诉求1.02万件。
二、经济发展稳中有进
全年实现地区生产总值增长6.6%。
2024年重点工作
今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；城镇新增就业1.2万人以上。
——地区生产总值增长6.5%左右；
一、始终把维护社会稳定摆在首位
坚持和发展新时代“枫桥经验”。
各位代表，让我们携手奋进！
名词解释
1. 六稳：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期，增长6%。
2. 三保：保基本民生、保工资、保运转。
"""


def _tree(text: str) -> list[tuple[int, str, str, str | None]]:
    sections = find_sections(text, 2024)
    by_index = {s.index: s for s in sections}
    return [(s.level, s.heading, s.part, by_index[s.parent].heading if s.parent else None) for s in sections]


def test_headings_at_every_level_nest_with_their_parts():
    assert _tree(clean_text(NESTED)) == [
        (0, "2023年工作回顾", "review", None),
        (5, "经济总体回升向好", "review", "2023年工作回顾"),
        (5, "民生保障有力有效", "review", "2023年工作回顾"),
        (1, "一、社会大局和谐稳定", "review", "2023年工作回顾"),
        (2, "（一）安全生产巩固提升", "review", "一、社会大局和谐稳定"),
        (3, "1. 应急管理", "review", "（一）安全生产巩固提升"),
        (4, "（1）开展应急演练", "review", "1. 应急管理"),
        (2, "(二)社会治理深入推进", "review", "一、社会大局和谐稳定"),
        (1, "二、经济发展稳中有进", "review", "2023年工作回顾"),
        (0, "2024年重点工作", "plan", None),
        (1, "一、始终把维护社会稳定摆在首位", "plan", "2024年重点工作"),
        (0, "名词解释", "glossary", None),
        (3, "1. 六稳", "glossary", "名词解释"),
        (3, "2. 三保", "glossary", "名词解释"),
    ]


def test_a_lead_paragraph_heads_only_its_own_paragraph():
    report = structure_report(Document(source="t.txt", text=clean_text(NESTED)))
    section_of = {s.text: report.section(s.section).heading for s in report.sentences if s.section}
    assert section_of["地区生产总值增长6.6%。"] == "经济总体回升向好"
    assert section_of["这些成绩来之不易。"] == "2023年工作回顾"
    assert section_of["——地区生产总值增长6.5%左右；"] == "2024年重点工作"  # a list item, not a lead


def test_glossary_sentences_are_marked():
    report = structure_report(Document(source="t.txt", text=clean_text(NESTED)))
    parts = {s.text: report.section(s.section).part for s in report.sentences if s.section}
    assert parts["保基本民生、保工资、保运转。"] == "glossary"
    assert parts["各位代表，让我们携手奋进！"] == "plan"


def test_the_sample_heading_run_into_its_first_sentence_is_split():
    report = structure_report(read_document(HERE.parent / "kg" / "data" / "sample" / "shayibake_2024.txt"))
    headings = [s.heading for s in report.sections]
    assert "三、聚力提高发展质量,综合实力持续壮大" in headings
    assert "(一)稳定常态实现新巩固" in headings
    texts = [s.text for s in report.sentences]
    assert "全年实现地区生产总值增长6.6%;" in texts
    assert report.sections[0].heading == "2023年工作回顾" and report.sections[0].part == "review"


def test_numbering_that_restarts_without_part_headings_begins_the_plan():
    text = clean_text("各位代表：\n一、经济平稳较快发展\n增长8%。\n二、民生持续改善\n新增就业1万人。\n"
                      "2016年是开局之年。\n一、推动经济提质增效\n增长7%左右。\n二、保障和改善民生\n新增就业1万人以上。\n")
    assert [s.part for s in find_sections(text, 2016)] == ["review", "review", "plan", "plan"]


def test_bare_part_headings_of_the_corpus():
    text = clean_text("各位代表：\n“十二五”回顾和2015年的工作\n成绩显著。\n“十三五”目标任务和2016年的主要工作\n"
                      "增长7%。\n过去五年工作回顾\n今后五年的目标任务\n")
    assert [(s.heading, s.part) for s in find_sections(text, 2016)] == [
        ("“十二五”回顾和2015年的工作", "review"), ("“十三五”目标任务和2016年的主要工作", "plan"),
        ("过去五年工作回顾", "review"), ("今后五年的目标任务", "plan"),
    ]


# ---- sentences ---------------------------------------------------------------------------------


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentences_split_at_full_and_half_width_ends_and_paragraph_ends():
    assert _sentences("增长6.6%；完成3.5亿元。是吗？是!对;好?\n新段落") == [
        "增长6.6%；", "完成3.5亿元。", "是吗？", "是!", "对;", "好?", "新段落"]


def test_sentences_never_split_inside_quotes_or_brackets():
    text = "荣获“全国文明城市。全国卫生城市”称号，实施《方案（试行）。》等文件。下一句。"
    assert _sentences(text) == ["荣获“全国文明城市。全国卫生城市”称号，实施《方案（试行）。》等文件。", "下一句。"]


def test_an_unbalanced_quote_does_not_swallow_the_paragraph():
    text = "他说“" + "经济平稳运行。" * 40
    assert len(_sentences(text)) > 10


def test_a_closing_quote_after_the_full_stop_stays_with_its_sentence():
    assert _sentences("口号是“稳中求进。”下一句。") == ["口号是“稳中求进。”", "下一句。"]


@pytest.mark.parametrize("name", ["urumqi_2024.txt", "urumqi_2025.txt"])
def test_every_sentence_is_its_span_of_the_cleaned_text(name):
    document = read_document(HERE / "data" / name)
    report = structure_report(document)
    assert len(report.sentences) > 200
    for sentence in report.sentences:
        assert document.text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_top_level_parts_by_the_period_they_name():
    text = clean_text("省长 叶建春\n各位代表：\n现在，我代表江西省人民政府，向大会报告工作。\n"
                      "一、2025年工作及“十四五”时期发展回顾\n成绩显著。\n二、“十五五”时期发展的主要考虑\n"
                      "目标明确。\n三、2026年工作安排\n增长5%左右。\n")
    meta = find_metadata(text)
    assert (meta.year, meta.review_year) == (2026, 2025)
    assert [s.part for s in find_sections(text, meta.year)] == ["review", "plan", "plan"]


def test_a_numbered_heading_with_the_past_year_is_review_whatever_its_words():
    text = clean_text("各位代表：\n一、2022年主要工作和成效\n（一）统筹疫情防控有力有效\n二、2023年目标任务和重点工作\n")
    assert [s.part for s in find_sections(text, 2023)] == ["review", "review", "plan"]


def test_a_report_delivered_in_december_reviews_that_year():
    meta = find_metadata(clean_text("——2011年11月15日在兰州市第十五届人民代表大会第一次会议上\n兰州市市长  袁占亭\n"
                                    "各位代表：\n现在，我代表市人民政府向大会作工作报告。\n"))
    # ... and is the next year's report, as the corpus files it (兰州市/2012.txt).
    assert (meta.year, meta.review_year, meta.date) == (2012, 2011, "2011-11-15")
    assert (meta.speaker_title, meta.speaker, meta.region) == ("市长", "袁占亭", "兰州市")


def test_a_december_report_with_a_review_heading_is_the_next_years_report():
    meta = find_metadata(clean_text("——2022年12月11日在日喀则市第二届人民代表大会第三次会议上\n"
                                    "日喀则市人民政府代理市长 王方红\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
                                    "一、2022年工作回顾\n2022年，全市经济平稳运行。\n"))
    assert (meta.year, meta.review_year, meta.date) == (2023, 2022, "2022-12-11")
    assert (meta.speaker_title, meta.speaker) == ("代理市长", "王方红")


def test_an_autonomous_region_chairman_keeps_the_full_title():
    meta = find_metadata(clean_text("——2016年1月23日在内蒙古自治区第十二届人民代表大会第四次会议上\n"
                                    "自治区主席 巴特尔\n各位代表：\n"))
    assert (meta.speaker_title, meta.speaker, meta.region) == ("自治区主席", "巴特尔", "内蒙古自治区")


def test_a_text_that_starts_with_its_body_takes_its_years_from_the_review_heading():
    text = clean_text("一、2022年工作回顾\n2022年，全市经济平稳运行，地区生产总值增长4.5%。\n二、2023年工作安排\n增长6%。\n")
    meta = find_metadata(text)
    assert (meta.year, meta.review_year) == (2023, 2022)
    assert [s.part for s in find_sections(text, meta.year)] == ["review", "plan"]


@pytest.mark.parametrize("body, years", [
    ("一、2015年主要工作和“十二五”发展成就\n2015年是不平凡的一年。\n", (2016, 2015)),
    ("一、 2003 年政府工作回顾\n去年全市经济平稳。\n", (2004, 2003)),
    ("一、过去一年的工作回顾\n刚刚过去的2004年，是我省平稳较快发展的一年。\n", (2005, 2004)),
    ("一、过去一年工作的回顾\n2003年是极不平凡的一年。\n", (2004, 2003)),
])
def test_a_report_without_a_title_block_takes_its_years_from_the_reviews_first_heading_or_sentence(body, years):
    text = clean_text("各位代表：\n现在，我代表省人民政府向大会作工作报告，请予审议。\n" + body)
    meta = find_metadata(text)
    assert (meta.year, meta.review_year) == years


@pytest.mark.parametrize("body, years", [
    # shapes of corpus reports that open on five years (上海 2013, 大连 2013, 河南 2023, 陕西 2006)
    ("一、过去五年工作回顾\n五年来全市经济稳步发展。\n二、2013年工作的建议\n今年要稳中求进。\n", (2013, 2012)),
    ("一、过去五年工作回顾\n五年来成绩显著。\n三、2023年工作安排\n全省生产总值增长6%。\n", (2023, 2022)),
    ("一、“十五”时期回顾\n到2010年的主要预期目标是：生产总值年均增长11%。\n2006年的主要任务是：推进改革。\n"
     "2006年经济社会发展的主要预期目标是：增长12%。\n", (2006, 2005)),
    ("一、过去五年回顾\n胜利完成了省八届人大确定的1993年的工作任务。\n1994年的主要任务是：发展经济。\n", (1994, 1993)),
])
def test_a_report_that_opens_on_five_years_takes_its_year_from_the_plan_part(body, years):
    text = clean_text("各位代表：\n现在，我代表省人民政府向大会作工作报告，请予审议。\n" + body)
    meta = find_metadata(text)
    assert (meta.year, meta.review_year) == years


def _split_step_by_step(text: str, breaks: list[int]) -> list[tuple[int, int]]:
    """The per-character loop split_sentences replaced (it now jumps between the characters it acts on)."""
    from kg.structure import CLOSERS, MAX_QUOTE, OPENERS, SENTENCE_ENDS, _add_span, _closes_quotes

    cut_points, spans, depth, opened_at, start, i, n = set(breaks), [], 0, 0, 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPENERS:
            if depth == 0:
                opened_at = i
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
        if ch == "\n":
            depth = 0
            _add_span(text, start, i, spans)
            start = i + 1
        elif i in cut_points and i > start:
            _add_span(text, start, i, spans)
            start = i
        elif ch in SENTENCE_ENDS and depth and _closes_quotes(text, i + 1, depth):
            j = _closes_quotes(text, i + 1, depth)
            depth = 0
            _add_span(text, start, j, spans)
            start = i = j
            continue
        elif ch in SENTENCE_ENDS and (depth == 0 or i - opened_at > MAX_QUOTE):
            depth = 0
            j = i + 1
            while j < n and text[j] in SENTENCE_ENDS + "”’」』":
                j += 1
            _add_span(text, start, j, spans)
            start = i = j
            continue
        i += 1
    _add_span(text, start, n, spans)
    return spans


def test_sentence_spans_equal_the_step_by_step_split_with_breaks_anywhere():
    import random

    rng = random.Random(7)
    texts = [(HERE.parent / "kg" / "data" / "sample" / "shayibake_2024.txt").read_text(encoding="utf-8"),
             "荣获“全国文明城市。”称号。（一）加快发展！“稳中求进。”\n\n  第二段；好?" * 3,
             "“未闭合的引号。" + "很长的一句话，" * 40 + "。结束。"]
    for text in texts:
        sections = find_sections(text)
        structural = sorted({s.start for s in sections} | {s.end for s in sections})
        for breaks in (structural, [], [0, 1, len(text), len(text) + 3],
                       sorted(rng.sample(range(len(text)), min(60, len(text))))):
            assert split_sentences(text, breaks) == _split_step_by_step(text, breaks)
