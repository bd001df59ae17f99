from . import settings
from .settings import RETRIES as retries
from .. import VERSION
from ..util.text import shout
from ..util import text


def run(name):
    return f"{shout(name)} x{retries} (v{VERSION}, {settings.__name__}, {text.__name__})"
