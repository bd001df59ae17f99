# expandtabs with the default and custom tab sizes, with newlines resetting the column.
s = "a\tbc\tdef\tghij\tk"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)))
print(repr("x\ty\nab\tc\r\tz".expandtabs(4)), repr("\t".expandtabs(3)), repr("".expandtabs()), repr("中\t文".expandtabs(4)))
print(repr("12345678\t9".expandtabs()), repr("1234567\t8".expandtabs(tabsize=8)))
