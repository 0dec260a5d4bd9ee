import sys,subprocess
from pathlib import Path
sys.path.insert(0,'/work/h/progKA/eval/corpus_samples')
from explain_items import context, explain_items
root,out=Path(sys.argv[1]),Path(sys.argv[2]); kind=sys.argv[3] if len(sys.argv)>3 else 'programs'
sets=sys.argv[4].split() if len(sys.argv)>4 else open('/tmp/progKA/psets').read().split()
def sources(s):
    if s=='official': return [Path('/work/shared/reports/shayibake_2024.txt')]+sorted(Path('/work/shared/gold/excerpts').glob('*.txt'))
    return sorted(Path(f'/work/h/progKA/eval/{s}').glob('*.txt'))
with out.open('w') as w:
    for s in sets:
        if not (root/s).exists(): continue
        gold='/work/shared/gold' if s=='official' else f'/work/h/progKA/eval/{s}'
        texts={p.name:p.read_text() for p in sources(s)}
        for cur,what,name in explain_items(gold,str(root/s),kind,'/work/h/progKA/.venv/bin/kg'):
            w.write(f"{s}\t{cur}\t{what}\t{name}\t{context(texts.get(cur,''),name)}\n")
