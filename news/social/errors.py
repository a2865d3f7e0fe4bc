class PostError(Exception):
    """An API's refusal or a failure to reach it.

    transient: worth another try later (network, 5xx, rate limits, errors the API marks so);
    retry_after: seconds the API asked to wait; ambiguous: the request may have been carried out
    (the answer was lost), so a send must not be repeated automatically.
    """

    def __init__(self, description, *, transient=False, retry_after=None, ambiguous=False):
        super().__init__(description)
        self.description = description
        self.transient = transient
        self.retry_after = retry_after
        self.ambiguous = ambiguous


def request_error(error):
    """A PostError for a requests exception: was the request possibly received?"""
    import requests

    not_sent = isinstance(error, requests.ConnectTimeout) or (
        isinstance(error, requests.ConnectionError) and "NewConnectionError" in repr(error)
    )
    return PostError(
        f"Network error: {error.__class__.__name__}",
        transient=True,
        ambiguous=not not_sent,
    )


def json_answer(response):
    """The JSON body of an API's answer; a PostError when there is none (a proxy's error page)."""
    try:
        return response.json()
    except ValueError:
        raise PostError(
            f"HTTP {response.status_code} without a JSON answer",
            transient=response.status_code >= 500,
        ) from None
