"""A Telegram Bot API client: POST {base}/bot{token}/{method} (a self-hosted server works too)."""

import requests
from django.conf import settings

from .errors import PostError, json_answer, request_error


class TelegramClient:
    def __init__(self, token=None, base_url=None, timeout=None):
        self.token = token if token is not None else settings.TELEGRAM_BOT_TOKEN
        self.base_url = (base_url or settings.TELEGRAM_API_BASE).rstrip("/")
        self.timeout = timeout or settings.SOCIAL_HTTP_TIMEOUT
        self.session = requests.Session()

    def call(self, method, **params):
        url = f"{self.base_url}/bot{self.token}/{method}"
        try:
            response = self.session.post(url, json=params, timeout=(5, self.timeout))
        except requests.RequestException as error:
            raise request_error(error) from error
        answer = json_answer(response)
        if answer.get("ok"):
            return answer["result"]
        code = answer.get("error_code", response.status_code)
        retry_after = (answer.get("parameters") or {}).get("retry_after")
        raise PostError(
            answer.get("description") or f"Error {code}",
            transient=code == 429 or code >= 500,
            retry_after=retry_after,
        )

    def send_message(self, chat_id, text, preview_url):
        message = self.call(
            "sendMessage",
            chat_id=chat_id,
            text=text,
            parse_mode="HTML",
            link_preview_options={"url": preview_url, "prefer_large_media": True},
        )
        return [message["message_id"]]

    def send_photo(self, chat_id, photo_url, caption):
        message = self.call(
            "sendPhoto", chat_id=chat_id, photo=photo_url, caption=caption, parse_mode="HTML"
        )
        return [message["message_id"]]

    def send_album(self, chat_id, photo_urls, caption):
        media = [{"type": "photo", "media": url} for url in photo_urls]
        media[0].update(caption=caption, parse_mode="HTML")
        messages = self.call("sendMediaGroup", chat_id=chat_id, media=media)
        return [message["message_id"] for message in messages]

    def edit_text(self, chat_id, message_id, text):
        return self.call(
            "editMessageText", chat_id=chat_id, message_id=message_id, text=text, parse_mode="HTML"
        )

    def edit_caption(self, chat_id, message_id, caption):
        return self.call(
            "editMessageCaption",
            chat_id=chat_id,
            message_id=message_id,
            caption=caption,
            parse_mode="HTML",
        )

    def delete(self, chat_id, message_id):
        return self.call("deleteMessage", chat_id=chat_id, message_id=message_id)
