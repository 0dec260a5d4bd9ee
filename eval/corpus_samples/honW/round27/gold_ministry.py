"""Gold honours whose text has trigger + ministry/grantor before the title: does the gold keep the grantor?"""
import glob
import json
import re

SC = r"(?:中央财政|财政部|水利部|交通运输部|交通部|生态环境部|环保部|自然资源部|国土资源部|民政部|人社部|人力资源和社会保障部|工业和信息化部|工信部|国家发改委|国家发展改革委|发改委|文化部|国务院(?:办公厅)?|农业农村部|农业部|商务部|科技部|教育部|住建部|住房和城乡建设部|住房城乡建设部|文化和旅游部|文旅部|国家卫健委|国家卫生健康委|卫生部|应急管理部|公安部|司法部|国家林草局|国家林业和草原局|国家林业局|国家市场监管总局|市场监管总局|国家体育总局|国家乡村振兴局|国家文物局|国家能源局|国家税务总局|人民银行|中国人民银行|国家中医药管理局|国家医保局|国家数据局|国家知识产权局|中宣部|中组部|全国总工会|共青团中央|全国妇联|国家旅游局|国家邮政局|海关总署|国家网信办|中央网信办|中央文明委|全国绿化委员会|水利厅|省委|省政府|科技厅|商务厅|工信厅|农业农村厅|文旅厅|教育厅|民政厅|[一-龥]{2,3}省(?:委|政府)|[一-龥]{1,4}(?:厅|委))"
dirs = ["/work/shared/gold"] + [f"eval/dev{i}" for i in range(2, 30)]
for d in dirs:
    for g in sorted(glob.glob(f"{d}/*.gold.json")):
        hs = json.load(open(g)).get("honors", [])
        if not hs: continue
        base = g[:-len(".gold.json")]
        txts = glob.glob(base + ".txt") or glob.glob(d + "/excerpts/" + base.split("/")[-1] + ".txt") or glob.glob("/work/shared/reports/" + base.split("/")[-1] + ".txt")
        if not txts: continue
        t = open(txts[0]).read()
        for m in re.finditer(rf"(?:获批|列入|纳入|成为|入选|入围|获评|荣获|获得|获|被评为|被确定为|被列为|确定为|列为|认定为|被认定为|命名为|被命名为|上榜)(?:为)?(?:全国|国家)?(?:首批|第[一二三四五六七八九十0-9]+批)?({SC})([^，。；]{{2,40}})", t):
            after = m.group(2)
            hit = [h for h in hs if h["honor"] and (h["honor"][-4:] in after)]
            print(d.split("/")[-1], g.split("/")[-1][:22], m.group(0)[:60], "=>", [h["honor"] for h in hit] or "NOT LISTED", sep="\t")
