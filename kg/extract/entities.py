"""Find programs, projects, organizations and honors with patterns over jieba tokens."""

from __future__ import annotations

import re

from ..model import EntityMention, HonorMention, Report
from .measurements import _pos

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
HONOR_WORDS = re.compile(r"(?:示范|先进|模范|优秀|标兵|基地|城市|单位|称号|典型|品牌|试点|集体|个人|奖|区|县|市|校)[”\"）)]?$")
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
        for m in re.finditer(r"([\u4e00-\u9fff]{2,12}?)" + PROGRAM_HEADS, text):
            pass  # unquoted programs come with issue 4's lexicon; quoted ones above
    return found


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
                recipients = [r.strip(STRIP) for r in re.split(r"[、和及]", subject.group(1)) if r.strip(STRIP)]
            if not recipients:
                recipients = [""]
            for recipient in recipients:
                found.append(HonorMention(honor=honor, recipient=recipient,
                                          start=sentence.start + m.start(1), end=sentence.start + m.end(1),
                                          sentence=index))
    return found
