# Relative imports inside a package: `from . import x`, `from .x import y`, `from .. import z` and
# `from ..util.text import f` resolve against the importing module's package
from app.core.engine import run
import app

print(run("job"))
print(app.VERSION, app.core.engine.__name__)
