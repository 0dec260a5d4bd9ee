"""Stage 6: write a build to disk — graph.nq, graph.ttl, the embedded Oxigraph store — atomically."""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from .consts import GOV, PREFIXES
from .errors import StoreError

STORE_DIR = "store"

# An index that kg's own store carries beside the build (never in graph.nq, graph.ttl or an export):
# every two-character substring of every rdfs:label and skos:altLabel, as `?thing gov:nameGram "广州"`
# in this graph. Any text of two or more characters contained in a name begins with one of them, so
# `search` reads the names that hold the text's first two characters instead of all of them.
NAME_INDEX_GRAPH = "https://w3id.org/govkg/graph/name-index"
NAME_GRAM = ox.NamedNode(str(GOV.nameGram))
_NAMES = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?thing ?name WHERE { GRAPH ?g { { ?thing rdfs:label ?name } UNION { ?thing skos:altLabel ?name } } }
"""


def name_grams(name: str) -> set[str]:
    """The distinct two-character substrings of a name: its keys in the name index."""
    return {name[i:i + 2] for i in range(len(name) - 1)}


def add_name_index(store: ox.Store, batch: int = 200_000) -> int:
    """Write the name index (NAME_INDEX_GRAPH) for the names in a store; returns the number of quads."""
    graph = ox.NamedNode(NAME_INDEX_GRAPH)
    if store.contains_named_graph(graph):
        store.remove_graph(graph)
    names = [(thing, name.value) for thing, name in store.query(_NAMES)]  # read whole before writing
    quads: list[ox.Quad] = []
    total = 0
    for thing, name in names:
        quads.extend(ox.Quad(thing, NAME_GRAM, ox.Literal(gram), graph) for gram in sorted(name_grams(name)))
        if len(quads) >= batch:
            store.bulk_extend(quads)
            total, quads = total + len(quads), []
    store.bulk_extend(quads)
    return total + len(quads)


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


LOAD_BATCH_BYTES = 128 * 2**20  # N-Quads handed to one bulk load: bounds the loader's memory


class _Concatenated(io.RawIOBase):
    """Several files read as one binary stream (each file ends with a newline)."""

    def __init__(self, paths: list[Path]):
        self._paths = iter(paths)
        self._current = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while True:
            if self._current is None:
                path = next(self._paths, None)
                if path is None:
                    return 0
                self._current = open(path, "rb")  # noqa: SIM115 - closed when exhausted or on close()
            count = self._current.readinto(buffer)
            if count:
                return count
            self._current.close()
            self._current = None

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
        super().close()


def _batches(paths: list[Path], limit: int) -> Iterator[list[Path]]:
    batch: list[Path] = []
    size = 0
    for path in paths:
        length = path.stat().st_size
        if batch and size + length > limit:
            yield batch
            batch, size = [], 0
        batch.append(path)
        size += length
    if batch:
        yield batch


def build_store(out_dir: Path, nquads: Path | list[Path]) -> Path:
    """Load N-Quads files into a fresh on-disk store and swap it in place of the old one.

    `nquads` is graph.nq or the per-report shards (quads repeated in several shards are stored once).
    Files are loaded in batches of about LOAD_BATCH_BYTES so that the loader's memory stays bounded
    however large the build; the GIL is released while Oxigraph loads, so this can run in a thread.
    """
    paths = [nquads] if isinstance(nquads, Path) else list(nquads)
    final = out_dir / STORE_DIR
    tmp = Path(tempfile.mkdtemp(prefix=".store.", dir=out_dir))
    try:
        store = ox.Store(str(tmp / "data"))
        for batch in _batches(paths, LOAD_BATCH_BYTES):
            if len(batch) == 1:
                store.bulk_load(path=str(batch[0]), format=ox.RdfFormat.N_QUADS)
            else:
                with _Concatenated(batch) as stream:
                    store.bulk_load(stream, format=ox.RdfFormat.N_QUADS)
        add_name_index(store)
        store.flush()
        store.optimize()
        del store
        if final.exists():
            _exchange(tmp / "data", final)  # the old store moves into tmp, removed below
        else:
            os.replace(tmp / "data", final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def _exchange(a: Path, b: Path) -> None:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE): a reader, or a build killed at any
    moment, finds either the old or the new folder at each path, never none.

    Elsewhere two renames, with the old folder kept under .store.old.PID until the second is done
    (recovered by `remove_stale_temporaries` if a build is killed between them).
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        at_fdcwd, rename_exchange = -100, 2
        if libc.renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
            return
    except (OSError, AttributeError):
        pass
    old = b.parent / f".store.old.{os.getpid()}"
    os.replace(b, old)
    os.replace(a, b)
    os.replace(old, a)


def remove_stale_temporaries(out_dir: Path) -> None:
    """Remove what a killed build left behind: temporary files, half-loaded stores, merge files.

    A store moved aside by a build killed between its two renames (systems without an atomic
    exchange) is put back first.
    """
    final = out_dir / STORE_DIR
    for old in sorted(out_dir.glob(".store.old.*")):
        if not final.exists() and old.is_dir():
            os.replace(old, final)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for folder in (out_dir, out_dir / "shards", out_dir / "texts"):
        if not folder.is_dir():
            continue
        for path in folder.glob(".*"):
            if path.name.startswith(".store.") and path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            elif path.is_file() and (path.name.endswith(".tmp") or path.name.startswith(".merge.")):
                path.unlink(missing_ok=True)


@contextmanager
def build_lock(out_dir: Path):
    """Hold an exclusive lock on a build folder: a second build into it fails with one clear line."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / ".lock", "a+b") as handle:
        try:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - not POSIX
            pass
        except OSError:
            raise StoreError(f"{out_dir}: another kg build is writing this folder") from None
        yield


def open_store(out_dir: Path) -> ox.Store:
    path = out_dir / STORE_DIR
    if not path.is_dir():
        raise StoreError(f"{out_dir}: no built graph here (run 'kg build -o {out_dir}' first)")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from None
