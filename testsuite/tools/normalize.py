"""What regen.py and run_conformance.py share: the environment a program runs in and output normalisation.

A conformance program's output is compared after normalisation so that goldens recorded in one checkout hold in
another and do not depend on where CPython is installed:

- stdout: the program's absolute folder is replaced by ``{DIR}`` (Task reprs print ``defined at /abs/x.py:3``);
  nothing else changes.
- stderr: traceback frames of files that are not the program's are dropped (the ``File`` line, its source line
  and an optional caret line), including ``<frozen ...>`` frames and frames inside exception groups' boxes; then
  the folder becomes ``{DIR}`` and every hex address ``0x...`` becomes ``0x?``. A single-file program owns only
  its file, a folder program (``NAME/main.py``) every file under its folder (layout.py).
"""
import os
import re
import sys

import layout

PROGRAM_TIMEOUT = 60
BUILD_TIMEOUT = 300

# Variables that change how CPython runs a program; removed so the caller's shell cannot change a golden.
_DROPPED_ENV = ('PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP', 'PYTHONWARNINGS', 'PYTHONDEVMODE',
                'PYTHONASYNCIODEBUG', 'PYTHONTRACEMALLOC', 'PYTHONFAULTHANDLER', 'PYTHONINSPECT',
                'PYTHONOPTIMIZE', 'PYTHONUNBUFFERED', 'PYTHONVERBOSE', 'PYTHONSAFEPATH', 'PYTHONUTF8',
                'PYTHONNODEBUGRANGES', 'PYTHONBREAKPOINT')

_HEX_ADDRESS = re.compile(r'0x[0-9a-fA-F]+')
_FRAME = re.compile(r'^  File "(.*)", line \d+(, in .*)?$')
_CARETS = re.compile(r'^[ \t]*[\^~][ \t\^~]*$')
_BOX = re.compile(r'^ *\| ')
_REFERENCE = re.compile(r'^#\s*reference:\s*(\S+)\s*$')
REFERENCE_LINES = 5


def program_env():
    """The environment programs run in, under CPython (goldens) and as pyco executables alike."""
    env = {k: v for k, v in os.environ.items() if k not in _DROPPED_ENV}
    env.update(PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1', PYTHONIOENCODING='utf-8')
    return env


def reference_interpreter(program, default='python3'):
    """The interpreter that records a program's goldens: `default`, unless one of the program's first lines
    says `# reference: /path/to/python3` (greenlet exists only for Debian's /usr/bin/python3)."""
    with open(program, 'rb') as f:
        for _ in range(REFERENCE_LINES):
            line = f.readline().decode('utf-8', 'replace').lstrip('\ufeff').rstrip('\r\n')
            m = _REFERENCE.match(line)
            if m:
                return m.group(1)
    return default


def _decode(data):
    return data.decode('utf-8', 'surrogateescape')


def _encode(text):
    return text.encode('utf-8', 'surrogateescape')


def _replace_dir(text, program):
    folder = layout.folder(program)
    return text.replace(folder + os.sep, '{DIR}' + os.sep).replace(folder, '{DIR}')


def normalize_stdout(data, program):
    """stdout bytes with the program's folder replaced by {DIR}."""
    return _encode(_replace_dir(_decode(data), program))


def _split_box(line):
    """(prefix, rest): inside an exception group's box CPython prefixes each traceback line with `  | `
    (deeper groups indent the bar further); outside one the prefix is empty."""
    m = _BOX.match(line)
    return (m.group(0), line[m.end():]) if m else ('', line)


def _drop_foreign_frames(lines, program):
    keep = []
    i = 0
    while i < len(lines):
        prefix, rest = _split_box(lines[i])
        m = _FRAME.match(rest)
        if m and not layout.owns(program, m.group(1)):
            i += 1

            def same_box_rest(j):
                p, r = _split_box(lines[j])
                return r if p == prefix else None

            # The frame's source line (absent for frozen modules) and its caret line, in the same box.
            source = same_box_rest(i) if i < len(lines) else None
            if source is not None and source.startswith('    ') and not _FRAME.match(source):
                i += 1
                carets = same_box_rest(i) if i < len(lines) else None
                if carets is not None and _CARETS.match(carets):
                    i += 1
            continue
        keep.append(lines[i])
        i += 1
    return keep


def normalize_stderr(data, program):
    """stderr bytes without frames of files not the program's, with {DIR} for the folder and 0x? for
    addresses."""
    program = os.path.abspath(program)
    lines = _decode(data).split('\n')
    text = '\n'.join(_drop_foreign_frames(lines, program))
    text = _replace_dir(text, program)
    return _encode(_HEX_ADDRESS.sub('0x?', text))


if __name__ == '__main__':
    # Normalise a captured stderr by hand: normalize.py PROGRAM.py < stderr
    sys.stdout.buffer.write(normalize_stderr(sys.stdin.buffer.read(), sys.argv[1]))
