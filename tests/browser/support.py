"""What the browser tests share: the reader's settings, viewports, a page with its troubles
recorded, and axe-core with a report that says what to fix."""

import json
import re

from axe_playwright_python.sync_playwright import Axe

PHONE = {"width": 390, "height": 844}
EDITOR_PASSWORD = "a-long-test-password"
DESKTOP = {"width": 1280, "height": 900}

# The version for the visually impaired, as portal.js keeps it in localStorage.
MODES = {
    "normal": {},
    "200%-white-on-black-no-images": {"size": "200", "contrast": "wb", "images": "off"},
    "150%-yellow-on-black": {"size": "150", "contrast": "yb"},
    "125%-black-on-white": {"size": "125", "contrast": "bw"},
}


class Visit:
    """A page of one browser context (one reader), with what went wrong on the way: script
    errors and requests to other origins (the portal loads nothing from elsewhere)."""

    def __init__(self, context, live_url, server_errors):
        self.context = context
        self.live_url = live_url
        self.server_errors = server_errors
        self.errors = []
        self.outside_requests = []
        context.route(re.compile(r"^(?!" + re.escape(live_url) + r")"), self._refuse)
        self.page = context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _refuse(self, route):
        self.outside_requests.append(route.request.url)
        route.abort()

    def goto(self, path):
        seen = len(self.server_errors)
        response = self.page.goto(self.live_url + path)
        assert response is not None and response.status == 200, (
            f"{path}: {response and response.status}\n" + "\n".join(self.server_errors[seen:])
        )
        self.page.wait_for_load_state("load")
        return response

    def sign_in(self, user, password):
        """Sign in to the admin through its form, as an editor does."""
        self.goto("/admin/login/")
        self.page.fill("#id_username", user.get_username())
        self.page.fill("#id_password", password)
        with self.page.expect_navigation():
            self.page.click("button[type=submit]")

    def low_vision(self):
        """The settings kept for this reader, as portal.js stores them."""
        return json.loads(self.page.evaluate("localStorage.getItem('lowVision')") or "{}")

    def check_clean(self):
        assert not self.errors, f"script errors: {self.errors}"
        assert not self.outside_requests, f"requests to other origins: {self.outside_requests}"


# WCAG 2.0 and 2.1, A and AA (ST RK 2191-2023 follows WCAG 2.1 AA), and axe's best practices:
# they hold what screen-reader users navigate by (one main landmark, content inside landmarks,
# headings in order, unique landmark names), which WCAG's own rules do not test.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
AXE = Axe()


def axe_violations(page):
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    results = AXE.run(page, options=options)
    return results.response["violations"]


def describe_violations(violations, limit=8):
    """One paragraph per rule: id, impact, what it checks, help URL, then the elements."""
    lines = []
    for violation in violations:
        lines.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']} "
            f"<{violation['helpUrl']}>"
        )
        for node in violation["nodes"][:limit]:
            target = " ".join(str(part) for part in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}: {summary}")
        if len(violation["nodes"]) > limit:
            lines.append(f"    ... and {len(violation['nodes']) - limit} more")
    return "\n".join(lines)


def assert_accessible(page, where):
    violations = axe_violations(page)
    assert not violations, f"axe-core on {where}:\n{describe_violations(violations)}"
