print("user_a: importing counter")
import counter as c
