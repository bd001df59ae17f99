# Loggers named after modules with getLogger(__name__): the package's logger
# is the parent of its modules' loggers, so one handler and one level on it
# govern the whole package; a library-style NullHandler keeps it quiet.
import logging
import sys

import app
import app.db
import app.web

pkg = logging.getLogger('app')
print(app.log is pkg, app.db.log.name, app.web.log.name, app.db.log.parent is pkg)
print(pkg.handlers, pkg.hasHandlers())
app.db.query('select 1')   # WARNING with only a NullHandler: nothing printed, no last resort

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(name)-8s %(levelname)-7s %(message)s'))
pkg.addHandler(handler)
pkg.setLevel(logging.INFO)
app.db.query('select 2')
app.web.serve('/index')
logging.getLogger('app.web').setLevel('DEBUG')
app.web.serve('/debug')
print(sorted(name for name in logging.Logger.manager.loggerDict if name.startswith('app')))
app.web.serve(None)
