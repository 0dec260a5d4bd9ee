"""Round 20b (projCC, projects): frames not read as project triggers (dev22's projects cause 3)."""

from __future__ import annotations

import re

from .patterns import TIME_LEAD
from .round18b_projects import START_NOT, _works_name
from .round19_projects import PUSH_NOT, _named_works
from .sentence import _clean, _Sentence
from .stems import common_word, pos

# Fix 1: a clause that is only a push verb and one named works or project, without round 19's closing 建设
# (加快推进中韩石化炼化一体项目, 加快建设科瑞德原料药项目, 实施沱二桥至沱三桥绿道照明项目, 加快推进天河-张公湖连接工程项目,
# 加快实施市儿童福利院迁建项目, 加快推进两河片区至一号台地联通工程): round 19's _pushed_works reads the same works only when
# 建设 closes the clause (推进群力堤防工程建设), so `加快X项目建设` is read and `加快推进X项目` / `加快建设X项目` are not. On 200
# random corpus reports (seed 2013, eval/corpus_samples/entM/round20b_triggers/README.md) such clauses with a named works
# unread are in ≥ 10 reports. The works test is round 19's (round 18b's _works_name: one item, no count, kind, zone,
# platform, company; _named_works: a figure, a way, a proper word that is no kind; PUSH_NOT: 重点, 重大, 示范, 试点, 一批 …).
# 实施 is a lead only before 项目: 实施…工程 names a program (实施文化惠民工程, 实施“三名”工程), and quoted names are left out.
PUSH_ONLY = re.compile(rf"(?:[一二三四五六七八九十]是)?(?:{TIME_LEAD})?(?:继续|全力|加快|大力|积极|扎实|全面|有序|着力|持续|加紧|强力|稳步|深入)*"
                       r"(?:(?P<lead>推进|推动|加快|抓好|加紧|抓紧|建设|实施)(?:推进|推动|实施|建设)?|(?P<lead2>实施))"
                       r"(?P<name>[^、，,；;。：:“”‘’《》和及与等的]{3,30}?(?P<kind>工程|项目))$")
# a zone's, a loan's or a campaign's project, not one works (世行贷款采煤沉陷区项目, 长征国家文化公园黔东南建设区项目,
# 中印国际医药合作产业园项目); a works named by a verb of policy (整县推进, 巩固提升, 扶贫) is a program; first run on the 200
# (seed 2013): 闽台乡建乡创合作提升项目, 张家口绿化工程, 南疆四地州煤改电居民电供暖改造（一期）工程 (households),
# 流失海外敦煌文物数字化复原项目, 中韩石化布局高端化工材料项目 (a company's verb inside)
# A fresh 200 (seed 2113): 741宗工业技改投资项目 (a count), 河湖水系沟通工程 and 河湖连通工程 (kinds), 工船养殖三文鱼项目 and
# 黄牛改良项目 (farming programmes), 高端化旅游项目 and 电子商务拓市场工程 (named only by a word jieba tags nr: see _proper_works);
# dev13: 科技型新兴产业项目 (a sector's projects: 新兴产业 is tagged nt).
ONLY_NOT = re.compile(r"(?:[区园城镇带圈]|基地|片区)(?:工程|项目)$|贷款|整县|推进|巩固|扶贫|帮扶|培育|攻坚|行动|创建|"
                      r"提质|提升(?:工程|项目)$|惠民|便民|利民|富民|安居|民生|合作|布局|绿化|美化|亮化|居民|农户|数字化|信息化|"
                      r"^[0-9０-９]|^(?:河湖|水系|城乡|城市|农村|中心城区|市区|全市|全省|全区)|养殖|种植|育种|改良|"
                      r"新兴|科技型|战略性|高新技术|高端")
# the proper word that names the works: a place, an institution, a brand or an abbreviation jieba knows (沱, 天河, 渝, 福利院,
# 石化, 南水北调, 瑞德 of 科瑞德) — not a bare nr tag, which jieba gives to common words it does not know (高端化, 黄牛, 拓)
NAME_FLAGS = frozenset(("ns", "nt", "nz", "j", "nrt", "nrfg"))


def _proper_works(name: str) -> bool:
    return any(flag in NAME_FLAGS and not common_word(word) for word, flag in pos(name)[:-1])


# Fix 2: the same frame, where a program rule has read the named works as a program because 工程 ends it (推进渝西水资源配置工程,
# 加快推进陇电入浙工程, 推进秦皇岛港西港东迁工程, 推进澳门珠海水资源保障工程, 加紧建设温潮减河工程 → a program
# 加紧建设温潮减河工程 with its verb): on seed 2013's 200 such named works read as programs are in ≥ 10 reports (README). When the
# one thing read there is a program ending where the works ends, and the works passes fix 1's tests (a named works, no
# campaign or kind: 人才兴冀工程, 公民道德建设工程 stay programs), it is read as the project instead (the official gold: a
# specific, bounded undertaking with a place or a named object is a project; a program keeps 工程 only as a campaign's head).
# a program's name is taken for a works only when it names a water, power or transport facility (渝西水资源配置, 陇电入浙,
# 秦皇岛港西港东迁, 黄河大荔雨林控导): 人才兴冀工程 names none; 安澜 (海塘安澜工程) names a flood-safety campaign
# (电 only as power sent or a power plant: not 电子商务拓市场工程 of a fresh 200)
WORKS_WORD = re.compile(r"[河江湖海港桥渠堤闸坝]|路|隧道|铁路|高速|水库|水资源|引水|调水|供水|输水|配水|管网|管道|机场|码头|控导|航道|枢纽|"
                        r"电入|输电|输变电|电网|电站|电厂|气入|输气")
WORKS_NOT = re.compile(r"人才|安澜|科教|兴[省市县区州]?工程$|强[省市县区州]?工程$")


def _program_read(s: _Sentence, a: int, b: int) -> list | None:
    """The programs read over the works (ending where it ends), or None when anything else is read there."""
    inside = [f for f in s.found if f.start < b and a < f.end]
    if inside and all(f.kind == "program" and f.end == b and f.start <= a for f in inside):
        return inside
    return None if inside else []


def _pushed_only(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        if not s.masked.endswith(("工程", "项目"), cs, ce):
            continue
        m = PUSH_ONLY.fullmatch(s.masked, cs, ce)
        if m is None or m.group("kind") == "工程" and "实施" in s.masked[cs:m.start("name")]:
            continue  # 实施…工程: a program
        a, b = m.span("name")
        programs = _program_read(s, a, b)
        if programs is None:
            continue  # a name already read
        raw = s.text[a:b]
        name = _clean(raw)
        if name != raw or START_NOT.search(name) or PUSH_NOT.search(name) or ONLY_NOT.search(name):
            continue
        name = _works_name(name, False, "建设")
        if name and _named_works(name) and _proper_works(name) \
                and len(pos(re.sub(r"(?:工程|项目)$", "", name))) > 1:  # 环城公路: one word, a kind
            if programs and (not WORKS_WORD.search(name) or WORKS_NOT.search(name)):
                continue  # a program's name that names no facility
            for f in programs:
                s.found.remove(f)
            s.add("project", a, a + len(name), 3, name)


def round20b_triggers(s: _Sentence) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if "工程" in s.masked or "项目" in s.masked:
        _pushed_only(s)
