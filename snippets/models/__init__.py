from .contacts import Contact
from .sozialraum import Sozialraum

__all__ = ["Contact", "Sozialraum"]
