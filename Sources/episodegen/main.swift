import EpisodeKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Past a file-size limit (`ulimit -f`) a write should fail with EFBIG and be reported like a
// full disk, not kill the process half way through a bundle.
signal(SIGXFSZ, SIG_IGN)
exit(EpisodeCommandLine.run(arguments: Array(CommandLine.arguments.dropFirst())))
