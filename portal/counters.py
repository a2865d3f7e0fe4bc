"""A counter per window in a Django cache: throttles, caps and bounds share it."""


def count_in_window(cache, key, window):
    """Add one to `key` in `cache`; the window of `window` seconds starts at the first count.
    Returns the count, or None when the cache does not answer (Redis down)."""
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # the window ended between add and incr: this is the first of the next
        cache.set(key, 1, timeout=window)
        return 1
