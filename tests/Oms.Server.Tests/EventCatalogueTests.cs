using System.Text.RegularExpressions;
using Oms.Server.Core.Events;

namespace Oms.Server.Tests;

/// <summary>
/// Every change on an order's or a return order's timeline is published: each type the domain records is in the event
/// catalogue, and a type shared by both timelines (return.requested) has the return's data.
/// </summary>
public sealed partial class EventCatalogueTests
{
    [Fact]
    public void Every_timeline_type_the_order_and_the_return_order_write_is_in_the_event_catalogue()
    {
        var root = RepositoryRoot();
        // The order's timeline and the return order's own (src/Oms.Domain/Returns) alike: every entry is an event.
        var types = Directory.EnumerateFiles(Path.Combine(root, "src", "Oms.Domain"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => RecordCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(Enum.GetValues<Domain.Orders.LineStatus>().Where(s => s is not (Domain.Orders.LineStatus.Created or Domain.Orders.LineStatus.Allocated
                or Domain.Orders.LineStatus.Backordered or Domain.Orders.LineStatus.CarriedOut or Domain.Orders.LineStatus.Cancelled
                or Domain.Orders.LineStatus.PickupExpired or Domain.Orders.LineStatus.Exception)).Select(Domain.Orders.TimelineTypes.Line))
            .Concat(Enum.GetValues<Domain.Returns.ReturnParcelStatus>().Select(Domain.Returns.ReturnOrder.ParcelEventType))
            .Distinct().ToList();

        Assert.All(types, t => Assert.True(EventCatalogue.Covers(t), $"{t} is written to the timeline but not in the event catalogue."));
    }

    [Fact]
    public void Return_timeline_types_carry_the_returns_data()
    {
        var returnTypes = EventCatalogue.All.Where(t => t.Type.StartsWith("return.", StringComparison.Ordinal)).ToList();
        Assert.Contains(returnTypes, t => t.Type == "return.requested");
        Assert.All(returnTypes, t => Assert.Equal(typeof(ReturnEventData), t.DataType));
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
