"""The image renditions the public templates use, named by where they appear.

Templates ask for them through `{% responsive_image %}` and the warm-up task makes them ahead,
so both read the same list.
"""

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


def all_specs():
    specs = {FULL_SIZE_SPEC, SHARE_SPEC}
    for profile in PROFILES:
        for pairs in profile_specs(profile).values():
            specs.update(spec for _width, spec in pairs)
    return sorted(specs)
