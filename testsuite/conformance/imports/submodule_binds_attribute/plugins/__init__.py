audio = "a string attribute of the package"
