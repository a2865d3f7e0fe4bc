from .links import (
    ArticleAgreementLink,
    ArticleCountryLink,
    ArticleDelegationLink,
    ArticleOrganisationLink,
    ArticlePlaceLink,
    ArticleProjectLink,
)
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
    "ArticleAgreementLink",
    "ArticleCountryLink",
    "ArticleDelegationLink",
    "ArticleOrganisationLink",
    "ArticlePlaceLink",
    "ArticleProjectLink",
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
