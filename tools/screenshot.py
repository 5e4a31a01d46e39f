"""Take screenshots of pages of a running portal: python tools/screenshot.py URL OUT.png [WIDTH]."""

import sys

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> None:
    """Capture one full-page screenshot."""
    url, out = sys.argv[1], sys.argv[2]
    width = int(sys.argv[3]) if len(sys.argv) > 3 else 390
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": width, "height": 800}, device_scale_factor=1)
        page.goto(url, wait_until="networkidle")
        # Scroll through the page so that lazy images load before the capture.
        height = page.evaluate("document.body.scrollHeight")
        for offset in range(0, height, 600):
            page.evaluate(f"window.scrollTo(0, {offset})")
            page.wait_for_timeout(50)
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=out, full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
