// Placeholder: the template engine is built in issue 4.
