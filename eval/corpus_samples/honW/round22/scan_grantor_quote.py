"""Round 22 honFA: a grantor or a description of the prize written between an honour verb and a quoted title
(入选央视“国家品牌计划”, 荣获《环球时报》“…”称号, 荣获中宣部“五个一工程”奖, 蝉联全国综治最高奖“长安杯”).

usage: PYTHONPATH=$PWD python eval/corpus_samples/honW/round22/scan_grantor_quote.py HON_DUMP.jsonl
HON_DUMP: ../hdump.py output (every sentence with a trigger). Prints (a) each frame in the text, with what was found in the sentence,
(b) counts: frames, reports; of which the grantor is a ministry before a quoted name that is no prize (left alone by the fix).
"""
import json
import re
import sys

VERB = r"(?:荣获|获得|获评|获|荣膺|入选|入围|蝉联|夺得|夺取|摘得|捧得|首获|被评为|评为|授予|晋级)"
WHO = (r"(?P<who>央视|中央电视台|中央广播电视总台|《[^《》]{2,12}》|[一-龥]{2,8}(?:电视台|卫视|日报|时报|晚报|商报|杂志|周刊|网)"
       r"|[一-龥]{2,14}(?:组织|协会|学会|联合会|研究会|基金会|总工会|促进会)|[一-龥]{1,8}部"
       r"|[一-龥]{2,16}最高(?:政府)?(?:奖项?|荣誉))")
FRAME = re.compile(VERB + r"(?:了)?(?:[^，。；“”]{2,30}、)?" + WHO + r"“(?P<q>[^“”]{2,40})”(?P<prize>奖)?")
SCOPE_ONLY = re.compile(r"(?:全国|全省|省|国家|中国|国家级|省级|市级|自治区)$")
frames, reports, ministry = [], set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in FRAME.finditer(d["t"]):
        who = m.group("who")
        if SCOPE_ONLY.fullmatch(who):
            continue
        frames.append((d["r"], m.group(0), [h for h, _ in d["h"]]))
        reports.add(d["r"])
        if who.endswith("部") and not (m.group("prize") or re.search(r"[杯鼎奖]$", m.group("q"))):
            ministry.append(d["r"])
        print(f"{d['r']}\t{m.group(0)}\t{[h for h, _ in d['h']]}")
print(f"== {len(frames)} frames in {len(reports)} reports; a ministry before a quoted name that is no prize: {len(ministry)}")
