"""Find programs, projects, organizations and honors with patterns over jieba tokens."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..model import EntityMention, HonorMention, Report
from .tokens import pos as _pos

PROGRAM_HEADS = r"(?:改革|行动方案|三年行动|专项行动|行动|战略|攻坚战|机制|工程|模式|工作法|政策组合拳|政策)"
ORG_HEADS = ("集团", "公司", "大学", "学院", "中学", "小学", "幼儿园", "医院", "博物馆", "纪念馆", "图书馆",
             "联盟", "协会", "学会", "研究院", "研究所", "银行", "商会", "医疗集团", "教育集团")
PROJECT_HEADS = ("项目", "水库", "转运站", "污水处理厂", "酒店", "产业园", "广场", "长廊", "公园", "体育馆",
                 "音乐节", "博览会", "运动会", "亚运会", "大运会", "峰会", "论坛", "交易结算中心", "办公楼")
BUILD_VERBS = r"(?:开建|新建|建设|建成|改造|启动|开工|投用|竣工|实施|推进|完成|打造|签约|落地|举办|承办)"
QUOTED = re.compile(r"“([^“”]{2,20})”(" + PROGRAM_HEADS + r")?")
HONOR = re.compile(
    r"(?:被评为|被命名为|被确定为|被授予|荣获|获评|获得|获|创建为|成功创建|入选|评为)(?:为)?"
    r"((?:第[一二三四五六七八九十\d]+批|首批)?[“\"]?[\u4e00-\u9fff“”\"（）()·]{4,40}?[”\"]?)(?=[，,。；;、]|$|称号|荣誉)"
)
HONOR_WORDS = re.compile(r"(?:示范|先进|模范|优秀|标兵|基地|城市|单位|称号|典型|品牌|试点|集体|个人|奖|区|县|市|校|委员会|工作者|家庭|组织)[”\"）)]?$")
RECIPIENT = re.compile(r"([\u4e00-\u9fff“”·]{2,20}?(?:[、和及][\u4e00-\u9fff“”·]{2,20}?)*)(?:等\d*[个家所]?(?:单位)?)?$")
ORDINAL_PREFIX = re.compile(r"^(?:第[一二三四五六七八九十\d]+批|首批)")
STRIP = "“”\"‘’「」 、，,。"


def find_entities(report: Report) -> list[EntityMention]:
    found: list[EntityMention] = []
    for index, sentence in enumerate(report.sentences):
        text = sentence.text
        base = sentence.start
        for m in QUOTED.finditer(text):
            name = m.group(1) + (m.group(2) or "")
            if m.group(2) or _looks_like_program(m.group(1)):
                found.append(EntityMention("program", name, base + m.start(), base + m.end(), index))
        words = _pos(text)
        offset = 0
        spans: list[tuple[int, int]] = []
        for i, (word, _flag) in enumerate(words):
            start = offset
            offset += len(word)
            kind = _head_kind(word)
            if not kind:
                continue
            # extend left over nouns: 上海泰胜风能装备 + 公司
            j = i
            left = start
            while j > 0 and words[j - 1][1].startswith(("n", "ns", "nz", "nt", "j", "b", "vn", "eng", "m")) and start - left < 14:
                j -= 1
                left -= len(words[j][0])
            name = text[left:offset].strip(STRIP)
            if len(name) <= len(word) or len(name) < 3:
                continue
            if kind == "project" and not re.search(BUILD_VERBS, text[max(0, left - 8):left + 1]) and word not in ("项目",):
                continue
            if any(left < e and s < offset for s, e in spans):
                continue
            spans.append((left, offset))
            found.append(EntityMention(kind, name, base + left, base + offset, index))
        found.extend(_programs(text, base, index, spans))
    return _dedupe(found)


@cache
def _governing_verbs() -> re.Pattern:
    words = []
    with resources.files("kg.data").joinpath("governing_verbs.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                words.extend(line.split())
    return re.compile("|".join(sorted(set(words), key=len, reverse=True)))


@cache
def _program_lexicon() -> re.Pattern:
    with resources.files("kg.data").joinpath("programs.txt").open(encoding="utf-8") as fh:
        names = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


PROGRAM_NAME = re.compile(r"[“”\u4e00-\u9fff+]{1,18}?" + PROGRAM_HEADS + r"(?![\u4e00-\u9fff])")
GENERIC_PROGRAM = re.compile(r"^(?:各项|各类|重点|重大|一批|系列|相关|专项|这项|全面|深层次|一系列|多项|系统|综合|体制|领域|改革|行动|工程|机制|战略|政策)+$")


def _programs(text: str, base: int, index: int, taken: list[tuple[int, int]]) -> list[EntityMention]:
    """Programs: lexicon names, and `… 改革/行动/战略/攻坚战/工程/机制` right after a governing verb."""
    found = []
    for m in _program_lexicon().finditer(text):
        found.append(EntityMention("program", m.group(0), base + m.start(), base + m.end(), index))
    verbs = _governing_verbs()
    for m in PROGRAM_NAME.finditer(text):
        # the name starts after the last governing verb or punctuation before its head
        head_end = m.end()
        start = m.start()
        window_start = max(0, head_end - 20)
        window = text[window_start:head_end]
        cut = 0
        for v in verbs.finditer(window[: len(window) - 2]):
            cut = v.end()
        for p in re.finditer(r"[，,。；;：:、（(）)]", window):
            cut = max(cut, p.end())
        start = window_start + cut
        name = text[start:head_end].replace("“", "").replace("”", "").strip(STRIP)
        stem = re.sub(PROGRAM_HEADS + "$", "", name)
        if len(name) < 4 or not stem or GENERIC_PROGRAM.match(name) or len(stem) < 2:
            continue
        if any(start < e and s < head_end for s, e in taken):
            continue
        found.append(EntityMention("program", name, base + start, base + head_end, index))
    return found


def _dedupe(mentions: list[EntityMention]) -> list[EntityMention]:
    seen = set()
    out = []
    for m in mentions:
        key = (m.kind, m.name, m.sentence)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _strip_verbs(text: str) -> str:
    """Drop governing verbs before a name: 助力首府 -> 首府."""
    verbs = _governing_verbs()
    while True:
        m = verbs.match(text)
        if not m or m.end() >= len(text):
            return text
        text = text[m.end():]


def _looks_like_program(name: str) -> bool:
    return bool(re.search(PROGRAM_HEADS + r"$|一次办|跑一次|通办|一家亲|\+", name))


def _head_kind(word: str) -> str | None:
    if word.endswith(ORG_HEADS):
        return "organization"
    if word.endswith(PROJECT_HEADS):
        return "project"
    return None


def find_honors(report: Report) -> list[HonorMention]:
    found: list[HonorMention] = []
    for index, sentence in enumerate(report.sentences):
        text = sentence.text
        for m in HONOR.finditer(text):
            honor = ORDINAL_PREFIX.sub("", m.group(1)).strip(STRIP)
            if not HONOR_WORDS.search(honor) or len(honor) < 4:
                continue
            clause_start = 0
            for b in re.finditer(r"[，,。；;：:]", text[:m.start()]):
                clause_start = b.end()
            subject = RECIPIENT.search(text[clause_start:m.start()])
            recipients = []
            if subject and subject.group(1):
                recipients = [_strip_verbs(r.strip(STRIP)) for r in re.split(r"[、和及]", subject.group(1))]
                recipients = [r for r in recipients if len(r) >= 2]
            if not recipients:
                recipients = [""]
            for recipient in recipients:
                found.append(HonorMention(honor=honor, recipient=recipient,
                                          start=sentence.start + m.start(1), end=sentence.start + m.end(1),
                                          sentence=index))
    return found
