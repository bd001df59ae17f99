print("tool's __name__:", __name__)


def run():
    return "tool.run called"


if __name__ == "__main__":
    print("never printed: tool is imported, not run")
