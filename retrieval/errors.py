"""Errors the engine raises, each with a one-line message a person can act on."""


class CtdError(Exception):
    """Base of every ctd error; `str(error)` is the one-line message shown to the user."""


class LoadError(CtdError):
    """A file could not be read as a document (unreadable, empty, encrypted, unsupported)."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class QuestionError(CtdError, ValueError):
    """A question that cannot be asked; `code` is stable for channels, the message Vietnamese."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


class IndexNotFoundError(CtdError):
    """No index under the data directory yet."""


class IndexMismatchError(CtdError):
    """The index was built by another embedder or an incompatible version."""


class EmbedderUnavailableError(CtdError):
    """The configured embedding model is not installed or not present locally."""


class IndexBusyError(CtdError):
    """Another process already serves this embedded (PersistentClient) index."""
