"""Run SPARQL against a built graph: named library queries, files or text, parameters bound safely."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .consts import PREFIXES
from .errors import QueryError
from .store import open_store

QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"
HEADER = re.compile(r"^#\s*(title|description|param|example):\s*(.*)$")
# `# param: NAME (KIND) — description`; KIND says how a value is bound (see bind_value)
PARAM = re.compile(r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s*\(([a-z|]+)\))?")
# a line of the query that counts only when a parameter is given: `#+NAME line` or `#+NAME:KIND line`
CONDITIONAL = re.compile(r"^(\s*)(#\+([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?)(?=\s|$)")
# a line that counts only when a parameter is not given (as that kind): `line  #-NAME` or `line  #-NAME:KIND`
UNLESS = re.compile(r"\s#-([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?\s*$")
KINDS = {"label", "year", "text", "string", "iri"}
XSD_GYEAR = ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")
IRI_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|^`\\]+")


@dataclass
class LibraryQuery:
    name: str
    path: Path
    title: str
    description: str
    params: list[str]
    example: str
    kinds: dict[str, str] = field(default_factory=dict)


def library(query_dir: Path = QUERY_DIR) -> list[LibraryQuery]:
    found = []
    for path in sorted(query_dir.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        fields: dict[str, list[str]] = {}
        for line in text.splitlines():
            m = HEADER.match(line)
            if m:
                fields.setdefault(m.group(1), []).append(m.group(2).strip())
            elif line.strip() and not line.startswith("#"):
                break
        kinds = declared_params(text)
        found.append(LibraryQuery(
            name=path.stem, path=path, title=(fields.get("title") or [path.stem])[0],
            description=" ".join(fields.get("description", [])),
            params=list(kinds), example=(fields.get("example") or [""])[0], kinds=kinds,
        ))
    return found


def declared_params(sparql: str) -> dict[str, str]:
    """The `# param: NAME (KIND)` lines of a query: name -> kind ("string" when no kind is given)."""
    kinds = {}
    for line in sparql.splitlines():
        m = PARAM.match(line)
        if m:
            kind = m.group(2) or "string"
            if not set(kind.split("|")) <= KINDS:
                raise QueryError(f"parameter {m.group(1)}: unknown kind '{kind}' (kinds: {', '.join(sorted(KINDS))})")
            kinds[m.group(1)] = kind
    return kinds


def bind_value(name: str, kind: str, value) -> tuple[str, ox.NamedNode | ox.Literal]:
    """(the kind chosen, the RDF term) a parameter value is bound to; never SPARQL text.

    label: a language-tagged "…"@zh literal, as rdfs:label and skos:altLabel are written;
    year: an xsd:gYear literal (gov:year, gov:refPeriod); text and string: an xsd:string literal
    (text for CONTAINS, string for an exact gov:sourceFile, gov:surfaceText …); iri: a named node.
    "iri|string" (or "iri|text"): a named node if the value is an absolute IRI, else a string.
    A value given as an RDF term counts by its lexical form, so a plain string still matches.
    """
    text = value.value if isinstance(value, ox.Literal | ox.NamedNode) else str(value)
    choices = kind.split("|")
    if "iri" in choices and len(choices) > 1:
        choices = ["iri"] if IRI_LIKE.fullmatch(text) else [c for c in choices if c != "iri"]
    chosen = choices[0]
    if chosen == "label":
        return chosen, ox.Literal(text, language="zh")
    if chosen == "year":
        if not re.fullmatch(r"[0-9]{4}", text):
            raise QueryError(f"parameter {name}: expected a year such as 2023, got '{text}'")
        return chosen, ox.Literal(text, datatype=XSD_GYEAR)
    if chosen == "iri":
        if not IRI_LIKE.fullmatch(text):
            raise QueryError(f"parameter {name}: expected an absolute IRI, got '{text}'")
        try:
            return chosen, ox.NamedNode(text)
        except ValueError as exc:
            raise QueryError(f"parameter {name}: not an IRI: {exc}") from None
    return chosen, ox.Literal(text)


# the marker of lines for kg's own store of a `kg build` (see prepare)
GRAPHS_MARKER = "graphs"


def prepare(sparql: str, params: dict | None = None, *,
            named_graphs: bool = False) -> tuple[str, dict[ox.Variable, ox.NamedNode | ox.Literal]]:
    """(query text, substitutions) for a query and parameter values.

    Each value becomes one RDF term, typed as the query's `# param: NAME (KIND)` line says, that
    pyoxigraph substitutes for ?NAME (it must be projected), so a given parameter is a constant in
    the triple patterns and the indexes start from it. Lines of the query written as `#+NAME …`
    (or `#+NAME:KIND …`) are comments unless that parameter is given (as that kind): they add the
    patterns that use it, so the query text as written is the query without parameters. The
    values never enter the text. Parameters of a query without declarations are plain strings.

    `named_graphs=True` says the data is kg's own Oxigraph store of a `kg build` as written: every
    report's facts in the named graph named by the report's IRI. Then lines marked `#+graphs` count
    and lines marked `#-graphs` do not: they read those facts inside the report's graph, where a
    lookup is about 3 times cheaper on Oxigraph than in the union of all graphs, or take a form
    that only Oxigraph plans well (a hash join that rdflib evaluates slowly). The text as written
    answers the same on any copy of the graph, named graphs or not (`graph.ttl`, rdflib).
    """
    # an empty value is no value (as the page and `--param unit=` send it): the parameter is absent
    params = {k: v for k, v in (params or {}).items() if v is not None and v != ""}
    declared = declared_params(sparql)
    if GRAPHS_MARKER in declared or GRAPHS_MARKER in params:
        raise QueryError(f"'{GRAPHS_MARKER}' is not a parameter name: the library uses it to mark lines")
    if declared:
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise QueryError(f"no parameter '{unknown[0]}' in this query (its parameters: "
                             f"{', '.join(declared)})")
    chosen: dict[str, str] = {}
    substitutions: dict[ox.Variable, ox.NamedNode | ox.Literal] = {}
    for name, value in params.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"not a parameter name: '{name}'")
        if name in declared:
            chosen[name], term = bind_value(name, declared[name], value)
        elif isinstance(value, ox.Literal | ox.NamedNode):
            term = value
        else:
            term = ox.Literal(str(value))
        substitutions[ox.Variable(name)] = term
    # A text of two or more characters also binds ?NAMEGram, its first two characters, where the query
    # projects it: the key of kg's name index (kg.store.NAME_INDEX_GRAPH), given to the planner as a
    # value (pyoxigraph does not plan a SUBSTR of a parameter as one). `#+NAMEGram` lines use it.
    derived: set[str] = set()
    for name, kind in chosen.items():
        value = substitutions[ox.Variable(name)].value
        if kind == "text" and len(value) >= 2 and re.search(rf"\?{name}Gram\b", sparql):
            substitutions[ox.Variable(f"{name}Gram")] = ox.Literal(value[:2])
            derived.add(f"{name}Gram")

    def applies(name: str, kind: str | None) -> bool:
        if name == GRAPHS_MARKER:
            return named_graphs and kind is None
        if name in derived:
            return kind is None
        return name in params and (kind is None or kind == chosen.get(name))

    lines = []
    for line in sparql.splitlines():
        m = CONDITIONAL.match(line)
        while m and applies(m.group(3), m.group(4)):  # the marker becomes blanks: columns stay put
            line = m.group(1) + " " * len(m.group(2)) + line[m.end():]
            m = CONDITIONAL.match(line)  # `#+graphs #+unit …`: both must apply
        rest, m = line, UNLESS.search(line)
        while m and not applies(m.group(1), m.group(2)):  # `… #-unit #-graphs`: dropped if either applies
            rest = rest[:m.start()]
            m = UNLESS.search(rest)
        if m:
            continue
        lines.append(line)
    return "\n".join(lines) + ("\n" if sparql.endswith("\n") else ""), substitutions


def resolve_query(query: str, query_dir: Path = QUERY_DIR) -> tuple[str, str]:
    """(name, SPARQL text) of a .rq file, a library query name, or SPARQL text."""
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 256 and "\n" not in query and path.is_file()):
        try:
            return path.stem, path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{query}: cannot read the query file: {exc.strerror or exc}") from None
    candidate = query_dir / f"{query}.rq"
    if re.fullmatch(r"[A-Za-z0-9_\-]+", query):
        if candidate.is_file():
            return query, candidate.read_text(encoding="utf-8")
        names = ", ".join(q.name for q in library(query_dir))
        raise QueryError(f"no query named '{query}' (known: {names})")
    return "query", query


def rdflib_bindings(sparql: str, params: dict | None = None):
    """(query text, initBindings) for rdflib: the same text and typed terms as `prepare`.

    For users of the rdflib view (`Dataset.query(text, initBindings=...)`); an xsd:string becomes
    a plain rdflib Literal, which is how rdflib reads plain strings from N-Quads.
    """
    import rdflib

    text, substitutions = prepare(sparql, params)
    bindings = {}
    for variable, term in substitutions.items():
        if isinstance(term, ox.NamedNode):
            value = rdflib.URIRef(term.value)
        elif term.language:
            value = rdflib.Literal(term.value, lang=term.language)
        elif term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            value = rdflib.Literal(term.value)
        else:
            value = rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
        bindings[rdflib.Variable(variable.value)] = value
    return text, bindings


def run_query(out_dir: Path, sparql: str, params: dict[str, str] | None = None):
    """Run a query over the union of all report graphs; parameters become bound RDF terms, never text."""
    store = open_store(out_dir)
    sparql, substitutions = prepare(sparql, params, named_graphs=True)  # the store of a `kg build`
    try:
        return store.query(sparql, use_default_graph_as_union=True, substitutions=substitutions or None,
                           prefixes={k: str(v) for k, v in PREFIXES.items()})
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {exc}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {exc}") from None


def _term_text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def rows_of(results) -> tuple[list[str], list[list[str]]]:
    if isinstance(results, ox.QuerySolutions):
        names = [v.value for v in results.variables]
        # a solution iterates its values in the order of `variables` (None where unbound): faster
        # than a lookup by name per cell
        rows = [[_term_text(term) for term in solution] for solution in results]
        return names, rows
    if isinstance(results, ox.QueryBoolean):
        return ["result"], [[str(bool(results)).lower()]]
    rows = [[_term_text(t.subject), _term_text(t.predicate), _term_text(t.object)] for t in results]
    return ["subject", "predicate", "object"], rows


def _width(text: str) -> int:
    """Terminal columns of a text: 2 for each wide (CJK) character."""
    if text.isascii():
        return len(text)
    wide = unicodedata.east_asian_width
    return len(text) + sum(1 for ch in text if wide(ch) in "WF")


def _clip(text: str, limit: int) -> tuple[str, int]:
    """(the text on one line, cut to `limit` columns with "…" when longer; its width), in one pass."""
    text = text.replace("\n", " ")
    if text.isascii():
        return (text, len(text)) if len(text) <= limit else (text[:limit - 1] + "…", limit)
    wide = unicodedata.east_asian_width
    used, cut, cut_width = 0, None, 0
    for i, ch in enumerate(text):
        w = 2 if wide(ch) in "WF" else 1
        if cut is None and used + w > limit - 1:
            cut, cut_width = i, used  # where "…" goes if the whole text does not fit
        used += w
        if used > limit:
            return text[:cut] + "…", cut_width + 1
    return text, used


def format_rows(names: list[str], rows: list[list[str]], fmt: str, max_width: int = 48) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(names, row, strict=False)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buffer.getvalue()
    cells = [[_clip(c, max_width) for c in row] for row in rows]  # (text, width) of each cell
    heads = [(n, _width(n)) for n in names]
    widths = [max([heads[i][1]] + [r[i][1] for r in cells]) for i in range(len(names))]

    def line(values):
        return "  ".join(v + " " * (w - vw) for (v, vw), w in zip(values, widths, strict=False)).rstrip()

    out = [line(heads), line([("-" * w, w) for w in widths])]
    out.extend(line(r) for r in cells)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
