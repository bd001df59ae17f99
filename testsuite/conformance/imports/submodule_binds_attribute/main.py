# A submodule becomes an attribute of its package only once something imports it, wherever that import is, and
# it replaces a package attribute of the same name; `from pkg import name` takes an existing attribute of that
# name without importing the submodule
import plugins

print(plugins.audio)
from plugins import audio
print(audio)
try:
    plugins.video
except AttributeError as e:
    print("AttributeError:", e)
import loader
print(plugins.video.NAME, plugins.audio.NAME, audio)
