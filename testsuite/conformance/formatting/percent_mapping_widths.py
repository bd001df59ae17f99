# printf-style formatting with mapping keys combined with flags, widths and precisions, and repeated keys.
data = {"name": "Zoë", "score": 93.456, "rank": 7, "tag": None}
print("%(name)-8s|%(score)8.2f|%(rank)04d|%(tag)s|%(name)r" % data)
print("%(score).0f%% of %(name)s" % data, "%(rank)x %(rank)o %(rank)#x" % data, "%(score)e" % data)
print("[%10s][%-10s][%.2s][%10.2s]" % ("right", "left", "trunc", "both"))
print("%+d %+d % d % d" % (5, -5, 5, -5), "%5.1f|%-7.3f|%07.2f|%+08.2f" % (3.14159, 2.0, -1.5, 2.5))
print("%s and %s" % ("a", "b"), "%s" % ("single",), "%d items" % 3, "%r" % [1, "x"], "%s" % (("t",),))
print("%i|%u|%5i|%-5u|" % (1, 2, 3, 4), "%.3s" % "abcdef", "%c%c%c" % (72, "i", 33), "%%s" % ())
