from alpha import A

B = 2
