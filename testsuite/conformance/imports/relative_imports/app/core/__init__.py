from . import settings
from .settings import RETRIES
