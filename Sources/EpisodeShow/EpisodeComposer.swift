import EpisodeModel
import EpisodeTemplates

// Placeholder: the show stage is built in issue 4.
