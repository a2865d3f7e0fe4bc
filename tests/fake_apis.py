"""Fake Telegram Bot API and Instagram Graph API servers for testing the cross-posting client.

Both are real HTTP servers on 127.0.0.1 (a free port), so the client under test runs its whole
HTTP stack -- encodings, timeouts, retries -- against them. Every request is checked against the
documented limits and answered in the documented format, and failures can be scripted with
`fail_next` to exercise the client's retry and error paths.

    with FakeTelegram() as tg:
        tg.add_channel(-1001234567890, username="press_kz")
        ...  # point the client at tg.base_url, then inspect tg.messages(-1001234567890)

Telegram: https://core.telegram.org/bots/api
Instagram: https://developers.facebook.com/docs/instagram-platform/content-publishing
"""

import copy
import email.parser
import email.policy
import itertools
import json
import math
import re
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = ["FakeGraph", "FakeTelegram", "HtmlParseError", "Upload", "parse_telegram_html"]


# --- HTTP plumbing shared by both fakes ---------------------------------------------------------


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart/form-data request; the fakes record it, not its bytes."""

    filename: str
    content_type: str
    size: int


class _BadBody(ValueError):
    """The request body could not be decoded."""


def _read_params(handler: BaseHTTPRequestHandler) -> dict:
    """Query string and body (JSON, form or multipart) merged into one dict; the body wins."""
    params = dict(parse_qsl(urlsplit(handler.path).query, keep_blank_values=True))
    try:
        length = int(handler.headers.get("Content-Length") or 0)
    except ValueError as exc:
        raise _BadBody("invalid Content-Length") from exc
    body = handler.rfile.read(length) if length > 0 else b""
    if not body:
        return params
    content_type = handler.headers.get("Content-Type", "")
    mime = content_type.split(";")[0].strip().lower()
    if mime == "application/json":
        try:
            data = json.loads(body)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            raise _BadBody(f"can't parse JSON body: {exc}") from exc
        if not isinstance(data, dict):
            raise _BadBody("JSON body must be an object")
        params.update(data)
    elif mime == "multipart/form-data":
        params.update(_parse_multipart(content_type, body))
    else:  # form-encoded, also when a client sends no Content-Type at all
        try:
            params.update(parse_qsl(body.decode(), keep_blank_values=True))
        except UnicodeDecodeError as exc:
            raise _BadBody("form body is not UTF-8") from exc
    return params


def _parse_multipart(content_type: str, body: bytes) -> dict:
    # The email package is the stdlib's remaining MIME parser (cgi is gone in 3.13).
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise _BadBody("malformed multipart body")
    fields = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None:
            fields[name] = Upload(filename, part.get_content_type(), len(payload))
        else:
            fields[name] = payload.decode(part.get_content_charset() or "utf-8", "replace")
    return fields


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a requests.Session would use it
    server_version = "FakeAPI/1.0"

    def do_GET(self):
        self._dispatch()

    def do_POST(self):
        self._dispatch()

    def _dispatch(self):
        body_error = None
        try:
            params = _read_params(self)
        except _BadBody as exc:
            params, body_error = {}, str(exc)
            self.close_connection = True  # the rest of the stream may be out of step
        path = unquote(urlsplit(self.path).path)
        status, payload = self.server.fake._handle(
            self.command, path, params, self.headers, body_error
        )
        data = json.dumps(payload, ensure_ascii=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client stopped waiting (a scripted timeout)

    def log_message(self, format, *args):
        pass  # keep test output clean


class _FakeServer:
    """Server lifecycle, lock and scripted-failure queue shared by both fakes."""

    _name = "fake-api"

    def __init__(self):
        # Re-entrant: public helpers that take the lock may be called from locked code.
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._server = None
        self._thread = None
        self._failures: dict[str, deque] = {}
        self.base_url = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()

    def start(self):
        if self._server is not None:
            return self
        self._stopping.clear()
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True  # a handler asleep in a scripted timeout must not block exit
        server.fake = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=self._name
        )
        self._thread.daemon = True
        self._thread.start()
        host, port = server.server_address[:2]
        self.base_url = f"http://{host}:{port}"
        return self

    def stop(self):
        if self._server is None:
            return
        self._stopping.set()  # wake handlers sleeping in a scripted timeout
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self._server = self._thread = None

    def _now(self) -> float:
        """The fakes' clock, in one place so a test can patch it."""
        return time.time()

    def _sleep(self, seconds: float):
        self._stopping.wait(seconds)

    def _queue_failure(self, key: str, failure: dict):
        if failure["times"] < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._failures.setdefault(key, deque()).append(failure)

    def _take_failure(self, key: str) -> dict | None:
        with self._lock:
            queue = self._failures.get(key)
            if not queue:
                return None
            failure = queue[0]
            failure["times"] -= 1
            if failure["times"] <= 0:
                queue.popleft()
            return dict(failure)

    def _handle(self, http_method, path, params, headers, body_error):
        raise NotImplementedError


def _utf16_len(text: str) -> int:
    """Length in UTF-16 code units: how Telegram measures texts and entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _is_http_url(value) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


# --- Telegram HTML parse mode -------------------------------------------------------------------


class HtmlParseError(ValueError):
    """Text the Bot API refuses with "can't parse entities"."""


_TAG = re.compile(
    r"<(/?)([A-Za-z][\w-]*)"
    r"((?:\s+[^\s=<>/\"']+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]+))?)*)\s*(/?)>"
)
_ATTR = re.compile(r"([^\s=<>/\"']+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'<>]+)))?")
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]+)|#[xX]([0-9A-Fa-f]+));")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPECIAL = re.compile(r"[<>&]")

# Tag -> attributes it may carry, per https://core.telegram.org/bots/api#html-style
_HTML_TAGS = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "span": {"class"},
    "tg-spoiler": set(),
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
    "tg-emoji": {"emoji-id"},
}
_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}


def _decode_entity(match: re.Match, where: str) -> str:
    if match[1]:
        return _NAMED_ENTITIES[match[1]]
    code = int(match[2]) if match[2] else int(match[3], 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise HtmlParseError(f"Invalid numeric character reference {where}")
    return chr(code)


def _tag_attributes(tag: str, raw: str, where: str) -> dict:
    attributes = {}
    for match in _ATTR.finditer(raw):
        name = match[1].lower()
        if name not in _HTML_TAGS[tag]:
            raise HtmlParseError(f'Unsupported attribute "{name}" in tag "{tag}" {where}')
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        # Lenient inside attributes: a raw "&" in an href is common and harmless.
        attributes[name] = _ENTITY.sub(lambda m: _decode_entity(m, where), value)
    if tag == "span" and attributes.get("class") != "tg-spoiler":
        raise HtmlParseError(f'Tag "span" must have class "tg-spoiler" {where}')
    if tag == "tg-emoji" and not attributes.get("emoji-id"):
        raise HtmlParseError(f'Tag "tg-emoji" must have attribute "emoji-id" {where}')
    return attributes


def _close_tag(item: dict, offset: int, stack: list, entities: list):
    tag, attributes = item["tag"], item["attrs"]
    if tag == "code" and stack and stack[-1]["tag"] == "pre":
        # <pre><code class="language-x"> is one pre entity with a language.
        language = attributes.get("class", "")
        if language.startswith("language-"):
            stack[-1]["language"] = language.removeprefix("language-")
        return
    length = offset - item["offset"]
    if length == 0 or (tag == "a" and not attributes.get("href")):
        return
    entity = {"type": _ENTITY_TYPES[tag], "offset": item["offset"], "length": length}
    if tag == "a":
        entity["url"] = attributes["href"]
    elif tag == "pre" and item.get("language"):
        entity["language"] = item["language"]
    elif tag == "blockquote" and "expandable" in attributes:
        entity["type"] = "expandable_blockquote"
    elif tag == "tg-emoji":
        entity["custom_emoji_id"] = attributes["emoji-id"]
    entities.append(entity)


def parse_telegram_html(source: str) -> tuple[str, list[dict]]:
    """The visible text and MessageEntity list of a parse_mode=HTML text, as the Bot API sees it.

    Raises HtmlParseError for what Telegram refuses: unknown tags or attributes, unbalanced
    tags, unescaped "<", ">" or "&", named entities other than &lt; &gt; &amp; &quot;.
    """
    pieces, entities, stack = [], [], []
    offset = 0  # UTF-16 code units of visible text so far
    i = 0
    while i < len(source):
        char = source[i]
        where = f"at byte offset {len(source[:i].encode())}"
        if char == "<":
            match = _TAG.match(source, i)
            if match is None:
                raise HtmlParseError(f'Unescaped "<" or unfinished tag {where}')
            tag = match[2].lower()
            if match[1]:  # end tag
                if match[3].strip() or match[4]:
                    raise HtmlParseError(f'Unexpected attributes in end tag "{tag}" {where}')
                if not stack:
                    raise HtmlParseError(f'Unexpected end tag "{tag}" {where}')
                if stack[-1]["tag"] != tag:
                    expected = stack[-1]["tag"]
                    raise HtmlParseError(
                        f'Unmatched end tag {where}, expected "</{expected}>", found "</{tag}>"'
                    )
                _close_tag(stack.pop(), offset, stack, entities)
            else:
                if tag not in _HTML_TAGS or match[4]:
                    raise HtmlParseError(f'Unsupported start tag "{tag}" {where}')
                attributes = _tag_attributes(tag, match[3], where)
                stack.append({"tag": tag, "attrs": attributes, "offset": offset})
            i = match.end()
            continue
        if char == ">":
            raise HtmlParseError(f'Unescaped ">" {where}; use &gt;')
        if char == "&":
            match = _ENTITY.match(source, i)
            if match is None:
                raise HtmlParseError(
                    f"Unsupported HTML entity {where}; only &lt; &gt; &amp; &quot; and "
                    "numeric entities are allowed"
                )
            text, i = _decode_entity(match, where), match.end()
        else:
            special = _SPECIAL.search(source, i)
            end = special.start() if special else len(source)
            text, i = source[i:end], end
        pieces.append(text)
        offset += _utf16_len(text)
    if stack:
        raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]["tag"]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(pieces), entities


# --- Telegram Bot API ---------------------------------------------------------------------------


class _TelegramError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None):
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after

    def body(self) -> dict:
        body = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def _bad_request(reason: str) -> _TelegramError:
    return _TelegramError(400, f"Bad Request: {reason}")


_TEXT_LIMIT = 4096
_CAPTION_LIMIT = 1024
_DELETE_WINDOW = 48 * 3600
_PARSE_MODES = {"html": "HTML", "markdown": "Markdown", "markdownv2": "MarkdownV2"}
_TELEGRAM_FAILURES = {"429", "500", "400", "403", "timeout"}
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


class FakeTelegram(_FakeServer):
    """The Bot API for channels: sendMessage, sendPhoto, sendMediaGroup, editMessageText,
    editMessageCaption, deleteMessage (and getMe), at {base_url}/bot{token}/{method}.

    Only HTML parse mode is checked; Markdown texts are accepted and counted as sent.
    """

    _name = "fake-telegram"

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",  # noqa: S107 - a test fixture, not a secret
        rate_limit_per_minute: int | None = None,
    ):
        super().__init__()
        self.token = token
        self.rate_limit_per_minute = rate_limit_per_minute
        self._chats: dict[int, dict] = {}
        self._calls: list[tuple] = []
        self._edits: list[dict] = []
        self._group_ids = itertools.count(13000000000000001)
        self._methods = {
            "getMe": self._get_me,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendMediaGroup": self._send_media_group,
            "editMessageText": self._edit_message_text,
            "editMessageCaption": self._edit_message_caption,
            "deleteMessage": self._delete_message,
        }
        # Bot API method names are case-insensitive.
        self._method_names = {name.lower(): name for name in self._methods}

    @property
    def api_url(self) -> str:
        """{base_url}/bot{token}: append "/sendMessage" etc."""
        return f"{self.base_url}/bot{self.token}"

    # Test set-up and inspection

    def add_channel(
        self, chat_id, username=None, bot_can_post=True, bot_can_delete=True, title=None
    ):
        chat_id = int(chat_id)
        username = username.lstrip("@") if username else None
        with self._lock:
            self._chats[chat_id] = {
                "id": chat_id,
                "username": username,
                "title": title or f"Channel {username or chat_id}",
                "can_post": bot_can_post,
                "can_delete": bot_can_delete,
                "next_id": 1,
                "messages": {},  # message_id -> record, in sending order
                "sends": deque(),  # times of recent sends, for the rate limit
            }

    def fail_next(self, method, kind, times=1, retry_after=3, description=None, delay=None):
        """Make the next `times` calls of `method` fail: kind "429", "500", "400", "403" store
        nothing; "timeout" waits `delay` seconds (default 5) and then stores and answers."""
        kind = str(kind)
        if kind not in _TELEGRAM_FAILURES:
            raise ValueError(f"kind must be one of {sorted(_TELEGRAM_FAILURES)}")
        name = self._method_names.get(method.lower())
        if name is None:
            raise ValueError(f"unknown method {method!r}")
        failure = {
            "kind": kind,
            "times": times,
            "retry_after": retry_after,
            "description": description,
            "delay": 5 if delay is None else delay,
        }
        self._queue_failure(name, failure)

    def set_message_age(self, chat_id, message_id, hours):
        with self._lock:
            record = self._chat_or_key_error(chat_id)["messages"][int(message_id)]
            record["date"] = int(self._now() - hours * 3600)

    def messages(self, chat_id) -> list[dict]:
        """Messages now present in the chat (deleted ones left out), oldest first."""
        with self._lock:
            chat = self._chat_or_key_error(chat_id)
            return copy.deepcopy([m for m in chat["messages"].values() if not m["deleted"]])

    def sent(self, chat_id) -> list[dict]:
        """Every message successfully sent to the chat, deleted ones included."""
        with self._lock:
            return copy.deepcopy(list(self._chat_or_key_error(chat_id)["messages"].values()))

    @property
    def calls(self) -> list[tuple]:
        """(method, params, http_status) of every request, in order of completion."""
        with self._lock:
            return copy.deepcopy(self._calls)

    @property
    def edits(self) -> list[dict]:
        with self._lock:
            return copy.deepcopy(self._edits)

    def reset(self):
        """Forget messages, calls, edits, scripted failures and rate windows; keep channels."""
        with self._lock:
            for chat in self._chats.values():
                chat.update(next_id=1, messages={}, sends=deque())
            self._calls.clear()
            self._edits.clear()
            self._failures.clear()

    # Request handling

    def _handle(self, http_method, path, params, headers, body_error):
        match = re.fullmatch(r"/bot([^/]+)/([^/]+)", path)
        name = match[2] if match else path
        try:
            if match is None:
                raise _TelegramError(404, "Not Found")
            if match[1] != self.token:
                raise _TelegramError(401, "Unauthorized")
            name = self._method_names.get(match[2].lower(), name)
            if name not in self._methods:
                raise _TelegramError(404, "Not Found")
            if body_error:
                raise _bad_request(body_error)
            failure = self._take_failure(name)
            if failure and failure["kind"] == "timeout":
                self._sleep(failure["delay"])  # then answer normally: the ambiguous case
            elif failure:
                raise self._scripted_error(failure)
            with self._lock:
                result = self._methods[name](params)
            status, body = 200, {"ok": True, "result": result}
        except _TelegramError as exc:
            status, body = exc.status, exc.body()
        with self._lock:
            self._calls.append((name, copy.deepcopy(params), status))
        return status, body

    @staticmethod
    def _scripted_error(failure: dict) -> _TelegramError:
        kind, description = failure["kind"], failure["description"]
        if kind == "429":
            retry_after = failure["retry_after"]
            description = description or f"Too Many Requests: retry after {retry_after}"
            return _TelegramError(429, description, retry_after=retry_after)
        defaults = {
            "500": "Internal Server Error",
            "400": "Bad Request: some error",
            "403": "Forbidden: bot was kicked from the channel chat",
        }
        return _TelegramError(int(kind), description or defaults[kind])

    # Helpers (called with the lock held)

    def _find_chat(self, chat_id) -> dict | None:
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            username = chat_id[1:].lower()
            return next(
                (c for c in self._chats.values() if (c["username"] or "").lower() == username),
                None,
            )
        try:
            return self._chats.get(int(chat_id))
        except (TypeError, ValueError):
            return None

    def _chat_or_key_error(self, chat_id) -> dict:
        chat = self._find_chat(chat_id)
        if chat is None:
            raise KeyError(f"no channel {chat_id!r}; add it with add_channel()")
        return chat

    def _target_chat(self, params) -> dict:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad_request("chat_id is empty")
        chat = self._find_chat(chat_id)
        if chat is None:
            raise _bad_request("chat not found")
        if not chat["can_post"]:
            raise _TelegramError(403, "Forbidden: bot is not a member of the channel chat")
        return chat

    @staticmethod
    def _json_param(params, name, expected_type):
        value = params.get(name)
        if isinstance(value, str) and expected_type is not str:
            try:
                value = json.loads(value)  # JSON-typed parameters arrive as strings in forms
            except ValueError:
                raise _bad_request(f"can't parse {name} JSON object") from None
        if value is not None and not isinstance(value, expected_type):
            raise _bad_request(f"can't parse {name} JSON object")
        return value

    @staticmethod
    def _message_id(params) -> int:
        try:
            return int(params.get("message_id"))
        except (TypeError, ValueError):
            raise _bad_request("message identifier is not specified") from None

    @staticmethod
    def _parse_mode(value) -> str | None:
        if value is None or value == "":
            return None
        mode = _PARSE_MODES.get(str(value).lower())
        if mode is None:
            raise _bad_request(f"unsupported parse_mode {value!r}")
        return mode

    def _visible(self, text, parse_mode, *, caption: bool) -> tuple[str, list]:
        """Visible text and entities, checked against the limit Telegram counts after parsing."""
        text = "" if text is None else str(text)
        if parse_mode == "HTML":
            try:
                visible, entities = parse_telegram_html(text)
            except HtmlParseError as exc:
                raise _bad_request(f"can't parse entities: {exc}") from None
        else:
            visible, entities = text, []
        size = _utf16_len(visible)
        if caption:
            if size > _CAPTION_LIMIT:
                raise _bad_request("message caption is too long")
        elif not visible.strip():
            raise _bad_request("message text is empty")
        elif size > _TEXT_LIMIT:
            raise _bad_request("message is too long")
        return visible, entities

    def _photo_source(self, params, value) -> str:
        """The photo as recorded: its URL, or upload://name for a multipart upload."""
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
        if isinstance(value, Upload):
            return f"upload://{value.filename}"
        if value is None or value == "":
            raise _bad_request("there is no photo in the request")
        if not _is_http_url(value):
            raise _bad_request("wrong file identifier/HTTP URL specified")
        return value

    def _check_rate(self, chat):
        if self.rate_limit_per_minute is None:
            return
        now, window = self._now(), chat["sends"]
        while window and window[0] <= now - 60:
            window.popleft()
        if len(window) >= self.rate_limit_per_minute:
            retry_after = max(1, math.ceil(window[0] + 60 - now))
            raise _TelegramError(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )

    def _store(self, chat, method, **fields) -> dict:
        record = {
            "message_id": chat["next_id"],
            "chat_id": chat["id"],
            "method": method,
            "date": int(self._now()),
            "deleted": False,
            **fields,
        }
        chat["next_id"] += 1
        chat["messages"][record["message_id"]] = record
        return record

    @staticmethod
    def _chat_object(chat) -> dict:
        result = {"id": chat["id"], "type": "channel", "title": chat["title"]}
        if chat["username"]:
            result["username"] = chat["username"]
        return result

    def _message_object(self, chat, record) -> dict:
        result = {
            "message_id": record["message_id"],
            "sender_chat": self._chat_object(chat),
            "chat": self._chat_object(chat),
            "date": record["date"],
        }
        if "text" in record:
            result["text"] = record["visible"]
            if record["entities"]:
                result["entities"] = record["entities"]
            if record.get("link_preview_options"):
                result["link_preview_options"] = record["link_preview_options"]
        else:
            key = f"{chat['id']}_{record['message_id']}"
            result["photo"] = [
                {
                    "file_id": f"AgACAgIAAxkfake{key}_{width}",
                    "file_unique_id": f"AQADfake{key}_{width}",
                    "width": width,
                    "height": height,
                }
                for width, height in ((90, 60), (1280, 853))
            ]
            if record["visible"]:
                result["caption"] = record["visible"]
            if record["entities"]:
                result["caption_entities"] = record["entities"]
        if record.get("media_group_id"):
            result["media_group_id"] = record["media_group_id"]
        if record.get("edit_date"):
            result["edit_date"] = record["edit_date"]
        return copy.deepcopy(result)

    def _existing_message(self, chat, params, action) -> dict:
        record = chat["messages"].get(self._message_id(params))
        if record is None or record["deleted"]:
            raise _bad_request(f"message to {action} not found")
        return record

    # Methods

    def _get_me(self, params):
        bot_id = self.token.split(":")[0]
        return {
            "id": int(bot_id) if bot_id.isdigit() else 1,
            "is_bot": True,
            "first_name": "Fake Bot",
            "username": "fake_test_bot",
        }

    def _send_message(self, params):
        chat = self._target_chat(params)
        parse_mode = self._parse_mode(params.get("parse_mode"))
        visible, entities = self._visible(params.get("text"), parse_mode, caption=False)
        preview = self._json_param(params, "link_preview_options", dict)
        self._json_param(params, "reply_markup", dict)
        self._check_rate(chat)
        chat["sends"].append(self._now())
        record = self._store(
            chat,
            "sendMessage",
            text=str(params["text"]),
            visible=visible,
            entities=entities,
            parse_mode=parse_mode,
            link_preview_options=preview,
        )
        return self._message_object(chat, record)

    def _send_photo(self, params):
        chat = self._target_chat(params)
        photo = self._photo_source(params, params.get("photo"))
        parse_mode = self._parse_mode(params.get("parse_mode"))
        caption = params.get("caption")
        visible, entities = self._visible(caption, parse_mode, caption=True)
        self._json_param(params, "reply_markup", dict)
        self._check_rate(chat)
        chat["sends"].append(self._now())
        record = self._store(
            chat,
            "sendPhoto",
            photo=photo,
            caption=caption,
            visible=visible,
            entities=entities,
            parse_mode=parse_mode,
        )
        return self._message_object(chat, record)

    def _send_media_group(self, params):
        chat = self._target_chat(params)
        media = self._json_param(params, "media", list)
        if media is None:
            raise _bad_request('parameter "media" is required')
        if not 2 <= len(media) <= 10:
            raise _bad_request(f"wrong number of media items: {len(media)}, must be 2-10")
        items = []
        for index, item in enumerate(media):
            if not isinstance(item, dict) or item.get("type") != "photo":
                raise _bad_request(f"media item {index}: only InputMediaPhoto is supported")
            parse_mode = self._parse_mode(item.get("parse_mode"))
            caption = item.get("caption")
            visible, entities = self._visible(caption, parse_mode, caption=True)
            photo = self._photo_source(params, item.get("media"))
            items.append((photo, caption, visible, entities, parse_mode))
        self._check_rate(chat)
        chat["sends"].append(self._now())  # an album counts as one send
        group_id = str(next(self._group_ids))
        # Telegram makes each album item its own message; each record also keeps the whole album.
        album = [copy.deepcopy(item) for item in media]
        results = []
        for photo, caption, visible, entities, parse_mode in items:
            record = self._store(
                chat,
                "sendMediaGroup",
                photo=photo,
                caption=caption,
                visible=visible,
                entities=entities,
                parse_mode=parse_mode,
                media=album,
                media_group_id=group_id,
            )
            results.append(self._message_object(chat, record))
        return results

    def _edit(self, params, field):
        if params.get("inline_message_id"):
            raise _bad_request("inline messages are not supported by this fake")
        chat = self._target_chat(params)
        record = self._existing_message(chat, params, "edit")
        if field not in record:
            raise _bad_request(f"there is no {field} in the message to edit")
        parse_mode = self._parse_mode(params.get("parse_mode"))
        value = params.get(field)
        visible, entities = self._visible(value, parse_mode, caption=field == "caption")
        preview = None
        if field == "text":
            preview = self._json_param(params, "link_preview_options", dict)
        unchanged = (visible, entities) == (record["visible"], record["entities"])
        if unchanged and preview == record.get("link_preview_options"):
            raise _bad_request(_NOT_MODIFIED)
        now = int(self._now())
        record.update(
            {field: value, "visible": visible, "entities": entities, "parse_mode": parse_mode}
        )
        record["edit_date"] = now
        if field == "text":
            record["link_preview_options"] = preview
        self._edits.append(
            {
                "method": "editMessageText" if field == "text" else "editMessageCaption",
                "chat_id": chat["id"],
                "message_id": record["message_id"],
                field: value,
                "parse_mode": parse_mode,
                "date": now,
            }
        )
        return self._message_object(chat, record)

    def _edit_message_text(self, params):
        return self._edit(params, "text")

    def _edit_message_caption(self, params):
        return self._edit(params, "caption")

    def _delete_message(self, params):
        chat = self._target_chat(params)
        record = self._existing_message(chat, params, "delete")
        if not chat["can_delete"] or self._now() - record["date"] > _DELETE_WINDOW:
            raise _bad_request("message can't be deleted")
        record["deleted"] = True
        return True


# --- Instagram Graph API ------------------------------------------------------------------------


class _GraphError(Exception):
    def __init__(
        self,
        code: int,
        message: str,
        *,
        subcode: int | None = None,
        transient: bool = False,
        status: int = 400,
        error_type: str = "OAuthException",
        user_message: str | None = None,
    ):
        super().__init__(message)
        self.code, self.message, self.subcode = code, message, subcode
        self.transient, self.status, self.error_type = transient, status, error_type
        self.user_message = user_message

    def body(self) -> dict:
        error = {"message": self.message, "type": self.error_type, "code": self.code}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        error["is_transient"] = self.transient
        if self.user_message:
            error["error_user_msg"] = self.user_message
        error["fbtrace_id"] = "A" + secrets.token_urlsafe(16)[:22]
        return {"error": error}


def _invalid(detail: str, subcode: int | None = None) -> _GraphError:
    return _GraphError(100, f"Invalid parameter: {detail}", subcode=subcode, user_message=detail)


def _unsupported(http_method: str, object_id: str) -> _GraphError:
    return _GraphError(
        100,
        f"Unsupported {http_method.lower()} request. Object with ID '{object_id}' does not "
        "exist, cannot be loaded due to missing permissions, or does not support this "
        "operation. Please read the Graph API documentation at "
        "https://developers.facebook.com/docs/graph-api",
        subcode=33,
        error_type="GraphMethodException",
    )


_CAPTION_MAX = 2200
_HASHTAGS_MAX = 30
_MENTIONS_MAX = 20
_HASHTAG = re.compile(r"(?<!\w)#\w+")
_MENTION = re.compile(r"(?<![\w.])@[\w.]+")
_QUOTA_WINDOW = 24 * 3600
_GRAPH_FAILURES = {"500", "transient", "400", "timeout"}
_GRAPH_ENDPOINTS = {"media", "media_publish", "status", "limit", "permalink"}
_STATUS_TEXT = {
    "IN_PROGRESS": "In Progress: Media is still being processed.",
    "FINISHED": "Finished: Media has been uploaded and it is ready to be published.",
    "ERROR": "Error: Media upload has failed.",
    "EXPIRED": "Expired: The container was not published within 24 hours.",
    "PUBLISHED": "Published: Media has been published.",
}
_SHORTCODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _truthy(value) -> bool:
    return value is True or str(value).lower() in ("true", "1")


def _shortcode(media_id: str) -> str:
    number, code = int(media_id), ""
    while number:
        number, digit = divmod(number, 64)
        code = _SHORTCODE_ALPHABET[digit] + code
    return "C" + code


def _fields(params, allowed: set, node_type: str, default: list) -> list:
    raw = params.get("fields")
    if isinstance(raw, list):
        fields = [str(f).strip() for f in raw]
    else:
        fields = [f.strip() for f in str(raw or "").split(",")]
    fields = [f for f in fields if f] or default
    for field in fields:
        if field not in allowed:
            raise _GraphError(
                100, f"Tried accessing nonexisting field ({field}) on node type ({node_type})"
            )
    return fields


class FakeGraph(_FakeServer):
    """The Instagram Graph API content-publishing flow for image posts and carousels, at
    {base_url}/{version}: POST /{ig-user-id}/media, GET /{container-id}?fields=status_code,
    POST /{ig-user-id}/media_publish, GET /{ig-user-id}/content_publishing_limit,
    GET /{media-id}?fields=permalink.
    """

    _name = "fake-graph"

    def __init__(
        self,
        access_token: str = "IG-TEST-TOKEN",  # noqa: S107 - a test fixture, not a secret
        version: str = "v21.0",
        processing_polls: int = 1,
    ):
        super().__init__()
        self.access_token = access_token
        self.version = version
        self.processing_polls = processing_polls
        self._accounts: dict[str, dict] = {}
        self._containers: dict[str, dict] = {}
        self._media: dict[str, dict] = {}
        self._calls: list[tuple] = []
        # Long numeric ids like Instagram's, unique for the life of the fake.
        self._container_ids = itertools.count(17890000000000001)
        self._media_ids = itertools.count(17950000000000001)

    @property
    def api_base(self) -> str:
        """What the client's INSTAGRAM_API_BASE should be."""
        return f"{self.base_url}/{self.version}"

    # Test set-up and inspection

    def add_account(self, ig_user_id, quota_total=50):
        with self._lock:
            self._accounts[str(ig_user_id)] = {
                "id": str(ig_user_id),
                "quota_total": quota_total,
                "published": [],
            }

    def expire_container(self, container_id):
        with self._lock:
            self._containers[str(container_id)]["status_code"] = "EXPIRED"

    def fail_container(self, container_id):
        """Make a container's processing fail: its status_code becomes ERROR."""
        with self._lock:
            self._containers[str(container_id)]["status_code"] = "ERROR"

    def fail_next(self, kind, endpoint="media", times=1, delay=None):
        """Make the next `times` requests to `endpoint` fail: kind "500", "transient", "400"
        store nothing; "timeout" waits `delay` seconds (default 5), then processes normally."""
        kind = str(kind)
        if kind not in _GRAPH_FAILURES:
            raise ValueError(f"kind must be one of {sorted(_GRAPH_FAILURES)}")
        if endpoint not in _GRAPH_ENDPOINTS:
            raise ValueError(f"endpoint must be one of {sorted(_GRAPH_ENDPOINTS)}")
        failure = {"kind": kind, "times": times, "delay": 5 if delay is None else delay}
        self._queue_failure(endpoint, failure)

    def published(self, ig_user_id) -> list[dict]:
        with self._lock:
            return copy.deepcopy(self._accounts[str(ig_user_id)]["published"])

    @property
    def containers(self) -> dict[str, dict]:
        with self._lock:
            return copy.deepcopy(self._containers)

    @property
    def calls(self) -> list[tuple]:
        """(http_method, path, params, http_status) of every request, in order of completion."""
        with self._lock:
            return copy.deepcopy(self._calls)

    def reset(self):
        """Forget containers, publications, calls and scripted failures; keep accounts."""
        with self._lock:
            for account in self._accounts.values():
                account["published"] = []
            self._containers.clear()
            self._media.clear()
            self._calls.clear()
            self._failures.clear()

    # Request handling

    def _handle(self, http_method, path, params, headers, body_error):
        try:
            if body_error:
                raise _invalid(body_error)
            token = params.get("access_token")
            authorization = headers.get("Authorization", "")
            if token is None and authorization.split(" ")[0].lower() in ("bearer", "oauth"):
                token = authorization.partition(" ")[2].strip()
            if token != self.access_token:
                raise _GraphError(190, "Invalid OAuth access token - Cannot parse access token")
            with self._lock:
                endpoint, handler, object_id = self._route(http_method, path)
            failure = self._take_failure(endpoint) if endpoint else None
            if failure and failure["kind"] == "timeout":
                self._sleep(failure["delay"])  # then answer normally: the ambiguous case
            elif failure:
                raise self._scripted_error(failure["kind"])
            with self._lock:
                status, body = 200, handler(object_id, params)
        except _GraphError as exc:
            status, body = exc.status, exc.body()
        with self._lock:
            self._calls.append((http_method, path, copy.deepcopy(params), status))
        return status, body

    @staticmethod
    def _scripted_error(kind: str) -> _GraphError:
        if kind == "500":
            return _GraphError(
                2,
                "An unexpected error has occurred. Please retry your request later.",
                transient=True,
                status=500,
            )
        if kind == "transient":
            return _GraphError(2, "Media download has timed out", subcode=2207003, transient=True)
        return _GraphError(100, "Invalid parameter")

    def _route(self, http_method, path):
        """(scripted-failure endpoint, handler, object id) for a path, or a Graph error."""
        parts = path.strip("/").split("/")
        if parts[0] != self.version:
            raise _GraphError(2500, f"Unknown path components: /{parts[0]}")
        if len(parts) == 2:
            object_id = parts[1]
            if http_method != "GET":
                raise _unsupported(http_method, object_id)
            if object_id in self._containers:
                return "status", self._get_container, object_id
            if object_id in self._media:
                return "permalink", self._get_media, object_id
            if object_id in self._accounts:
                return None, self._get_account, object_id
            raise _unsupported(http_method, object_id)
        if len(parts) == 3:
            object_id, edge = parts[1], parts[2]
            edges = {
                "media": ("POST", "media", self._create_media),
                "media_publish": ("POST", "media_publish", self._publish),
                "content_publishing_limit": ("GET", "limit", self._publishing_limit),
            }
            if edge not in edges:
                raise _GraphError(2500, f"Unknown path components: /{edge}")
            allowed_method, endpoint, handler = edges[edge]
            if http_method != allowed_method or object_id not in self._accounts:
                raise _unsupported(http_method, object_id)
            return endpoint, handler, object_id
        raise _GraphError(2500, f"Unknown path components: /{'/'.join(parts[1:])}")

    # Endpoints (called with the lock held)

    def _account(self, ig_user_id) -> dict:
        account = self._accounts.get(ig_user_id)
        if account is None:
            raise _unsupported("POST", ig_user_id)
        return account

    @staticmethod
    def _check_caption(caption: str):
        if len(caption) > _CAPTION_MAX:
            raise _invalid(f"the caption has {len(caption)} characters, at most 2200 allowed")
        hashtags = len(_HASHTAG.findall(caption))
        if hashtags > _HASHTAGS_MAX:
            raise _invalid(f"the caption has {hashtags} hashtags, at most 30 allowed")
        mentions = len(_MENTION.findall(caption))
        if mentions > _MENTIONS_MAX:
            raise _invalid(f"the caption has {mentions} @mentions, at most 20 allowed")

    def _children(self, ig_user_id, raw) -> list[str]:
        if isinstance(raw, str) and raw.strip().startswith("["):
            try:
                raw = json.loads(raw)
            except ValueError:
                raise _invalid("children must be a comma-separated list of ids") from None
        if isinstance(raw, list):
            children = [str(c).strip() for c in raw]
        else:
            children = [c.strip() for c in str(raw or "").split(",") if c.strip()]
        if not 2 <= len(children) <= 10:
            raise _invalid(f"a carousel needs 2 to 10 children, got {len(children)}")
        for child_id in children:
            child = self._containers.get(child_id)
            if child is None or child["ig_user_id"] != ig_user_id:
                raise _invalid(f"child {child_id} is not a media container of this account")
            if not child["is_carousel_item"]:
                raise _invalid(f"child {child_id} was not created with is_carousel_item=true")
            if child["status_code"] in ("ERROR", "EXPIRED", "PUBLISHED"):
                raise _invalid(f"child {child_id} is {child['status_code']}")
        return children

    def _create_media(self, ig_user_id, params):
        self._account(ig_user_id)
        media_type = str(params.get("media_type") or "IMAGE").upper()
        caption = str(params.get("caption") or "")
        is_item = _truthy(params.get("is_carousel_item"))
        container = {
            "ig_user_id": ig_user_id,
            "media_type": media_type,
            "caption": caption,
            "alt_text": params.get("alt_text"),
            "is_carousel_item": is_item,
            "image_url": None,
            "children": [],
        }
        if media_type == "CAROUSEL":
            if is_item:
                raise _invalid("a carousel can't be a carousel item")
            container["children"] = self._children(ig_user_id, params.get("children"))
            self._check_caption(caption)
        elif media_type == "IMAGE":
            image_url = params.get("image_url")
            if not image_url:
                raise _GraphError(100, "The parameter image_url is required.")
            if not _is_http_url(image_url):
                raise _GraphError(
                    9004,
                    "Media download has failed. The media URI doesn't meet our requirements.",
                    subcode=2207052,
                )
            container["image_url"] = image_url
            if not is_item:  # Instagram ignores captions on carousel items
                self._check_caption(caption)
        else:
            raise _invalid(f"media_type {media_type} is not supported here (IMAGE, CAROUSEL)")
        container_id = str(next(self._container_ids))
        container.update(
            id=container_id,
            status_code="FINISHED" if self.processing_polls <= 0 else "IN_PROGRESS",
            polls=0,
            created=self._now(),
            media_id=None,
        )
        self._containers[container_id] = container
        return {"id": container_id}

    def _get_container(self, container_id, params):
        container = self._containers[container_id]
        fields = _fields(params, {"id", "status_code", "status"}, "ShadowIGMediaBuilder", ["id"])
        status = container["status_code"]
        if ("status_code" in fields or "status" in fields) and status == "IN_PROGRESS":
            # Processing "completes" after the configured number of status polls.
            container["polls"] += 1
            if container["polls"] >= self.processing_polls:
                container["status_code"] = "FINISHED"
        result = {}
        if "status_code" in fields:
            result["status_code"] = status
        if "status" in fields:
            result["status"] = _STATUS_TEXT[status]
        result["id"] = container_id
        return result

    def _get_media(self, media_id, params):
        media = self._media[media_id]
        allowed = {"id", "permalink", "shortcode", "caption", "media_type", "timestamp"}
        fields = _fields(params, allowed, "IGMedia", ["id"])
        values = {
            "permalink": media["permalink"],
            "shortcode": media["permalink"].rstrip("/").rsplit("/", 1)[1],
            "caption": media["caption"],
            "media_type": "CAROUSEL_ALBUM" if media["media_type"] == "CAROUSEL" else "IMAGE",
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S+0000", time.gmtime(media["time"])),
        }
        result = {field: values[field] for field in fields if field != "id"}
        result["id"] = media_id
        return result

    def _get_account(self, ig_user_id, params):
        fields = _fields(params, {"id", "username"}, "IGUser", ["id"])
        result = {"username": f"fake_{ig_user_id}"} if "username" in fields else {}
        result["id"] = ig_user_id
        return result

    def _quota_usage(self, account) -> int:
        since = self._now() - _QUOTA_WINDOW
        return sum(1 for p in account["published"] if p["time"] > since)

    def _publish(self, ig_user_id, params):
        account = self._account(ig_user_id)
        creation_id = params.get("creation_id")
        if not creation_id:
            raise _GraphError(100, "The parameter creation_id is required.")
        container = self._containers.get(str(creation_id))
        if container is None or container["ig_user_id"] != ig_user_id:
            raise _invalid(f"creation_id {creation_id} is not a media container of this account")
        if container["is_carousel_item"]:
            raise _invalid("a carousel item can't be published on its own")
        status = container["status_code"]
        if status == "EXPIRED":
            raise _GraphError(
                100, "The media you are trying to publish has expired", subcode=2207020
            )
        if status != "FINISHED":
            detail = {
                "PUBLISHED": "The media container has already been published.",
                "ERROR": "The media container failed processing.",
            }.get(status, "The media is not ready for publishing, please wait for a moment.")
            raise _GraphError(
                9007, "Media ID is not available", subcode=2207027, user_message=detail
            )
        if self._quota_usage(account) >= account["quota_total"]:
            raise _GraphError(
                9, "You have reached the maximum number of posts allowed", subcode=2207042
            )
        if container["media_type"] == "CAROUSEL":
            parts = [self._containers[c] for c in container["children"]]
        else:
            parts = [container]
        media_id = str(next(self._media_ids))
        publication = {
            "media_id": media_id,
            "container_id": container["id"],
            "ig_user_id": ig_user_id,
            "caption": container["caption"],
            "image_urls": [p["image_url"] for p in parts],
            "alt_texts": [p["alt_text"] for p in parts],
            "media_type": container["media_type"],
            "time": self._now(),
            "permalink": f"https://www.instagram.com/p/{_shortcode(media_id)}/",
        }
        account["published"].append(publication)
        self._media[media_id] = publication
        container.update(status_code="PUBLISHED", media_id=media_id)
        return {"id": media_id}

    def _publishing_limit(self, ig_user_id, params):
        account = self._account(ig_user_id)
        fields = _fields(
            params, {"quota_usage", "config"}, "ContentPublishingLimit", ["quota_usage"]
        )
        entry = {}
        if "quota_usage" in fields:
            entry["quota_usage"] = self._quota_usage(account)
        if "config" in fields:
            entry["config"] = {
                "quota_total": account["quota_total"],
                "quota_duration": _QUOTA_WINDOW,
            }
        return {"data": [entry]}
