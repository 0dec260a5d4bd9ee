"""List every missed gold program of dev13..dev17 with its surface and sentence context.
usage: missed.py BUILD_ROOT (holding dev13 … dev17 builds, e.g. /tmp/evout_work_wt-progU)"""
import json, re, subprocess, sys, os
root = sys.argv[1]
sets = sys.argv[2:] or ['dev13', 'dev14', 'dev15', 'dev16', 'dev17']
env = dict(os.environ, PYTHONPATH=os.getcwd())
for s in sets:
    out = subprocess.run(['.venv/bin/kg', 'eval', f'eval/{s}', '-g', f'{root}/{s}', '--explain'],
                         capture_output=True, text=True, env=env).stdout
    cur = None; kind = None
    for line in out.splitlines():
        m = re.match(r'== (\S+) →', line)
        if m:
            cur = m.group(1); continue
        m = re.match(r'  (\w+):$', line)
        if m:
            kind = m.group(1); continue
        m = re.match(r'    - missed: (.*)', line)
        if m and kind == 'programs':
            name = m.group(1)
            g = json.load(open(f'eval/{s}/{cur}'))
            text = open(f'eval/{s}/{g["report"]}' if os.path.exists(f'eval/{s}/{g["report"]}') else f'eval/{s}/{cur.replace(".gold.json", ".txt")}').read()
            offs = [o for o in g['offsets'] if o['kind'] == 'program' and o['name'] == name]
            if offs:
                o = offs[0]
                a, b = o['start'], o['end']
                ctx = text[max(0, a - 30):a] + '[' + text[a:b] + ']' + text[b:b + 15]
            else:
                ctx = '(no offset)'
            print(f'{s}\t{cur.split("_")[0]}\t{name}\t{ctx.replace(chr(10), " ")}')
