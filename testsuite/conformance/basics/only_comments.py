# A program made of comments only builds and prints nothing.
#
#   print("never")
