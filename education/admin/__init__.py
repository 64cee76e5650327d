"""The education app's admin: articles with their sign-off, and the content beside them."""

from education.admin import articles, pages

__all__ = ["articles", "pages"]
