@_exported import EpisodeModel

// Placeholder: the command-line pipeline is built in issue 2.
