for attempt in range(3):
    try:
        print(attempt)
    except* OSError:
        for retry in range(2):
            break
        continue
