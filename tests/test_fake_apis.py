"""Tests of the fake Telegram and Instagram servers themselves (no Django involved)."""

import json
import time

import pytest
import requests

from tests.fake_apis import FakeGraph, FakeTelegram

CHAT = -1001234567890
PHOTO = "https://example.com/media/photo.jpg"
IG_USER = "17841400000000001"


@pytest.fixture
def tg():
    with FakeTelegram() as fake:
        fake.add_channel(CHAT, username="press_kz")
        yield fake


def call(tg, method, token=None, **params):
    url = f"{tg.base_url}/bot{token or tg.token}/{method}"
    return requests.post(url, json=params, timeout=5)


def send(tg, text="Сәлем", **params):
    return call(tg, "sendMessage", chat_id=CHAT, text=text, **params)


def assert_error(response, status, description):
    body = response.json()
    assert response.status_code == status == body["error_code"]
    assert body["ok"] is False
    assert description in body["description"]
    return body


# --- Telegram -----------------------------------------------------------------------------------


def test_photo_with_html_caption_is_stored_with_increasing_ids(tg):
    first = send(tg).json()["result"]
    caption = "<b>Жаңалық</b> &amp; <a href='https://gov.kz/x?a=1&b=2'>толығырақ</a>"
    response = call(
        tg, "sendPhoto", chat_id="@press_kz", photo=PHOTO, caption=caption, parse_mode="HTML"
    )
    assert response.status_code == 200
    result = response.json()["result"]
    assert (first["message_id"], result["message_id"]) == (1, 2)
    assert result["chat"] == {"id": CHAT, "type": "channel", "title": "Channel press_kz"} | {
        "username": "press_kz"
    }
    assert result["caption"] == "Жаңалық & толығырақ"
    assert result["caption_entities"][0] == {"type": "bold", "offset": 0, "length": 7}
    assert result["photo"][0].keys() >= {"file_id", "file_unique_id", "width", "height"}
    stored = tg.messages(CHAT)[1]
    assert (stored["method"], stored["photo"], stored["caption"]) == ("sendPhoto", PHOTO, caption)
    assert stored["parse_mode"] == "HTML" and stored["deleted"] is False


def test_form_encoded_and_query_string_params_are_accepted(tg):
    media = [{"type": "photo", "media": PHOTO}, {"type": "photo", "media": PHOTO}]
    url = f"{tg.api_url}/sendMediaGroup"
    form = requests.post(url, data={"chat_id": CHAT, "media": json.dumps(media)}, timeout=5)
    query = requests.get(
        f"{tg.api_url}/sendMessage", params={"chat_id": CHAT, "text": "x"}, timeout=5
    )
    assert (form.status_code, query.status_code) == (200, 200)
    assert [m["message_id"] for m in tg.messages(CHAT)] == [1, 2, 3]


@pytest.mark.parametrize(("count", "ok"), [(4096, True), (4097, False)])
def test_text_limit_counts_characters(tg, count, ok):
    response = send(tg, "қ" * count)
    if ok:
        assert response.json()["result"]["text"] == "қ" * count
    else:
        assert_error(response, 400, "Bad Request: message is too long")
        assert tg.messages(CHAT) == []


def test_text_limit_counts_utf16_units(tg):
    assert send(tg, "😀" * 2048).status_code == 200
    assert_error(send(tg, "😀" * 2048 + "a"), 400, "message is too long")


@pytest.mark.parametrize(("extra", "ok"), [(1023, True), (1024, False)])
def test_caption_limit_counts_entities_as_one_character(tg, extra, ok):
    caption = "<i>&amp;" + "a" * extra + "</i>"
    response = call(tg, "sendPhoto", chat_id=CHAT, photo=PHOTO, caption=caption, parse_mode="HTML")
    if ok:
        assert len(response.json()["result"]["caption"]) == 1024
    else:
        assert_error(response, 400, "Bad Request: message caption is too long")


@pytest.mark.parametrize(
    "text",
    ["5 < 6", "<blink>x</blink>", "<b>x</i>", "<b>x", "a &nbsp; b", '<span class="x">y</span>'],
)
def test_bad_html_cannot_be_parsed(tg, text):
    assert_error(send(tg, text, parse_mode="HTML"), 400, "Bad Request: can't parse entities: ")


def test_plain_text_needs_no_escaping(tg):
    assert send(tg, "5 < 6 & <b>").json()["result"]["text"] == "5 < 6 & <b>"


@pytest.mark.parametrize(("count", "ok"), [(1, False), (11, False), (10, True), (2, True)])
def test_media_group_size(tg, count, ok):
    media = [{"type": "photo", "media": f"{PHOTO}?{i}"} for i in range(count)]
    media[0]["caption"] = "<b>Альбом</b>"
    media[0]["parse_mode"] = "HTML"
    response = call(tg, "sendMediaGroup", chat_id=CHAT, media=media)
    if ok:
        results = response.json()["result"]
        assert [m["message_id"] for m in results] == list(range(1, count + 1))
        assert results[0]["caption"] == "Альбом"
        assert [m["photo"] for m in tg.messages(CHAT)] == [m["media"] for m in media]
    else:
        assert_error(response, 400, "wrong number of media items")
        assert tg.messages(CHAT) == []


def test_rate_limit_answers_429_with_retry_after(tg):
    tg.rate_limit_per_minute = 2
    assert [send(tg).status_code for _ in range(2)] == [200, 200]
    body = assert_error(send(tg), 429, "Too Many Requests: retry after")
    assert 1 <= body["parameters"]["retry_after"] <= 60
    assert len(tg.messages(CHAT)) == 2


def test_fail_next_429_and_500_store_nothing(tg):
    tg.fail_next("sendMessage", "429", retry_after=7)
    tg.fail_next("sendMessage", "500")
    body = assert_error(send(tg), 429, "Too Many Requests: retry after 7")
    assert body["parameters"] == {"retry_after": 7}
    assert_error(send(tg), 500, "Internal Server Error")
    assert tg.messages(CHAT) == []
    assert send(tg).json()["result"]["message_id"] == 1
    assert [status for _, _, status in tg.calls] == [429, 500, 200]


def test_fail_next_timeout_still_stores_the_message(tg):
    tg.fail_next("sendMessage", "timeout", delay=1)
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.post(f"{tg.api_url}/sendMessage", json={"chat_id": CHAT, "text": "x"}, timeout=0.2)
    deadline = time.monotonic() + 5
    while not tg.messages(CHAT) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [m["text"] for m in tg.messages(CHAT)] == ["x"]


def test_delete_within_48_hours_only(tg):
    recent, old = (send(tg).json()["result"]["message_id"] for _ in range(2))
    tg.set_message_age(CHAT, recent, 47)
    tg.set_message_age(CHAT, old, 49)
    assert call(tg, "deleteMessage", chat_id=CHAT, message_id=recent).json()["result"] is True
    response = call(tg, "deleteMessage", chat_id=CHAT, message_id=old)
    assert_error(response, 400, "Bad Request: message can't be deleted")
    assert [m["message_id"] for m in tg.messages(CHAT)] == [old]
    assert [m["deleted"] for m in tg.sent(CHAT)] == [True, False]
    response = call(tg, "deleteMessage", chat_id=CHAT, message_id=recent)
    assert_error(response, 400, "message to delete not found")


def test_edit_text_and_unknown_message(tg):
    send(tg, "old")
    response = call(
        tg, "editMessageText", chat_id=CHAT, message_id=1, text="<b>new</b>", parse_mode="HTML"
    )
    assert response.json()["result"]["text"] == "new"
    assert tg.messages(CHAT)[0]["text"] == "<b>new</b>"
    assert tg.edits[0]["message_id"] == 1
    response = call(tg, "editMessageText", chat_id=CHAT, message_id=9, text="x")
    assert_error(response, 400, "Bad Request: message to edit not found")


def test_wrong_token_and_unknown_method(tg):
    assert_error(
        call(tg, "sendMessage", token="1:WRONG", chat_id=CHAT, text="x"), 401, "Unauthorized"
    )
    assert_error(call(tg, "sendTelepathy", chat_id=CHAT), 404, "Not Found")


def test_unknown_chat_and_chat_without_rights(tg):
    tg.add_channel(-100999, bot_can_post=False)
    assert_error(call(tg, "sendMessage", chat_id=-100777, text="x"), 400, "chat not found")
    assert_error(call(tg, "sendMessage", chat_id="@nobody", text="x"), 400, "chat not found")
    assert_error(call(tg, "sendMessage", chat_id=-100999, text="x"), 403, "Forbidden")


# --- Instagram Graph ----------------------------------------------------------------------------


@pytest.fixture
def ig():
    with FakeGraph() as fake:
        fake.add_account(IG_USER)
        yield fake


def graph(ig, method, path, **params):
    params.setdefault("access_token", ig.access_token)
    url = f"{ig.api_base}/{path}"
    if method == "GET":
        return requests.get(url, params=params, timeout=5)
    return requests.post(url, data=params, timeout=5)


def graph_error(response, code, subcode=None):
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == code
    assert error.get("error_subcode") == subcode
    assert error.keys() >= {"message", "type", "is_transient", "fbtrace_id"}
    return error


def create(ig, **params):
    response = graph(ig, "POST", f"{IG_USER}/media", **params)
    assert response.status_code == 200, response.text
    return response.json()["id"]


def status(ig, container_id):
    return graph(ig, "GET", container_id, fields="status_code").json()["status_code"]


def publish(ig, container_id):
    return graph(ig, "POST", f"{IG_USER}/media_publish", creation_id=container_id)


def test_single_image_lifecycle(ig):
    container = create(ig, image_url=PHOTO, caption="Жаңалық #Түркістан", alt_text="Әкім")
    assert [status(ig, container), status(ig, container)] == ["IN_PROGRESS", "FINISHED"]
    media_id = publish(ig, container).json()["id"]
    assert status(ig, container) == "PUBLISHED"
    body = graph(ig, "GET", media_id, fields="permalink").json()
    assert body["id"] == media_id
    assert body["permalink"].startswith("https://www.instagram.com/p/")
    [post] = ig.published(IG_USER)
    assert (post["media_id"], post["container_id"], post["media_type"]) == (
        media_id,
        container,
        "IMAGE",
    )
    assert (post["image_urls"], post["alt_texts"]) == ([PHOTO], ["Әкім"])


def test_unfinished_container_cannot_be_published(ig):
    container = create(ig, image_url=PHOTO)
    graph_error(publish(ig, container), 9007, 2207027)


@pytest.mark.parametrize(("tags", "ok"), [(30, True), (31, False)])
def test_hashtag_limit(ig, tags, ok):
    caption = " ".join(f"#tag{i}" for i in range(tags))
    response = graph(ig, "POST", f"{IG_USER}/media", image_url=PHOTO, caption=caption)
    if ok:
        assert response.status_code == 200
    else:
        assert "hashtags" in graph_error(response, 100)["message"]
        assert ig.containers == {}


def test_quota_reached(ig):
    ig.add_account(IG_USER, quota_total=1)
    for _ in range(2):
        container = create(ig, image_url=PHOTO)
        status(ig, container)
        response = publish(ig, container)
    error = graph_error(response, 9, 2207042)
    assert error["is_transient"] is False
    limit = graph(ig, "GET", f"{IG_USER}/content_publishing_limit", fields="quota_usage,config")
    assert limit.json() == {
        "data": [{"quota_usage": 1, "config": {"quota_total": 1, "quota_duration": 86400}}]
    }


def test_carousel_publishes_both_images(ig):
    urls = [f"{PHOTO}?1", f"{PHOTO}?2"]
    children = [create(ig, image_url=url, is_carousel_item="true") for url in urls]
    carousel = create(ig, media_type="CAROUSEL", children=",".join(children), caption="Альбом")
    status(ig, carousel)
    assert publish(ig, carousel).status_code == 200
    [post] = ig.published(IG_USER)
    assert (post["media_type"], post["image_urls"], post["caption"]) == (
        "CAROUSEL",
        urls,
        "Альбом",
    )


def test_expired_container_cannot_be_published(ig):
    container = create(ig, image_url=PHOTO)
    status(ig, container)
    ig.expire_container(container)
    assert status(ig, container) == "EXPIRED"
    assert "expired" in graph_error(publish(ig, container), 100, 2207020)["message"]
    assert ig.published(IG_USER) == []


def test_invalid_token(ig):
    response = graph(ig, "POST", f"{IG_USER}/media", image_url=PHOTO, access_token="nope")
    error = graph_error(response, 190)
    assert error["type"] == "OAuthException"


def test_graph_scripted_failures(ig):
    ig.fail_next("500", endpoint="media")
    ig.fail_next("transient", endpoint="media")
    response = graph(ig, "POST", f"{IG_USER}/media", image_url=PHOTO)
    assert response.status_code == 500
    assert response.json()["error"]["is_transient"] is True
    response = graph(ig, "POST", f"{IG_USER}/media", image_url=PHOTO)
    assert graph_error(response, 2, 2207003)["is_transient"] is True
    assert ig.containers == {}
    create(ig, image_url=PHOTO)
    assert [call[3] for call in ig.calls] == [500, 400, 200]
