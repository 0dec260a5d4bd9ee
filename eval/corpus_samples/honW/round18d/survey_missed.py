"""Round 18d (honX): a survey of titles after a trigger that the dump holds no honour for (scoped title ending in an honour head,
no goal word just before the trigger, not in a plan section), to find frames missed other than dev19's three.
usage: python survey_missed.py DUMP.jsonl   (DUMP from ../hdump.py SEED 200 DUMP.jsonl)
"""
import json, re, sys
T = re.compile(r"(荣获|获评|被评为|被命名为|被确定为|被认定为|被列为|入选|成为|获批|创成|成功创建|获得|获|跻身|列入|被列入|纳入|上榜|蝉联|入围|荣膺|晋升为|升级为|授予|批准|评为|认定为|确定为|列为)"
               r"([^，。；]{0,8}?(?:全国|国家级?|中国|省级|全省|自治区级?|世界|国际|首批|“)[^，。；]{3,30}?(?:城市|市|县|区|示范区|试验区|试点|基地|单位|集体|示范县|示范市|园区|景区|企业|之乡|之都|先进县|强县|村|小镇|名录|名单|奖|称号|中心|工程|品牌|镇|街区|度假区|遗产|园|馆)[”]?)(?=[，。；、和]|$)")
INTENT = re.compile(r"力争|争取|争创|确保|努力|积极|申报|推动|支持|创建|推进|加快|将|要|计划|全力|冲刺")
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["p"] == "plan": continue
    for m in T.finditer(r["t"]):
        pre = r["t"][max(0, m.start()-8):m.start()]
        if INTENT.search(pre): continue
        title = m.group(2)
        norm = lambda x: re.sub(r"[“”‘’\s]|首批|第[一二三四五六七八九十\d]+批|全国首批", "", x)
        nt = norm(title)
        if any(norm(h[0])[-4:] in nt or norm(h[0])[:4] in nt for h in r["h"]): continue
        print(m.group(1), "|", r["r"].split("/")[1] + r["r"][-8:-4], "|", r["t"][max(0,m.start()-25):m.end()+3])
