from wagtail.admin.panels import Panel


class SocialPostsPanel(Panel):
    """On the article's edit screen: the state of its posts on Telegram and Instagram."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "news/admin/social_posts_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["posts"] = (
                list(
                    self.instance.social_posts.select_related(
                        "telegram_channel", "instagram_account"
                    )
                )
                if self.instance.pk
                else []
            )
            return context
