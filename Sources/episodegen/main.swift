import EpisodeKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

exit(EpisodeCommandLine.run(arguments: Array(CommandLine.arguments.dropFirst())))
