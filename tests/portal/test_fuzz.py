"""Generated bad requests to every public route of the live server: never a 5xx.

Bad, huge, negative, non-numeric, NUL, unicode, array and repeated parameters; odd methods;
a bad Host; 8 KB query strings. The generator is seeded, so a failure can be replayed.
"""

import http.client
import random
from collections import Counter
from urllib.parse import quote

import pytest

from tests.cooperation.factories import (
    CountryFactory,
    PartnerPlaceFactory,
    make_agreement,
    make_delegation,
    make_project,
    make_section,
)
from tests.factories import ArticlePageFactory, TagFactory

PARAMETERS = (
    "page", "tag", "region", "year", "month", "q", "type", "sort", "from", "to", "p",
    "country", "place", "kind", "field", "status", "sector", "direction", "offset", "limit",
    "fields", "code", "order", "search", "format", "x", "utm_source",
)  # fmt: skip
VALUES = (
    "", "0", "-1", "1", "2", "99999999999999999999999", "9223372036854775808", "1e9", "abc",
    "%00", "a%00b", "%FF%FE", "ҚҰПИЯ", "әғқңөұүһі", "../../etc/passwd", "<script>", "' OR 1=1--",
    "2019-13-45", "31.12.2019", "kr", "KR", "investment", "title", "-date", "%E2%80%AE",
    "%", "%%", "null", "true", "[]", "{}", "1,2,3", "*", "+99999999999999999999", " 12",
    "9_999_999_999_999_999_999", "²", "١٢", "0x10",
)  # fmt: skip
ORIGINS = (
    "http://[", "https://evil.example", "null", "http://testserver:99999", "ftp://xn--80a.kz",
    "https://" + "a" * 300, "javascript:alert(1)",
)  # fmt: skip
METHODS = ("GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE")


@pytest.fixture
def routes(site):
    section, agreements, delegations, projects = make_section(site.home)
    country = CountryFactory(code="KR")
    place = PartnerPlaceFactory(country=country, slug="gyeonggi")
    tag = TagFactory(slug="investment")
    article = ArticlePageFactory(parent=site.news, tags=[tag])
    agreement = make_agreement(agreements, parties=[country])
    delegation = make_delegation(delegations, countries=[country])
    project = make_project(projects)
    paths = ["/", "/sitemap.xml", "/robots.txt", "/healthz", "/favicon.ico"]
    for code in ("kk", "ru", "en"):
        paths += [
            f"/{code}/",
            site.news.url_in(code),
            article.url_in(code),
            f"/{code}/feed/",
            f"/{code}/search/",
            f"/{code}/-/views/{article.pk}/",
            f"/{code}/-/views/{article.pk}/pixel.gif",
            f"/{code}/-/views/abc/",
            f"/{code}/api/v2/agreements/",
            f"/{code}/api/v2/agreements/{agreement.pk}/",
            f"/{code}/api/v2/delegations/",
            f"/{code}/api/v2/projects/",
            f"/{code}/api/v2/countries/",
            f"/{code}/api/v2/countries/find/",
            section.url_in(code),
            section.url_in(code) + "countries/",
            section.url_in(code) + "countries/kr/",
            section.url_in(code) + "countries/%00/",
            section.url_in(code) + f"places/{place.slug}/",
            agreements.url_in(code),
            agreements.url_in(code) + "csv/",
            delegations.url_in(code),
            projects.url_in(code),
            agreement.url_in(code),
            delegation.url_in(code),
            project.url_in(code),
        ]
    return paths


def query(rng):
    shape = rng.random()
    if shape < 0.05:  # an 8 KB query string
        return "q=" + quote("ә" * 700) + "&" + "&".join(f"x{n}=1" for n in range(300))
    pairs = []
    for _ in range(rng.randint(1, 4)):
        name = rng.choice(PARAMETERS)
        value = rng.choice(VALUES)
        if rng.random() < 0.15:
            name += "[]"  # an "array"
        pairs.append(f"{name}={value if '%' in value else quote(value)}")
        if rng.random() < 0.2:
            pairs.append(pairs[-1])  # repeated
    return "&".join(pairs)


@pytest.mark.django_db(transaction=True)
def test_generated_requests_never_get_a_server_error(live_server, routes):
    rng = random.Random(20261204)  # noqa: S311 (a fuzz test's generator, seeded to replay)
    host, port = live_server.url.removeprefix("http://").split(":")
    statuses = Counter()
    failures = []
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    for number in range(2000):
        path = rng.choice(routes)
        method = rng.choice(METHODS)
        target = f"{path}?{query(rng)}" if rng.random() < 0.9 else path
        headers = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) fuzz"}
        if number % 25 == 0:
            headers["Host"] = rng.choice(
                ["evil.example", "", "localhost:1", "xn--80a.kz", "a" * 300]
            )
        if number % 7 == 0:
            headers[rng.choice(["Origin", "Referer"])] = rng.choice(ORIGINS)
        if number % 11 == 0:
            headers["Sec-Fetch-Site"] = rng.choice(["cross-site", "same-origin", "none", "\xe9"])
        body = "page=1&q=%00" if method in ("POST", "PUT", "PATCH") else None
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, target, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
        except (http.client.HTTPException, OSError):
            connection.close()
            connection = http.client.HTTPConnection(host, int(port), timeout=30)
            statuses["dropped"] += 1
            continue
        statuses[f"{response.status // 100}xx"] += 1
        if response.status >= 500:
            failures.append(
                f"{method} {target[:200]} Host={headers.get('Host')}: {response.status}"
            )
        if response.getheader("Connection", "").lower() == "close":
            connection.close()
            connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.close()
    print("fuzz:", dict(sorted(statuses.items())))
    assert not failures, "\n".join(failures[:20])
    assert statuses["2xx"] > 100 and statuses["4xx"] > 100
    assert statuses["dropped"] == 0  # every request got an answer
