"""An Instagram Graph API client for content publishing (containers, then media_publish)."""

import requests
from django.conf import settings

from .errors import PostError, json_answer, request_error


class InstagramClient:
    def __init__(self, token=None, base_url=None, timeout=None):
        self.token = token if token is not None else settings.INSTAGRAM_ACCESS_TOKEN
        self.base_url = (base_url or settings.INSTAGRAM_API_BASE).rstrip("/")
        self.timeout = timeout or settings.SOCIAL_HTTP_TIMEOUT
        self.session = requests.Session()

    def request(self, method, path, **params):
        params["access_token"] = self.token
        url = f"{self.base_url}/{path}"
        try:
            if method == "GET":
                response = self.session.get(url, params=params, timeout=(5, self.timeout))
            else:
                response = self.session.post(url, data=params, timeout=(5, self.timeout))
        except requests.RequestException as error:
            raise request_error(error) from error
        answer = json_answer(response)
        if "error" in answer:
            error = answer["error"]
            subcode = error.get("error_subcode")
            raise PostError(
                error.get("message") or f"Error {error.get('code')}",
                # 2207003 (download timed out) and 2207032 (creation failed) are worth a retry.
                transient=bool(error.get("is_transient"))
                or response.status_code >= 500
                or subcode in (2207003, 2207032),
            )
        return answer

    def create_container(self, account_id, image_url=None, caption=None, alt_text=None, **extra):
        params = {key: value for key, value in extra.items() if value is not None}
        if image_url:
            params["image_url"] = image_url
        if caption is not None:
            params["caption"] = caption
        if alt_text:
            params["alt_text"] = alt_text
        return self.request("POST", f"{account_id}/media", **params)["id"]

    def container_status(self, container_id):
        return self.request("GET", container_id, fields="status_code")["status_code"]

    def publish(self, account_id, container_id):
        return self.request("POST", f"{account_id}/media_publish", creation_id=container_id)["id"]

    def quota(self, account_id):
        """(posts used, posts allowed) in the rolling 24 hours."""
        data = self.request(
            "GET", f"{account_id}/content_publishing_limit", fields="quota_usage,config"
        )["data"][0]
        return data.get("quota_usage", 0), data.get("config", {}).get("quota_total", 50)

    def permalink(self, media_id):
        return self.request("GET", media_id, fields="permalink").get("permalink", "")
