"""Run SPARQL against a built graph: named library queries, files or text, parameters bound safely."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .consts import PREFIXES
from .errors import QueryError
from .store import open_store

QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"
HEADER = re.compile(r"^#\s*(title|description|param|example):\s*(.*)$")


@dataclass
class LibraryQuery:
    name: str
    path: Path
    title: str
    description: str
    params: list[str]
    example: str


def library(query_dir: Path = QUERY_DIR) -> list[LibraryQuery]:
    found = []
    for path in sorted(query_dir.glob("*.rq")):
        fields: dict[str, list[str]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            m = HEADER.match(line)
            if m:
                fields.setdefault(m.group(1), []).append(m.group(2).strip())
            elif line.strip() and not line.startswith("#"):
                break
        found.append(LibraryQuery(
            name=path.stem, path=path, title=(fields.get("title") or [path.stem])[0],
            description=" ".join(fields.get("description", [])),
            params=[p.split()[0] for p in fields.get("param", []) if p],
            example=(fields.get("example") or [""])[0],
        ))
    return found


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


def run_query(out_dir: Path, sparql: str, params: dict[str, str] | None = None):
    """Run a query over the union of all report graphs; parameters become bound literals, never text."""
    store = open_store(out_dir)
    substitutions = {ox.Variable(k): ox.Literal(v) for k, v in (params or {}).items()}
    try:
        return store.query(sparql, use_default_graph_as_union=True, substitutions=substitutions,
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
        rows = [[_term_text(solution[name]) for name in names] for solution in results]
        return names, rows
    if isinstance(results, ox.QueryBoolean):
        return ["result"], [[str(bool(results)).lower()]]
    rows = [[_term_text(t.subject), _term_text(t.predicate), _term_text(t.object)] for t in results]
    return ["subject", "predicate", "object"], rows


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, limit: int) -> str:
    text = text.replace("\n", " ")
    if _width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def format_rows(names: list[str], rows: list[list[str]], fmt: str, max_width: int = 48) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(names, row, strict=False)) for row in rows], ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buffer.getvalue()
    cells = [[_clip(c, max_width) for c in row] for row in rows]
    widths = [max([_width(n)] + [_width(r[i]) for r in cells]) for i, n in enumerate(names)]

    def line(values):
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=False)).rstrip()

    out = [line(names), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
