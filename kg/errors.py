"""Error classes: the command line maps each to one line on stderr and an exit code."""


class KgError(Exception):
    """Base class of every error govkg reports to a user."""

    exit_code = 1


class InputError(KgError):
    """An input file or folder cannot be read as a report."""

    exit_code = 2


class QueryError(KgError):
    """A SPARQL query cannot be found, parsed or run."""

    exit_code = 3


class GoldError(KgError):
    """A gold file is malformed."""

    exit_code = 2


class StoreError(KgError):
    """The output folder or its store is missing or unusable."""

    exit_code = 4
