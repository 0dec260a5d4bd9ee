"""Property-based tests: random and hostile text never crashes the parsers, and offsets stay consistent."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.clean import clean_text
from kg.model import Document
from kg.numbers import find_quantities
from kg.structure import split_sentences, structure_report

# Characters these reports are made of, plus the ones that break naive parsers.
REPORT_ALPHABET = (
    "0123456789０１２３４５６７８９.．%％,，。；;：:、！？!?“”‘’（）()《》—–-－·\n \t\u3000"
    "一二三四五六七八九十百千万亿零两半分之点余多近超过以上左右增长下降提高个件项家人元亩平方米倍百分点年月日第"
    "地区生产总值全年实现预期目标区市县街道社区政府工作报告回顾"
)
report_text = st.text(alphabet=REPORT_ALPHABET, max_size=400)
any_text = st.text(max_size=300)
FUZZ = settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.one_of(report_text, any_text))
def test_quantities_index_their_surface(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.surface
        assert isinstance(q.value, Decimal) and q.value.is_finite()
        assert q.unit


@FUZZ
@given(st.one_of(report_text, any_text))
def test_sentences_are_slices_of_the_text(text):
    previous_end = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip(" \t\u3000\n")  # never an empty or blank sentence
        previous_end = end


@FUZZ
@given(st.one_of(report_text, any_text))
def test_cleaning_is_stable_and_never_fails(text):
    cleaned = clean_text(text)
    assert isinstance(cleaned, str)
    assert clean_text(cleaned) == cleaned


@FUZZ
@given(report_text)
def test_structure_offsets_are_consistent(text):
    cleaned = clean_text(text)
    report = structure_report(Document(source="fuzz.txt", text=cleaned))
    for sentence in report.sentences:
        assert cleaned[sentence.start:sentence.end] == sentence.text
    for section in report.sections:
        assert 0 <= section.start <= section.end <= len(cleaned)


def test_a_very_long_line_is_handled_quickly():
    import time

    text = "全年实现地区生产总值增长6.6%，" * 20000  # 340k characters, no line break
    started = time.perf_counter()
    quantities = find_quantities(text)
    spans = split_sentences(text)
    assert len(quantities) == 20000
    assert len(spans) == 1
    assert time.perf_counter() - started < 30
