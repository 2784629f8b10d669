from .contacts import Contact
from .sozialraum import Sozialraum
from .vocabularies import TargetGroup, Topic, VocabularyBase

__all__ = ["Contact", "Sozialraum", "TargetGroup", "Topic", "VocabularyBase"]
