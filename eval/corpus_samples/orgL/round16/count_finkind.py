"""Round 16 orgP: organizations of the before dump that are a kind of financial institution, no one company
(融资性担保公司, 政府性担保公司, 股份制银行, 商业保理公司). usage: python count_finkind.py DUMP.tsv"""
import re
import sys

QUAL = r"(?:国有|政府|政府性|地方|合资|外资|民营|商业|股份制|融资性?|区域性|再|规范管理|市级|省级|新型|各类|中小企业)*"
KIND = re.compile(QUAL + r"(?:(?:融资性?|再)?担保|小额贷款|商业保理|融资租赁|典当|证券|金融资产管理|资产管理|保险)公司"
                  r"|(?:股份制|国家|商业|村镇|民营|外资)银行")
rows = [ln.rstrip("\n").split("\t") for ln in open(sys.argv[1], encoding="utf-8")]
hits = [r for r in rows if r[1] == "o" and KIND.fullmatch(r[2])]
for r in hits:
    print("\t".join(r))
print(f"# {len(hits)} names in {len({r[0] for r in hits})} reports")
