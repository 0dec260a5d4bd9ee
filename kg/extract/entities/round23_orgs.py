"""Round 23 (orgGA, organizations): a named college or university read as a project where the text speaks of the school as an
institution — its running, standing, teaching or partners — and not of a building being put up.

The project rules read a school's name after 推进/推动/加快/办好 as a works (办好长沙文化科技大学, 推动五邑大学、华立学院共建海洋学院,
推动黑龙江工业学院、黑龙江技师学院与城市发展深度融合, 加快宁夏理工学院发展, 推进省部共建延边大学, 积极推动吉安职业技术学院“双高”建设,
提升闽江学院办学水平, 推动州技师学院独立办学). The golds list a named school as an organization (official gold: 新疆大学,
乌鲁木齐职业大学; about 90 school names over the dev sets) and as a project only when it is being built or put into use
(启动西安卫生健康职业学院建设, 推动贵州民用航空职业学院加快建设, 确保汉江技师学院…投用); the misses of dev16 (推进宁波大学一流学科高校…建设),
dev18 (办好汕头职业技术学院) and dev24 (培黎职业学院建成招生) are this shape. Counted on 200 random corpus reports (seed 2305,
eval/corpus_samples/orgL/round23_orgGA/): see the notes' README.

Now a project find that is a school's name (…大学, …学院, …职院, …高专, no campus, branch or phase in it) becomes an
organization when, after it and the other schools of its list (、 和 及 与), the text goes on with the school's running
(办学, 发展, 招生, 升本, 更名, 转设, 一流/高水平/“双一流”/“双高”…建设, 与…融合/合作, 共建…学院), or when an institution verb
stands before it (办好, 提升, 省部共建, 依托) and no building word follows (建设, 新校区, 迁建, 搬迁, 开工, 投用…).
"""

from __future__ import annotations

import re

from .patterns import _Found

SCHOOL = re.compile(r"(?:大学|学院|职院|高专|师院|师专|医专|幼专)$")
# a campus, a branch, a phase or a building of a school is a works (内蒙古工业大学新能源学院 is a college being built: its frame decides)
NOT_SCHOOL = re.compile(r"校区|分校|分院|附属|附中|附小|[一二三四五六七八九]期|项目|工程|实训|基地|中心|大楼|园|城|"
                        r"^(?:老年|老干部|社区|开放|网络|空中|电商|旅游)?(?:大学|学院)$|老年大学|老干部大学")
# the text after the last school of the list: the school as an institution
INSTITUTION_AFTER = re.compile(
    r"(?:“[^”]{1,15}”|‘[^’]{1,15}’)(?:建设|创建|计划|高校|院校|学校)|"
    r"(?:独立)?办学|发展(?!中心|基地|区)|招生|建成(?:并)?招生|(?:联合)?升本|经[^，。；]{1,8}?(?:批复|批准)(?:设立|成立|更名)|升格|升为|转设|更名|合并|进入|入选|获批(?!建设)|获评|"
    r"(?:建设|建成|创建|争创|打造)(?:成为|成)?(?:高水平|一流|世界一流|国内一流|特色|应用型|国家|省级|省|全国|中国特色)|"
    r"一流|双一流|高水平|内涵|学科|博士|硕士|与[^，。；、]{1,20}?(?:融合|合作|共建|对接)|共建[^，。；]{0,12}?学院")
# a building word after the school: a works (推进宁夏理工学院新校区建设 is cut before; 支持文山学院搬迁)
BUILDING_AFTER = re.compile(r"(?:（[^）]{0,8}）)?(?:建设|新校区|校区|迁建|搬迁|整体搬迁|异地搬迁|扩建|改扩建|新建|建成|开工|动工|"
                            r"竣工|完工|投用|投入使用|项目|工程|[一二三四]期|主体|封顶|落地|开建|筹建)")
INSTITUTION_BEFORE = re.compile(r"(?:办好|办强|办精|提升|提高|依托|省部共建|部省合建|省校共建|省市共建|市校共建)$")
JOIN = re.compile(r"[、和及与]")


def round23_orgs(found: list[_Found], text: str) -> list[_Found]:
    """A school read as a project in a frame of its running is an organization (see above)."""
    if "学院" not in text and "大学" not in text and "职院" not in text and "高专" not in text:
        return found  # the cheap test first: it is called for every sentence
    schools = sorted((f for f in found if f.kind == "project" and SCHOOL.search(f.name) and len(f.name) >= 4
                      and not NOT_SCHOOL.search(f.name) and text[f.start:f.end].endswith(f.name[-2:])),
                     key=lambda f: f.start)
    if not schools:
        return found
    # runs of schools joined by 、 和 及 与 (五邑大学、华立学院共建海洋学院): the frame is after the last, before the first
    runs: list[list[_Found]] = []
    for f in schools:
        if runs and JOIN.fullmatch(text[runs[-1][-1].end:f.start] or "x"):
            runs[-1].append(f)
        else:
            runs.append([f])
    change: set[_Found] = set()
    for run in runs:
        after = text[run[-1].end:run[-1].end + 30]
        before = text[max(0, run[0].start - 6):run[0].start]
        if INSTITUTION_AFTER.match(after) or INSTITUTION_BEFORE.search(before) and not BUILDING_AFTER.match(after):
            change.update(run)
    if not change:
        return found
    return [_Found("organization", f.name, f.start, f.end, f.rank) if f in change else f for f in found]


# fix 1b: a school's name that nothing found, followed by the frame of its running (加快中医药高专升本进程 is left: a kind's
# words only; 推进重庆大学“985工程”建设, 支持荆楚理工学院发展成为高水平应用型大学, 河套学院升本成功)
# the part before the head is only a kind's words (职业技术学院, 高水平大学, 中医药高专): no name
KIND_ONLY = re.compile(r"^(?:(?:省|市|州|县|区|国家|地方)?(?:属|级|重点|示范性|骨干)?(?:高水平|一流|世界一流|特色|应用型|研究型|综合性|"
                       r"职业技术|职业|技术|技师|技工|高等|高级|师范|医学|医科|中医药|中医|理工|工业|工程|农业|农林|财经|艺术|民族|"
                       r"干部|老年|老干部|社区|开放|网络|电商|旅游|产业|现代产业|特色产业|创业|二级|独立|民办|公办|本科|高职|专科|"
                       r"幼儿师范|卫生|护理|体育|音乐|美术|外国语|商|科技|文理|城市|信息|交通|建筑|经济|管理|政法|警察|海洋|航空)+)"
                       r"(?:大学|学院|职院|高专)$")
NAME_KIND = re.compile(r"[0-9０-９一二三四五六七八九十两几多百千万所家个批]|各类|一批|若干|等|的|和|及|与|或|、|高校|院校")


def round23_unfound(found: list[_Found], text: str) -> list[_Found]:
    """A school's name nothing found, in a frame of its running, is an organization (fix 1b)."""
    if "学院" not in text and "大学" not in text and "职院" not in text and "高专" not in text:
        return found
    from .round22_orgs import _first_start

    out = found
    for m in re.finditer(r"([\u4e00-\u9fff]{2,16}?)(大学|学院|职院|高专)", text):
        if not INSTITUTION_AFTER.match(text, m.end()) or BUILDING_AFTER.match(text, m.end()):
            continue
        s = _first_start(text, m.start(), m.end())  # the name is what is left after the clause's lead verbs
        while s < m.end() and text[s] in "与和及同":
            s += 1  # the second of a pair (甘肃工学院与机电学院合并)
        name = text[s:m.end()]
        if len(name) < 4 or len(name) > 16 or KIND_ONLY.match(name) or NAME_KIND.search(name) or NOT_SCHOOL.search(name) \
                or any(f.start < m.end() and s < f.end and (f.kind != "program" or name in f.name) for f in out):
            # (a programme's span may hold the school before its quoted name: 重庆大学“985工程”)
            continue
        if out is found:
            out = list(found)
        out.append(_Found("organization", name, s, m.end(), 2))
    return out
