NAME = "audio plugin"
