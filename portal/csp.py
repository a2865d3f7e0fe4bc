"""The Content-Security-Policy of the portal (django-csp), and the one inline script it allows.

Public pages run no inline code but HEAD_SCRIPT, allowed by its hash rather than a nonce: a
page from the page cache or nginx's micro-cache is the same bytes for every reader, so it
cannot carry a fresh nonce. The admin (Wagtail's) gets a policy of its own (`ADMIN_DIRECTIVES`).
"""

import base64
import hashlib

from csp.constants import NONE, SELF
from csp.middleware import CSPMiddleware, PolicyParts

# Applied before the first paint: the reader's settings of the version for the visually
# impaired, and the "js" class that shows its control (no layout shift when portal.js runs).
HEAD_SCRIPT = (
    'document.documentElement.classList.add("js");'
    'try{var lv=JSON.parse(localStorage.getItem("lowVision"))||{};'
    '["size","contrast","images"].forEach(function(k){'
    'if(lv[k])document.documentElement.setAttribute("data-lv-"+k,lv[k])})}catch(e){}'
)


def source_hash(text):
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


PUBLIC_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, source_hash(HEAD_SCRIPT)],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [NONE],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    # The admin's live preview frames the portal's own pages; nobody else may.
    "frame-ancestors": [SELF],
}

# Wagtail's admin (and wagtail-modeltranslation's language toggles) write inline scripts whose
# content changes from page to page, so they cannot be listed by hash, and Wagtail gives them no
# nonce: the admin's policy allows inline scripts and styles, and still no script, style, image,
# connection or frame from any other origin (no avatars from Gravatar, no update check), no
# plugin, no framing by other sites, and forms that post only to the portal.
ADMIN_DIRECTIVES = {
    **PUBLIC_DIRECTIVES,
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "frame-src": [SELF],
}


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under /admin/."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            return PolicyParts(config=ADMIN_DIRECTIVES, nonce=parts.nonce)
        return parts
