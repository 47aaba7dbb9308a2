"""Headless Chromium for browser tests: Debian's chromium, every non-file: request blocked."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Route

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def chromium_path() -> str:
    """Debian's chromium (installed by `make test`), never a downloaded browser."""
    path = shutil.which("chromium") or "/usr/bin/chromium"
    return path


def launch(playwright: Playwright) -> Browser:
    """Start headless Chromium from Debian's package."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


@dataclass
class OfflinePage:
    """A page whose non-file requests are aborted and recorded, with console errors kept."""

    page: Page
    context: BrowserContext
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@contextmanager
def offline_page(
    browser: Browser, color_scheme: str = "light", phone: bool = False
) -> Iterator[OfflinePage]:
    """A fresh context and page, offline: anything but file:// is blocked and counted.

    ``phone``: a 390×844 touch screen (a current mid-size phone) instead of a desktop.
    """
    size = PHONE if phone else DESKTOP
    context = browser.new_context(
        viewport=size, color_scheme=color_scheme, is_mobile=phone, has_touch=phone
    )
    page = context.new_page()
    result = OfflinePage(page, context)

    def route(route: Route) -> None:
        if route.request.url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            result.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page.on(
        "console",
        lambda message: result.errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: result.errors.append(str(error)))
    try:
        yield result
    finally:
        context.close()
