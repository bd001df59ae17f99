import storage


class ServiceError(Exception):
    pass


def load_user(user_id):
    try:
        return storage.fetch(user_id)
    except KeyError as e:
        raise ServiceError(f"no user {user_id}") from e
