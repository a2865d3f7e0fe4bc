"""The address of the client a request comes from, as the portal's throttles and caps see it."""

from django.conf import settings


def client_ip(request):
    """The client's address: behind our nginx, the last entry of X-Forwarded-For.

    nginx appends the address it sees to whatever X-Forwarded-For the client sent, so only the
    last entry is known to be true; the header counts only when the connection comes from a
    trusted proxy (TRUSTED_PROXIES), else anyone could pick their own address.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    # An empty REMOTE_ADDR is a Unix socket: only a local process (nginx) can connect there.
    if forwarded and (not remote or remote in settings.TRUSTED_PROXIES):
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return remote
