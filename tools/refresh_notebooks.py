"""Re-execute course notebooks in place, the way CI will check them.

Maintainers run this after editing a notebook or raising a pin in
``constraints.txt``::

    python tools/refresh_notebooks.py                 # every notebook
    python tools/refresh_notebooks.py notebooks/02-skill.ipynb

Each notebook runs in a fresh kernel of this interpreter, in its own folder,
with an empty ``CAREERKIT_HOME`` and Indonesian messages, so its stored
outputs are what strict nbval reproduces.  No widget state and no timing
metadata are stored.  A notebook whose execution fails is left untouched and
the script exits non-zero.

Known limit: with widget state switched off, nbclient 0.11 fails with a
``KeyError`` on a cell that displays an ``ipywidgets.Output`` widget (which
``interact`` uses).  The course's widgets draw into an ``Image`` widget instead,
so they are unaffected; a notebook that needs ``interact`` would need nbclient
to tolerate missing widget state (or this tool to keep it and strip it after).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

REPO = Path(__file__).resolve().parent.parent


def refresh(path: Path, *, timeout: int = 600) -> None:
    """Execute ``path`` in a fresh kernel and write it back with clean outputs."""
    nb = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory(prefix="careerkit-refresh-") as home:
        saved = {k: os.environ.get(k) for k in ("CAREERKIT_HOME", "CAREERKIT_LANG")}
        os.environ["CAREERKIT_HOME"] = home
        os.environ.pop("CAREERKIT_LANG", None)
        os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
        try:
            client = NotebookClient(
                nb,
                timeout=timeout,
                kernel_name="python3",
                resources={"metadata": {"path": str(path.parent)}},
                store_widget_state=False,
                record_timing=False,
            )
            client.execute()
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    nb.metadata.pop("language_info", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.validate(nb)
    nbformat.write(nb, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = args.paths or sorted((REPO / "notebooks").glob("*.ipynb"))
    failed = 0
    for path in paths:
        try:
            refresh(path)
        except CellExecutionError as exc:
            failed += 1
            print(f"FAILED {path}:\n{exc}", file=sys.stderr)
        else:
            print(f"ok     {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
