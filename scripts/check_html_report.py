#!/usr/bin/python3
"""Render ListingAudit HTML reports in headless Chromium over the DevTools protocol and check them.

Fails (exit 1) on console errors, uncaught JavaScript errors, any failed or non-local resource load, a missing
or empty report section, an inaccessible or empty chart, horizontal scrolling on a phone-width screen, text drawn
under 11 px (charts included, at their rendered scale), a table wider than the space it is shown in (its last
column cut off) at 390 px or 1366 px, a rule id in a table wrapped over two lines on a desktop screen, or a blank
screenshot. Needs Debian's `chromium` and `python3-websocket` (scripts/check-html-report installs them).

Usage: check_html_report.py [--history] [--screenshot PNG] REPORT.html [REPORT.html ...]
"""

import argparse
import base64
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib

import websocket

ALWAYS = ["summary", "fix-list", "refund-reasons", "pareto", "findings-by-rule", "evidence", "coverage"]
WITH_HISTORY = ["history", "fix-effects"]

PROBE = """(() => {
  const sections = [...document.querySelectorAll('main > section')].map(s => ({
    id: s.id, heading: (s.querySelector('h2') || {}).textContent || '',
    text: s.innerText.trim().length, charts: s.querySelectorAll('svg.chart').length }));
  const charts = [...document.querySelectorAll('svg.chart')].map(s => {
    const box = s.getBoundingClientRect();
    return { id: s.id, role: s.getAttribute('role'), title: (s.querySelector('title') || {}).textContent || '',
      desc: (s.querySelector('desc') || {}).textContent || '', width: box.width, height: box.height,
      marks: s.querySelectorAll('rect, polyline, circle').length };
  });
  const external = [...document.querySelectorAll('[src], link[href]')].map(e => e.src || e.href);
  const small = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, element = node.parentElement;
    if (!node.textContent.trim() || element.closest('title, desc, thead')) continue;
    const style = getComputedStyle(element), box = element.getBoundingClientRect();
    if (style.display === 'none' || style.visibility === 'hidden' || (box.width === 0 && box.height === 0)) continue;
    let size = parseFloat(style.fontSize);
    if (element instanceof SVGElement) {
      const matrix = element.ownerSVGElement && element.ownerSVGElement.getScreenCTM();
      if (matrix) size *= Math.hypot(matrix.a, matrix.b);
    }
    if (size < 10.95) small.push(`${Math.round(size * 10) / 10}px: ${node.textContent.trim().slice(0, 40)}`);
  }
  const tables = [...document.querySelectorAll('table')].map(t => {
    const box = t.getBoundingClientRect(), frame = t.parentElement.getBoundingClientRect();
    const caption = (t.querySelector('caption') || t.closest('section').querySelector('h2') || {}).textContent;
    return { caption: (caption || '').trim().slice(0, 40), right: box.right,
      limit: Math.min(frame.right, window.innerWidth) };
  });
  const wrapped = [...document.querySelectorAll('td code')].filter(c => c.getClientRects().length > 1)
    .map(c => c.textContent);
  return { lang: document.documentElement.lang, title: document.title, sections, charts,
    scripts: document.scripts.length, external, text: document.body.innerText.trim().length,
    scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, small, tables, wrapped };
})()"""


class Browser:
    """One headless Chromium with a DevTools websocket to its first page."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="check-html-report-")
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        if not binary:
            raise SystemExit("check-html-report: chromium not found (apt-get install -y chromium)")
        self.process = subprocess.Popen(
            [binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = pathlib.Path(self.profile, "DevToolsActivePort")
        deadline = time.time() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if time.time() > deadline or self.process.poll() is not None:
                self.close()
                raise SystemExit("check-html-report: chromium did not start")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            pages = [t for t in json.load(response) if t.get("type") == "page"]
        self.socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30)
        self.next_id = 0
        self.events = []
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_for(self, event, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(e["method"] == event for e in self.events):
                return
            self.socket.settimeout(max(0.1, deadline - time.time()))
            message = json.loads(self.socket.recv())
            if "method" in message:
                self.events.append(message)
        raise RuntimeError(f"timed out waiting for {event}")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"probe failed: {result['exceptionDetails']}")
        return result["result"]["value"]

    def close(self):
        try:
            self.process.terminate()
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def problems_in_events(events):
    problems = []
    for event in events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            problems.append(f"JavaScript error: {text}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            problems.append(f"console {params['type']}: {text}")
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            problems.append(f"browser error: {params['entry'].get('text')} {params['entry'].get('url', '')}")
        elif method == "Network.loadingFailed":
            problems.append(f"resource failed to load: {params.get('errorText')}")
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if not url.startswith(("file://", "data:", "about:")):
                problems.append(f"network request (the report must be self-contained): {url}")
    return problems


def problems_in_dom(dom, expected_sections, phone, width):
    problems = []
    if dom["lang"] not in ("en", "zh-CN"):
        problems.append(f"<html lang> is {dom['lang']!r}")
    if not dom["title"].strip():
        problems.append("empty <title>")
    if dom["scripts"]:
        problems.append(f"{dom['scripts']} <script> element(s): the report must not need JavaScript")
    if dom["external"]:
        problems.append(f"external resources referenced: {dom['external']}")
    found = {s["id"]: s for s in dom["sections"]}
    for section_id in expected_sections:
        section = found.get(section_id)
        if not section:
            problems.append(f"section #{section_id} missing")
        elif not section["heading"].strip() or section["text"] <= len(section["heading"]) + 10:
            problems.append(f"section #{section_id} is empty")
    for chart in dom["charts"]:
        if chart["role"] != "img" or not chart["title"].strip() or not chart["desc"].strip():
            problems.append(f"chart #{chart['id']} lacks role=img, <title> or <desc>")
        if chart["width"] < 100 or chart["height"] < 50 or chart["marks"] == 0:
            problems.append(f"chart #{chart['id']} is empty or collapsed ({chart})")
    if phone and max(dom["scrollWidth"], dom["innerWidth"]) > width + 1:
        problems.append(f"page scrolls sideways on a phone ({dom['scrollWidth']}px wide > {width}px)")
    for text in dom["small"][:5]:
        problems.append(f"text under 11px at {width}px: {text}")
    for table in dom["tables"]:
        if table["right"] > table["limit"] + 1:
            problems.append(f"table '{table['caption']}' is wider than its space at {width}px: its last column "
                            f"is cut off ({table['right']:.0f}px > {table['limit']:.0f}px)")
    if not phone:
        for code in dom["wrapped"][:5]:
            problems.append(f"rule id wrapped over two lines at {width}px: {code}")
    return problems


def png_looks_blank(data):
    """True when the decoded image data has almost no variation (a blank page)."""
    position, chunks = 8, []
    while position < len(data):
        length = int.from_bytes(data[position:position + 4], "big")
        kind = data[position + 4:position + 8]
        if kind == b"IDAT":
            chunks.append(data[position + 8:position + 8 + length])
        position += 12 + length
    pixels = zlib.decompress(b"".join(chunks))
    return len(set(pixels[::7])) < 16


def check(browser, path, expected_sections, screenshot):
    url = pathlib.Path(path).resolve().as_uri()
    problems = []
    for phone in (True, False):
        browser.events.clear()
        width, height = (390, 844) if phone else (1366, 900)
        browser.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                     mobile=phone)
        browser.call("Page.navigate", url=url)
        browser.wait_for("Page.loadEventFired")
        dom = browser.evaluate(PROBE)
        time.sleep(0.2)
        browser.call("Runtime.evaluate", expression="0")
        problems += problems_in_events(browser.events)
        problems += problems_in_dom(dom, expected_sections, phone, width)
    metrics = browser.call("Page.getLayoutMetrics")
    full_height = min(int(metrics["cssContentSize"]["height"]), 16000)
    shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                        clip={"x": 0, "y": 0, "width": 1366, "height": full_height, "scale": 1})
    data = base64.b64decode(shot["data"])
    if png_looks_blank(data):
        problems.append("the screenshot is blank")
    pathlib.Path(screenshot).write_bytes(data)
    return sorted(set(problems)), dom


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+")
    parser.add_argument("--history", action="store_true", help="also require the history sections")
    parser.add_argument("--screenshot", help="where to save the first report's screenshot (PNG)")
    args = parser.parse_args()
    expected = ALWAYS + (WITH_HISTORY if args.history else [])
    failed = False
    browser = Browser()
    try:
        for index, report in enumerate(args.reports):
            if not os.path.isfile(report):
                print(f"FAIL {report}: no such file")
                failed = True
                continue
            screenshot = args.screenshot if (args.screenshot and index == 0) else report + ".png"
            problems, dom = check(browser, report, expected, screenshot)
            if problems:
                failed = True
                print(f"FAIL {report}")
                for problem in problems:
                    print(f"  - {problem}")
            else:
                print(f"ok   {report} (lang={dom['lang']}, {len(dom['sections'])} sections, "
                      f"{len(dom['charts'])} charts, screenshot {screenshot})")
    finally:
        browser.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
