"""Round 14b step 2: write judged.tsv (candidate, side, reports, verdict, reason) from candidates.tsv, keep.txt (the
hand-judged programs), check_before.tsv (what the extractor found before) and the classes below (the out reasons).

Verdicts: added (a program the extractor missed in most sampled sentences, now in programs.txt); found (a program the
extractor already reads in >= 7 of 12 sampled sentences); held (a program, but the studied dev gold files leave the bare
name out or the sampled uses mostly qualify something else); known (in programs.txt already); out (not a program).
Usage: python eval/corpus_samples/entN/round14b/judge.py > eval/corpus_samples/entN/round14b/judged.tsv
"""
import re
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[3]
# programs of keep.txt not added, and why
HELD = {
    "一岗双责": "read already after a program verb (ONE_EACH rule, dev5); bare it is a duty principle",
    "一县一业": "mostly a designation (一县一业示范县); dev gold lists none of 2",
    "5G+工业互联网": "mostly qualifies (…典型应用场景, …项目)",
    "一事一议": "the program is 一事一议财政奖补 (read with its head)",
    "规升巨": "rare; sampled uses qualify enterprises",
    "互联网+农业": "mostly qualifies (…示范基地)",
    "脱贫攻坚": "dev gold lists the bare name in 1 of 16 texts (脱贫攻坚战 kept there)",
    "爱国卫生运动": "dev gold lists it in none of 3 texts naming it",
    "新农村建设": "dev gold lists the bare form in none of 2 (社会主义新农村建设 is known)",
    "农村人居环境整治": "dev gold lists it in none of 1; the action names (…提升行动) are read already",
    "简政放权": "dev gold lists it bare in 2 of 4, but the official shayibake gold leaves 持续推进简政放权 out (the spelled-out "
            "简政放权、放管结合、优化服务改革 is added)",
    "智改数转": "dev gold lists the bare name in 1 of 5 texts",
    "智改数转网联": "dev gold lists it in 1 of 2 texts",
    "交房即交证": "dev gold writes the long form with its head (新建商品房交房即交证改革)",
    "科创中国": "dev gold lists it in none of 3 (a pilot-city designation mostly)",
    "文化惠民工程": "dev gold lists it in 4 of 8 texts naming it: no clear habit",
    "家电下乡": "half the sampled uses are read; dev gold has none",
    "快递进村": "mostly qualifies (快递进村点, …工程 read with its head)",
    "互联网＋": "full-width variant: the names after it (互联网＋政务服务) would be cut",
    "一照一码": "dev gold writes it with its head (一照一码改革), read already in 7 of 12",
    "信易贷": "dev gold lists it in none of 1",
    "接诉即办": "dev gold lists it in none of 1",
    "无证明城市": "read in 7 of 12 already (…建设)",
}
ADDED_EXTRA = {"全面两孩政策", "简政放权、放管结合、优化服务改革"}
OUT = [
    (r"^[一二三四五六七八九十]+五$", "plan period"),
    (r"连冠|模范城|文明城市$|卫生城市|森林城市|园林城市|冠军|小巨人|专精特新|专、精、特、新|瞪羚|独角兽|老字号|群星奖|长安杯|"
     r"天然氧吧|文化之都|幸福感|灯塔工厂|领跑|三品一标|两品一标|千兆城市|国字号|三甲|链主|三类500强|公交都市", "designation or honor"),
    (r"^[0-9+＋N]+$|^[0-9]+\+|\+[0-9N]|^[0-9]+条$|^零|清零|双下降|双降|十连增|零突破|零增长|倍增|指数$|含金量|含绿量|亩产效益", "figure, count or formula"),
    (r"^(?:两个|三个|四个|五个|六个|七种|八种)|维护|确立|自信|意识|代表|全面$|五位一体|初心|务必|大局|一百年|毫不动摇|"
     r"至上|为本|为中心|理念|思想|思维|导向|观$|总基调|为主线|为主题|第一|优先|稳中求进|稳字当头|当头|尽力而为|"
     r"为王|绿水青山|两山|国之大者|房住不炒|房子是|一盘棋|钉钉子|绣花|实事求是|求真务实|解放思想|科学|标本兼治|"
     r"功成不必在我|马上就办|为民、务实|清廉|强富美高|三高四新|一国两制|不敢腐|底线|问题导向|系统观念|生态优先|以人为|"
     r"立德树人|要务|首位|民主集中制|廉洁|从严|公正文明|包容审慎|分类指导|藏粮于|规划引领|质量第一|应保尽保|非禁即入|"
     r"多予|要素跟着|粮头食尾|农头工尾|四水四定|四早|四个最严|约法三章|三个区分开来|三管三必须|六个精准|五个统筹|时时放心", "slogan or principle"),
    (r"^(?:工作|方案|机制|意见|细则|纲要|办法|计划|力度|到位|落实|落地|范围|能力|体系|责任|基础|试点|应用|工程|规划|"
     r"发展|改革|创新|合作|项目|产业|教育|医疗|科技|文化|交通|工业|土地|汽车|钢铁|财税|大气|蓝天|国家|中央|党中央|"
     r"省委|人民|优秀|窗口|温度|笼子|蛋糕|瓶颈|颜值|减法|加法|非遗|龙头|施工图|防火墙|护城河|排头兵|桥头堡|压舱石|"
     r"牛鼻子|硬骨头|先手棋|关键一招|朋友圈|店小二|加速度|升级版|直通车|后半篇|后半篇文章|烟火气|造血|组合拳|"
     r"一把手|一体化|一刀切|一条龙|一对一|点对点|家门口|最后一公里|卡脖子|急难愁盼|中梗阻|城市病|网格化|"
     r"的就业政策|力和公信力|细则精神|各项工作|各项改革|重点领域|党中央国务院)$", "generic word or fragment"),
    (r"党的|二十大|十八大|十八届|二中|人大及其常委会|精神$", "party meeting, document or its spirit"),
    (r"难$|热$|病$|^大班额|僵尸|散乱污|脏乱差|黄赌毒|两抢|三乱|四乱|六乱|两违|大棚房|非农化|非粮化|小金库|微腐败|"
     r"烂尾楼|空心村|城中村|断头路|餐桌污染|黄标车|形象工程|政绩工程|新官不理旧账|内卷式|四风|三公|法轮功|严打|三废|"
     r"舌尖上的安全|黑名单|白名单|红黑榜|一票否决|择校", "problem or object of a campaign, not the campaign"),
    (r"^(?:三农|一老一小|三留守|三无|五保户|零就业家庭|零就业|两癌|4050|两委|两院|两会|七一|人民|两高|四上|"
     r"三资|三权|三块地|三旧|三区|两区|双区|四区|一核|两翼|三带|长三角|一江两岸|五网|三网|三通|三线|飞地|"
     r"飞地园区|无水港|园中园|口袋公园|城市大脑|数字城管|一卡通|12345|新三板|新三样|土特产|潮品|原字号|"
     r"智慧城市|海绵城市|美丽乡村|数字政府|城市矿产|两国双园|大城管|三馆一站|双百|双千|双十|双到|五险|五保|低保)$",
     "group, place, institution, facility or project, not a program"),
]


def main() -> None:
    keep = {}
    for line in (HERE / "keep.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, why = line.split("\t")
            keep[name] = why
    before = {}
    for line in (HERE / "check_before.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        before[parts[0]] = (int(parts[1]), int(parts[2]))
    lexicon = {line.strip() for line in (ROOT / "kg/data/programs.txt").read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")}
    print("candidate\tside\treports\tverdict\treason")
    for line in (HERE / "candidates.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        side, name, n, known = line.split("\t")
        if known == "yes":
            verdict, reason = "known", "in programs.txt before round 14b"
        elif name in keep:
            sampled, found = before.get(name, (0, 0))
            if name in lexicon:
                verdict, reason = "added", f"{keep[name]}; read in {found} of {sampled} sampled sentences before"
            elif name in HELD:
                verdict, reason = "held", f"{keep[name]}; {HELD[name]}"
            else:
                verdict, reason = "found", f"{keep[name]}; read in {found} of {sampled} sampled sentences already"
        else:
            verdict, reason = "out", next((why for pattern, why in OUT if re.search(pattern, name)),
                                          "slogan, field of work or descriptive phrase, not a named program")
        print(f"{name}\t{side}\t{n}\t{verdict}\t{reason}")


if __name__ == "__main__":
    main()
