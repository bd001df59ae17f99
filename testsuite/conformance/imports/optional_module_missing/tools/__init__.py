present = "tools is here"
