"""Start JupyterLab on a workspace and learn where it listens (for ``careerkit lab``).

JupyterLab runs as a child process of this interpreter (``python -m jupyterlab``),
bound to 127.0.0.1, with token authentication on.  The token reaches the
server through its environment (``JUPYTER_TOKEN``, read by jupyter_server's
``IdentityProvider``), never its command line: every local user can read a
command line (``ps``), only the owner (and root) a process's environment.
The server writes
``jpserver-<pid>.json`` in Jupyter's runtime directory once it listens; that
file gives the real port (``--ServerApp.port=0`` lets the operating system
pick one) and the token, so the address printed is always the one in use.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import quote

from careerkit.errors import CareerkitError

__all__ = [
    "LabError",
    "is_root",
    "lab_command",
    "lab_environment",
    "running",
    "server_url",
    "stop",
]

STARTUP_TIMEOUT = 120.0  # seconds; JupyterLab is usually ready in about 2 s
STOP_TIMEOUT = 15.0


class LabError(CareerkitError, RuntimeError):
    """JupyterLab could not be started."""


def is_root() -> bool:
    """Whether this process runs as the superuser (never on Windows)."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0


def lab_command(
    workspace: Path,
    *,
    start: str | None,
    allow_root: bool = False,
    open_browser: bool = True,
    extra: Sequence[str] = (),
) -> list[str]:
    """Return the command line that starts JupyterLab on ``workspace``.

    ``extra`` comes last, so a learner's own ``--ServerApp.port=...`` (or any
    other option) wins over ours.  The token is not on it: see
    :func:`lab_environment`.
    """
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={workspace}",
        "--ServerApp.ip=127.0.0.1",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if allow_root:
        command.append("--allow-root")
    if not open_browser:
        command.append("--no-browser")
    command.extend(extra)
    if start is not None:
        command.append(str(workspace / start))
    return command


def lab_environment(
    *, token: str | None = None, edition: str | None = None
) -> dict[str, str]:
    """Return the environment JupyterLab runs in: ours, plus its token.

    ``token`` (default: a new random one) goes in ``JUPYTER_TOKEN``, which
    wins over a ``JUPYTER_TOKEN_FILE`` of the learner's; ``edition`` sets
    ``CAREERKIT_EDITION`` for the notebooks' kernels.
    """
    env = dict(os.environ)
    env["JUPYTER_TOKEN"] = token or secrets.token_urlsafe(32)
    if edition is not None:
        env["CAREERKIT_EDITION"] = edition
    return env


@contextlib.contextmanager
def running(
    command: list[str], *, cwd: Path, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` and stop it on leaving, also when this process gets SIGTERM."""
    installed, previous = _on_sigterm_exit()
    process = subprocess.Popen(command, cwd=cwd, env=env)
    try:
        yield process
    finally:
        stop(process)
        if installed:
            signal.signal(signal.SIGTERM, previous)


def server_url(process: subprocess.Popen[bytes], *, start: str | None) -> str:
    """Wait until the server listens; return its address with the token.

    Raises
    ------
    LabError
        When the server exits first or is not up within ``STARTUP_TIMEOUT``.
    """
    from jupyter_core.paths import jupyter_runtime_dir

    info_file = Path(jupyter_runtime_dir()) / f"jpserver-{process.pid}.json"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise LabError(f"JupyterLab stopped with exit code {process.returncode}")
        info = _read_json(info_file)
        if info is not None and "url" in info:
            base = str(info["url"]).rstrip("/")
            page = f"/lab/tree/{quote(start)}" if start else "/lab"
            token = str(info.get("token", ""))
            return f"{base}{page}?token={token}" if token else f"{base}{page}"
        time.sleep(0.1)
    raise LabError(f"JupyterLab did not start within {STARTUP_TIMEOUT:.0f} s")


def wait(process: subprocess.Popen[bytes]) -> int:
    """Wait for the server to end; Ctrl+C is JupyterLab's to handle."""
    while True:
        try:
            return process.wait()
        except KeyboardInterrupt:
            continue


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate ``process``, wait, and kill it if it does not stop in time."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _on_sigterm_exit() -> tuple[bool, object]:
    """Turn SIGTERM into ``SystemExit`` so the server is stopped with us."""

    def handler(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    try:
        return True, signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        return False, None


def _read_json(path: Path) -> dict | None:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None
