"""Fixtures for the real-browser tests: Debian's Chromium driven by Playwright.

Playwright never downloads a browser here: it launches the system Chromium
through ``executable_path``.  Without Chromium the tests skip and say how to
install it, except where ``CAREERKIT_REQUIRE_BROWSER=1`` (``.ci/run`` sets it):
there a missing browser fails the run.

Every request that does not go to 127.0.0.1 or localhost is aborted in the
browser (JupyterLab pages may ask CDNs for things); the aborted URLs are kept
for tests to inspect.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from _course import wait_for_url

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
SCRIPT = Path(sys.executable).with_name("careerkit")
INSTALL_HINT = (
    "Chromium is not installed: install it with `apt-get install -y chromium` "
    "(Debian/Ubuntu) to run the browser tests"
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
LOOPBACK = {"127.0.0.1", "localhost"}


def find_chromium() -> str | None:
    """Return the system Chromium, or None."""
    for candidate in ("/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        if os.environ.get("CAREERKIT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{INSTALL_HINT} (CAREERKIT_REQUIRE_BROWSER=1)")
        pytest.skip(INSTALL_HINT)
    return path


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield instance
        finally:
            instance.close()


@dataclass
class Watched:
    """A browser context with its blocked requests and console errors."""

    context: Any
    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def new_page(self) -> Any:
        page = self.context.new_page()
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        return page

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.text} ({message.location})")


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    """A fresh context that aborts every request leaving the machine."""
    context = browser.new_context(viewport={"width": 1100, "height": 1400})
    state = Watched(context)

    def route(route: Any) -> None:
        url = route.request.url
        parsed = urlparse(url)
        if parsed.scheme in {"http", "https", "ws", "wss"} and (
            parsed.hostname not in LOOPBACK
        ):
            state.blocked.append(url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", route)
    try:
        yield state
    finally:
        context.close()


@dataclass
class LabServer:
    """A ``careerkit lab`` started by a test."""

    process: subprocess.Popen[str]
    url: str
    workspace: Path
    home: Path

    @property
    def base(self) -> str:
        return self.url.split("/lab", 1)[0]

    @property
    def token(self) -> str:
        return self.url.split("?token=", 1)[1]


def start_lab(tmp: Path) -> LabServer:
    """Run ``careerkit lab`` on a temporary workspace; return once it listens."""
    workspace, home = tmp / "workspace", tmp / "home"
    env = {
        **os.environ,
        "CAREERKIT_HOME": str(home),
        "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"),
        "JUPYTER_CONFIG_DIR": str(tmp / "config"),
        "JUPYTERLAB_SETTINGS_DIR": str(tmp / "lab-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp / "lab-workspaces"),
    }
    env.pop("CAREERKIT_LANG", None)
    # Answer JupyterLab's one-time "get notified about news?" question up front,
    # so its toast does not cover the notebook.
    settings = tmp / "lab-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')
    command = [str(SCRIPT), "lab", str(workspace), "--no-browser"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    command += ["--", "--ServerApp.port=0", "--LabApp.expose_app_in_browser=True"]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        url = wait_for_url(process)
    except BaseException:
        stop(process)
        raise
    return LabServer(process, url, workspace, home)


def stop(process: subprocess.Popen[str]) -> None:
    """Terminate the process this test started, wait, kill it on a timeout."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[LabServer]:
    server = start_lab(tmp_path)
    try:
        yield server
    finally:
        stop(server.process)


@pytest.fixture
def serve_dir() -> Iterator[Any]:
    """Serve folders over HTTP on loopback (a port the OS picks) while the test runs."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def serve(root: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    try:
        yield serve
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass
