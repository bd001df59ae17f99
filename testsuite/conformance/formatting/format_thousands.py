# Thousands separators and the 'n' type for ints and floats, including widths, signs and big values.
for v in [0, 999, 1000, -1234567, 10 ** 12, 123456.789, -0.5, 1e20, 1234.5]:
    print(f"{v:,}|{v:_}|{v:>15,}|{v:<+15,}|{v:^15_}|{v:015,}|{v:n}")
print(f"{1234567.891:,.2f}|{1234567.891:_.1f}|{0.000123:,.6f}|{1e6:,.0f}|{-1e6:,.0f}|{12345.6789:,.3e}|{123456789:,.3g}")
print("{:,}".format(2 ** 64), "{:_x}".format(2 ** 40), "{:_b}".format(255), "{:_o}".format(4096), "{:,d}".format(-999999))
print(f"{1234:08,}|{1234:09,}|{-1234:09,}|{1234.5:011,.1f}|{1234:#_x}|{-1:_}")
