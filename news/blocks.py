from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from portal import images, page_cache

# What the image and gallery blocks show of a photo (components/streamfield/).
STREAM_IMAGE_SPECS = [*images.profile_spec_list("main", "gallery"), images.FULL_SIZE_SPEC]


class PrefetchingImageChooserBlock(ImageChooserBlock):
    """Loads the images of a whole StreamField in one query (Wagtail's own bulk load), kept in
    the data cache.

    Their renditions come from portal.images: process memory once seen, else one query for all
    of them; so an article page's query count stays flat however many photos its galleries
    hold, without loading every rendition row of every photo on each request.
    """

    def bulk_to_python(self, values):
        # Saving or deleting an image purges the data cache (portal.signals).
        objects = page_cache.cached_data(
            f"images:{','.join(map(str, sorted(set(values))))}",
            [],
            lambda: self.model_class.objects.in_bulk(values),
        )
        images.warm(objects.values(), STREAM_IMAGE_SPECS)
        return [objects.get(pk) for pk in values]


class ImageBlock(blocks.StructBlock):
    image = PrefetchingImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("credit"),
        required=False,
        max_length=200,
        help_text=_('For example "Photo: press service of the akim of Turkestan region".'),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/streamfield/image-block.html"


class GalleryImageBlock(blocks.StructBlock):
    image = PrefetchingImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(label=_("alternative text"), max_length=250)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Photo")


class GalleryBlock(blocks.StructBlock):
    images = blocks.ListBlock(GalleryImageBlock(), min_num=2, max_num=30, label=_("photos"))
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Gallery")
        template = "components/streamfield/gallery-block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    speaker = blocks.CharBlock(label=_("speaker"), max_length=200)
    position = blocks.CharBlock(
        label=_("position"),
        required=False,
        max_length=300,
        help_text=_("The speaker's position on the day of the quotation."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "components/streamfield/quote-block.html"


VIDEO_HOSTS = {
    "youtube.com": "YouTube",
    "www.youtube.com": "YouTube",
    "m.youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "vimeo.com": "Vimeo",
    "instagram.com": "Instagram",
    "www.instagram.com": "Instagram",
    "t.me": "Telegram",
}


def video_host(url):
    return VIDEO_HOSTS.get(urlsplit(url).hostname or "")


class VideoBlock(blocks.StructBlock):
    """A video on an outside platform, shown as a link card.

    The page loads nothing from the video host: readers choose to open it, which keeps the
    page fast and sends no reader data to third parties.
    """

    url = blocks.URLBlock(
        label=_("video address"),
        help_text=_("A link to the video on YouTube, Vimeo, Instagram or Telegram."),
    )
    title = blocks.CharBlock(label=_("title"), max_length=200)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=300)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/streamfield/video-block.html"

    def clean(self, value):
        value = super().clean(value)
        if not video_host(value["url"]):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Use a link to YouTube, Vimeo, Instagram or Telegram.")
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["host"] = video_host(value["url"])
        return context


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "h2", "h3"],
        label=_("Paragraph"),
        template="components/streamfield/paragraph-block.html",
    )
    image = ImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    video = VideoBlock()
