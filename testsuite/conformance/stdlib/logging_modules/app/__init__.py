import logging

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())
