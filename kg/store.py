"""Stage 6: write a build to disk — graph.nq, graph.ttl, the embedded Oxigraph store — atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from .consts import PREFIXES
from .errors import StoreError

STORE_DIR = "store"


@contextmanager
def atomic_path(target: Path, suffix: str = ""):
    """Yield a temporary path beside `target`; rename it over `target` only if the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix + ".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_text_atomic(target: Path, text: str) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_nquads(target: Path, lines: Iterable[str]) -> None:
    with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line)
            fh.write("\n")


def write_turtle(target: Path, nquads: Path) -> None:
    """The union of all graphs of a sorted N-Quads file as Turtle, streamed (subjects in sorted order)."""
    quads = ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
    with atomic_path(target) as tmp:
        ox.serialize(triples, str(tmp), format=ox.RdfFormat.TURTLE,
                     prefixes={k: str(v) for k, v in PREFIXES.items()})


def build_store(out_dir: Path, nquads: Path) -> Path:
    """Load graph.nq into a fresh on-disk store and swap it in place of the old one."""
    final = out_dir / STORE_DIR
    tmp = Path(tempfile.mkdtemp(prefix=".store.", dir=out_dir))
    try:
        store = ox.Store(str(tmp / "data"))
        store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        store.flush()
        store.optimize()
        del store
        old = None
        if final.exists():
            old = out_dir / f".store.old.{os.getpid()}"
            os.replace(final, old)
        os.replace(tmp / "data", final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def open_store(out_dir: Path) -> ox.Store:
    path = out_dir / STORE_DIR
    if not path.is_dir():
        raise StoreError(f"{out_dir}: no built graph here (run 'kg build -o {out_dir}' first)")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from None
