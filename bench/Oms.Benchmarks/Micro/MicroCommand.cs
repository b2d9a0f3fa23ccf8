using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Oms.Benchmarks.Micro;

/// <summary>BenchmarkDotNet's switcher over the micro-benchmarks in this assembly.</summary>
internal static class MicroCommand
{
    public static void Run(string[] args)
    {
        // In-process: BenchmarkDotNet's usual toolchain generates and builds a project below this one, which
        // would inherit the repository's warnings-as-errors and analyzers; in-process needs no build at all.
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(RepositoryPaths.BenchArtifacts("micro"));
        BenchmarkSwitcher.FromAssembly(typeof(MicroCommand).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
    }
}
