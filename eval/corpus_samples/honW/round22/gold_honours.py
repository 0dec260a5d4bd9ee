import glob, json
files = glob.glob("/work/shared/gold/*.json") + [f for i in range(2, 25) for f in glob.glob(f"eval/dev{i}/*.gold.json")]
for f in sorted(files):
    d = json.load(open(f))
    for h in d.get("honors", []):
        print(f"{f.split('/')[-2]}\t{f.split('/')[-1].replace('_excerpt.gold.json','')}\t{h['honor']}\t{h.get('recipient')}")
