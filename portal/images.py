"""The image renditions the public templates use, named by where they appear.

Templates ask for them through `{% responsive_image %}` and the warm-up task makes them ahead,
so both read the same list.
"""

import functools
from dataclasses import dataclass

from wagtail.images import get_image_model
from wagtail.images.models import Filter

PROFILES = {
    "card": (400, 800),
    "main": (400, 800, 1200),
    "gallery": (400, 800),
}
FORMATS = ("webp", "jpeg")
# The full-size photo a gallery thumbnail links to (works without JavaScript).
FULL_SIZE_SPEC = "max-1600x1600|format-jpeg"
# The picture a shared link shows (Open Graph, X, JSON-LD): the 1.91:1 size the networks crop to.
SHARE_SPEC = "fill-1200x630|format-jpeg"
# The publisher's logo in JSON-LD (not an article image, so not warmed with them).
LOGO_SPEC = "max-600x600|format-png"


def profile_specs(profile):
    """{format: [(width, spec), ...]} for one profile."""
    return {
        fmt: [(width, f"width-{width}|format-{fmt}") for width in PROFILES[profile]]
        for fmt in FORMATS
    }


def profile_spec_list(*profiles):
    """Every spec of the named profiles, in one list."""
    return [
        spec
        for profile in profiles
        for pairs in profile_specs(profile).values()
        for _width, spec in pairs
    ]


def all_specs():
    return sorted({FULL_SIZE_SPEC, SHARE_SPEC, *profile_spec_list(*PROFILES)})


@dataclass(frozen=True)
class RenditionInfo:
    url: str
    width: int
    height: int


@functools.cache
def image_filter(spec):
    """One Filter per spec and process: a Filter parses its spec (slowly) once, on first use."""
    return Filter(spec=spec)


# {(image version, spec): RenditionInfo}. A rendition never changes: a new file or focal point
# is a new image version, and deleted renditions a new site token, so entries need no purging;
# the size is only bounded.
_RENDITIONS = {}
_RENDITIONS_LIMIT = 20_000


def _image_version(image):
    # The site-wide token of the page cache changes when renditions are deleted (an image's
    # file replaced, renditions purged by a command; see portal.signals): every process then
    # looks them up again.
    from . import page_cache

    return (
        page_cache.tokens(page_cache.SITE)[page_cache.SITE],
        image.pk,
        image.file.name,
        image.focal_point_x,
        image.focal_point_y,
        image.focal_point_width,
        image.focal_point_height,
    )


def _make_room():
    if len(_RENDITIONS) > _RENDITIONS_LIMIT:
        _RENDITIONS.clear()


def renditions(image, specs):
    """{spec: RenditionInfo} of `image`: from process memory once seen, else from Wagtail
    (prefetched renditions, its rendition cache or the database; made if missing)."""
    version = _image_version(image)
    found = {spec: _RENDITIONS.get((version, spec)) for spec in specs}
    missing = [spec for spec, info in found.items() if info is None]
    if missing:
        _make_room()
        made = image.get_renditions(*(image_filter(spec) for spec in missing))
        for spec in missing:
            rendition = made[spec]
            info = RenditionInfo(rendition.url, rendition.width, rendition.height)
            _RENDITIONS[(version, spec)] = found[spec] = info
    return found


def warm(images, specs):
    """Read into process memory, in one query, the existing renditions of several images that
    are not there yet: a listing's cards then cost no query each, even in a fresh process."""
    wanted = {}
    for image in images:
        if image is None:
            continue
        version = _image_version(image)
        if any((version, spec) not in _RENDITIONS for spec in specs):
            wanted[image.pk] = (image, version)
    if not wanted:
        return
    _make_room()
    for _image, version in wanted.values():
        for spec in specs:
            # None: not made yet as of this look-up; `renditions` makes it when it is asked for.
            _RENDITIONS.setdefault((version, spec), None)
    rendition_model = get_image_model().get_rendition_model()
    for row in rendition_model.objects.filter(image_id__in=wanted, filter_spec__in=specs):
        image, version = wanted[row.image_id]
        if row.focal_point_key == image_filter(row.filter_spec).get_cache_key(image):
            _RENDITIONS[(version, row.filter_spec)] = RenditionInfo(row.url, row.width, row.height)


def rendition(image, spec):
    return renditions(image, [spec])[spec]
