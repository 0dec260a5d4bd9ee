"""Find programs, projects, organizations and honors in the sentences of a report.

Rules over regular expressions and the lexicons in kg/data (entity_heads.txt, entity_verbs.txt,
entity_categories.txt, entity_organizations.txt, programs.txt, honor_words.txt):

- lists ``A、B等N个<category>``: the items are things of the category's kind (…等项目, …等企业);
- names that end with a head word (…集团, …水库, …博览会, …改革), cut on the left after the verb
  that governs them, and typed by what the clause does with them (开建沙区人民医院 is a project,
  与新疆大学合作 an organization); coordinated names share their head (青峰路、环卫路转运站);
- quoted names (“最多跑一次”) unless they are slogans, and well-known programs from a lexicon;
- honors after 荣获/被评为/被命名为/入选/…: the title up to its head word, the subject of the clause
  as recipients (coordinated subjects split).

jieba is used only on the short modifier of a candidate name, to tell a named thing (雅山污水处理厂)
from a class of things (社区卫生服务中心).
"""

from .api import candidates, find_entities, find_honors

__all__ = ["candidates", "find_entities", "find_honors"]
