"""Makes a template that uses a missing variable fail loudly under test."""


class InvalidTemplateVariable(str):
    """Used as ``string_if_invalid`` in the test environment: formatting it raises."""

    def __mod__(self, variable_name):
        raise NameError(f"Template variable '{variable_name}' does not exist")
