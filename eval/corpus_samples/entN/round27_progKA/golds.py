import json,glob,sys
sets=open('/tmp/progKA/psets').read().split()
out=open('/tmp/progKA/gold_programs.tsv','w')
for s in sets:
    fs=glob.glob('/work/shared/gold/*.gold.json') if s=='official' else glob.glob(f'eval/{s}/*.gold.json')
    for f in fs:
        d=json.load(open(f))
        for p in d.get('programs',[]):
            out.write(f"{s}\t{f.split('/')[-1]}\t{p}\n")
