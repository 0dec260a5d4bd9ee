"""Cleaning: page markers, running headers and footers, hard line breaks, 1:1 character normalization."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.clean import clean_text, display_width, normalize_characters, typical_width

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("marker", ["—3—", "— 3 —", "- 3 -", "－3－", "第3页", "第 3 页", "·3·", "3/10",
                                    "第3页 共10页", "第3页，共10页", "  —12—  "])
def test_page_marker_alone_on_a_line_is_removed_and_the_cut_sentence_joined(marker):
    text = ("各位代表：\n全年地区生产总值增长6.6%，一般公共预算收入增长39%，社会消费品零售总额增长17%，"
            "固定资产投资增长4.2%，规模以上工业实现\n" + marker + "\n增加值增长8.5%。\n")
    assert clean_text(text) == ("各位代表：\n全年地区生产总值增长6.6%，一般公共预算收入增长39%，社会消费品零售总额增长17%，"
                                "固定资产投资增长4.2%，规模以上工业实现增加值增长8.5%。\n")


def test_page_marker_at_a_line_start_cuts_a_word_in_two():
    # The sample's PDF text: one line per page, each starting with its page number.
    text = ("—1—2023年是全区上下坚定信心、笃行不怠，奋力推进经济社会高质量发展的重要一年。在市委、市政府和区委的坚强领导下，"
            "区政府全面贯彻落实党的二十大精神，经济社会高\n—2—质量发展迈出坚实步伐。\n")
    assert clean_text(text).endswith("经济社会高质量发展迈出坚实步伐。\n")
    assert "—" not in clean_text(text)


def test_page_marker_at_a_line_end_is_removed():
    assert clean_text("各位代表，让我们携手奋进。 —12—\n下一页。\n") == "各位代表，让我们携手奋进。\n下一页。\n"


def test_a_fraction_in_a_sentence_is_not_a_page_marker():
    text = "全市1/3以上的街道完成改造。\n城区3/4的道路完成提升。\n"
    assert clean_text(text) == text


def test_year_ranges_are_not_page_markers():
    text = "实施《规划（2021—2025年）》。\n2021—2025年完成改造。\n"
    assert clean_text(text) == text


def test_a_page_ending_in_a_heading_is_not_joined_to_the_next_page():
    text = "二、2024年重点工作\n—5—\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。\n"
    assert clean_text(text).splitlines() == ["二、2024年重点工作", "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。"]


def test_running_headers_and_footers_repeated_across_pages_are_removed():
    pages = []
    body = ["各位代表：现在，我代表市人民政府向大会报告工作。", "一、2023年工作回顾", "全年经济平稳运行。",
            "二、2024年工作安排", "全年预期增长6%左右。", "三、加强政府自身建设"]
    for number, line in enumerate(body, 1):
        pages.append(f"乌鲁木齐市人民政府工作报告\n{line}\n第{number}页 共{len(body)}页")
    cleaned = clean_text("\f".join(pages))
    assert cleaned.splitlines() == body


def test_a_bare_page_number_at_the_edge_of_a_page_is_removed():
    pages = ["各位代表：现在报告工作。\n1", "2\n一、2023年工作回顾\n全年经济平稳运行。\n2"]
    assert clean_text("\f".join(pages)).splitlines() == ["各位代表：现在报告工作。", "一、2023年工作回顾", "全年经济平稳运行。"]


def test_a_title_repeated_on_only_a_few_pages_is_kept():
    pages = [f"第{i}部分的正文在这里继续，写满整整一行的文字。" for i in range(6)]
    pages[0] = "政府工作报告\n" + pages[0]
    cleaned = clean_text("\f".join(pages))
    assert cleaned.startswith("政府工作报告\n")


PARAGRAPHS = [
    "各位代表：现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员和其他列席人员提出意见。",
    "一、2023年工作回顾",
    "2023年，是全面贯彻党的二十大精神的开局之年。市人民政府坚持以习近平新时代中国特色社会主义思想为指导，"
    "全面贯彻落实党的二十大精神，贯彻落实习近平总书记视察新疆重要讲话精神，经济社会发展取得来之不易的显著成绩。",
    "（一）社会大局和谐稳定",
    "用好新时代“枫桥经验”和“浦江经验”，落实领导干部下基层接访和包联化解信访案件机制，信访总量下降3.7%。",
    "（二）经济发展稳中有进",
    "实施亿元以上项目362个，完成投资1280亿元；新增市场主体6.8万户，城镇新增就业5.2万人，城镇调查失业率控制在5.5%以内。",
]


def wrap(paragraphs: list[str], columns: int = 56) -> str:
    """Text as a PDF prints it: two-space indent, lines broken at the right margin."""
    lines = []
    for paragraph in paragraphs:
        line = "\u3000\u3000"
        for ch in paragraph:
            if display_width(line + ch) > columns:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    return "\n".join(lines) + "\n"


def test_wrapped_lines_are_joined_and_headings_stay_on_their_own_lines():
    wrapped = wrap(PARAGRAPHS)
    assert len(wrapped.splitlines()) > len(PARAGRAPHS) + 4
    assert typical_width(wrapped.splitlines()) is not None
    assert clean_text(wrapped).splitlines() == PARAGRAPHS


def test_wrapped_lines_without_indentation_are_joined_too():
    wrapped = wrap(PARAGRAPHS).replace("\u3000", "")
    assert clean_text(wrapped).splitlines() == PARAGRAPHS


def test_wrapped_pages_join_across_the_page_break():
    lines = wrap(PARAGRAPHS).splitlines()
    pages = ["\n".join(lines[:5]) + "\n—1—", "\n".join(lines[5:]) + "\n—2—"]
    assert clean_text("\n".join(pages)).splitlines() == PARAGRAPHS


def test_latin_words_broken_by_a_wrap_get_their_space_back():
    text = ("\u3000\u3000推动人工智能与实体经济融合，建设国家级new\nenergy示范基地和零碳产业园区，加快培育壮大\n"
            "战略性新兴产业集群和数字经济核心产业，全面提升创新能力和水平，打造\n创新高地。\n") * 2
    cleaned = clean_text(text)
    assert "new energy" in cleaned
    assert "加快培育壮大战略性新兴产业" in cleaned


@pytest.mark.parametrize("name", ["urumqi_2023.txt", "urumqi_2024.txt", "urumqi_2025.txt"])
def test_one_paragraph_per_line_is_never_merged(name):
    text = (DATA / name).read_text(encoding="utf-8")
    assert typical_width(text.splitlines()) is None
    expected = [normalize_characters(line).strip() for line in text.splitlines() if line.strip()]
    assert clean_text(text).splitlines() == expected


def test_character_normalization_keeps_every_offset():
    text = "全年增长６．６％，ＧＤＰ达到１２３亿元；吾拉木江•热依木\u2002市长\xa0；１．六稳：（一）"
    normalized = normalize_characters(text)
    assert len(normalized) == len(text)
    assert normalized == "全年增长6.6%，GDP达到123亿元；吾拉木江·热依木 市长 ；1．六稳：（一）"


def test_line_ends_controls_and_bom_are_cleaned():
    assert clean_text("\ufeff各位代表：\r\n现在报告工作。\x07\r\n\r\n\u200b") == "各位代表：\n现在报告工作。\n"


def test_empty_text_cleans_to_empty():
    assert clean_text("") == "" and clean_text("\n \n\u3000\n") == ""
