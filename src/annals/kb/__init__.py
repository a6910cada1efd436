"""Knowledge base (countries, organisations, office holders) and the entity linker."""

from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.linker import EntityLinker

__all__ = ["EntityLinker", "KnowledgeBase"]
