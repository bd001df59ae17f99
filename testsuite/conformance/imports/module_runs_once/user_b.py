print("user_b: importing counter")
from user_a import c
import counter
