import logging

log = logging.getLogger(__name__)


def serve(path):
    log.debug('request for %s', path)
    try:
        return len(path)
    except TypeError:
        log.exception('bad path %r', path)
        raise
