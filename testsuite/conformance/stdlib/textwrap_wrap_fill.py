# textwrap.wrap and fill: widths, indents, hyphenated words and em-dashes, long words, tabs, sentence endings
import textwrap

text = ("The quick brown fox -- a well-known, self-described jumper -- leaps over the lazy dog. "
        "Then it runs\taway!  Really?  Yes: supercalifragilisticexpialidocious words get broken.")
for width in (10, 20, 35, 70):
    print(f"width {width}:")
    for line in textwrap.wrap(text, width):
        print(f"  |{line}|")
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", 6))
print(textwrap.wrap("look, goof-ball -- use the -b option!", 1))
print(textwrap.TextWrapper()._split("Hello there -- you goof-ball, use the -b option!"))
print(textwrap.TextWrapper(break_on_hyphens=False)._split("Hello there -- you goof-ball, use the -b option!"))
print(textwrap.wrap("tabs\there\tand\tthere", 12))
print(textwrap.wrap("tabs\there", 40, expand_tabs=False), textwrap.wrap("tabs\there", 40, tabsize=2))
print(textwrap.wrap("keep\nnewlines  and   spaces", 40, replace_whitespace=False, drop_whitespace=False))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.fill("One sentence.  Two? Three! \"Four.\" mr. Five", 80, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("word", 1))
print(textwrap.wrap("naïve café résumé — über straße", 8))

wrapper = textwrap.TextWrapper(width=25, initial_indent="> ", subsequent_indent=">> ")
print(wrapper.fill("A wrapper object keeps its settings between calls, so it can wrap many paragraphs."))
wrapper.width = 40
print(wrapper.wrap("The attributes can change between calls too."))
for bad in (0, -5):
    try:
        textwrap.wrap("text", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("text", 10, colour="red")
except TypeError as e:
    print("TypeError:", e)
textwrap.fill(12345, 10)
