"""Through-models that tag pages with the shared vocabularies (STYLE.md: ParentalKey, no free text)."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase


class NewsPageTopic(ItemBase):
    tag = models.ForeignKey("snippets.Topic", on_delete=models.CASCADE, related_name="tagged_news")
    content_object = ParentalKey("veedel.NewsPage", on_delete=models.CASCADE, related_name="topic_items")


class ProjectPageTopic(ItemBase):
    tag = models.ForeignKey("snippets.Topic", on_delete=models.CASCADE, related_name="tagged_projects")
    content_object = ParentalKey("veedel.ProjectPage", on_delete=models.CASCADE, related_name="topic_items")


class ProjectPageTargetGroup(ItemBase):
    tag = models.ForeignKey("snippets.TargetGroup", on_delete=models.CASCADE, related_name="tagged_projects")
    content_object = ParentalKey(
        "veedel.ProjectPage", on_delete=models.CASCADE, related_name="target_group_items"
    )


class EventPageTopic(ItemBase):
    tag = models.ForeignKey("snippets.Topic", on_delete=models.CASCADE, related_name="tagged_events")
    content_object = ParentalKey("veedel.EventPage", on_delete=models.CASCADE, related_name="topic_items")


class EventPageTargetGroup(ItemBase):
    tag = models.ForeignKey("snippets.TargetGroup", on_delete=models.CASCADE, related_name="tagged_events")
    content_object = ParentalKey(
        "veedel.EventPage", on_delete=models.CASCADE, related_name="target_group_items"
    )
