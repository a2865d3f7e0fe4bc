from wagtail.images import get_image_model

from portal.images import all_specs
from portal.translation_utils import language_codes, localized_value

from .blocks import GalleryBlock, ImageBlock


def article_image_ids(article):
    """Every image an article shows, in any of its languages."""
    ids = {article.main_image_id} if article.main_image_id else set()
    for language in language_codes():
        for block in localized_value(article, "body", language) or []:
            if isinstance(block.block, ImageBlock) and block.value["image"]:
                ids.add(block.value["image"].pk)
            elif isinstance(block.block, GalleryBlock):
                ids.update(item["image"].pk for item in block.value["images"] if item["image"])
    return ids


def warm_renditions(article):
    """Create every rendition the article's page uses; return how many images were done."""
    images = list(get_image_model().objects.filter(pk__in=article_image_ids(article)))
    specs = all_specs()
    for image in images:
        image.get_renditions(*specs)
    return len(images)
