import EpisodeKit
