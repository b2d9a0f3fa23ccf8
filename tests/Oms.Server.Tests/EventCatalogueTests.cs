using System.Text.RegularExpressions;
using Oms.Server.Core.Events;

namespace Oms.Server.Tests;

/// <summary>Every change on an order's timeline is published: each type the domain records is in the event catalogue.</summary>
public sealed partial class EventCatalogueTests
{
    [Fact]
    public void Every_timeline_type_the_order_writes_is_in_the_event_catalogue()
    {
        var root = RepositoryRoot();
        // The return order keeps a timeline of its own (src/Oms.Domain/Returns); it is not stored or published yet (issue 10).
        var types = Directory.EnumerateFiles(Path.Combine(root, "src", "Oms.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Returns{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => RecordCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(Enum.GetValues<Domain.Orders.LineStatus>().Where(s => s is not (Domain.Orders.LineStatus.Created or Domain.Orders.LineStatus.Allocated
                or Domain.Orders.LineStatus.Backordered or Domain.Orders.LineStatus.CarriedOut or Domain.Orders.LineStatus.Cancelled
                or Domain.Orders.LineStatus.PickupExpired or Domain.Orders.LineStatus.Exception)).Select(Domain.Orders.TimelineTypes.Line))
            .Distinct().ToList();

        Assert.All(types, t => Assert.True(EventCatalogue.Covers(t), $"{t} is written to the timeline but not in the event catalogue."));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Oms.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (Oms.slnx) was not found above the test binaries.");
    }

    [GeneratedRegex(@"Record\([^;]*?""([a-z]+\.[a-z.-]+)""")]
    private static partial Regex RecordCall();
}
