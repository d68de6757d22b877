@_exported import EpisodeModel
