from .accounts import ActorProfile
from .contacts import Contact
from .organisations import (
    CorrectionReport,
    OpeningSlot,
    Organisation,
    OrganisationKind,
    OrganisationTargetGroup,
    OrganisationTopic,
    StepFree,
    VerificationRequest,
    Weekday,
)
from .sozialraum import Sozialraum
from .vocabularies import TargetGroup, Topic, VocabularyBase

__all__ = [
    "ActorProfile",
    "Contact",
    "CorrectionReport",
    "OpeningSlot",
    "Organisation",
    "OrganisationKind",
    "OrganisationTargetGroup",
    "OrganisationTopic",
    "Sozialraum",
    "StepFree",
    "TargetGroup",
    "Topic",
    "VerificationRequest",
    "VocabularyBase",
    "Weekday",
]
