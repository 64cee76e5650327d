"""The admin pages of the review workflow: send for review, review, history, preview, recover.

Each is a small view on the article admin (see ArticleAdmin.get_urls); the
steps themselves are in education/workflow.py.
"""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from reversion.models import Revision, Version

from education import workflow
from education.models import Article
from education.views import render_article
from governance import audit
from governance.admin_tools import chosen_pair, name_of, who
from governance.diff import compare
from governance.models import AuditEntry


class ApproveForm(forms.Form):
    revision = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("What changed, for readers"),
        max_length=300,
        help_text=_(
            "One plain sentence the article's page history shows, e.g. “Added advice on "
            "cramp in pregnancy.”"
        ),
    )
    next_review_due = forms.DateField(
        label=_("Next review due"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Usually a year from today."),
    )


class SendBackForm(forms.Form):
    comment = forms.CharField(
        label=_("What needs to change"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The writer sees this on the article."),
    )


def urls(model_admin) -> list:
    """The workflow's addresses under /admin/education/article/<id>/."""

    def view(function, post_only=False):
        def bound(request, **kwargs):
            return function(model_admin, request, **kwargs)

        return model_admin.admin_site.admin_view(require_POST(bound) if post_only else bound)

    return [
        path("<path:object_id>/submit/", view(submit, True), name="education_article_submit"),
        path("<path:object_id>/review/", view(review), name="education_article_review"),
        path("<path:object_id>/discard/", view(discard, True), name="education_article_discard"),
        path(
            "<path:object_id>/publication/",
            view(publication, True),
            name="education_article_publication",
        ),
        path("<path:object_id>/preview/", view(preview), name="education_article_preview"),
        path(
            "<path:object_id>/history/<int:revision_id>/restore/",
            view(restore, True),
            name="education_article_restore",
        ),
    ]


def panel(request: HttpRequest, article: Article) -> dict:
    """What the change form says about the review, and the buttons this editor may use."""
    copy = workflow.working_copy(article)
    user = request.user
    can_edit = user.has_perm("education.change_article")
    return {
        "label": workflow.label(article),
        "copy": copy,
        "copy_mode": workflow.in_copy_mode(article),
        "sent_back_by": name_of(copy.sent_back_by) if copy and copy.sent_back_by else "",
        "can_submit": can_edit and copy is not None and copy.state != copy.State.IN_REVIEW,
        "can_review": user.has_perm("education.approve_article"),
        "can_discard": can_edit and copy is not None and workflow.in_copy_mode(article),
        "can_unpublish": user.has_perm("education.unpublish_article")
        and article.approved_revision_id is not None,
        "is_published": article.is_published,
    }


def _article(model_admin, request: HttpRequest, object_id: str, *, change: bool) -> Article:
    article = model_admin.get_object(request, unquote(object_id))
    if article is None:
        raise Http404(_("No such article."))
    allowed = (
        model_admin.has_change_permission(request, article)
        if change
        else model_admin.has_view_permission(request, article)
    )
    if not allowed:
        raise PermissionDenied
    return article


def _back(article: Article) -> HttpResponse:
    return redirect("admin:education_article_change", article.pk)


def _page(
    model_admin, request: HttpRequest, page: str, article: Article | None, title: str, **extra
) -> TemplateResponse:
    """One of the article's workflow pages (`admin/education/article/<page>.html`) in the
    admin's frame, titled `title`, with `extra` in its context."""
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Article._meta,
        "original": article,
        "title": title,
        **extra,
    }
    return TemplateResponse(request, f"admin/education/article/{page}.html", context)


def _step(request: HttpRequest, article: Article, step, done: str) -> HttpResponse:
    """Take one workflow step; say it was done, or why not; go back to the article."""
    try:
        step()
    except workflow.WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return _back(article)


def _simple_step(step, done: str):
    """A view for a step that needs only the article and the editor (send for review, discard)."""

    def view(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
        article = _article(model_admin, request, object_id, change=True)
        return _step(request, article, lambda: step(article, request.user), done)

    return view


submit = _simple_step(
    workflow.submit, _("Sent for review. A clinical reviewer will approve it or send it back.")
)
discard = _simple_step(
    workflow.discard, _("The working copy is discarded. Its revisions stay in the history.")
)


def review(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
    """The change under review, compared with the public page, and the reviewer's two choices."""
    article = _article(model_admin, request, object_id, change=False)
    copy = workflow.working_copy(article)
    if copy is None:
        messages.info(request, _("There is no change waiting for review."))
        return _back(article)
    approve_form = ApproveForm(
        initial={
            "revision": copy.revision_id,
            "next_review_due": datetime.date.today() + workflow.REVIEW_CYCLE,
        }
    )
    send_back_form = SendBackForm()
    if request.method == "POST":
        try:
            if request.POST.get("action") == "approve":
                approve_form = ApproveForm(request.POST)
                if approve_form.is_valid():
                    workflow.approve(
                        article,
                        request.user,
                        revision_id=approve_form.cleaned_data["revision"],
                        note=approve_form.cleaned_data["note"],
                        next_review_due=approve_form.cleaned_data["next_review_due"],
                    )
                    messages.success(
                        request, _("Approved and published. The public page now shows it.")
                    )
                    return _back(article)
            elif request.POST.get("action") == "send_back":
                send_back_form = SendBackForm(request.POST)
                if send_back_form.is_valid():
                    workflow.send_back(
                        article, request.user, send_back_form.cleaned_data["comment"]
                    )
                    messages.success(request, _("Sent back to the writer with your comment."))
                    return _back(article)
            else:
                messages.error(request, _("Choose approve or send back."))
        except workflow.WorkflowError as error:
            messages.error(request, str(error))
    base = article.approved_revision if workflow.in_copy_mode(article) else None
    return _page(
        model_admin,
        request,
        "review",
        article,
        _("Review the change to “%(article)s”") % {"article": article},
        copy=copy,
        changes=compare(base, copy.revision, Article) if base else None,
        refused=workflow.approval_refused(article, request.user),
        approve_form=approve_form,
        send_back_form=send_back_form,
        can_review=request.user.has_perm("education.approve_article"),
    )


def publication(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
    """Unpublish, or publish again, in one recorded action."""
    article = _article(model_admin, request, object_id, change=False)
    publish = request.POST.get("publish") == "yes"
    return _step(
        request,
        article,
        lambda: workflow.set_published(
            article, request.user, publish, request.POST.get("reason", "")
        ),
        _("Published again.") if publish else _("Unpublished. Only staff can see it now."),
    )


def preview(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
    """The working copy on the public page, exactly as readers would see it once approved."""
    article = _article(model_admin, request, object_id, change=False)
    copy = workflow.working_copy(article)
    if copy is None or not workflow.in_copy_mode(article):
        return redirect(article.get_absolute_url())
    try:
        with workflow.applied(copy.revision):
            shown = Article.objects.for_article_page().get(pk=article.pk)
            response = render_article(request, shown, is_preview=True, copy_preview=True)
    except workflow.WorkflowError as error:
        messages.error(request, str(error))
        return redirect("admin:education_article_history", article.pk)
    return response


def history(model_admin, request: HttpRequest, object_id: str) -> HttpResponse:
    """Every revision of an article, any two compared, and the audit log of what was done."""
    article = _article(model_admin, request, object_id, change=False)
    versions = (
        Version.objects.get_for_object(article)
        .select_related("revision__user__profile")
        .order_by("-revision__date_created", "-pk")
    )
    copy = workflow.working_copy(article)
    rows = [
        {
            "revision": v.revision,
            "who": who(v.revision),
            "live": v.revision_id == article.approved_revision_id,
            "copy": copy is not None and v.revision_id == copy.revision_id,
        }
        for v in versions
    ]
    old, new = chosen_pair(request, [row["revision"].pk for row in rows])
    return _page(
        model_admin,
        request,
        "history",
        article,
        _("History of “%(article)s”") % {"article": article},
        rows=rows,
        old=old,
        new=new,
        changes=compare(old, new, Article) if old and new else None,
        old_label=_when(old),
        new_label=_when(new),
        entries=audit.entries_for(article)[:100],
        can_restore=model_admin.has_change_permission(request, article),
        has_copy=copy is not None and workflow.in_copy_mode(article),
    )


def _when(revision: Revision | None) -> str:
    return f"{timezone.localtime(revision.date_created):%d %B %Y %H:%M:%S}" if revision else ""


def restore(model_admin, request: HttpRequest, object_id: str, revision_id: int) -> HttpResponse:
    article = _article(model_admin, request, object_id, change=True)
    revision = get_object_or_404(Revision, pk=revision_id)
    try:
        workflow.restore(article, revision, request.user)
    except workflow.WorkflowError as error:
        messages.error(request, str(error))
        return redirect("admin:education_article_history", article.pk)
    messages.success(
        request,
        _(
            "Restored as the working copy. Check it, then send it for review: the public page "
            "changes only when a reviewer approves it."
        ),
    )
    return _back(article)


def recover(model_admin, request: HttpRequest, version_id: int) -> HttpResponse:
    """Bring back a deleted article as a draft, which goes through review again."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    version = get_object_or_404(Version.objects.get_deleted(Article), pk=version_id)
    if request.method == "POST":
        try:
            article = workflow.recover(version, request.user)
        except workflow.WorkflowError as error:
            messages.error(request, str(error))
            return redirect("admin:education_article_recoverlist")
        audit.record(request.user, AuditEntry.Action.RECOVERED, article)
        messages.success(
            request, _("Recovered as a draft. Send it for review to publish it again.")
        )
        return _back(article)
    return _page(
        model_admin,
        request,
        "recover",
        None,
        _("Recover “%(article)s”") % {"article": version.object_repr},
        version=version,
    )
