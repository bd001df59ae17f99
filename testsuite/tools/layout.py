"""Where a test's files are: the one rule every runner and recording script follows.

A program is either a single file, `TOPIC/NAME.py` (`rejected/NAME.py`), or a folder, `TOPIC/NAME/main.py`
(`rejected/NAME/main.py`) whose other files are the modules and packages the program imports. A file named
`main.py` is always the second kind: its whole folder belongs to the program. Either way the goldens sit beside
the program file (`NAME.out`, `NAME/main.out`, ...), the program runs with its file's folder as cwd, and its
name in ctest is NAME.
"""
import glob
import os

MAIN = 'main.py'
TESTSUITE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # this file is in testsuite/tools/


def is_shared_module(path):
    """A file whose name begins with "_" (`TOPIC/_checks.py`): a module the topic's programs import, never a
    program."""
    return os.path.basename(path).startswith('_')


def is_folder_program(program):
    return os.path.basename(program) == MAIN


def name(program):
    """NAME: the ctest name's last part and the executable's name."""
    if is_folder_program(program):
        return os.path.basename(os.path.dirname(os.path.abspath(program)))
    return os.path.basename(program)[:-len('.py')]


def stem(program):
    """The goldens' path without extension: `TOPIC/NAME` or `TOPIC/NAME/main`."""
    return program[:-len('.py')]


def folder(program):
    """The program's folder: cwd when it runs, `{DIR}` in its goldens."""
    return os.path.dirname(os.path.abspath(program))


def owns(program, path):
    """Whether the file at absolute `path` is part of the program (its traceback frames are kept)."""
    program = os.path.abspath(program)
    if is_folder_program(program):
        return path.startswith(folder(program) + os.sep)
    return path == program


def as_given(program):
    """(cwd, path) for compiling a rejected input so that pyco names its files as in `.expected`: from the
    folder that holds NAME.py or NAME/, as `NAME.py` or `NAME/main.py` (a module beside it is `NAME/mod.py`)."""
    program = os.path.abspath(program)
    top = os.path.dirname(folder(program)) if is_folder_program(program) else folder(program)
    return top, os.path.relpath(program, top)


def key(program):
    """The program's path below its topic's parent, `TOPIC/NAME.py` or `TOPIC/NAME/main.py`: how
    KNOWN_FAILURES and REFERENCE_CYCLES name it."""
    parts = 3 if is_folder_program(program) else 2
    return '/'.join(os.path.normpath(os.path.abspath(program)).split(os.sep)[-parts:])


def program_file(path):
    """The program that `path` names (a program file, or a folder program's folder), or SystemExit when it
    names none: a module inside a program's folder is never a program."""
    if os.path.isdir(path):
        path = os.path.join(path, MAIN)
    path = os.path.abspath(path)
    if not path.endswith('.py') or not os.path.isfile(path) or is_shared_module(path):
        raise SystemExit(f'not a program: {path}')
    above = os.path.dirname(folder(path) if is_folder_program(path) else path)
    while above.startswith(TESTSUITE + os.sep):
        if os.path.isfile(os.path.join(above, MAIN)):
            raise SystemExit(f'not a program: {path} is a module of {os.path.join(above, MAIN)}')
        above = os.path.dirname(above)
    return path


def find(root, depth):
    """Every program under `root`: the single files `depth` levels down and the folder programs' main.py one
    level deeper (`depth` is 2 for conformance/TOPIC/NAME.py, 1 for rejected/NAME.py). Files inside a program's
    folder are its modules, never programs."""
    singles = [p for p in glob.glob(os.path.join(root, *['*'] * depth) + '.py') if not is_shared_module(p)]
    folders = glob.glob(os.path.join(root, *['*'] * depth, MAIN))
    misplaced = [p for p in singles if is_folder_program(p)]
    if misplaced:
        raise SystemExit(f'{misplaced[0]}: a single-file program cannot be named {MAIN} (that name marks a '
                         f'folder program, NAME/{MAIN})')
    return sorted(singles + folders)
