# textwrap.shorten and max_lines with placeholders, and the error when the placeholder cannot fit
import textwrap

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world!", width=10, placeholder="...")))
print(repr(textwrap.shorten("   lots   of\n\n whitespace\tinside   ", 20)))
print(repr(textwrap.shorten("Supercalifragilistic", 10)))
print(repr(textwrap.shorten("a b c d e f g h", 9, placeholder=" +")))
print(repr(textwrap.shorten("short", 40)))

story = ("It was a dark and stormy night; the rain fell in torrents, except at occasional intervals, "
         "when it was checked by a violent gust of wind which swept up the streets.")
for max_lines in (1, 2, 3, 10):
    print(max_lines, textwrap.wrap(story, 30, max_lines=max_lines))
print(textwrap.wrap(story, 30, max_lines=2, placeholder=" (more)"))
print(textwrap.fill(story, 24, max_lines=3, initial_indent="- ", subsequent_indent="  ", placeholder="…"))
print(textwrap.wrap("aaaa bbbb cccc dddd", 9, max_lines=2, placeholder=" [...]"))
print(textwrap.wrap("aaaaaaaaaa bbbb", 8, max_lines=1, placeholder="..."))
print(textwrap.wrap("one two three", 20, max_lines=1))
print(textwrap.wrap("one two   ", 7, max_lines=1, drop_whitespace=False))
for width, placeholder in [(5, " [...]"), (3, "...."), (4, "....")]:
    try:
        print(textwrap.shorten("some words here", width, placeholder=placeholder))
    except ValueError as e:
        print(width, repr(placeholder), "ValueError:", e)
textwrap.wrap(story, 8, max_lines=2, initial_indent="-------")
