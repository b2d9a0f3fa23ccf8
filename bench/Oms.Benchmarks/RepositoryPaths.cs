namespace Oms.Benchmarks;

/// <summary>Where results go: artifacts/bench/ at the repository root (gitignored), whatever the working directory.</summary>
internal static class RepositoryPaths
{
    public static string BenchArtifacts(params string[] parts) => Path.Combine([Root(), "artifacts", "bench", .. parts]);

    /// <summary>A file of the repository (a test payload the benchmark sends).</summary>
    public static string Repository(params string[] parts) => Path.Combine([Root(), .. parts]);

    /// <summary>The directory holding Oms.slnx, above the build output; the working directory if there is none.</summary>
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Oms.slnx"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
