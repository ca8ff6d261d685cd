#!/usr/bin/env python3
"""Screenshot the dashboard's overview page for the README (docs/img/overview.png).

    python scripts/screenshot_overview.py [--db custody.db] [--out docs/img/overview.png]

Starts ``custody serve`` on the store (by default the demo store that
scripts/demo.sh makes; run ``custody resolve`` on it first for happenings) on
a free 127.0.0.1 port, opens the overview in Debian's Chromium through
Playwright, waits for the charts, saves the screenshot and stops the server.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=str(ROOT / "custody.db"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "img" / "overview.png"))
    ap.add_argument("--width", type=int, default=1280)
    args = ap.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-c", "from custody.cli import main; main()", "--db", args.db,
               "serve", "--port", str(port), "--log-level", "warning"]  # fmt: skip
    server = subprocess.Popen(command)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/summary", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": 900})
            page.goto(base + "/")
            page.wait_for_selector("figure#holdings[data-rendered='true'] svg", timeout=20000)
            page.wait_for_selector("figure#weekly-release[data-rendered='true'] svg", timeout=20000)
            page.screenshot(path=args.out, full_page=True)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
