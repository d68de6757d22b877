import EpisodeShow

/// What the episode command renders (`--format`): the show stage's formats.
public typealias EpisodeFormat = EpisodeShow.EpisodeFormat
