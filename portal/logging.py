"""Logging filters for the console handler (LOGGING in settings)."""

import logging


class OneLineForClientErrors(logging.Filter):
    """A client's mistake (a 4xx: a bad Host header, a malformed parameter) is one line in the
    log, not a traceback: only server errors need one to be understood."""

    def filter(self, record):
        status = getattr(record, "status_code", None)
        if status is not None and 400 <= status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
