from ..directory.choices import OrganisationKind, StepFree, Weekday
from ..directory.closures import ClosureDay, OrganisationClosure
from ..directory.models import OpeningSlot, Organisation, OrganisationTargetGroup, OrganisationTopic
from ..directory.records import CorrectionReport, VerificationRequest
from .accounts import ActorProfile
from .contacts import Contact
from .sozialraum import Sozialraum
from .vocabularies import TargetGroup, Topic, VocabularyBase

__all__ = [
    "ActorProfile",
    "ClosureDay",
    "Contact",
    "CorrectionReport",
    "OpeningSlot",
    "Organisation",
    "OrganisationClosure",
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
