"""ORM models, one file per entity; importing this package registers them all."""

from app.models.api_key import ApiKey
from app.models.article import Article
from app.models.article_change import ArticleChange
from app.models.base import Base
from app.models.expert import Appearance, Expert
from app.models.expert_aggregates import ExpertMonth, ExpertTopic
from app.models.statement import Statement
from app.models.store_state import DataVersion, StoreCounts
from app.models.topic import StatementTopic, Topic
from app.models.topic_aggregates import TopicDay

__all__ = [
    "ApiKey",
    "Appearance",
    "Article",
    "ArticleChange",
    "Base",
    "DataVersion",
    "Expert",
    "ExpertMonth",
    "ExpertTopic",
    "Statement",
    "StatementTopic",
    "StoreCounts",
    "Topic",
    "TopicDay",
]
