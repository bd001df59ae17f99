import logging

log = logging.getLogger(__name__)


def query(sql):
    log.debug('parsing %r', sql)
    log.info('running %r', sql)
    log.warning('slow query: %s', sql)
