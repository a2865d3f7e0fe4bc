from .pages import (
    ArticleDailyViews,
    ArticleFilterForm,
    ArticlePage,
    ArticleRelatedLink,
    NewsIndexPage,
    Region,
    Tag,
    ViewCountBatch,
)
from .social import InstagramAccount, SocialPost, TelegramChannel

__all__ = [
    "ArticleDailyViews",
    "ArticleFilterForm",
    "ArticlePage",
    "ArticleRelatedLink",
    "InstagramAccount",
    "NewsIndexPage",
    "Region",
    "SocialPost",
    "Tag",
    "TelegramChannel",
    "ViewCountBatch",
]
