"""Round 27 progKA's gated dump, run as is (the same script: `../round27_progKA/dumpgate.py`); usage as there."""
import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parent.parent / "round27_progKA" / "dumpgate.py"), run_name="__main__")
