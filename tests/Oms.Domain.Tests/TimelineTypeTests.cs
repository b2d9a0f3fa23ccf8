using System.Text.RegularExpressions;

namespace Oms.Domain.Tests;

/// <summary>Timeline types are one style: <c>entity.event</c> in lower-case kebab-case, wherever the order writes them.</summary>
public sealed partial class TimelineTypeTests
{
    [Fact]
    public void Every_timeline_type_the_order_writes_is_kebab_case()
    {
        var types = RecordedTypes().ToList();

        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Matches(KebabType(), t));
    }

    [Fact]
    public void Line_states_become_kebab_case_timeline_types()
    {
        Assert.Equal("line.ready-for-pickup", Orders.TimelineTypes.Line(Orders.LineStatus.ReadyForPickup));
        Assert.Equal("line.carried-out", Orders.TimelineTypes.Line(Orders.LineStatus.CarriedOut));
    }

    /// <summary>The literal types passed to the order's Record(…) calls in the domain's source.</summary>
    internal static IEnumerable<string> RecordedTypes()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Oms.Domain");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            foreach (Match m in RecordCall().Matches(File.ReadAllText(file)))
                yield return m.Groups[1].Value;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Oms.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (Oms.slnx) was not found above the test binaries.");
    }

    [GeneratedRegex(@"Record\([^;]*?""([a-z]+\.[a-z.-]+)""")]
    private static partial Regex RecordCall();

    [GeneratedRegex(@"^[a-z]+\.[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabType();
}
